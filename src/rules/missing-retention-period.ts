import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRetentionPeriod: Rule = itemRule({
  item: 'retention-period',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(a), 14(2)(a)',
  description: 'The notice does not say how long data is kept, or only says "as long as necessary".',
  missing: 'The notice does not say how long personal data is kept: GDPR Art. 13(2)(a) requires the retention period or the criteria used to decide it.',
  vague:
    '"{quote}" does not say how long data is kept: "as long as necessary" or "as the law requires" alone is too vague for GDPR Art. 13(2)(a), which requires the period or the criteria that decide it.',
  suggestion: 'Give a period with a starting point or concrete criteria, e.g. "Customer data is deleted 24 months after your last order; bookkeeping records are kept for 6 years after the end of the financial year (Accounting Act)."',
});
