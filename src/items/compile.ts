/**
 * Compiles the item vocabularies (src/lang/<lang>/items.ts) into RegExps, once, at module load.
 *
 * A phrase is words separated by spaces. A word ending in `*` is a stem: any letters may follow
 * ("poist*" finds "poistamista"), inside a phrase too ("automaattis* päätöksen*"). A leading `*`
 * lets the word end a compound ("*sopimu*" finds "matkasopimukseen"). A `..` token
 * is a gap of up to five words ("siirtää .. järjestelmästä toiseen"). Boundaries are Unicode-aware.
 * Every repetition is bounded and the classes a gap alternates between are disjoint, so no
 * pattern can backtrack catastrophically.
 */
import { escapeRegExp, NOT_WORD_AFTER, NOT_WORD_BEFORE, nothing, STEM_CHAR } from '../text/patterns.js';
import { alternative, PhraseRegExp } from '../text/phrase-regexp.js';
import type { PhraseReader } from '../text/phrase-trie.js';
import type { Cue } from '../lang/items-types.js';

const BEFORE = NOT_WORD_BEFORE;
const AFTER = NOT_WORD_AFTER;
const STEM_TAIL = `${STEM_CHAR}{0,40}`;
const COMPOUND_HEAD = `${STEM_CHAR}{0,30}?`;
const GAP = '(?:\\s+[^\\s]{1,40}){0,5}?';

function wordSource(word: string): string {
  // A leading `*` lets the word end a compound: "*sopimu*" finds "matkasopimukseen".
  const compound = word.length > 1 && word.startsWith('*');
  const w = compound ? word.slice(1) : word;
  const stem = w.endsWith('*');
  const body = escapeRegExp(stem ? w.slice(0, -1) : w);
  return (compound ? COMPOUND_HEAD : '') + body + (stem ? STEM_TAIL : AFTER);
}

function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/u);
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === '..') {
      out += GAP;
      continue;
    }
    if (out !== '') out += '\\s+';
    out += wordSource(t);
  }
  return out;
}

/** The phrase's words as the phrase trie reads them: a gap or a compound word is where it stops reading. */
const phraseWords: PhraseReader = (phrase) =>
  phrase
    .trim()
    .split(/\s+/u)
    .map((t) => {
      if (t === '..' || (t.length > 1 && t.startsWith('*'))) return null;
      const stem = t.endsWith('*');
      return { text: stem ? t.slice(0, -1) : t, stem };
    });

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
