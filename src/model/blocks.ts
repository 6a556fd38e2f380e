import type { Block, Span } from './types.js';

/** A block whose text is a slice of the source (plain text): index i is offset start + i. */
export function sliceBlock(kind: Block['kind'], text: string, start: number): Block {
  const end = start + text.length;
  return {
    kind,
    text,
    span: { start, end },
    toSource: (i) => start + Math.max(0, Math.min(i, text.length)),
  };
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
  return { kind, text, span, toSource };
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
