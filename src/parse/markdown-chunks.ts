/**
 * Where a long Markdown text can be cut into pieces that parse alone exactly as they do in the
 * whole. micromark holds every event of a document and mdast every node with its position until
 * the parse ends: an 8 MB Markdown file took 2 GB and 13 s, a 0.5 MB table of 20,000 rows
 * 580 MB. Parsed piece by piece, only one piece's worth is held at a time.
 *
 * A cut goes before an ATX heading ("# ..."), a line of text that starts with a letter, or a
 * bold line ("**...") in the first column, after a blank line or an ATX heading: such a line
 * begins a new top-level block. A blank line has ended any paragraph, table or HTML block of
 * the other kinds, and an unindented line that is not a list item or a quote ends any list or
 * block quote. Not before list items (where a list may start depends on what came before, and
 * micromark reads "3) x" after an indented code block and a blank line as a paragraph), except
 * a bullet item ("- x") right after one with the same marker, in the first column: that is the
 * next item of the same list, and a list cut there is two lists with the same items (nothing
 * here reads whether a list is loose or tight).
 *
 * Except where something runs past blank lines:
 * - a fenced code block opened in the first column: no cut until its closing fence;
 * - a raw HTML block (<!-- ... -->, <script>, <pre>, <style>, <textarea>, <? ... ?>, <!X ...>,
 *   <![CDATA[ ... ]]>): no cut until the line that ends it;
 * - a fence anywhere else (in a list item, a quote, or after a tag that may or may not have
 *   opened an HTML block) ends where its container does, which a line scan cannot follow: no
 *   more cuts at all;
 * - link and footnote definitions ("[x]: ...") apply to the whole document: a text with "]:"
 *   anywhere is not cut.
 */
import { splitLines } from './parse-text.js';

export interface Chunking {
  /** Texts up to this many characters are parsed whole. */
  above: number;
  /** A piece grows to at least this many characters before it is cut. */
  size: number;
  /**
   * The longest piece parsed as Markdown. What cannot be cut (a table, a list whose items run
   * over several lines, one long paragraph) costs micromark and mdast over 1 GB a megabyte at
   * worst (a 2 MB table of 80,000 rows: 2.8 GB, 36 s): past this, the text is not read as
   * Markdown at all.
   */
  largest: number;
}

export const CHUNKING: Chunking = { above: 200_000, size: 64_000, largest: 500_000 };

const ATX = /^#{1,6}(?:[ \t]|$)/u;
/** A line a piece may begin with. */
const STARTER = /^(?:#{1,6}(?:[ \t]|$)|\p{L}|\*\*[^\s*])/u;
/** A bullet list item in the first column, with text (its marker; not a thematic break such as "- - -"). */
const BULLET = /^([-*+])[ \t]+(?![-*+_][ \t]*(?:[-*+_][ \t]*)+$)\S/u;
/** A fence that opens a top-level code block. */
const TOP_FENCE = /^(`{3,}|~{3,})/u;
/** What closes it: up to three spaces' indent, the same character, at least as many, nothing after. */
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u;
const hasFence = (line: string): boolean => line.includes('```') || line.includes('~~~');
const BLANK = /^[ \t]*$/u;

/** A line that may open an HTML block. The other kinds (6 and 7) end at a blank line. */
const HTML_START = /^ {0,3}</u;
/** Raw HTML blocks that run past blank lines (CommonMark kinds 1-5): the opening, and what ends them. */
const RAW_HTML: { open: RegExp; close: string | RegExp }[] = [
  { open: /^ {0,3}<(?:script|pre|style|textarea)(?:[ \t>]|$)/iu, close: /<\/(?:script|pre|style|textarea)>/iu },
  { open: /^ {0,3}<!--/u, close: '-->' },
  { open: /^ {0,3}<\?/u, close: '?>' },
  { open: /^ {0,3}<![A-Za-z]/u, close: '>' },
  { open: /^ {0,3}<!\[CDATA\[/u, close: ']]>' },
];

const closes = (line: string, from: number, close: string | RegExp): boolean =>
  typeof close === 'string' ? line.includes(close, from) : close.test(line.slice(from));

/** The pieces [start, end) of the source, in order, covering it. */
export function markdownChunks(source: string, chunking: Chunking = CHUNKING): { start: number; end: number }[] {
  if (source.length <= chunking.above || source.includes(']:')) return [{ start: 0, end: source.length }];
  const cuts: number[] = [0];
  /** The open top-level fence, null: none. */
  let fence: string | null = null;
  /** What ends the HTML block the line is in (BLANK: a blank line), null: none. */
  let html: string | RegExp | null = null;
  /** The line before was blank or an ATX heading (or there was none). */
  let mayCut = true;
  /** The line before was a bullet item in the first column: its marker. */
  let bullet: string | null = null;
  scan: for (const { start, text: line } of splitLines(source)) {
    const blank = BLANK.test(line);
    if (fence !== null) {
      const m = CLOSING_FENCE.exec(line);
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length) fence = null;
      mayCut = false;
      bullet = null;
    } else if (html === BLANK) {
      // An HTML block that ends at a blank line, or paragraph text that only looks like one (an
      // inline tag cannot start a block inside a paragraph): a fence or a raw HTML block opened
      // here would count in the second case only.
      if (hasFence(line) || RAW_HTML.some((raw) => raw.open.test(line))) break scan;
      if (blank) html = null;
      mayCut = blank;
      bullet = null;
    } else if (html !== null) {
      if (closes(line, 0, html)) html = null;
      mayCut = false;
      bullet = null;
    } else {
      const item = BULLET.exec(line);
      if (((mayCut && STARTER.test(line)) || (bullet !== null && item?.[1] === bullet)) && start - cuts[cuts.length - 1] >= chunking.size) cuts.push(start);
      bullet = item ? item[1] : null;
      const top = TOP_FENCE.exec(line);
      if (top) fence = top[1];
      else if (hasFence(line)) break scan;
      else if (HTML_START.test(line)) {
        html = BLANK;
        for (const raw of RAW_HTML) {
          const m = raw.open.exec(line);
          if (m) {
            html = closes(line, m[0].length, raw.close) ? null : raw.close;
            break;
          }
        }
      }
      mayCut = fence === null && html === null && (blank || ATX.test(line));
    }
  }
  cuts.push(source.length);
  const out: { start: number; end: number }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) out.push({ start: cuts[i], end: cuts[i + 1] });
  return out;
}
