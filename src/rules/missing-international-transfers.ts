import { itemRule } from './support/item-rule.js';
import type { MessageData, Rule } from './types.js';

/** The US services the notice names, as a clause of the message. */
function services(list: string[] | undefined): MessageData {
  if (!list?.length) return { services: '' };
  return { services: { messageId: list.length === 1 ? 'us-service' : 'us-services', data: { services: list.slice(0, 3).join(', ') } } };
}

export const missingInternationalTransfers: Rule = itemRule({
  item: 'international-transfers',
  severity: 'warning',
  reference: 'GDPR Art. 13(1)(f), 44-49',
  description: 'The notice does not say whether data is transferred outside the EU/EEA (an error when it names US services such as Google Analytics), or says so without destination or safeguard.',
  missing:
    'The notice does not say whether personal data is transferred outside the EU/EEA: GDPR Art. 13(1)(f) requires it, and for transfers the adequacy decision or the safeguard used.{services}',
  vague:
    '"{quote}" says data may go abroad but not where or under which safeguard: GDPR Art. 13(1)(f) requires the adequacy decision or the safeguards (e.g. standard contractual clauses) and how to get a copy.{services}',
  messages: {
    'us-service': ' The notice names {services}, which processes data in the USA.',
    'us-services': ' The notice names {services}, which process data in the USA.',
  },
  data: (e) => services(e.usServices),
  suggestion: 'Say whether data leaves the EU/EEA and on what terms, e.g. "Google Analytics data is transferred to the USA under the EU-US Data Privacy Framework (adequacy decision of 10.7.2023)", or "We do not transfer personal data outside the EU/EEA."',
  severityFor: (e) => (e.status === 'missing' && e.usServices?.length ? 'error' : undefined),
});
