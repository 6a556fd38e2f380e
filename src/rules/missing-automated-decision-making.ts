import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingAutomatedDecisionMaking: Rule = itemRule({
  item: 'automated-decision-making',
  severity: 'warning',
  reference: 'GDPR Art. 13(2)(f), 22',
  description: 'The notice does not say whether automated decision-making or profiling takes place.',
  missing:
    'The notice does not say whether automated decision-making, including profiling, takes place: GDPR Art. 13(2)(f) requires it (a plain statement that it does not is enough).',
  vague:
    '"{quote}" names the right about automated decisions but does not say whether any are made: GDPR Art. 13(2)(f) requires the notice to say whether automated decision-making, including profiling, takes place.',
  suggestion: 'Add, e.g. "We do not make decisions based solely on automated processing, and we do not use your data for profiling."',
});
