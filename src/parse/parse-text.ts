/**
 * Plain text: most notices are scraped from web pages or pasted from word processors.
 * Headings are recognised from their shape (see `classify`), and a two-column table
 * flattened to `heading<TAB>text` rows becomes one section per row.
 */
import { sliceBlock } from '../model/blocks.js';
import type { Event } from './tree.js';
import type { Block, HeadingKind } from '../model/types.js';
import { pushAll } from '../util/arrays.js';

export interface Line {
  start: number;
  /** The line without its ending (the plain-text reader splits its source with HTML tags blanked out). */
  text: string;
}

/** Raw HTML tags in scraped text are read as text: blank them out, keeping every offset. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,400})?\/?>/g;

export function blankHtmlTags(text: string): string {
  return text.replace(HTML_TAG, (m) => ' '.repeat(m.length));
}

/** The text's lines, with their offsets (CRLF, CR and LF each end one; the last line may be empty). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push({ start, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

const isBlank = (s: string): boolean => s.trim() === '';
/** "1. Rekisterinpitäjä", "2.1 Purposes", "3) Ändamål": the space after the number may be a no-break space. */
const NUMBERED = /^\s*(?:(?:\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,2}[.)])[ \t\u00a0]+|\d{1,2}\.(?=\p{Lu}))\p{Lu}/u;
const DATE = /\d{1,2}\s?\.\s?\d{1,2}\s?\.\s?(?:\d{2}|\d{4})(?!\d)|\d{4}-\d{2}-\d{2}/u;
const CONTACT = /@|https?:|www\.|\(at\)|\d{3}[ -]?\d{3,}/iu;
/** A line of links or a breadcrumb ("Etusivu | Palvelut | Tietosuoja", "Home › Privacy › Cookies"): site navigation, no heading. */
const LINKS = /[|·•»›>][^|·•»›>]{1,40}[|·•»›>]|\S\s[|›»>]\s\S/u;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const STARTS_UPPER = /^["'“”«(]?\p{Lu}/u;

function wordCount(s: string): number {
  return s.trim().split(/\s+/u).length;
}

function isCaps(s: string): boolean {
  const letters = s.match(LETTER)?.length ?? 0;
  const upper = s.match(UPPER)?.length ?? 0;
  return letters >= 3 && upper === letters && s.trim().length <= 80 && wordCount(s) <= 8;
}

/** "1 Rekisterinpitäjä": a number without its dot, read as a heading's only in a run 1, 2, 3 (see bareNumbering). */
const BARE_NUMBERED = /^\s*(\d{1,2})[ \t\u00a0]+\p{Lu}/u;

/**
 * Whether the text numbers its headings without dots ("1 Rekisterinpitäjä", "2 Yhteyshenkilö",
 * as the old register-description form and some word-processor styles do): three lines or more
 * that count 1, 2, 3 in order. One such line alone is as likely an address ("12 Harbour Street").
 */
function bareNumbering(lines: Line[]): boolean {
  let expected = 1;
  for (const l of lines) {
    const m = BARE_NUMBERED.exec(l.text);
    if (m && Number(m[1]) === expected && ++expected > 3) return true;
  }
  return false;
}

export function isNumberedHeading(s: string, bare = false): boolean {
  const t = s.trim();
  // "9.3 You may lodge a complaint with the Office of ... ." is a numbered sentence, not a heading.
  const sentence = t.endsWith('.') && wordCount(t) > 9;
  return (NUMBERED.test(t) || (bare && BARE_NUMBERED.test(t))) && t.length <= 120 && wordCount(t) <= 16 && !DATE.test(t) && !sentence;
}

/** A line shaped like a heading: short, capitalised, not a sentence, not contact details. */
function headingShape(s: string): HeadingKind | null {
  const t = s.trim();
  if (t.length < 2 || !STARTS_UPPER.test(t) || DATE.test(t) || CONTACT.test(t) || LINKS.test(t)) return null;
  if (t.endsWith('?')) return t.length <= 120 && wordCount(t) <= 16 ? 'question' : null;
  if (/[.,;!]$/u.test(t)) return null;
  if (t.endsWith(':') && (t.length > 30 || wordCount(t) > 2)) return null;
  if (t.length > 80 || wordCount(t) > 10) return null;
  return isCaps(t) ? 'caps' : 'short-line';
}

type Unit =
  | { type: 'strong'; kind: HeadingKind; line: Line; level: number }
  | { type: 'candidate'; kind: HeadingKind; line: Line }
  | { type: 'body'; lines: Line[] };

function blockOf(lines: Line[]): Block {
  const first = lines[0];
  // Lines are slices of one blanked copy of the source: rejoin them with their real line endings.
  let text = '';
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) text += lineEnding(lines[i - 1], lines[i]);
    text += lines[i].text;
  }
  return sliceBlock('paragraph', text, first.start);
}

function lineEnding(prev: Line, next: Line): string {
  const gap = next.start - (prev.start + prev.text.length);
  return gap === 2 ? '\r\n' : '\n'.repeat(Math.max(1, gap));
}

function lineBlock(line: Line, kind: Block['kind']): Block {
  // Trim leading and trailing white space, keeping offsets right.
  const lead = line.text.length - line.text.trimStart().length;
  const text = line.text.trim();
  return sliceBlock(kind, text, line.start + lead);
}

export function numberLevel(s: string): number {
  const m = /^\s*(\d{1,2}(?:\.\d{1,2}){0,3})/u.exec(s);
  return m ? m[1].split('.').filter(Boolean).length : 1;
}

export function parseText(source: string): Event[] {
  const lines = splitLines(blankHtmlTags(source));
  if (isTable(lines)) return parseTable(lines);
  return parseParagraphs(lines);
}

/** Groups lines into paragraphs and resolves which single lines are headings. */
function parseParagraphs(lines: Line[]): Event[] {
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const l of lines) {
    if (isBlank(l.text)) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(l);
  }
  if (current.length) paragraphs.push(current);

  const units: Unit[] = [];
  const glued = countGlued(lines) >= MIN_GLUED ? gluedHeading : () => -1;
  const bare = bareNumbering(lines);
  const numbered = (text: string) => isNumberedHeading(text, bare);
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    if (para.some((l) => glued(l.text) > 0)) {
      pushAll(units, splitGlued(para, glued));
      continue;
    }
    const first = para[0].text;
    if (para.length === 1) {
      if (numbered(first)) units.push({ type: 'strong', kind: 'numbered', line: para[0], level: numberLevel(first) });
      else if (headingShape(first) === 'caps') units.push({ type: 'strong', kind: 'caps', line: para[0], level: 0 });
      else {
        const kind = headingShape(first);
        units.push(kind ? { type: 'candidate', kind, line: para[0] } : { type: 'body', lines: para });
      }
      continue;
    }
    // A heading line glued to its body: a short first line followed by a long sentence, or a
    // numbered line followed by a line that starts anew ("5. GRUND FÖR BEHANDLINGEN" /
    // "Kundförhållandet ... Ab.", "1 Rekisterinpitäjä" / "Esimerkki Oy"), unless that line is the
    // next item of a list ("2. Osoite") or goes on with the first ("1. Asiakkaan nimi ja" / "osoite").
    const shape = headingShape(first);
    const second = para[1].text.trim();
    if (numbered(first) && (second.length >= 60 || (!LIST_ITEM.test(second) && STARTS_NEW_LINE.test(second)))) {
      units.push({ type: 'strong', kind: 'numbered', line: para[0], level: numberLevel(first) });
      units.push({ type: 'body', lines: para.slice(1) });
    } else if (shape && shape !== 'caps' && isBodyLine(second)) {
      units.push({ type: 'strong', kind: shape, line: para[0], level: 0 });
      units.push({ type: 'body', lines: para.slice(1) });
    } else units.push({ type: 'body', lines: para });
  }

  resolveCandidates(units);
  return toEvents(units);
}

/** A line that opens an item of a list ("2. Osoite", "- nimi"): under a numbered line, the list goes on. */
const LIST_ITEM = /^(?:\d{1,2}[.)]|[-–•*·])\s/u;

/** A line that starts anew (a capital, a digit or a quote first), not one that goes on with the line above. */
const STARTS_NEW_LINE = /^["“'(]?[\p{Lu}\p{N}]/u;

/** A line of body text under a heading line: a sentence (capital or digit first, closing punctuation), or a long line. */
function isBodyLine(line: string): boolean {
  return (line.length >= 80 && /[.!?:]$/u.test(line)) || (line.length >= 40 && /^[\p{Lu}\p{N}]/u.test(line) && /[.!?:)]$/u.test(line));
}

/**
 * Headings glued to their text ("RekisterinpitäjäEsimerkki Oy, ..."), as text extraction leaves
 * them when a page puts a heading and its paragraph in adjacent elements with no space between.
 * The junction is a lower-case letter followed by a capital that starts a word: the heading
 * before it must be heading-shaped and end in a word of at least six lower-case letters (so that
 * brand names like "LinkedIn", "WordPress" or "MailChimp" are never split), and the text after it
 * must be long. Only a notice with several such lines is read this way.
 */
const GLUED = /\p{Ll}{6}(?=\p{Lu}\p{Ll}{2,}[\s,.:;!?]|\p{Lu}\p{Ll}{3,})/u;
const MIN_GLUED = 3;

function gluedHeading(line: string): number {
  const m = GLUED.exec(line);
  if (!m) return -1;
  const at = (m.index ?? 0) + m[0].length;
  const left = line.slice(0, at);
  const right = line.slice(at);
  if (at > 100 || right.trim().length < 20 || /^\p{Lu}\p{Ll}+-/u.test(right)) return -1;
  const shape = headingShape(left);
  return shape && shape !== 'caps' ? at : -1;
}

function countGlued(lines: Line[]): number {
  let n = 0;
  for (const l of lines) if (gluedHeading(l.text) > 0 && ++n >= MIN_GLUED) break;
  return n;
}

/** A paragraph with glued lines: each glued line opens a heading, its text and the lines after it are body. */
function splitGlued(para: Line[], glued: (line: string) => number): Unit[] {
  const units: Unit[] = [];
  let body: Line[] = [];
  const flush = () => {
    if (body.length) units.push({ type: 'body', lines: body });
    body = [];
  };
  for (const l of para) {
    const at = glued(l.text);
    if (at > 0) {
      flush();
      units.push({ type: 'strong', kind: 'short-line', line: { start: l.start, text: l.text.slice(0, at) }, level: 0 });
      body.push({ start: l.start + at, text: l.text.slice(at) });
    } else body.push(l);
  }
  flush();
  return units;
}

/**
 * A run of heading-shaped lines is ambiguous: a label followed by a one-word answer
 * ("Käsittelyn oikeusperuste" / "Sopimus") looks like two headings. The line just before
 * body text is a heading; going back, lines alternate answer and heading. Before a strong
 * heading or the end, the last line of a run is an answer.
 */
function resolveCandidates(units: Unit[]): void {
  let i = 0;
  while (i < units.length) {
    if (units[i].type !== 'candidate') {
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && units[j].type === 'candidate') j++;
    const nextIsBody = j < units.length && units[j].type === 'body';
    let heading = nextIsBody;
    for (let k = j - 1; k >= i; k--) {
      const u = units[k] as Extract<Unit, { type: 'candidate' }>;
      units[k] = heading ? { type: 'strong', kind: u.kind, line: u.line, level: 0 } : { type: 'body', lines: [u.line] };
      heading = !heading;
    }
    i = j;
  }
}

function toEvents(units: Unit[]): Event[] {
  const events: Event[] = [];
  let numberedLevel = 0;
  for (const u of units) {
    if (u.type === 'body') events.push({ type: 'block', block: blockOf(u.lines) });
    else if (u.type === 'strong') {
      let level: number;
      if (u.kind === 'numbered') {
        level = u.level;
        numberedLevel = level;
      } else level = numberedLevel + 1;
      events.push({ type: 'heading', level, kind: u.kind, block: lineBlock(u.line, 'heading') });
    }
  }
  return events;
}

/**
 * A `heading<TAB>text` row: the text before the first tab holds a letter, and is more than one
 * character (Word pastes its second-level bullets as "o<TAB>item"). (Was the regex
 * /^([^\t]*\p{L}[^\t]*)\t/u, which backtracks quadratically on a long line without a tab.)
 * Returns the same shape as that regex's match: [0] up to and with the tab, [1] the cell.
 */
const LETTER_TEST = /\p{L}/u;
const TAB_ROW = {
  exec(text: string): [string, string] | null {
    const tab = text.indexOf('\t');
    if (tab < 0) return null;
    const head = text.slice(0, tab);
    // One character before the tab is a list's bullet (Word's "o", "•"), not a heading cell.
    return LETTER_TEST.test(head) && head.trim().length > 1 ? [text.slice(0, tab + 1), head] : null;
  },
};

function isTable(lines: Line[]): boolean {
  let rows = 0;
  let nonBlank = 0;
  for (const l of lines) {
    if (isBlank(l.text)) continue;
    nonBlank++;
    const m = TAB_ROW.exec(l.text);
    if (m && m[1].trim().length <= 200) rows++;
  }
  return rows >= 3 && rows * 4 >= nonBlank;
}

/** One section per `heading<TAB>text` row; lines without a heading cell continue the row above. */
function parseTable(lines: Line[]): Event[] {
  const events: Event[] = [];
  const before: Line[] = [];
  let inTable = false;
  for (const l of lines) {
    const m = isBlank(l.text) ? null : TAB_ROW.exec(l.text);
    if (!inTable && !m) {
      before.push(l);
      continue;
    }
    if (isBlank(l.text)) continue;
    if (m && m[1].trim().length <= 200) {
      if (!inTable && before.length) pushAll(events, parseParagraphs(before));
      inTable = true;
      const headLine: Line = { start: l.start, text: m[1] };
      events.push({ type: 'heading', level: 1, kind: 'table-row', block: lineBlock(headLine, 'heading') });
      const cellStart = l.start + m[0].length;
      const cell: Line = { start: cellStart, text: l.text.slice(m[0].length) };
      if (!isBlank(cell.text)) events.push({ type: 'block', block: lineBlock(cell, 'table-cell') });
    } else {
      events.push({ type: 'block', block: lineBlock(l, 'table-cell') });
    }
  }
  if (!inTable && before.length) pushAll(events, parseParagraphs(before));
  return events;
}
