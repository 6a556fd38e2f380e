import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingLegitimateInterests: Rule = itemRule({
  item: 'legitimate-interests',
  severity: 'warning',
  reference: 'GDPR Art. 13(1)(d), 14(2)(b)',
  description: 'Legitimate interests are claimed as a basis, but the notice does not say what they are.',
  missing:
    'Legitimate interests are named as a legal basis, but the notice does not say what those interests are: GDPR Art. 13(1)(d) requires the legitimate interests pursued to be stated.',
  suggestion: 'Describe the interest, e.g. "our legitimate interest in telling existing customers about similar products" or "in keeping our premises and staff safe".',
});
