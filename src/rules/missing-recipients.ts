import { itemRule } from './support/item-rule.js';
import type { Rule } from './types.js';

export const missingRecipients: Rule = itemRule({
  item: 'recipients',
  severity: 'error',
  reference: 'GDPR Art. 13(1)(e), 14(1)(e)',
  description: 'The notice does not name the recipients (or categories of recipients) of the data, or say there are none.',
  missing:
    'The notice does not say who receives the personal data: GDPR Art. 13(1)(e) requires the recipients or categories of recipients (processors, authorities, partners), or a statement that there are none.',
  suggestion: 'Name the recipients, e.g. "Our accounting firm and IT service provider process the data on our behalf; we disclose data to authorities only where the law requires."',
});
