/**
 * The one phrase grammar of noticelint's word lists (src/lang/<lang>/*.ts), turned into RegExp
 * source and into the words the phrase trie reads. Every list, whichever rule or analysis reads
 * it, speaks this grammar (docs/lexicon.md says it for people who add phrases):
 *
 * - A phrase is words separated by spaces; a space matches any run of white space.
 * - Matching ignores case and respects word boundaries: "ei" does not match inside "eivät".
 * - A word ending in `*` is a stem: any letters may follow ("poist*" finds "poistamista"), inside
 *   a phrase too ("automaattis* päätöksen*").
 * - A word starting with `*` may end a compound ("*sopimu*" finds "matkasopimukseen").
 * - The word `..` is a gap of up to five words ("siirtää .. järjestelmästä toiseen").
 * - Everything else is literal: "Art. 6(1)", "EU:n", "e-mail". A word that ends in a letter or
 *   digit must end there; one that ends in punctuation ("Art.", "esim.") may run on ("Art.6").
 *
 * Every repetition is bounded and the classes a gap alternates between are disjoint, so no
 * pattern can backtrack catastrophically.
 */
import { STEM_CHAR, WORD_CHAR } from './chars.js';
import type { PhraseReader } from './phrase-trie.js';

const AFTER = `(?!${WORD_CHAR})`;
const STEM_TAIL = `${STEM_CHAR}{0,40}`;
const COMPOUND_HEAD = `${STEM_CHAR}{0,30}?`;
const GAP = '(?:\\s+[^\\s]{1,40}){0,5}?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordSource(word: string): string {
  const compound = word.length > 1 && word.startsWith('*');
  const w = compound ? word.slice(1) : word;
  const stem = w.endsWith('*');
  const body = escapeRegExp(stem ? w.slice(0, -1) : w);
  // A word that ends in punctuation ("Art.", "esim.", "EU:") ends there: "Art.6" is "Art." and "6".
  const end = stem ? STEM_TAIL : /[\p{L}\p{N}]$/u.test(w) ? AFTER : '';
  return (compound ? COMPOUND_HEAD : '') + body + end;
}

/** The RegExp source of one phrase (without the word boundary before it, which the pattern adds once). */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/u);
  let out = '';
  for (const t of tokens) {
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
export const phraseWords: PhraseReader = (phrase) =>
  phrase
    .trim()
    .split(/\s+/u)
    .map((t) => {
      if (t === '..' || (t.length > 1 && t.startsWith('*'))) return null;
      const stem = t.endsWith('*');
      // A word ending in punctuation may run on, as a stem's tail may: the trie reads it so.
      return { text: stem ? t.slice(0, -1) : t, stem: stem || /[^\p{L}\p{N}]$/u.test(t) };
    });
