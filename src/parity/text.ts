/**
 * A parity finding's English text from its rule's template (src/parity/meta.ts), nested messages
 * filled in (a quoted finding of a per-notice rule from that rule's own templates); the
 * catalogues translate it by the same id and data.
 */
import { fillTemplate, type MessageData } from '../i18n/format.js';
import { CATALOGUES } from '../i18n/localize.js';
import { ruleMessage } from '../linter.js';
import { rulesById } from '../rules/index.js';
import { PARITY_RULES } from './meta.js';

const MESSAGES = new Map(PARITY_RULES.map((r) => [r.id, r.messages]));

export function parityText(ruleId: string, messageId: string, data: MessageData): string {
  const templates = MESSAGES.get(ruleId)!;
  const fill = (id: string, d: MessageData | undefined): string =>
    fillTemplate(templates[id]!, d, {
      locale: 'en',
      message: (n) => (n.ruleId ? ruleMessage(rulesById.get(n.ruleId)!, n) : fill(n.messageId, n.data)),
      term: (t) => CATALOGUES.en.terms[t] ?? t,
    });
  return fill(messageId, data);
}
