/**
 * Page furniture: a whole line or unit that is a site menu's or a button's words ("Scroll to Top",
 * "Valitse sivu", "Share"), maybe with an arrow, a bar or a bullet at its edges and its words apart
 * by any white space ("Scroll&nbsp;to top"). One check for both readers of it: the completeness
 * analysis (such a unit states no item) and leftover-artifact (such a line is reported).
 */
import { commonPhrases, LANGS } from '../lang/index.js';

const EDGE = /[\s\p{P}\p{S}]/u;

/** The text without leading and trailing white space, punctuation and symbols (a linear scan, no regex backtracking). */
function bare(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && EDGE.test(text[a])) a++;
  while (b > a && EDGE.test(text[b - 1])) b--;
  return text.slice(a, b);
}

const words = (text: string) => bare(text).replace(/\s+/gu, ' ').toLowerCase();

/** The phrases as they are compared (a Set lookup: as one case-insensitive pattern the list cost 10 ms to compile). */
const FURNITURE = new Set(LANGS.flatMap((l) => commonPhrases[l].furniture).map(words));
const LONGEST = Math.max(...[...FURNITURE].map((f) => f.length));

export function isFurniture(text: string): boolean {
  // Longer than any phrase with room for odd spacing: not furniture, and no need to look closer.
  if (text.trim().length > 4 * LONGEST) return false;
  const w = words(text);
  return w.length <= LONGEST && FURNITURE.has(w);
}
