/**
 * Compiles the item vocabularies (src/lang/<lang>/items.ts) into RegExps, once, at module load,
 * in the one phrase grammar (text/phrase-grammar.ts); a cue is a conjunction of phrase lists.
 */
import { nothing } from '../text/patterns.js';
import { phraseSource, phraseWords } from '../text/phrase-grammar.js';
import { alternative, PhraseRegExp } from '../text/phrase-regexp.js';
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

export function compileCue(cues: readonly Cue[]): Matcher[] {
  const out: Matcher[] = [];
  const simple: string[] = [];
  for (const cue of cues) {
    if (typeof cue === 'string') simple.push(cue);
    else out.push({ all: cue.all.map(compilePhrases), none: cue.none ? compilePhrases(cue.none) : null });
  }
  if (simple.length) out.unshift({ all: [compilePhrases(simple)], none: null });
  return out;
}

/** True when one of the cues occurs in the text. */
export function matches(matchers: readonly Matcher[], text: string): boolean {
  return matchers.some((m) => m.all.every((r) => r.test(text)) && !(m.none && m.none.test(text)));
}
