/**
 * Compiles the item vocabularies (src/lang/<lang>/items.ts) into RegExps, once, at module load,
 * in the one phrase grammar (matching/phrase-grammar.ts); a cue is a conjunction of phrase lists.
 */
import { nothing } from '../matching/patterns.js';
import { phraseSource, phraseWords } from '../matching/phrase-grammar.js';
import { alternative, PhraseRegExp } from '../matching/phrase-regexp.js';
import type { Cue } from '../lang/items-types.js';

/** One case-insensitive RegExp that matches any of the phrases (never matches for an empty list). */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  if (unique.length === 0) return nothing('iu');
  unique.sort((a, b) => b.length - a.length);
  const alternatives = unique.map((p) => alternative(p, phraseSource(p), phraseWords));
  return new PhraseRegExp('', 'iu', alternatives);
}

/** A compiled cue: one phrase of every group, and none of the exclusions, in the same text. */
export interface Matcher {
  all: RegExp[];
  none: RegExp | null;
}

/** A phrase that may start anywhere in a word or with a gap ("*tieto", ".. toiseen"): no word start narrows where to try it. */
const startsAnywhere = (phrase: string) => /^\s*(?:\*|\.\.)/u.test(phrase);

/**
 * A cue's groups, the ones that can be looked up by their first word before those that must be
 * tried at every word start: all must match, so the cheap ones decide first (the same answer).
 */
function byCost(groups: readonly string[][]): string[][] {
  const anywhere = (g: readonly string[]) => (g.some(startsAnywhere) ? 1 : 0);
  return [...groups].sort((a, b) => anywhere(a) - anywhere(b));
}

export function compileCue(cues: readonly Cue[]): Matcher[] {
  const out: Matcher[] = [];
  const simple: string[] = [];
  for (const cue of cues) {
    if (typeof cue === 'string') simple.push(cue);
    else out.push({ all: byCost(cue.all).map(compilePhrases), none: cue.none ? compilePhrases(cue.none) : null });
  }
  if (simple.length) out.unshift({ all: [compilePhrases(simple)], none: null });
  return out;
}

/** True when one of the cues occurs in the text. */
export function matches(matchers: readonly Matcher[], text: string): boolean {
  return matchers.some((m) => m.all.every((r) => r.test(text)) && !(m.none && m.none.test(text)));
}
