import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingDataSources: Rule = itemRule({
  item: 'data-sources',
  severity: 'warning',
  reference: 'GDPR Art. 14(2)(f)',
  description: 'The notice does not say where the personal data comes from.',
  missing: 'The notice does not say where the personal data comes from: GDPR Art. 14(2)(f) requires the source of data not collected from the data subject.',
  suggestion: 'Name the sources, e.g. "We receive your data from you when you order, and address updates from Posti\'s address service."',
});
