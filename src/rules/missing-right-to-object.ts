import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightToObject: Rule = itemRule({
  item: 'right-to-object',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 21',
  description: 'The notice does not mention the right to object to processing (including direct marketing).',
  missing: 'The notice does not mention the right to object to processing (including direct marketing) (Art. 21): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right to object only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 21) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You may object to processing based on our legitimate interests, and to direct marketing at any time."',
});
