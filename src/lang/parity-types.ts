import type { Lang } from '../model/types.js';

/** A unit of time a notice states a number in (retention periods, ages, deadlines). */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month' | 'year';

/** A ground for transfers outside the EU/EEA (GDPR Art. 45-47). */
export type TransferMechanism = 'adequacy' | 'standard-contractual-clauses' | 'binding-corporate-rules';

/**
 * Words the language-version comparison (src/parity/) reads numbers with. Exact words, not
 * phrases: each is matched as a whole word, case-insensitively; a unit word ending in `*` is a
 * stem (inflected forms: "päivää", "päivän", "dagars").
 */
export interface ParityPhrases {
  lang: Lang;
  /** Number words by value, in every form a notice writes them ("kaksi", "kahden", "kahdeksi"). Not "one": "a month" and "kuukauden kuluessa" say it without a number. */
  numbers: [number, string[]][];
  /** Unit words by unit; a number written before one (also joined by a hyphen: "16-vuotiaat") is a fact. */
  units: [TimeUnit, string[]][];
  /** Words before an age in years ("under the age of 16"). */
  agesBefore: string[];
  /** Words before the number of a cited article ("Article 6", "artikel 6"). */
  articlesBefore: string[];
  /** Words after it ("6 artiklan"). */
  articlesAfter: string[];
  /** Words after a number that make it a paragraph's, not an article's ("artiklan 1 kohdan"). */
  articleParts: string[];
  /**
   * Names of transfer mechanisms, by mechanism, in the phrase grammar (docs/lexicon.md). The EU-US
   * Data Privacy Framework is an adequacy decision: one mechanism, however a version names it.
   */
  mechanisms: [TransferMechanism, string[]][];
}

import { parity as fi } from './fi/parity.js';
import { parity as sv } from './sv/parity.js';
import { parity as en } from './en/parity.js';

/** The comparison's words, by language. */
export const parityPhrases: Readonly<Record<Lang, ParityPhrases>> = { fi, sv, en };
