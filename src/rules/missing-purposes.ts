import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingPurposes: Rule = itemRule({
  item: 'purposes',
  severity: 'error',
  reference: 'GDPR Art. 13(1)(c), 14(1)(c)',
  description: 'The notice does not state the purposes of the processing.',
  missing: 'The notice does not say what the personal data is used for: GDPR Art. 13(1)(c) requires the purposes of the processing.',
  suggestion: 'List the purposes, e.g. "We use your data to deliver your orders, to invoice them and to send you our newsletter."',
});
