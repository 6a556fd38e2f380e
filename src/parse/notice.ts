import { sliceBlock } from '../model/blocks.js';
import { detectLanguage } from './language.js';
import { markupParsers } from './markup.js';
import { frontMatterEnd } from './front-matter.js';
import { parseText } from './parse-text.js';
import { LineIndex } from '../model/positions.js';
import { buildTree, type Event } from './tree.js';
import type { DetectedLang, Directive, Format, Notice, Section } from '../model/types.js';

export interface ParseOptions {
  /** Overrides language detection. */
  language?: DetectedLang;
  /** How the bytes were decoded, when they came from a file. */
  encoding?: Notice['encoding'];
  /** The file's name (a path or a URL; only its last part is kept). */
  fileName?: string;
}

const DIRECTIVE = /<!--[ \t]{0,20}noticelint-(disable-next-line|disable|enable)(?![\w-])([^>]{0,500}?)-->/g;

function directives(source: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const ids = m[2].split(/[\s,]+/u).filter((s) => /^[a-z][a-z0-9-]*$/u.test(s));
    out.push({ kind: m[1] as Directive['kind'], ruleIds: ids, line: lines.position(m.index ?? 0).line });
  }
  return out;
}

function sectionText(s: Section): string {
  return [s.title, ...s.blocks.map((b) => b.text)].join('\n');
}

/**
 * Markdown nested beyond this many columns of container prefix (indentation, "> ", list
 * markers) on one line is hostile, not a notice: micromark's cost grows with the nesting
 * depth on every line (a 1,000-level list of 1 MB took 40 s). Such input is read as text.
 */
const MAX_MARKDOWN_PREFIX = 64;

function tooDeepMarkdown(source: string): boolean {
  let col = 0;
  let inPrefix = true;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      col = 0;
      inPrefix = true;
      continue;
    }
    if (!inPrefix) continue;
    if (c === 32 || c === 62) col++; // space, >
    else if (c === 9) col += 4;
    else if ((c === 45 || c === 42 || c === 43) && (source.charCodeAt(i + 1) === 32 || source.charCodeAt(i + 1) === 9)) col += 1; // - * + before a space
    else inPrefix = false;
    if (col > MAX_MARKDOWN_PREFIX) return true;
  }
  return false;
}

/**
 * Format events, with a way out for hostile markup: nesting too deep for the parsers' recursion
 * (a stack overflow) or too deep for micromark to be fast, and Markdown with a part too long to
 * parse in bounded memory (see markdown-chunks.ts), are read as plain text.
 */
function formatEvents(source: string, format: Format): { events: Event[]; readPlainly?: string } {
  if (format === 'text') return { events: parseText(source) };
  if (format === 'markdown' && tooDeepMarkdown(source)) return { events: parseText(source), readPlainly: `its lines nest more than ${MAX_MARKDOWN_PREFIX} columns deep (lists or quotes)` };
  try {
    return { events: format === 'markdown' ? markupParsers().parseMarkdown(source) : markupParsers().parseHtml(source) };
  } catch (error) {
    // Too long, too deep, or over the work budget (parse-markup.ts): the message says which.
    if (error instanceof RangeError) return { events: parseText(source), readPlainly: /stack/iu.test(error.message) ? 'it nests too deep to parse' : error.message };
    throw error;
  }
}

/**
 * The most lines read line by line. Every line costs the readers and the rules some hundreds of
 * bytes whatever it holds (5 MB of empty lines took 0.8 GB, 8 MB of one-letter lines 2.2 GB and
 * 42 s); a notice has hundreds. A longer text is read flat: one paragraph, its line breaks as
 * spaces (8 MB of one-letter lines: 2 s, 0.4 GB), and an info finding says so.
 */
export const MAX_LINES = 250_000;

/** Whether the text has more than MAX_LINES line ends (LF, CRLF or CR alone). */
export function tooManyLines(text: string): boolean {
  // Every line end is a character: a shorter text cannot have too many.
  if (text.length <= MAX_LINES) return false;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++breaks > MAX_LINES) return true;
    }
  }
  return false;
}

/** The whole text as one paragraph, each line break a space (same length: offsets map one to one). */
function flatRead(source: string): { events: Event[]; readPlainly: string } {
  const text = source.replace(/[\r\n]/gu, ' ');
  const events: Event[] = text.trim() ? [{ type: 'block', block: sliceBlock('paragraph', text, 0) }] : [];
  return { events, readPlainly: `it has over ${MAX_LINES.toLocaleString('en')} lines` };
}

/**
 * The most sections read from one notice. Every section costs the rules about 0.3 ms and 16 KB
 * (100,000 headings: 30 s and 1.65 GB); a notice has tens. Past this, the headings are read as
 * the paragraphs they would be in plain text without headings, and an info finding says so.
 */
export const MAX_SECTIONS = 5_000;

/**
 * The most blocks (paragraphs, list items, cells, headings) read from one notice: the rules cost
 * some tens of microseconds and kilobytes for each (100,000 one-line paragraphs: 5 s); a notice
 * has hundreds. Past this, the text is read flat.
 */
export const MAX_BLOCKS = 50_000;

function withinSectionBudget(events: Event[], readPlainly: string | undefined, source: string): { events: Event[]; readPlainly?: string } {
  if (events.length > MAX_BLOCKS) return { events: flatRead(source).events, readPlainly: `it has over ${MAX_BLOCKS.toLocaleString('en')} paragraphs` };
  let headings = 0;
  for (const e of events) if (e.type === 'heading') headings++;
  if (headings <= MAX_SECTIONS) return { events, ...(readPlainly ? { readPlainly } : {}) };
  const flat: Event[] = events.map((e) => (e.type === 'heading' ? { type: 'block', block: { ...e.block, kind: 'paragraph' } } : e));
  return { events: flat, readPlainly: readPlainly ?? `it has over ${MAX_SECTIONS.toLocaleString('en')} headings` };
}

/**
 * A section's own language is detected when first read: only `noticelint tree` shows it, and
 * detecting it for every section of every notice was a tenth of the linting time.
 */
function detectWhenAsked(s: Section): void {
  let language: DetectedLang | undefined;
  Object.defineProperty(s, 'language', {
    get: () => (language ??= detectLanguage(sectionText(s))),
    set: (value: DetectedLang) => (language = value),
    enumerable: true,
    configurable: true,
  });
}

const FRONT_MATTER_TITLE = /^[ \t]*(?:title|name|linkTitle)[ \t]*[:=][ \t]*["']?([^\r\n"']{1,200})/imu;
const HTML_TITLE = /<title(?:\s[^>]{0,200})?>([^<]{1,300})<\/title/iu;

/** The front-matter title of a Markdown page, the <title> of an HTML page, and the file's name. */
function titlesOf(source: string, format: Format, fileName: string | undefined): string[] {
  const out: string[] = [];
  if (format === 'markdown') {
    const end = frontMatterEnd(source);
    const m = end ? FRONT_MATTER_TITLE.exec(source.slice(0, end)) : null;
    if (m) out.push(m[1].trim());
  }
  if (format === 'html') {
    const m = HTML_TITLE.exec(source.slice(0, 100_000));
    if (m) out.push(m[1].trim());
  }
  const base = fileName?.split(/[\\/]/u).filter(Boolean).pop();
  if (base && base !== '-') out.push(base.replace(/[_.-]+/gu, ' ').trim());
  return out;
}

/** Reads a notice into its section tree: one parse per file, linear in its length. */
export function parseNotice(source: string, format: Format, options: ParseOptions = {}): Notice {
  const read = tooManyLines(source) ? flatRead(source) : formatEvents(source, format);
  const { events, readPlainly } = withinSectionBudget(read.events, read.readPlainly, source);
  const { root, sections, blocks } = buildTree(events, source.length);
  const lines = new LineIndex(source);
  const language = options.language ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  root.language = language;
  for (const s of sections) detectWhenAsked(s);
  return {
    source,
    format,
    language,
    root,
    sections,
    blocks,
    lines,
    directives: format === 'text' ? [] : directives(source, lines),
    titles: titlesOf(source, format, options.fileName),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(readPlainly ? { readPlainly } : {}),
  };
}
