import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingControllerIdentity: Rule = itemRule({
  item: 'controller-identity',
  severity: 'error',
  reference: 'GDPR Art. 13(1)(a), 14(1)(a)',
  description: 'The notice does not say who the controller is and how to contact it.',
  missing: 'The notice does not say who the controller is or how to reach it: GDPR Art. 13(1)(a) requires the identity and contact details of the controller.',
  suggestion: 'Name the organisation that decides on the processing, with its business ID, postal address and an e-mail address or phone number.',
});
