import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingDataCategories: Rule = itemRule({
  item: 'data-categories',
  severity: 'warning',
  reference: 'GDPR Art. 14(1)(d)',
  description: 'The notice does not list the categories of personal data processed.',
  missing:
    'The notice does not say what personal data is processed: GDPR Art. 14(1)(d) requires the categories of personal data where data is not only collected from the data subject, and the Finnish and Swedish authorities expect it in every notice.',
  suggestion: 'List the data, e.g. "name, e-mail address, phone number, order history and payment status".',
});
