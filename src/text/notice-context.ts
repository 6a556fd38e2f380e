/**
 * Facts about a whole notice that the outdated-information rules share: which country it is
 * about (Swedish is written in both Finland and Sweden, and "personuppgiftslagen" or
 * "Datainspektionen" mean different things in each), and the year of its own date.
 * Cached per notice; pure.
 */
import { LANGS, outdatedPhrases } from '../lang/index.js';
import type { Notice } from '../model/types.js';
import { phrasePattern } from './patterns.js';

const FINLAND = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].finland));
const SWEDEN = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].sweden));
/** Finnish postal codes are five digits written together; Swedish ones "123 45". */
const SWEDISH_POSTCODE_CITY = /(?<![\p{N}])\d{3} \d{2} \p{Lu}\p{Ll}{2,}/gu;
const DATE_LABEL = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].dateLabels));
const YEAR = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/u;

export type Country = 'fi' | 'se' | 'unknown';

const countryCache = new WeakMap<Notice, Country>();
const yearCache = new WeakMap<Notice, number | null>();

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** The country a notice is about, by the words that place it; 'unknown' when they tie. */
export function noticeCountry(notice: Notice): Country {
  const cached = countryCache.get(notice);
  if (cached) return cached;
  const text = notice.blocks.map((b) => b.text).join('\n');
  const fi = count(FINLAND, text);
  const se = count(SWEDEN, text) + count(SWEDISH_POSTCODE_CITY, text);
  const country: Country = fi > se ? 'fi' : se > fi ? 'se' : 'unknown';
  countryCache.set(notice, country);
  return country;
}

/**
 * The year of the notice's own date ("Päivitetty 24.5.2018", "Senast uppdaterad: 18 mars
 * 2025", "Last updated 10 April 2025"): the latest year written within 40 characters after a
 * date label, or null when the notice carries no date.
 */
export function noticeYear(notice: Notice): number | null {
  if (yearCache.has(notice)) return yearCache.get(notice)!;
  let latest: number | null = null;
  for (const block of notice.blocks) {
    DATE_LABEL.lastIndex = 0;
    for (const m of block.text.matchAll(DATE_LABEL)) {
      const after = block.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
      const y = YEAR.exec(after);
      if (y && y.index <= 25 && !/[\n;!?]/u.test(after.slice(0, y.index))) {
        const year = Number(y[0]);
        if (latest === null || year > latest) latest = year;
      }
    }
  }
  yearCache.set(notice, latest);
  return latest;
}
