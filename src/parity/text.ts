/**
 * A parity finding's English text from its rule's template (src/parity/meta.ts), nested messages
 * filled in; the catalogues translate it by the same id and data.
 */
import { fillTemplate, type MessageData } from '../i18n/format.js';
import { PARITY_RULES } from './meta.js';

const MESSAGES = new Map(PARITY_RULES.map((r) => [r.id, r.messages]));

export function parityText(ruleId: string, messageId: string, data: MessageData): string {
  const templates = MESSAGES.get(ruleId)!;
  const fill = (id: string, d: MessageData | undefined): string => fillTemplate(templates[id]!, d, (n) => fill(n.messageId, n.data));
  return fill(messageId, data);
}
