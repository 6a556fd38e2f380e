import type { Lang } from '../model/types.js';

/**
 * Phrases shared by the structural rules. Entries are literal text; a trailing `*` marks a stem.
 * Topic files beside each language's common.ts hold the phrases of other rule families.
 */
export interface CommonPhrases {
  lang: Lang;
  /** Page furniture left in a scraped notice, matched as a whole line. */
  furniture: string[];
  /** Words that, alone inside [brackets] or (parentheses), mark an unfilled template field. */
  placeholderWords: string[];
  /** Labels before a business identifier ("y-tunnus", "org.nr"). */
  businessIdLabels: string[];
}
