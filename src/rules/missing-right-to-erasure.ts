import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightToErasure: Rule = itemRule({
  item: 'right-to-erasure',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 17',
  description: 'The notice does not mention the right to erasure ("right to be forgotten").',
  missing: 'The notice does not mention the right to erasure ("right to be forgotten") (Art. 17): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right to erasure only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 17) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You have the right to have your data erased, unless we must keep it by law."',
});
