import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingLegalBasis: Rule = itemRule({
  item: 'legal-basis',
  severity: 'error',
  reference: 'GDPR Art. 13(1)(c), 6(1)',
  description: 'No legal basis of Art. 6(1) for the processing, or only a relationship ("customer relationship") named as one.',
  missing:
    'The notice does not state the legal basis of the processing: GDPR Art. 13(1)(c) requires it (Art. 6(1): consent, contract, legal obligation, vital interests, public task or legitimate interests).',
  vague:
    '"{quote}" names a relationship, not a legal basis: a customer relationship or a membership is not one of the bases of GDPR Art. 6(1), which Art. 13(1)(c) requires the notice to state.',
  suggestion: 'State the basis for each purpose, e.g. "Processing is necessary to perform our contract with you (GDPR Art. 6(1)(b)); for invoicing records, to meet our legal obligation under the Accounting Act (Art. 6(1)(c))."',
});
