import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightToPortability: Rule = itemRule({
  item: 'right-to-portability',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 20',
  description: 'The notice does not mention the right to data portability.',
  missing: 'The notice does not mention the right to data portability (Art. 20): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right to data portability only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 20) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You have the right to receive the data you gave us in a machine-readable format and to have it transmitted to another controller."',
});
