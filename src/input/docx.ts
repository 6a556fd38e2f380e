/**
 * A Word document (DOCX) read as HTML: mammoth turns the document's body into plain semantic
 * HTML (Word's heading styles as h1-h6, lists, tables, bold), which the HTML reader then reads
 * as it reads any page. What mammoth does with the rest, on purpose:
 * - tracked changes are read as if accepted (insertions kept, deletions left out);
 * - comments are left out (they are about the notice, not part of it);
 * - headers and footers are left out (a page number or "Confidential" is no part of the notice);
 * - footnotes and endnotes are kept, as a list at the end;
 * - images are left out (no data is read from them), and nothing outside the file is read
 *   (mammoth's `externalFileAccess` stays off: a linked image or file is not followed).
 *
 * Each Word paragraph (a heading, a paragraph, a list item, a table cell's paragraph) starts a
 * line of the HTML made here, so a finding's line tells which paragraph it is in
 * (`DocxParagraph`), which is how the report says where it is in Word terms.
 */
import { oneLine } from '../util/one-line.js';
import { type ReadFailure, readFailure } from './file-error.js';
import { listZip, looksLikeZip, readZipEntry, type ZipEntry } from './zip.js';

export interface DocxParagraph {
  /** The HTML line the paragraph starts on (1-based). */
  line: number;
  /** Its number in the document, counting the non-empty paragraphs from 1 (table cells and list items included). */
  number: number;
  /** Its first words, as the reader sees them. */
  excerpt: string;
  /** The page it starts on, where the document records page breaks (Word's last layout, or typed ones). */
  page?: number;
}

export type DocxInput = { ok: true; html: string; paragraphs: DocxParagraph[] } | ReadFailure;

/**
 * Most bytes all the parts the converter reads may inflate to together. A 20-page notice's are
 * under 1 MB; mammoth holds its XML as a DOM, and 7.7 MB of document.xml (12,000 paragraphs)
 * took 6.7 s and 880 MB with the linting, so more than this would cost gigabytes.
 */
export const MAX_DOCX_INFLATED = 10 * 1024 * 1024;

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptedPackage" in UTF-16LE: the stream an Office file protected by a password keeps its content in. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Why the bytes are no DOCX that can be read, or null when they look like one (with its entries). */
function checkContainer(bytes: Uint8Array): { ok: true; entries: ZipEntry[]; documentXml: string } | ReadFailure {
  if (startsWith(bytes, OLE)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return buf.includes(ENCRYPTED_PACKAGE)
      ? readFailure('docx-password')
      : readFailure('docx-old-office');
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return readFailure('docx-is-pdf');
  if (!looksLikeZip(bytes)) return readFailure('docx-not-zip');
  const listing = listZip(bytes);
  if (!listing.ok) return readFailure('docx-bad-zip', { detail: listing.why });
  const names = new Set(listing.entries.map((e) => e.name));
  if (!names.has('word/document.xml')) {
    return readFailure(names.has('xl/workbook.xml') ? 'docx-excel' : names.has('ppt/presentation.xml') ? 'docx-powerpoint' : names.has('content.xml') ? 'docx-opendocument' : 'docx-other-zip');
  }
  if (listing.entries.some((e) => e.encrypted)) return readFailure('docx-encrypted-zip');
  // Every part the converter may read is inflated here first, with a bound (see zip.ts).
  let budget = MAX_DOCX_INFLATED;
  let documentXml = '';
  for (const e of listing.entries) {
    if (e.name.endsWith('/') || e.name.startsWith('word/media/')) continue;
    const data = readZipEntry(bytes, e, budget);
    if (!data) {
      return readFailure('docx-part', { part: JSON.stringify(e.name.slice(0, 100)), mb: MAX_DOCX_INFLATED / 1024 / 1024 });
    }
    budget -= data.length;
    if (e.name === 'word/document.xml') documentXml = data.toString('utf8');
  }
  return { ok: true, entries: listing.entries, documentXml };
}

type Mammoth = typeof import('mammoth');
let mammothModule: Mammoth | undefined;

async function mammoth(): Promise<Mammoth> {
  if (!mammothModule) {
    const m = (await import('mammoth')) as Mammoth & { default?: Mammoth };
    mammothModule = m.default ?? m;
  }
  return mammothModule;
}

/** Word's own title style is the document's title: a heading, as in HTML. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A paragraph-like element's start: each begins a line. */
const PARAGRAPH_START = /<(p|h[1-6]|li)(?=[ >])/gu;
const TAG = /<[^>]{0,2000}>/gu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** The text of an HTML fragment as written by mammoth (it escapes only & < > " '). */
export function htmlText(fragment: string): string {
  return fragment.replace(TAG, ' ').replace(/&(amp|lt|gt|quot|#39|apos);/gu, (_m, name: string) => ENTITIES[name]);
}

const EXCERPT_WORDS = 8;
const EXCERPT_CHARS = 60;

/** A paragraph's first words: up to eight, at most 60 characters, "…" when cut. */
export function firstWords(text: string): string {
  // Control and bidirectional-override characters would reach a terminal as they are: left out.
  // eslint-disable-next-line no-control-regex
  const words = text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '').split(/\s+/u).filter(Boolean);
  let out = words.slice(0, EXCERPT_WORDS).join(' ');
  if (out.length > EXCERPT_CHARS) {
    out = out.slice(0, EXCERPT_CHARS);
    // Cut at a word's end where there is one.
    const space = out.lastIndexOf(' ');
    out = (space > 20 ? out.slice(0, space) : out).trimEnd();
  }
  return out.length < words.join(' ').length ? `${out}…` : out;
}

/** A DOCX's bytes read into HTML, one Word paragraph a line. Never throws for a bad file. */
export async function readDocx(bytes: Uint8Array): Promise<DocxInput> {
  const container = checkContainer(bytes);
  if (!container.ok) return container;
  let value: string;
  try {
    const m = await mammoth();
    const result = await m.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Images are no part of the text: none is read (mammoth's default inlines each as base64).
        convertImage: m.images.imgElement(async () => ({ src: '' })),
      },
    );
    value = result.value;
  } catch (error) {
    return readFailure('docx-error', { detail: oneLine(error) });
  }
  const html = `<!DOCTYPE html>\n<html><body>${value.replace(PARAGRAPH_START, '\n<$1')}\n</body></html>\n`;
  const paragraphs: DocxParagraph[] = [];
  const texts: string[] = [];
  const lines = html.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // A list item whose text is in paragraphs of its own (footnotes) is counted by those.
    if (!/^<(p|h[1-6]|li)[ >]/u.test(line) || /^<li[^>]*>\s*$/u.test(line)) continue;
    const text = htmlText(line).replace(/\s+/gu, ' ').trim();
    if (!text) continue;
    paragraphs.push({ line: i + 1, number: paragraphs.length + 1, excerpt: firstWords(text) });
    texts.push(text);
  }
  assignPages(paragraphs, texts, container.documentXml);
  return { ok: true, html, paragraphs };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const W_T = /<w:t(?:\s[^>]{0,200})?>([^<]{0,100000})<\/w:t>/gu;
const PAGE_BREAK = /<w:lastRenderedPageBreak\b|<w:br\b[^>]{0,200}w:type="page"/gu;
/** A paragraph's text without any white space: mammoth's and the XML's spacing differ (tabs, breaks). */
const squeeze = (text: string) => text.replace(/\s+/gu, '');
const TEXT_OR_BREAK = new RegExp(`${W_T.source}|${PAGE_BREAK.source}`, 'gu');

/**
 * The page each paragraph starts on, where the document says: Word records where its last
 * layout broke the pages (w:lastRenderedPageBreak) and the page breaks typed in (w:br
 * type="page"). The body's paragraphs are read from document.xml in order, scanning forward
 * (linear), and matched to mammoth's by their text; a paragraph with no match (a footnote) gets
 * no page. A document that records no break gets no pages at all.
 */
function assignPages(paragraphs: DocxParagraph[], texts: string[], xml: string): void {
  PAGE_BREAK.lastIndex = 0;
  if (!PAGE_BREAK.test(xml)) return;
  const raw: { text: string; page: number }[] = [];
  let page = 1;
  for (let at = xml.indexOf('<w:body'); at >= 0; ) {
    const start = xml.indexOf('<w:p', at);
    if (start < 0) break;
    const c = xml[start + 4];
    if (c !== ' ' && c !== '>' && c !== '/') {
      at = start + 4;
      continue;
    }
    const gt = xml.indexOf('>', start);
    if (gt < 0) break;
    const end = xml[gt - 1] === '/' ? gt + 1 : xml.indexOf('</w:p>', gt);
    if (end < 0) break;
    const body = xml.slice(start, end);
    let text = '';
    let startsOn = page;
    let breaks = 0;
    // A break before the paragraph's first text moves the whole paragraph to the next page.
    for (const m of body.matchAll(TEXT_OR_BREAK)) {
      if (m[1] !== undefined) text += m[1];
      else if (text === '') startsOn = page + ++breaks;
      else breaks++;
    }
    raw.push({ text: squeeze(text.replace(/&(amp|lt|gt|quot|apos);/gu, (_m, e: string) => XML_ENTITIES[e])), page: startsOn });
    page += breaks;
    at = end;
  }
  let r = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const want = squeeze(texts[k]);
    for (let j = r; j < Math.min(raw.length, r + 200); j++) {
      if (raw[j].text === want) {
        paragraphs[k].page = raw[j].page;
        r = j + 1;
        break;
      }
    }
  }
}

/** Where a position of the text a document was read as is in the document itself. */
export interface DocPlace {
  /** The line to report: a DOCX's paragraph number, a PDF's line on its page (1 when not known). */
  line: number;
  /** 1-based column in that paragraph's or line's text. */
  column: number;
  /** The first words of that paragraph or line. */
  excerpt: string;
  /** false before the document's first paragraph or line (a finding about the whole document). */
  known: boolean;
  paragraph?: number;
  page?: number;
}

/** Maps lines and columns of the text a binary document was read as back to the document. */
export interface Placer {
  at(line: number, column: number): DocPlace;
}

/** A range of the text a document was read as, in the document: its start's place and its lines and columns there. */
export function documentSpan(placer: Placer, p: { line: number; column: number; endLine: number; endColumn: number }): { start: DocPlace; span: { line: number; column: number; endLine: number; endColumn: number } } {
  const start = placer.at(p.line, p.column);
  const end = placer.at(p.endLine, p.endColumn);
  const line = start.line;
  // A span that ends on another page of a PDF ends, as far as a line number can say, on its own line's end.
  const samePage = start.paragraph !== undefined || start.page === end.page;
  const endLine = samePage ? Math.max(line, end.line) : line;
  const endColumn = endLine === line ? Math.max(start.column, samePage ? end.column : start.column) : end.column;
  return { start, span: { line, column: start.column, endLine, endColumn } };
}

/** Maps 1-based HTML lines and columns of a DOCX's HTML back to its paragraphs. */
export class WordPositions implements Placer {
  private readonly lines: string[];
  constructor(
    html: string,
    private readonly paragraphs: readonly DocxParagraph[],
  ) {
    this.lines = html.split('\n');
  }

  at(line: number, column: number): DocPlace {
    // The last paragraph starting on or before the line (binary search).
    let lo = 0;
    let hi = this.paragraphs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.paragraphs[mid].line <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return { line: 1, column: 1, excerpt: '', known: false };
    const p = this.paragraphs[found];
    return {
      line: p.number,
      paragraph: p.number,
      ...(p.page !== undefined ? { page: p.page } : {}),
      column: p.line === line ? textColumn(this.lines[line - 1] ?? '', column) : 1,
      excerpt: p.excerpt,
      known: true,
    };
  }
}

/** The 1-based column in a line's text of a 1-based column in its HTML. */
function textColumn(html: string, column: number): number {
  let text = 0;
  const end = Math.min(column - 1, html.length);
  for (let i = 0; i < end; ) {
    const c = html[i];
    if (c === '<') {
      const close = html.indexOf('>', i);
      i = close < 0 ? end : close + 1;
    } else if (c === '&') {
      const semi = html.indexOf(';', i);
      i = semi < 0 || semi - i > 6 ? i + 1 : semi + 1;
      text++;
    } else {
      i++;
      text++;
    }
  }
  return text + 1;
}
