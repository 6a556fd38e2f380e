import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingStatutoryRequirement: Rule = itemRule({
  item: 'statutory-requirement',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(e)',
  description: 'The notice does not say whether providing the data is required, and what happens if it is not provided.',
  missing:
    'The notice does not say whether the data subject must provide the data, and what happens if they do not: GDPR Art. 13(2)(e) requires whether it is a statutory or contractual requirement and the consequences of not providing it.',
  suggestion: 'Add, e.g. "Your name and address are needed to deliver your order; without them we cannot make the contract. Everything else is voluntary."',
});
