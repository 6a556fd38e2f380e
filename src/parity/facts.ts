/**
 * The facts of one notice that must read the same in every language version: numbers of time
 * (retention periods, ages, deadlines), dates, e-mail addresses, phone numbers, postal codes,
 * web hosts, business IDs, named services, countries, cited laws and articles. Each fact has a
 * key that does not depend on the language ("30 day", "2024-01-01", "0401234567"), so that
 * versions can be compared by keys alone. Pure: a function of the parsed notice.
 */
import { derivedKey, getCached } from '../model/derived.js';
import { parseDateAt } from '../analysis/dates.js';
import { COUNTRIES, CASE_SENSITIVE_SERVICES, US_SERVICES } from '../facts/transfers.js';
import { LANGS, transferPhrases } from '../lang/index.js';
import { parityPhrases, type TimeUnit } from '../lang/parity-types.js';
import type { Block, Notice, Span } from '../model/types.js';
import { escapeRegExp, hasPhrase, phrasePattern } from '../matching/patterns.js';
import { SAME_SERVICE, UNCOUNTED_LAWS, WEB_TLDS } from './data.js';

export type FactKind = 'time' | 'date' | 'email' | 'phone' | 'postal-code' | 'web-address' | 'business-id' | 'service' | 'country' | 'mechanism' | 'law' | 'article';

export interface Fact {
  kind: FactKind;
  /** Language-independent value: equal keys are the same fact. */
  key: string;
  /** Facts of one dimension can be a changed value of each other (30 days and 60 days; not 30 days and 6 months... they can). */
  dimension: string;
  /** As written in the notice (one line, trimmed). */
  text: string;
  span: Span;
  /** A period's number as written (13 in "13-vuotiaat"), before its unit is normalised. */
  number?: number;
}

/** How users read each kind. */
export const KIND_NAMES: Record<FactKind, string> = {
  time: 'period',
  date: 'date',
  email: 'e-mail address',
  phone: 'phone number',
  'postal-code': 'postal code',
  'web-address': 'web address',
  'business-id': 'business ID',
  service: 'named service',
  country: 'country',
  mechanism: 'transfer mechanism',
  law: 'cited law',
  article: 'cited article',
};

const MONTHS_PER: Partial<Record<TimeUnit, number>> = { year: 12, month: 1 };
const DAYS_PER: Partial<Record<TimeUnit, number>> = { week: 7, day: 1 };

const L = '\\p{L}';
/** A word of a list as a regular expression: a trailing `*` takes an ending. */
function wordSource(word: string): string {
  const stem = word.endsWith('*');
  const body = escapeRegExp(stem ? word.slice(0, -1) : word).replace(/\\? /gu, '\\s{1,3}');
  return stem ? `${body}${L}{0,14}` : body;
}
function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  return sorted.length ? `(?:${sorted.map(wordSource).join('|')})` : '(?!)';
}

const NUMBER_WORDS = new Map<string, number>();
for (const l of LANGS) for (const [n, words] of parityPhrases[l].numbers) for (const w of words) NUMBER_WORDS.set(w.toLowerCase(), n);
const UNIT_OF: [RegExp, TimeUnit][] = [];
for (const l of LANGS) for (const [unit, words] of parityPhrases[l].units) for (const w of words) UNIT_OF.push([new RegExp(`^${wordSource(w)}$`, 'iu'), unit]);
const UNIT_WORDS = LANGS.flatMap((l) => parityPhrases[l].units.flatMap(([, words]) => words));

const NUMBER = `(\\d{1,4}|${alternation([...NUMBER_WORDS.keys()])})`;
const TIME = new RegExp(`(?<![\\p{L}\\p{N}.,/:])${NUMBER}(?:\\s{1,3}|\\s?[-–]\\s?)(${alternation(UNIT_WORDS)})(?![\\p{L}\\p{N}])`, 'giu');
const AGE = new RegExp(`(?<![\\p{L}])${alternation(LANGS.flatMap((l) => parityPhrases[l].agesBefore))}\\s{1,3}(\\d{1,2})(?![\\p{L}\\p{N}])`, 'giu');
const NUMBER_LIST = '\\d{1,3}(?:(?:\\s?[-–,]\\s?|\\s\\p{L}{1,5}\\s)\\d{1,3}){0,10}';
const ARTICLE_PART = alternation(LANGS.flatMap((l) => parityPhrases[l].articleParts));
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}])${alternation(LANGS.flatMap((l) => parityPhrases[l].articlesBefore))}\\s?(${NUMBER_LIST})(?![\\p{N}])(?!\\s{1,3}${ARTICLE_PART}(?![\\p{L}]))`, 'giu');
const ARTICLE_AFTER = new RegExp(`(?<![\\p{N}/])(${NUMBER_LIST})\\s?${alternation(LANGS.flatMap((l) => parityPhrases[l].articlesAfter))}(?![\\p{L}])`, 'giu');

const EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})(?:@|\s?[([](?:at|ät)[)\]]\s?)([\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8})/giu;
const URL = /(?<![\p{L}\p{N}@.])(?:https?:\/\/|www\.)[^\s<>"'()[\]]{1,300}/giu;
const BARE_HOST = new RegExp(`(?<![\\p{L}\\p{N}@./_-])(?:[a-z0-9-]{1,63}\\.){1,4}(?:${WEB_TLDS.join('|')})(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])(?:/[^\\s<>"'()[\\]]{0,300})?`, 'giu');
const BUSINESS_ID = /(?<![\p{N}-])(\d{7}-\d|\d{6}-\d{4})(?![\p{N}-])/gu;
const VAT_FI = /(?<![\p{L}\p{N}])FI\s?(\d{7})(\d)(?![\p{N}])/gu;
const PHONE = /(?<![\p{L}\p{N}+\-.\/])(?:\+\s?\d{2,3}|0)(?:\s?\(0\))?[\d\s\-()]{5,18}\d(?![\p{N}])/gu;
const POSTAL_FI = /(?<![\p{L}\p{N}])(?:FI-?\s?)?(\d{5})(?=\s{1,3}\p{Lu})/gu;
const POSTAL_SV = /(?<![\p{L}\p{N}])(?:SE-?\s?)?(\d{3})\s(\d{2})(?=\s{1,3}\p{Lu})/gu;
const STATUTE_FI = /(?<![\p{N}/])(\d{2,4})\/((?:19|20)\d{2})(?![\p{N}/])/gu;
const EU_ACT = /(?<![\p{N}/])((?:19|20)\d{2})\/(\d{1,4})(?![\p{N}/])/gu;
const DIRECTIVE = /(?<![\p{N}/])(\d{2})\/(\d{1,3})\/(?:EY|EG|EC|EU|ETY|EEG|EEC|EEA)(?![\p{L}])/gu;
const SFS = /(?<![\p{N}:])((?:19|20)\d{2}):(\d{1,4})(?![\p{N}:])/gu;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** One pattern per service (names of one service grouped), longest names first. */
const SERVICE_PATTERNS: { key: string; pattern: RegExp }[] = (() => {
  const groupOf = new Map<string, string>();
  for (const group of SAME_SERVICE) for (const name of group) groupOf.set(name, group[0]);
  const byKey = new Map<string, { names: string[]; caseSensitive: string[] }>();
  const add = (name: string, caseSensitive: boolean) => {
    const key = (groupOf.get(name) ?? name).replace(/\*$/u, '');
    const entry = byKey.get(key) ?? { names: [], caseSensitive: [] };
    (caseSensitive ? entry.caseSensitive : entry.names).push(name);
    byKey.set(key, entry);
  };
  for (const s of US_SERVICES) add(s, false);
  for (const s of CASE_SENSITIVE_SERVICES) add(s, true);
  const out: { key: string; pattern: RegExp }[] = [];
  for (const [key, e] of byKey) {
    if (e.names.length) out.push({ key, pattern: phrasePattern(e.names) });
    if (e.caseSensitive.length) out.push({ key, pattern: phrasePattern(e.caseSensitive, 'gu') });
  }
  return out;
})();

const COUNTRY_PATTERNS: { key: string; pattern: RegExp }[] = COUNTRIES.flatMap((c) => {
  const names = LANGS.flatMap((l) => [...c.names[l], ...(c.adjectives?.[l] ?? [])]);
  const out = [{ key: c.id, pattern: phrasePattern(names) }];
  if (c.caseSensitiveNames?.length) out.push({ key: c.id, pattern: phrasePattern(c.caseSensitiveNames, 'gu') });
  return out;
});

const MECHANISM_PATTERNS: { key: string; pattern: RegExp }[] = (['adequacy', 'standard-contractual-clauses', 'binding-corporate-rules'] as const).map((key) => ({
  key,
  pattern: phrasePattern(LANGS.flatMap((l) => parityPhrases[l].mechanisms.filter(([k]) => k === key).flatMap(([, names]) => names))),
}));

/**
 * A country counts only in a block about data going somewhere (a transfer word, a recipient, the
 * EU/EEA): a country in a site's menu ("Venäjän kieli ja kulttuuri" among the links) is not a
 * fact of the notice.
 */
const TRANSFER_CONTEXT = phrasePattern(
  LANGS.flatMap((l) => {
    const t = transferPhrases[l];
    return [...t.transferWords, ...t.recipientNouns, ...t.euArea, ...t.thirdCountry, ...t.adequacyMechanisms, ...t.generalMechanisms];
  }),
);

interface Candidate {
  kind: FactKind;
  key: string;
  dimension: string;
  start: number;
  end: number;
  number?: number;
}

function timeFact(value: number, unit: TimeUnit): { key: string; dimension: string } {
  const months = MONTHS_PER[unit];
  if (months) return { key: `${value * months} month`, dimension: 'time' };
  const days = DAYS_PER[unit];
  if (days) return { key: `${value * days} day`, dimension: 'time' };
  return { key: `${value} ${unit}`, dimension: 'time' };
}

function unitOf(word: string): TimeUnit | undefined {
  return UNIT_OF.find(([re]) => re.test(word))?.[1];
}

function hostOf(url: string): string {
  const host = url.replace(/^https?:\/\//iu, '').split(/[/?#:]/u)[0].toLowerCase().replace(/^www\./u, '').replace(/[.,;]+$/u, '');
  return host;
}

/** National form of a phone number's digits: +358 40 123 4567 and 040 1234567 are the same. */
function phoneKey(text: string): string | null {
  let t = text.replace(/\(0\)/gu, '');
  const plus = /^\s*\+/u.test(t);
  t = t.replace(/\D/gu, '');
  if (plus) {
    if (t.startsWith('358')) t = '0' + t.slice(3);
    else if (t.startsWith('46')) t = '0' + t.slice(2);
    else t = '+' + t;
  }
  const digits = t.replace(/\D/gu, '').length;
  return digits >= 7 && digits <= 13 ? t : null;
}

/** Kinds in the order they claim text: a business ID is not also a phone number. */
const PRIORITY: FactKind[] = ['email', 'web-address', 'business-id', 'date', 'law', 'phone', 'postal-code', 'article', 'time', 'service', 'country', 'mechanism'];

function candidates(text: string): Candidate[] {
  const found: Candidate[] = [];
  const push = (kind: FactKind, key: string, start: number, end: number, dimension: string = kind, number?: number) =>
    found.push({ kind, key, dimension, start, end, ...(number !== undefined ? { number } : {}) });
  for (const m of text.matchAll(EMAIL)) push('email', `${m[1]}@${m[2]}`.toLowerCase().replace(/\.$/u, ''), m.index, m.index + m[0].length);
  for (const m of text.matchAll(URL)) {
    const host = hostOf(m[0]);
    if (host.includes('.')) push('web-address', host, m.index, m.index + m[0].replace(/[.,;:]+$/u, '').length);
  }
  for (const m of text.matchAll(BARE_HOST)) push('web-address', hostOf(m[0]), m.index, m.index + m[0].replace(/[.,;:]+$/u, '').length);
  for (const m of text.matchAll(BUSINESS_ID)) push('business-id', m[1], m.index, m.index + m[0].length);
  for (const m of text.matchAll(VAT_FI)) push('business-id', `${m[1]}-${m[2]}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(WORD_START)) {
    const date = parseDateAt(text.slice(m.index, m.index + 40));
    if (date) push('date', date.precision === 'day' ? date.iso : date.iso.slice(0, 7), m.index, m.index + date.length);
  }
  for (const m of text.matchAll(STATUTE_FI)) push('law', `${m[1]}/${m[2]}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(EU_ACT)) push('law', `${m[1]}/${m[2]}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(DIRECTIVE)) push('law', `${m[1]}/${m[2]}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(SFS)) push('law', `SFS ${m[1]}:${m[2]}`, m.index, m.index + m[0].length);
  for (const m of text.matchAll(PHONE)) {
    const key = phoneKey(m[0]);
    if (key) push('phone', key, m.index, m.index + m[0].trimEnd().length);
  }
  for (const m of text.matchAll(POSTAL_FI)) push('postal-code', m[1], m.index, m.index + m[0].length);
  for (const m of text.matchAll(POSTAL_SV)) push('postal-code', `${m[1]}${m[2]}`, m.index, m.index + m[0].length);
  for (const re of [ARTICLE_BEFORE, ARTICLE_AFTER]) {
    for (const m of text.matchAll(re)) {
      for (const n of m[1].match(/\d{1,3}/gu) ?? []) push('article', String(Number(n)), m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(TIME)) {
    const value = /^\d/u.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.get(m[1].toLowerCase());
    const unit = unitOf(m[2].replace(/\s+/gu, ' '));
    if (value === undefined || !unit || value === 0) continue;
    const f = timeFact(value, unit);
    push('time', f.key, m.index, m.index + m[0].length, f.dimension, value);
  }
  for (const m of text.matchAll(AGE)) {
    const f = timeFact(Number(m[1]), 'year');
    push('time', f.key, m.index, m.index + m[0].length, f.dimension, Number(m[1]));
  }
  for (const { key, pattern } of SERVICE_PATTERNS) for (const m of text.matchAll(pattern)) push('service', key, m.index, m.index + m[0].length);
  if (hasPhrase(TRANSFER_CONTEXT, text)) {
    for (const { key, pattern } of COUNTRY_PATTERNS) for (const m of text.matchAll(pattern)) push('country', key, m.index, m.index + m[0].length);
  }
  for (const { key, pattern } of MECHANISM_PATTERNS) for (const m of text.matchAll(pattern)) push('mechanism', key, m.index, m.index + m[0].length);
  return found;
}

/**
 * Keeps the candidates that claim text first (by kind, then the longest), dropping those that
 * overlap them. Several articles of one list share their span: all are kept. Linear in the
 * text's length (a character map), not in the square of the candidates.
 */
function resolve(found: Candidate[], length: number): Candidate[] {
  const rank = (c: Candidate) => PRIORITY.indexOf(c.kind);
  const units = new Map<string, Candidate[]>();
  for (const c of found) {
    const key = `${c.kind}|${c.start}|${c.end}`;
    const unit = units.get(key);
    if (unit) unit.push(c);
    else units.set(key, [c]);
  }
  const sorted = [...units.values()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[0].end - b[0].start - (a[0].end - a[0].start) || a[0].start - b[0].start);
  const claimed = new Uint8Array(length + 1);
  const kept: Candidate[] = [];
  for (const unit of sorted) {
    const { start, end } = unit[0];
    let free = true;
    for (let i = start; i < end && free; i++) if (claimed[i]) free = false;
    if (!free) continue;
    claimed.fill(1, start, end);
    kept.push(...unit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function blockFacts(block: Block): Fact[] {
  return resolve(candidates(block.text), block.text.length)
    .filter((c) => !(c.kind === 'law' && UNCOUNTED_LAWS.includes(c.key)))
    .map((c) => ({
      kind: c.kind,
      key: c.key,
      dimension: c.dimension,
      text: block.text.slice(c.start, c.end).replace(/\s+/gu, ' ').trim(),
      span: { start: block.toSource(c.start), end: block.toSource(c.end) },
      ...(c.number !== undefined ? { number: c.number } : {}),
    }));
}

const FACTS = derivedKey<Fact[]>('parity facts');

/** Every fact of the notice, in document order. */
export function noticeFacts(notice: Notice): Fact[] {
  return getCached(notice, FACTS, (n) => n.blocks.flatMap(blockFacts));
}

const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,:/])${NUMBER}(?![\\p{L}\\p{N}]|[.,:/]\\d)`, 'giu');
const BARE_NUMBERS = derivedKey<Set<number>>('bare numbers');

/**
 * Every number the notice writes on its own, in figures or words ("children under 13"): a
 * period of another version whose number is here may be stated without its unit.
 */
export function bareNumbers(notice: Notice): Set<number> {
  return getCached(notice, BARE_NUMBERS, computeBareNumbers);
}

function computeBareNumbers(notice: Notice): Set<number> {
  const out = new Set<number>();
  // Not the digits of a phone number, an address, a date or an ID.
  const taken = noticeFacts(notice)
    .filter((f) => f.kind !== 'time')
    .map((f) => f.span)
    .sort((a, b) => a.start - b.start);
  const inFact = (offset: number) => {
    let lo = 0;
    let hi = taken.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid].end <= offset) lo = mid + 1;
      else if (taken[mid].start > offset) hi = mid - 1;
      else return true;
    }
    return false;
  };
  for (const block of notice.blocks) {
    for (const m of block.text.matchAll(BARE_NUMBER)) {
      if (inFact(block.toSource(m.index))) continue;
      const n = /^\d/u.test(m[1]) ? Number(m[1]) : NUMBER_WORDS.get(m[1].toLowerCase());
      if (n !== undefined) out.add(n);
    }
  }
  return out;
}
