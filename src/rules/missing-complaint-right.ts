import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingComplaintRight: Rule = itemRule({
  item: 'complaint-right',
  severity: 'error',
  reference: 'GDPR Art. 13(2)(d), 77',
  description: 'The notice does not mention the right to lodge a complaint with a supervisory authority.',
  missing:
    'The notice does not mention the right to lodge a complaint with a supervisory authority: GDPR Art. 13(2)(d) requires it (Art. 77).',
  suggestion: 'Add, e.g. "You have the right to lodge a complaint with the supervisory authority: in Finland the Office of the Data Protection Ombudsman (tietosuoja.fi), in Sweden IMY (imy.se)."',
});
