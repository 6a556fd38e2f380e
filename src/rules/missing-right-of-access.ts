import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightOfAccess: Rule = itemRule({
  item: 'right-of-access',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 15',
  description: 'The notice does not mention the right of access to one’s own data.',
  missing: 'The notice does not mention the right of access to one’s own data (Art. 15): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right of access only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 15) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You have the right to know what data we hold about you and to get a copy of it."',
});
