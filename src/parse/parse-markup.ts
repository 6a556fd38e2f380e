/**
 * Markdown (remark-parse with GFM tables, footnotes and strikethrough) and HTML (rehype-parse,
 * then hast-util-to-mdast): both end as mdast, walked here into heading and block events with
 * source positions.
 */
import type { Root as HastRoot } from 'hast';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { toMdast } from 'hast-util-to-mdast';
import type { List, Nodes, Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNumberedHeading, numberLevel } from './parse-text.js';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import { type Segment, segmentBlock } from '../model/blocks.js';
import { normaliseHtml } from './html-normalise.js';
import { windows1252Char } from './windows-1252.js';
import { frontMatterEnd, frontMatterProse } from './front-matter.js';
import { CHUNKING, type Chunking, markdownChunks } from './markdown-chunks.js';
import type { Event } from './tree.js';
import type { Block, Span } from '../model/types.js';
import { pushAll } from '../util/arrays.js';

/**
 * GitHub Flavored Markdown as remark-gfm reads it, less autolink literals: turning a bare
 * "www.example.fi" into a link changes no text, and finding them was 40% of Markdown parsing
 * (the floor of \`npm run bench\` is remark-parse alone). Task-list checkboxes stay text.
 */
function gfmWithoutAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmFootnote(), gfmStrikethrough());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const markdownParser = unified().use(remarkParse).use(gfmWithoutAutolinks);
const htmlParser = unified().use(rehypeParse, { fragment: false });
const htmlFragmentParser = unified().use(rehypeParse, { fragment: true });

/** The source being walked (parsing is synchronous), to map text whose line endings were normalised. */
let current = '';

/** Where the piece being walked starts in the source: the parser's offsets are the piece's own. */
let base = 0;
/**
 * For a piece parsed with its lines' indent taken off (front-matter prose nested deep, see
 * front-matter.ts): where each parsed line starts in the parsed text and in the source, and
 * how many characters were taken off it. Null: the piece is the source's own text, offset by `base`.
 */
let dedented: { parsed: number[]; source: number[]; removed: number[] } | null = null;

/** A piece's offset as a source offset. */
function toSource(offset: number): number {
  if (dedented === null) return base + offset;
  const { parsed, source, removed } = dedented;
  let lo = 0;
  let hi = parsed.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (parsed[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return source[lo] + removed[lo] + (offset - parsed[lo]);
}

/** The text of source [start, end) with up to `indent` spaces taken off each line, and the map back (see `dedented`). */
function dedent(source: string, start: number, end: number, indent: number): { text: string; map: NonNullable<typeof dedented> } {
  const map = { parsed: [] as number[], source: [] as number[], removed: [] as number[] };
  let text = '';
  const line = /[^\r\n]*(?:\r\n|\r|\n)?/gu;
  line.lastIndex = start;
  while (line.lastIndex < end) {
    const at = line.lastIndex;
    const m = line.exec(source);
    if (!m || m[0] === '') break;
    const whole = source.slice(at, Math.min(end, at + m[0].length));
    let removed = 0;
    while (removed < indent && whole.charCodeAt(removed) === 32) removed++;
    map.parsed.push(text.length);
    map.source.push(at);
    map.removed.push(removed);
    text += whole.slice(removed);
    if (at + m[0].length >= end) break;
  }
  return { text, map };
}

/**
 * Long texts are parsed piece by piece (see markdown-chunks.ts); the events are those of the
 * whole. A RangeError when a piece is too long to parse as Markdown (the caller reads the text
 * as plain text, as it does nesting too deep for the parser).
 */
export function parseMarkdown(source: string, chunking: Chunking = CHUNKING): Event[] {
  const skip = frontMatterEnd(source);
  // A page whose text is kept in its front matter ("content: >-"): that text reads first, then the body.
  const chunks: { start: number; end: number; dedent: number }[] = [
    ...frontMatterProse(source, skip),
    ...(skip ? markdownChunks(source.slice(skip), chunking) : markdownChunks(source, chunking)).map((c) => ({ start: c.start + skip, end: c.end + skip, dedent: 0 })),
  ];
  if (chunks.some((c) => c.end - c.start > chunking.largest)) throw new RangeError('a part of the Markdown is too long to parse as such');
  for (const { start, end } of chunks) overWorkBudget(source, start, end);
  current = source;
  const events: Event[] = [];
  try {
    let headingLevel = 0;
    for (const chunk of chunks) {
      const { start, end } = chunk;
      base = start;
      let text = start === 0 && end === source.length ? source : source.slice(start, end);
      if (chunk.dedent > 0) {
        const d = dedent(source, start, end, chunk.dedent);
        text = d.text;
        dedented = d.map;
      }
      const tree = markdownParser.parse(text) as Root;
      try {
        headingLevel = walk(tree, events, headingLevel);
      } finally {
        dedented = null;
      }
    }
  } finally {
    base = 0;
    dedented = null;
  }
  return events;
}

/**
 * The work budget of one piece of Markdown. micromark pairs emphasis delimiters ("*", "_") and
 * mdast builds a node with its position for every table cell, at a cost far above the text's
 * length: 496 KB of "*a* " took 73 s in the parser alone, and a table of 30,000 rows (0.4 MB)
 * 3.6 s and 0.9 GB. A notice has some hundreds of either in a piece; past these counts the piece
 * would cost more than any notice could, and the text is read as plain text instead.
 */
export const MARKDOWN_WORK_BUDGET = { emphasis: 20_000, tableCells: 20_000 };

/** Throws a RangeError, with the reason, when the piece [start, end) is over the work budget. */
function overWorkBudget(source: string, start: number, end: number): void {
  let emphasis = 0;
  let cells = 0;
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 42 || c === 95) emphasis++; // * _
    else if (c === 124) cells++; // |
  }
  if (emphasis > MARKDOWN_WORK_BUDGET.emphasis) throw new RangeError(`a part of the Markdown has over ${MARKDOWN_WORK_BUDGET.emphasis.toLocaleString('en')} emphasis marks (* or _)`);
  if (cells > MARKDOWN_WORK_BUDGET.tableCells) throw new RangeError(`a part of the Markdown has over ${MARKDOWN_WORK_BUDGET.tableCells.toLocaleString('en')} table cell separators (|)`);
}

export function parseHtml(source: string): Event[] {
  current = source;
  const hast = htmlParser.parse(source) as HastRoot;
  normaliseHtml(hast);
  const mdast = toMdast(hast) as Root;
  const events: Event[] = [];
  walk(mdast, events);
  return events;
}

/**
 * A block of raw HTML inside Markdown ("<h2>Rekisterinpitäjä</h2>", "<p>…</p>", a table that a
 * site wrote as HTML) is part of the notice: read as HTML, with offsets into the Markdown source.
 */
function embeddedHtml(span: Span, events: Event[], headingLevel: number): number {
  const outer = base;
  const outerMap = dedented;
  base = span.start;
  dedented = null;
  try {
    const hast = htmlFragmentParser.parse(current.slice(span.start, span.end)) as HastRoot;
    normaliseHtml(hast);
    return walk(toMdast(hast) as Root, events, headingLevel);
  } finally {
    base = outer;
    dedented = outerMap;
  }
}

function spanOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Span | null {
  const s = node.position?.start.offset;
  const e = node.position?.end.offset;
  return s === undefined || e === undefined ? null : { start: toSource(s), end: toSource(e) };
}

/**
 * The parsers turn CRLF and CR into LF inside text (and HTML collapses white space), decode
 * character references ("Rekister&ouml;ity", "&shy;", "&#228;") and drop Markdown's backslash
 * escapes: a text node is then shorter than its source, and mapping indexes linearly would
 * drift (ten characters after two "&auml;"s). Splits the text into pieces that map exactly: runs
 * of equal characters, white-space runs, and one piece per reference or escape. False (nothing
 * pushed) when the text differs from its source in some other way.
 */
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

function alignWithSource(text: string, span: Span, out: Segment[]): boolean {
  const pieces: Segment[] = [];
  let i = 0;
  let j = span.start;
  // White space the parser trimmed from the start (the line break after a <br>) is not in the text.
  if (!isSpace(text.charCodeAt(0))) while (j < span.end && isSpace(current.charCodeAt(j))) j++;
  let i0 = 0;
  let j0 = j;
  /** Ends the run of equal characters before i and j, and adds a piece of its own for text[i, i2) from source [j, j2). */
  const piece = (i2: number, j2: number) => {
    pieces.push({ text: text.slice(i0, i), source: { start: j0, end: j } }, { text: text.slice(i, i2), source: { start: j, end: j2 } });
    i = i0 = i2;
    j = j0 = j2;
  };
  while (i < text.length && j < span.end) {
    const c = current.charCodeAt(j);
    // A reference first: "&amp;" is read as "&", which the text has too.
    const reference = c === 38 /* & */ ? referenceAt(j, span.end, text, i) : null;
    if (reference) piece(i + reference.text, j + reference.source);
    else if (text.charCodeAt(i) === c) {
      i++;
      j++;
    } else if (isSpace(text.charCodeAt(i)) && isSpace(c)) {
      // A run of white space, changed by the parser (CRLF to LF, collapsed to one space).
      let i2 = i;
      let j2 = j;
      while (i2 < text.length && isSpace(text.charCodeAt(i2))) i2++;
      while (j2 < span.end && isSpace(current.charCodeAt(j2))) j2++;
      piece(i2, j2);
    } else if (c === 92 /* \ */ && j + 1 < span.end && current[j + 1] === text[i] && /[!-/:-@[-`{-~]/u.test(text[i])) {
      piece(i + 1, j + 2);
    } else return false;
  }
  if (i === text.length) while (j < span.end && isSpace(current.charCodeAt(j))) j++;
  if (i !== text.length || j !== span.end) return false;
  pieces.push({ text: text.slice(i0), source: { start: j0, end: j } });
  pushAll(out, pieces.filter((p) => p.text.length > 0));
  return true;
}

/**
 * The character reference at `j` of the source, when the text at `i` holds what it stands for:
 * how long it is in the source and in the text. A named reference may lack its semicolon in HTML
 * ("&auml" before a space), as browsers read the old names.
 */
function referenceAt(j: number, end: number, text: string, i: number): { source: number; text: number } | null {
  const m = /^&(?:#[xX]([\da-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z\d]{0,31}))(;?)/u.exec(current.slice(j, Math.min(end, j + 40)));
  if (!m) return null;
  const semicolon = m[4].length;
  if (m[3] === undefined) {
    const code = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    // In 0x80-0x9F, HTML reads Windows-1252's character ("&#150;" is "–"), or the code itself where it has none.
    const candidates = [code >= 0x80 && code <= 0x9f ? windows1252Char(code) : '', code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && code > 0 ? String.fromCodePoint(code) : '', '\ufffd'];
    const found = candidates.find((d) => d !== '' && text.startsWith(d, i));
    return found ? { source: m[0].length, text: found.length } : null;
  }
  for (let n = m[3].length; n >= 2; n--) {
    const withSemicolon = n === m[3].length && semicolon === 1;
    const decoded = decodeNamedCharacterReference(m[3].slice(0, n));
    if (decoded !== false && text.startsWith(decoded, i)) return { source: 1 + n + (withSemicolon ? 1 : 0), text: decoded.length };
    if (semicolon === 1) return null; // with its semicolon, a reference is the whole name or none
  }
  return null;
}

/**
 * A code block's text as segments, one per line, each where that line stands in the source: the
 * value leaves out the fence line ("```") and an indented block's indent, so mapped from the
 * block's start its words would point into the fence (an address in a fenced block must point at
 * the address). The whole value from the block's start when a line cannot be found.
 */
function codeSegments(value: string, span: Span): Segment[] {
  const out: Segment[] = [];
  let at = span.start;
  const lines = value.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    const found = line === '' ? at : current.indexOf(line, at);
    if (found < 0 || found + line.length > span.end) return [{ text: value, source: span }];
    out.push({ text: line, source: { start: found, end: found + line.length } });
    at = found + line.length;
    if (k < lines.length - 1) {
      const eol = current.indexOf('\n', at);
      const next = eol < 0 || eol >= span.end ? at : eol;
      out.push({ text: '\n', source: { start: next, end: Math.min(next + 1, span.end) } });
      at = Math.min(next + 1, span.end);
    }
  }
  return out;
}

/** The inline text of a node as segments, each with the source range it came from. */
function segments(node: Nodes, out: Segment[]): void {
  if (node.type === 'text' || node.type === 'inlineCode') {
    const span = spanOf(node);
    if (span) {
      if (node.value.length === span.end - span.start || !alignWithSource(node.value, span, out)) out.push({ text: node.value, source: span });
    } else if (out.length) {
      const prev = out[out.length - 1].source;
      out.push({ text: node.value, source: { start: prev.end, end: prev.end } });
    }
    return;
  }
  if (node.type === 'break') {
    const span = spanOf(node);
    out.push({ text: '\n', source: span ?? { start: 0, end: 0 } });
    return;
  }
  if (node.type === 'image' || node.type === 'html') return;
  if ('children' in node) for (const child of node.children as Nodes[]) segments(child, out);
}

function block(kind: Block['kind'], node: Nodes): Block | null {
  const segs: Segment[] = [];
  segments(node, segs);
  // Separate text that stood on separate lines in the source (e.g. cells, list paragraphs).
  const span = spanOf(node) ?? (segs.length ? { start: segs[0].source.start, end: segs[segs.length - 1].source.end } : null);
  if (!span || segs.every((s) => s.text.trim() === '')) return null;
  return segmentBlock(kind, segs, span);
}

/** A paragraph that is only bold text is a heading in many Markdown notices. */
function isBoldLine(node: RootContent): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const only = node.children[0];
  if (only.type !== 'strong') return false;
  const text = only.children.map((c) => ('value' in c ? c.value : '')).join('');
  return text.length > 1 && text.length <= 100 && !/[.,;]$/u.test(text.trim());
}

/**
 * A paragraph that opens with a bold title on a line of its own and goes on below it
 * ("**Rekisterinpitäjä**" and a line break, then the text): the Markdown form of
 * <p><strong>Title</strong><br>text</p>. The title, and the rest as a paragraph of its own.
 */
function boldLead(node: RootContent): { title: Paragraph; rest: Paragraph } | null {
  if (node.type !== 'paragraph' || node.children.length < 2) return null;
  const [first, second] = node.children;
  if (first.type !== 'strong' || !first.position || !second.position || !node.position) return null;
  const lineBreak = second.type === 'break' || (second.type === 'text' && /^[ \t]*\n/u.test(second.value));
  if (!lineBreak) return null;
  const title = toString(first).trim();
  if (title.length < 2 || title.length > 100 || /[.,;]$/u.test(title)) return null;
  const rest = second.type === 'break' ? node.children.slice(2) : node.children.slice(1);
  if (rest.length === 0 || rest.every((c) => toString(c).trim() === '')) return null;
  return {
    title: { type: 'paragraph', children: [first], position: first.position },
    rest: { type: 'paragraph', children: rest, position: { start: rest[0].position?.start ?? second.position.end, end: node.position.end } },
  };
}

/** A paragraph that is one numbered title ("1. Rekisterinpitäjä", "7.2 Säilytysaika"), not a numbered sentence. */
function numberedLine(text: string): boolean {
  const t = text.trim();
  return t.length <= 80 && !t.includes('\n') && !/[.,;:!]$/u.test(t) && isNumberedHeading(t);
}

/** A numbered list item's first line that reads as a heading: short, capitalised, no sentence end. */
function titleLike(node: RootContent | undefined): boolean {
  if (!node || node.type !== 'paragraph') return false;
  const text = toString(node).trim();
  return text.length >= 3 && text.length <= 80 && !text.includes('\n') && /^\p{Lu}/u.test(text) && !/[.,;:!]$/u.test(text);
}

/**
 * Whether an ordered list is really the numbered sections of a notice written as Markdown
 * ("1. Rekisterinpitäjä" with the controller's details under it): every item starts with a
 * title-like line, and the text stands under the titles (inside the items) or, for a list of
 * one item, right after the list ("1. Rekisterinpitäjä", a blank line, "Esimerkki Oy").
 */
function numberedHeadings(list: List, next: RootContent | undefined): boolean {
  if (!list.children.every((item) => titleLike(item.children[0]))) return false;
  if (list.children.every((item) => item.children.length > 1)) return true;
  return list.children.length === 1 && list.children[0].children.length === 1 && next?.type === 'paragraph' && !titleLike(next);
}

function nonEmptyRows(table: Table): TableRow[] {
  return table.children.filter((row) => row.children.some((cell) => toString(cell).trim() !== ''));
}

/** At least three rows of exactly two cells, the first short like a heading. */
function isKeyValueTable(table: Table): boolean {
  const rows = nonEmptyRows(table);
  if (rows.length < 3) return false;
  return rows.every((row) => {
    if (row.children.length !== 2) return false;
    const first = toString(row.children[0]).trim();
    return first.length > 0 && first.length <= 200;
  });
}

/** A header row of column labels ("Kohta | Tieto") rather than a first item. */
function isColumnLabels(row: TableRow): boolean {
  return row.children.every((cell) => {
    const text = toString(cell).trim();
    return text.length <= 25 && !/[\d@]/u.test(text);
  });
}

/** Appends the tree's events; the level of the last heading before it in, of its own last out (bold-line headings go one deeper). */
function walk(root: Root, events: Event[], headingLevel = 0): number {
  let lastHeadingLevel = headingLevel;
  const visit = (nodes: RootContent[], listDepth: number): void => {
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k];
      switch (node.type) {
        case 'heading': {
          const b = block('heading', node);
          if (b) {
            events.push({ type: 'heading', level: node.depth, kind: 'markup', block: b });
            lastHeadingLevel = node.depth;
          }
          break;
        }
        case 'paragraph': {
          const lead = listDepth === 0 ? boldLead(node) : null;
          if (lead) {
            const head = block('heading', lead.title);
            const body = block('paragraph', lead.rest);
            if (head) events.push({ type: 'heading', level: Math.min(6, lastHeadingLevel + 1), kind: 'bold-line', block: head });
            if (body) events.push({ type: 'block', block: body });
            break;
          }
          const b = block(listDepth > 0 ? 'list-item' : 'paragraph', node);
          if (!b) break;
          if (listDepth === 0 && isBoldLine(node)) {
            events.push({ type: 'heading', level: Math.min(6, lastHeadingLevel + 1), kind: 'bold-line', block: b });
          } else if (listDepth === 0 && numberedLine(b.text)) {
            // "1. Rekisterinpitäjä", "7.2 Säilytysaika" typed as a paragraph of its own (a Word
            // document or its HTML): a numbered heading, as in plain text, one level per number.
            events.push({ type: 'heading', level: Math.min(6, lastHeadingLevel + numberLevel(b.text)), kind: 'numbered', block: b });
          } else events.push({ type: 'block', block: b });
          break;
        }
        case 'list': {
          const numbered = listDepth === 0 && node.ordered ? numberedHeadings(node, nodes[k + 1]) : null;
          if (numbered) {
            // "1. Rekisterinpitäjä" over its text: the numbered sections of a register description.
            node.children.forEach((item) => {
              const [title, ...rest] = item.children;
              const head = block('heading', title);
              // The marker's number is not kept: lists that each restart at "1." are a Markdown habit, not duplicate sections.
              if (head) events.push({ type: 'heading', level: Math.min(6, lastHeadingLevel + 1), kind: 'numbered', block: head });
              for (const child of rest) visit([child], child.type === 'list' ? 1 : 0);
            });
            break;
          }
          for (const item of node.children) visit(item.children, listDepth + 1);
          break;
        }
        case 'table':
          if (isKeyValueTable(node)) {
            // A two-column table of "heading | text" rows (a register description): one section per row.
            const level = Math.min(6, lastHeadingLevel + 1);
            nonEmptyRows(node).forEach((row, i) => {
              const head = block(i === 0 && isColumnLabels(row) ? 'table-cell' : 'heading', row.children[0]);
              const body = block('table-cell', row.children[1]);
              if (head?.kind === 'heading') events.push({ type: 'heading', level, kind: 'table-row', block: head });
              else if (head) events.push({ type: 'block', block: head });
              if (body) events.push({ type: 'block', block: body });
            });
            break;
          }
          for (const row of node.children)
            for (const cell of row.children) {
              const b = block('table-cell', cell);
              if (b) events.push({ type: 'block', block: b });
            }
          break;
        case 'blockquote':
        case 'footnoteDefinition':
          visit(node.children, listDepth);
          break;
        case 'html': {
          const span = spanOf(node);
          if (span && /<[a-z][^>]*>[^<]*[\p{L}]/iu.test(node.value)) lastHeadingLevel = embeddedHtml(span, events, lastHeadingLevel);
          break;
        }
        case 'code': {
          const span = spanOf(node);
          if (span && node.value.trim()) events.push({ type: 'block', block: segmentBlock('other', codeSegments(node.value, span), span) });
          break;
        }
        default:
          break;
      }
    }
  };
  visit(root.children, 0);
  return lastHeadingLevel;
}

