/**
 * Text that describes one of the person's rights: a list item that opens by naming the right
 * ("Right to data portability: you may receive your data ... This right applies only where the
 * processing is based on consent or a contract"), or the text under a heading that names it
 * ("Right of access", then the law's list of what the person may be told: the recipients, the
 * transfers to third countries). Such text says what the right covers, not what this controller
 * does: its words for a basis, a recipient, a transfer or automated means state none of them.
 */
import type { RightId } from '../lang/items-types.js';
import type { NoticeView, Unit } from './view.js';

const RIGHTS: RightId[] = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability'];

/** How far into a list item its label may run ("A right to Data portability:"). */
const LABEL_LENGTH = 80;
/** A list item's label ends at a colon or a dash: "Right of access – ...". */
const LABEL_END = /\s*(?::|\s[–—-]\s)/u;

function namesRight(view: NoticeView, text: string): boolean {
  return RIGHTS.some((r) => view.vocab.rights[r].named.test(text));
}

/** The label that opens a list item, if it has one. */
export function listLabel(u: Unit): string | undefined {
  if (u.block.kind !== 'list-item') return undefined;
  const text = u.block.text.trimStart().replace(/^(?:[-*•–·]|\d{1,2}[.)]|\p{Ll}\))\s+/u, '');
  const end = LABEL_END.exec(text.slice(0, LABEL_LENGTH));
  return end ? text.slice(0, end.index) : undefined;
}

export function describesRight(view: NoticeView, u: Unit): boolean {
  const label = listLabel(u);
  if (label !== undefined && namesRight(view, label)) return true;
  const s = u.section;
  return !u.heading && s.heading !== null && s.title.length <= LABEL_LENGTH && namesRight(view, s.title);
}

/**
 * A sentence that names the right of access and so lists what it returns ("You may request
 * information about your stored data, its origin, its recipients and the purpose of its
 * collection"): its words for a purpose or a recipient are what the person may be told, not what
 * this controller does.
 */
export function namesAccessRight(view: NoticeView, u: Unit): boolean {
  return !u.heading && view.vocab.rights.access.named.test(u.text);
}
