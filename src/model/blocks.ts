import type { Block, Span } from './types.js';
import { countAtMost } from '../util/arrays.js';

/**
 * Characters that are invisible and belong to no word: the soft hyphen (a hyphenation hint,
 * `&shy;` in web pages, common in long Finnish compounds: "henkilö&shy;tietojen"), the
 * zero-width space, the word joiner and a byte-order mark inside the text (two files joined).
 * Left in, they split the words they stand in ("Ratapihan\u00ADtie" is not "Ratapihantie")
 * and every phrase across them goes unseen.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/u;
const INVISIBLES = /[\u00AD\u200B\u2060\uFEFF]/gu;

/**
 * A block wholly in square brackets is a template's drafting note or an unfilled field
 * ("[Describe the retention periods here.]", "[Name, address]"), not a statement of the notice:
 * neither the item analysis nor the transfer analysis reads it. A bracket inside a sentence
 * ("Contact: [email]") is text and stays.
 */
const DRAFTING_NOTE = /^\[[^[\]]{1,600}\]$/u;
export function isDraftingNote(text: string): boolean {
  return DRAFTING_NOTE.test(text.trim());
}

/** Text as read, without the invisible characters (for quoting the source in a message). */
export function visibleText(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLES, '') : text;
}

/**
 * A block's text without the invisible characters, and its map to the source: index i of the
 * new text is index i + (invisibles removed up to there) of the old. Unchanged (and free) for
 * the text that has none.
 */
function withoutInvisibles(block: Block): Block {
  if (!INVISIBLE.test(block.text)) return block;
  /** For each removal, the index in the new text before which it stood. */
  const at: number[] = [];
  let text = '';
  let from = 0;
  for (const m of block.text.matchAll(INVISIBLES)) {
    text += block.text.slice(from, m.index);
    at.push(text.length);
    from = m.index + 1;
  }
  text += block.text.slice(from);
  const old = block.toSource;
  // Index i of the new text, past the removals standing before it (at[k] <= i).
  const toSource = (i: number): number => old(Math.max(0, Math.min(i, text.length)) + countAtMost(at, i));
  return { ...block, text, toSource };
}

/** A block whose text is a slice of the source (plain text): index i is offset start + i. */
export function sliceBlock(kind: Block['kind'], text: string, start: number): Block {
  const end = start + text.length;
  return withoutInvisibles({
    kind,
    text,
    span: { start, end },
    toSource: (i) => start + Math.max(0, Math.min(i, text.length)),
  });
}

/** A piece of block text that came from one place in the source. */
export interface Segment {
  text: string;
  /** Source range the text came from; its length may differ from the text's (entities, escapes). */
  source: Span;
}

/**
 * A block built from pieces (Markdown and HTML inline nodes). Pieces are joined as they are;
 * an index maps into its piece's source range, clamped to the end of that range.
 */
export function segmentBlock(kind: Block['kind'], segments: Segment[], span: Span): Block {
  const starts: number[] = [];
  let text = '';
  for (const s of segments) {
    starts.push(text.length);
    text += s.text;
  }
  const toSource = (i: number): number => {
    if (segments.length === 0) return span.start;
    const idx = Math.max(0, Math.min(i, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= idx) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo];
    const within = idx - starts[lo];
    if (seg.text.length === seg.source.end - seg.source.start) return seg.source.start + within;
    return Math.min(seg.source.start + within, seg.source.end);
  };
  return withoutInvisibles({ kind, text, span, toSource });
}

/**
 * The source span of text[from, to) within a block. The end is mapped from the last character
 * (plus one), so a span that ends where inline markup begins ("[text](url)") stops at the text.
 */
export function blockSpan(block: Block, from: number, to: number): Span {
  const start = block.toSource(from);
  const end = to > from ? Math.max(start, block.toSource(to - 1) + 1) : start;
  return { start, end };
}
