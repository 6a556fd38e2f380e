import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingDpoContact: Rule = itemRule({
  item: 'dpo-contact',
  severity: 'info',
  reference: 'GDPR Art. 13(1)(b), 37-39',
  description: 'No contact details of a data protection officer (required where one is appointed; settings.dpoAppointed: true raises it to an error, false turns it off).',
  missing:
    'No contact details of a data protection officer: GDPR Art. 13(1)(b) requires them where a DPO is appointed (public bodies, and organisations whose core activity is large-scale monitoring or special categories of data must appoint one).',
  suggestion: 'If you have appointed a data protection officer, give the DPO\'s e-mail or address; if you have not, you may say so, and set "dpoAppointed": false in the configuration to turn this finding off.',
  severityFor: (_e, settings) => (settings.dpoAppointed ? 'error' : undefined),
  // Without a DPO there are no DPO contact details to give (Art. 13(1)(b): "where applicable").
  appliesUnder: (settings) => settings.dpoAppointed !== false,
});
