/**
 * A text PDF read as plain text: pdf.js (Mozilla's reader) gives each page's text runs with
 * their position and size; runs on one baseline make a line, lines make paragraphs again (a
 * line wrapped by the page is joined to the next, and a paragraph cut by a page break is
 * joined across it), a line in a larger size than the body text stands alone as a heading, a
 * bullet starts a list item, cells far apart on one line are separated by a tab (a table row),
 * a page set in two columns is read column by column, and page numbers at the foot or head of a
 * page are left out. The text is then read by the
 * plain-text reader. Each line of that text keeps where its pieces came from (page and line on
 * the page), which is how findings are placed.
 *
 * Untrusted input: pdf.js runs with `isEvalSupported` off (no code made from a font), no
 * scripting and no XFA; a PDF with no text at all (a scan) is refused, no OCR.
 */
import type { DocPlace, Placer } from './docx.js';
import { type ReadFailure, readFailure } from './file-error.js';
import { pdfjs } from './pdfjs.js';
import { oneLine } from '../util/one-line.js';

export type PdfInput = { ok: true; text: string; placer: Placer } | ReadFailure;

/** Most pages read from one PDF (a notice has a few; each page costs time). */
export const MAX_PDF_PAGES = 500;

/**
 * Most time spent reading one PDF's text (a 20-page notice takes well under a second): past it,
 * the PDF is given up before its next page. (pdf.js runs in this thread and yields only to
 * promises, so one page that keeps it busy cannot be cut short: a bound on pages, not on a page.)
 */
export const PDF_TIME_BUDGET_MS = 30_000;

/** Most characters of text read from one PDF (a plain-text notice file may have 10 MB). */
export const MAX_PDF_TEXT = 10_000_000;

const overBudget = (ms: number) => readFailure('pdf-budget', { seconds: ms / 1000 });

interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

interface PdfLine {
  text: string;
  page: number;
  /** 1-based line on its page, counting every line of text from the top. */
  line: number;
  size: number;
  xStart: number;
  xEnd: number;
  y: number;
  /** In a column of a page set in two: where the column's full lines end (else the page's, found later). */
  edge?: number;
}

const PAGE_NUMBER = /^[\s\u2013\u2014-]*(?:(?:page|sivu|sida|s\.)\s*)?\d{1,4}(?:\s*(?:\/|of|av)\s*\d{1,4})?[\s\u2013\u2014-]*$/iu;
const BULLET = /^[\u2022\u25cf\u25aa\u2023\u2043\u25e6\u00b7]\s*/u;

/** The lines of one page, top to bottom, from its text runs (in the order the page draws them). */
function pageLines(runs: Run[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: (PdfLine & { lastEnd: number }) | null = null;
  for (const r of runs) {
    // A run of spaces says nothing the gap to the next run does not (and pdf.js adds one between distant runs).
    if (!r.str.trim()) continue;
    if (current && Math.abs(current.y - r.y) <= r.size * 0.3) {
      const gap = r.x - current.lastEnd;
      const sep = gap > r.size ? '\t' : gap > r.size * 0.15 && !current.text.endsWith(' ') && !r.str.startsWith(' ') ? ' ' : '';
      current.text += sep + r.str;
      current.lastEnd = r.x + r.width;
      current.xEnd = Math.max(current.xEnd, current.lastEnd);
      current.size = Math.max(current.size, r.size);
      continue;
    }
    current = { text: r.str, page, line: 0, size: r.size, xStart: r.x, xEnd: r.x + r.width, y: r.y, lastEnd: r.x + r.width };
    lines.push(current);
  }
  // Reading order: top to bottom (a page may draw its footer first).
  lines.sort((a, b) => b.y - a.y);
  lines.forEach((l, i) => {
    l.line = i + 1;
    l.text = l.text.replace(/\s+$/u, '');
  });
  return lines.filter((l) => l.text.trim() !== '');
}

/** The lines of one page in reading order: a page set in two columns is read column by column. */
function pageText(runs: Run[], page: number): PdfLine[] {
  const g = gutter(runs);
  if (g === null) return pageLines(runs, page);
  const left = pageLines(runs.filter((r) => leftOf(r, g)), page);
  const right = pageLines(runs.filter((r) => !leftOf(r, g)), page);
  // Lines count from the top of the left column, then on from the top of the right one.
  right.forEach((l) => (l.line += left.length));
  // A wrapped line fills its column, not the page.
  for (const col of [left, right]) {
    const edge = largest(col.map((l) => l.xEnd));
    for (const l of col) l.edge = edge;
  }
  return [...left, ...right];
}

/** Whether a run belongs to the left column of a page cut at `g` (its middle is left of the cut). */
function leftOf(r: Run, g: number): boolean {
  return r.x + r.width / 2 < g;
}

/** The largest of many numbers (a spread into Math.max fails past some hundred thousand). */
function largest(values: Iterable<number>, floor = -Infinity): number {
  let m = floor;
  for (const v of values) if (v > m) m = v;
  return m;
}

/** Fewer runs than this on a page: too little text to tell columns. */
const MIN_COLUMN_RUNS = 12;
/** Lines (distinct baselines) each column must have. */
const MIN_COLUMN_LINES = 5;

/**
 * Where a page set in two columns is cut (the x of the gap between them), or null. A gap in the
 * middle of the text that (almost) no run crosses, with text on both sides, each side's lines
 * mostly running to its edge (wrapped text fills its column; a table's cells do not), so that a
 * two-column table keeps its rows.
 */
function gutter(runs: Run[]): number | null {
  const text = runs.filter((r) => r.str.trim() !== '' && r.width > 0);
  if (text.length < MIN_COLUMN_RUNS) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const r of text) {
    minX = Math.min(minX, r.x);
    maxX = Math.max(maxX, r.x + r.width);
  }
  const span = maxX - minX;
  if (!(span > 0)) return null;
  // How many runs cover each point of the middle (a difference array: linear in the runs).
  const from = Math.floor(minX + span * 0.3);
  const to = Math.ceil(minX + span * 0.7);
  const diff = new Int32Array(to - from + 2);
  for (const r of text) {
    const a = Math.max(from, Math.ceil(r.x));
    const b = Math.min(to + 1, Math.floor(r.x + r.width));
    if (a < b) {
      diff[a - from]++;
      diff[b - from]--;
    }
  }
  // The middle of the widest stretch no run covers (the first, of equals), as wide as a character at least.
  let g = -1;
  let widest = 0;
  let run = 0;
  let count = 0;
  for (let i = 0; i <= to - from; i++) {
    count += diff[i];
    run = count === 0 ? run + 1 : 0;
    if (run > widest) {
      widest = run;
      g = from + i - Math.floor(run / 2);
    }
  }
  const size = text.reduce((s, r) => s + r.size, 0) / text.length;
  if (widest === 0 || widest < size) return null;
  const sides = [text.filter((r) => leftOf(r, g)), text.filter((r) => !leftOf(r, g))];
  const chars = (rs: Run[]) => rs.reduce((n, r) => n + r.str.length, 0);
  const total = chars(text);
  for (const [k, side] of sides.entries()) {
    if (chars(side) < total * 0.25) return null;
    // Its lines: the right end of each baseline's text.
    const ends = new Map<number, number>();
    for (const r of side) ends.set(Math.round(r.y), Math.max(ends.get(Math.round(r.y)) ?? -Infinity, r.x + r.width));
    if (ends.size < MIN_COLUMN_LINES) return null;
    const edge = k === 0 ? largest(ends.values()) : maxX;
    const start = k === 0 ? minX : g;
    const full = [...ends.values()].filter((e) => e >= edge - (edge - start) * 0.25).length;
    if (full < ends.size * 0.5) return null;
  }
  return g;
}

/** The size most of the text is set in. */
function bodySize(lines: PdfLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of weight) if (n > most) [best, most] = [size, n];
  return best;
}

interface Piece {
  /** Where the piece starts in its output line (0-based). */
  column: number;
  page: number;
  line: number;
}

/** Whether the next line's first word would have fitted at the end of the previous line (so the previous line ended its paragraph). */
function wouldHaveFitted(prev: PdfLine, next: PdfLine, rightEdge: number): boolean {
  const first = next.text.trimStart().split(/\s/u)[0] ?? '';
  const perChar = (next.xEnd - next.xStart) / Math.max(1, next.text.length);
  return prev.xEnd + perChar * (first.length + 1) < rightEdge - 2;
}

/** Lines of text, one paragraph, heading, list item or table row each, with where their pieces came from. */
function paragraphs(pages: PdfLine[][]): { text: string; pieces: Piece[][] } {
  const all = pages.flat();
  const body = bodySize(all);
  // The right edge of full lines: where the widest body lines end (table rows left out).
  const rightEdge = largest(all.filter((l) => Math.abs(l.size - body) < 0.5 && !l.text.includes('\t')).map((l) => l.xEnd), 0);
  const out: string[] = [];
  const pieces: Piece[][] = [];
  const kinds: ('text' | 'item' | 'row')[] = [];
  let prev: PdfLine | null = null;
  for (const page of pages) {
    const kept = page.filter((l, i) => !((i === 0 || i === page.length - 1) && PAGE_NUMBER.test(l.text)));
    for (let i = 0; i < kept.length; i++) {
      const l = kept[i];
      const heading = l.size > body * 1.15;
      const bullet = BULLET.test(l.text);
      const row = l.text.includes('\t');
      let joins = false;
      if (prev && out.length && !bullet && !row && !prev.text.includes('\t') && Math.abs(prev.size - l.size) < 0.5) {
        // From one page or column to the next, a paragraph goes on only when its line was full.
        const leading = prev.page === l.page && prev.edge === l.edge ? prev.y - l.y : l.size * 1.3;
        const close = leading <= l.size * 1.6;
        const indentOk = l.xStart >= prev.xStart - 1 || BULLET.test(prev.text) || prev.page !== l.page;
        // A wrapped heading goes on in the same size; a wrapped body line also filled its line.
        joins = close && indentOk && (heading ? prev.size > body * 1.15 : !wouldHaveFitted(prev, l, prev.edge ?? rightEdge));
      }
      const text = bullet ? l.text.replace(BULLET, '- ') : l.text;
      if (joins) {
        const last = out.length - 1;
        const withHyphen = /\p{Ll}-$/u.test(out[last]) && /^\p{Ll}/u.test(text);
        out[last] = withHyphen ? out[last] + text : `${out[last]} ${text}`;
        pieces[last].push({ column: out[last].length - text.length, page: l.page, line: l.line });
      } else {
        const kind = bullet ? 'item' : row ? 'row' : 'text';
        // List items and table rows follow one another line by line, as in a plain-text notice.
        if (out.length && !(kind !== 'text' && kinds[kinds.length - 1] === kind)) {
          out.push('');
          pieces.push([]);
          kinds.push('text');
        }
        out.push(text);
        pieces.push([{ column: 0, page: l.page, line: l.line }]);
        kinds.push(kind);
      }
      prev = l;
    }
  }
  return { text: out.join('\n') + '\n', pieces };
}

/** Places positions of the text made by readPdf on the PDF's pages. */
class PdfPlacer implements Placer {
  constructor(
    private readonly lines: string[],
    private readonly pieces: Piece[][],
  ) {}

  at(line: number, column: number): DocPlace {
    const parts = this.pieces[line - 1];
    if (!parts || parts.length === 0) return { line: 1, column: 1, excerpt: '', known: false };
    let k = 0;
    while (k + 1 < parts.length && parts[k + 1].column <= column - 1) k++;
    const p = parts[k];
    const text = this.lines[line - 1].slice(p.column, parts[k + 1]?.column ?? undefined).trim();
    return { line: p.line, column: Math.max(1, column - p.column), page: p.page, excerpt: excerptOf(text), known: true };
  }
}

function excerptOf(text: string): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const out = words.slice(0, 8).join(' ');
  return out.length < words.join(' ').length ? `${out}…` : out;
}

/** A PDF's bytes read into plain text, within the time budget. Never throws for a bad file. */
export async function readPdf(bytes: Uint8Array, budgetMs = PDF_TIME_BUDGET_MS): Promise<PdfInput> {
  const started = Date.now();
  let doc;
  try {
    const lib = pdfjs();
    const task = lib.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') return readFailure('pdf-password');
    if (name === 'InvalidPDFException') return readFailure('pdf-invalid');
    return readFailure('pdf-error', { detail: oneLine(error) });
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) return readFailure('pdf-pages', { pages: doc.numPages, max: MAX_PDF_PAGES });
    const pages: PdfLine[][] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started >= budgetMs) return overBudget(budgetMs);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , e, f] = item.transform as number[];
        runs.push({ str: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push(pageText(runs, n));
      page.cleanup();
      for (const r of runs) chars += r.str.length;
      if (chars > MAX_PDF_TEXT) return readFailure('pdf-chars', { max: MAX_PDF_TEXT.toLocaleString('en') });
    }
    if (pages.every((p) => p.length === 0)) {
      return readFailure('pdf-no-text');
    }
    const { text, pieces } = paragraphs(pages);
    return { ok: true, text, placer: new PdfPlacer(text.split('\n'), pieces) };
  } catch (error) {
    return readFailure('pdf-error', { detail: oneLine(error) });
  } finally {
    await doc.destroy();
  }
}
