/**
 * The notice's own date: a date right after a label ("Päivitetty 24.5.2018", "Senast uppdaterad:
 * 18 mars 2025", "Last updated May 24, 2018"), possibly in the next block (a label heading with the
 * date below it, or a table row "Laatimispäivä<TAB>06.11.2019"), or a block that is only a date
 * near the top. Dates elsewhere (rulings, laws, events) are never taken. When several labelled
 * dates are found the latest wins: it is the current version's. Computed once per notice.
 */
import { derivedKey, getCached } from '../model/derived.js';
import { LANGS } from '../lang/index.js';
import { datePhrases } from '../lang/index.js';
import { blockSpan, visibleText } from '../model/blocks.js';
import type { Block, Notice, Span } from '../model/types.js';
import { escapeRegExp, phrasePattern, withFlags } from '../matching/patterns.js';
import { frontMatterEnd } from '../parse/front-matter.js';
import { allLangs } from './patterns.js';

export interface NoticeDate {
  /** ISO yyyy-mm-dd; for a month without a day, the month's last day. */
  iso: string;
  /** 'month' when the notice gives only a month and a year. */
  precision: 'day' | 'month';
  /** The label and the date as written. */
  text: string;
  span: Span;
}

const LABEL = phrasePattern(allLangs(datePhrases, (p) => p.labels), 'giu');
const FILLER = allLangs(datePhrases, (p) => p.filler).map((w) => escapeRegExp(w)).join('|');
/** Between a label and its date: punctuation, white space, a short filler word ("on", "den"). */
const GAP = new RegExp(`^[\\s:.,|\\-–—]{0,12}(?:(?:${FILLER})\\s+){0,2}`, 'iu');

const MONTHS = new Map<string, number>();
for (const l of LANGS) for (const [n, names] of datePhrases[l].months) for (const name of names) MONTHS.set(name.replace(/\*$/u, '').toLowerCase(), n);
const MONTH_STEMS = [...MONTHS.keys()].sort((a, b) => b.length - a.length);
const MONTH = `(${MONTH_STEMS.map(escapeRegExp).join('|')})\\p{L}{0,8}\\.?`;

const NUMERIC_DMY = /^(\d{1,2})\s?[./-]\s?(\d{1,2})\s?[./-]\s?(\d{4}|\d{2})(?![\p{N}])/u;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{N}])/u;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?![\\p{N}])`, 'iu');
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?![\\p{N}])`, 'iu');
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})(?![\\p{N}])`, 'iu');
/** A block that is nothing but a date. */
const DATE_ONLY = /^\s*(\S.{4,28}?)\s*\.?\s*$/u;
const TOP_BLOCKS = 8;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS.get(w) ?? MONTHS.get(MONTH_STEMS.find((s) => w.startsWith(s)) ?? '');
}

/** A date at the very start of `text`: its ISO form, precision and length. */
export function parseDateAt(text: string): { iso: string; precision: 'day' | 'month'; length: number } | null {
  let m = ISO.exec(text);
  if (m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', length: m[0].length } : null;
  }
  m = NUMERIC_DMY.exec(text);
  if (m) {
    let [d, mo] = [+m[1], +m[2]];
    const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
    if (mo > 12 && d <= 12) [d, mo] = [mo, d]; // 5/24/2018, written month first
    return valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', length: m[0].length } : null;
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const [d, mo, y] = [+m[1], monthNumber(m[2]), +m[3]];
    return mo && valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', length: m[0].length } : null;
  }
  m = MONTH_DAY_YEAR.exec(text);
  if (m) {
    const [mo, d, y] = [monthNumber(m[1]), +m[2], +m[3]];
    return mo && valid(y, mo, d) ? { iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day', length: m[0].length } : null;
  }
  m = MONTH_YEAR.exec(text);
  if (m) {
    const [mo, y] = [monthNumber(m[1]), +m[2]];
    if (!mo || !valid(y, mo, 1)) return null;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { iso: `${y}-${pad(mo)}-${pad(last)}`, precision: 'month', length: m[0].length };
  }
  return null;
}

/** The label at a line's start (not global: `isDateLine` reads one match). */
const LABEL_ONCE = withFlags(LABEL, 'iu');

/**
 * A line that is nothing but a date, labelled or not: "Päivitetty 26.07.2024", "Senast
 * uppdaterad: 1 mars 2025", "Last updated May 1, 2024", "2024-05-01". Set in bold or as a
 * heading it is the notice's date, not a section.
 */
export function isDateLine(line: string): boolean {
  let rest = line.trim();
  const label = LABEL_ONCE.exec(rest);
  if (label && label.index === 0) rest = rest.slice(label[0].length);
  rest = rest.slice(GAP.exec(rest)?.[0].length ?? 0);
  const date = parseDateAt(rest);
  return date !== null && /^[\s.)\]]*$/u.test(rest.slice(date.length));
}

const NOTICE_DATE = derivedKey<NoticeDate | null>('notice date');

/** Every labelled date of the notice, in document order. */
export function labelledDates(notice: Notice): NoticeDate[] {
  const found: NoticeDate[] = [];
  const blocks = notice.blocks;
  blocks.forEach((block, bi) => {
    const text = block.text;
    for (const label of text.matchAll(LABEL)) {
      const labelStart = label.index ?? 0;
      const after = labelStart + label[0].length;
      let target: Block = block;
      let from = after;
      if (/^[\s:.,|\-–—]*$/u.test(text.slice(after)) && bi + 1 < blocks.length) {
        target = blocks[bi + 1];
        from = 0;
      }
      const rest = target.text.slice(from, from + 80);
      const gap = GAP.exec(rest)?.[0].length ?? 0;
      const date = parseDateAt(rest.slice(gap));
      if (!date) continue;
      const start = block.toSource(labelStart);
      const end = target.toSource(from + gap + date.length);
      // Quoted as the reader sees it: the blocks' text, not the source with its markup ("**Päivitetty:** 1.2.2024").
      const shown = target === block ? text.slice(labelStart, from + gap + date.length) : `${text.slice(labelStart)} ${target.text.slice(0, from + gap + date.length)}`;
      found.push({ iso: date.iso, precision: date.precision, text: visibleText(shown).replace(/\s+/gu, ' ').trim(), span: { start, end } });
    }
  });
  return found;
}

/** The notice's own date, or null when it has none. */
export function noticeDate(notice: Notice): NoticeDate | null {
  return getCached(notice, NOTICE_DATE, computeNoticeDate);
}

function computeNoticeDate(notice: Notice): NoticeDate | null {
  let dates = labelledDates(notice);
  if (dates.length === 0) {
    for (const block of notice.blocks.slice(0, TOP_BLOCKS)) {
      const m = DATE_ONLY.exec(block.text);
      const date = m && parseDateAt(m[1]);
      if (date && date.length >= m[1].replace(/\.$/u, '').length) {
        dates = [{ iso: date.iso, precision: date.precision, text: m[1], span: blockSpan(block, m.index + m[0].indexOf(m[1]), m.index + m[0].indexOf(m[1]) + date.length) }];
        break;
      }
    }
  }
  const latest = dates.reduce<NoticeDate | null>((best, d) => (!best || d.iso > best.iso ? d : best), null);
  return latest;
}

/** A date key of a static site's front matter: "date: 2019-09-23 12:00:00 +0200", "lastmod = 2024-02-01". */
const FRONT_MATTER_DATE = /^(?:date|lastmod|last_modified_at|updated|modified)[ \t]*[:=][ \t]*["']?(?=\d{4}-)/gmu;

/**
 * The date in a Markdown page's front matter (the latest of its date keys), or null. Not the
 * notice's own date (its reader never sees it, and it is often the day the page was first
 * made), but the day its site published it: a rule may use it where the notice gives none.
 */
export function frontMatterDate(notice: Notice): NoticeDate | null {
  if (notice.format !== 'markdown') return null;
  const end = frontMatterEnd(notice.source);
  if (end === 0) return null;
  const head = notice.source.slice(0, end);
  let latest: NoticeDate | null = null;
  for (const m of head.matchAll(FRONT_MATTER_DATE)) {
    const at = (m.index ?? 0) + m[0].length;
    const date = parseDateAt(head.slice(at, at + 10));
    if (date && (!latest || date.iso > latest.iso)) latest = { iso: date.iso, precision: date.precision, text: head.slice(at, at + date.length), span: { start: at, end: at + date.length } };
  }
  return latest;
}
