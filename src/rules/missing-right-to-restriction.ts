import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRightToRestriction: Rule = itemRule({
  item: 'right-to-restriction',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(b), Art. 18',
  description: 'The notice does not mention the right to restriction of processing.',
  missing: 'The notice does not mention the right to restriction of processing (Art. 18): GDPR Art. 13(2)(b) requires the notice to inform the data subject of it.',
  vague: '"{quote}" names the right to restriction of processing only to deny or set it aside: the notice must still tell the data subject that the right exists (Art. 18) and when it applies.',
  suggestion: 'Add it to the rights, e.g. "You have the right to ask us to restrict the processing of your data, for example while we check its accuracy."',
});
