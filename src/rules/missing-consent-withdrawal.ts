import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingConsentWithdrawal: Rule = itemRule({
  item: 'consent-withdrawal',
  severity: 'warning',
  reference: 'GDPR Art. 13(2)(c), 7(3)',
  description: 'Consent is used, but the notice does not say it can be withdrawn at any time.',
  missing:
    'The notice uses consent but does not say that consent can be withdrawn at any time: GDPR Art. 13(2)(c) requires it, and Art. 7(3) makes withdrawal as easy as giving consent.',
  suggestion: 'Add, e.g. "You can withdraw your consent at any time by using the unsubscribe link or by e-mailing us; withdrawal does not affect processing before it."',
});
