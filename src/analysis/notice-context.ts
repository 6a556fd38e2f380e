/**
 * Facts about a whole notice that the outdated-information rules share: which country it is
 * about (Swedish is written in both Finland and Sweden, and "personuppgiftslagen" or
 * "Datainspektionen" mean different things in each). The notice's own date is
 * `noticeDate` in src/analysis/dates.ts.
 * Cached per notice; pure.
 */
import { derivedKey, getCached } from '../model/derived.js';
import { LANGS, outdatedPhrases } from '../lang/index.js';
import type { Notice } from '../model/types.js';
import { phrasePattern } from '../matching/patterns.js';

const FINLAND = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].finland));
const SWEDEN = phrasePattern(LANGS.flatMap((l) => outdatedPhrases[l].sweden));
/** Finnish postal codes are five digits written together; Swedish ones "123 45". */
const SWEDISH_POSTCODE_CITY = /(?<![\p{N}])\d{3} \d{2} \p{Lu}\p{Ll}{2,}/gu;

export type Country = 'fi' | 'se' | 'unknown';

const NOTICE_COUNTRY = derivedKey<Country>('notice country');

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** The country a notice is about, by the words that place it; 'unknown' when they tie. */
export function noticeCountry(notice: Notice): Country {
  return getCached(notice, NOTICE_COUNTRY, computeNoticeCountry);
}

function computeNoticeCountry(notice: Notice): Country {
  const text = notice.blocks.map((b) => b.text).join('\n');
  const fi = count(FINLAND, text);
  const se = count(SWEDEN, text) + count(SWEDISH_POSTCODE_CITY, text);
  const country: Country = fi > se ? 'fi' : se > fi ? 'se' : 'unknown';
  return country;
}
