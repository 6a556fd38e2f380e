/**
 * Small helpers over phrase lists shared by the transfer, consent, date and vague-language
 * analyses. Every pattern is compiled once, at module load, by the modules that use them.
 */
import { LANGS } from '../lang/index.js';
import type { Lang } from '../model/types.js';
import { phrasePattern } from '../text/patterns.js';

/** One phrase list gathered from every language (notices mix languages; phrases rarely clash). */
export function allLangs<T>(data: Readonly<Record<Lang, T>>, pick: (t: T) => readonly string[]): string[] {
  return [...new Set(LANGS.flatMap((l) => pick(data[l])))];
}

/** The body of a phrase pattern, to embed in a larger expression (a never-matching group when empty). */
export function phraseSource(phrases: readonly string[]): string {
  return phrases.length === 0 ? '(?!)' : phrasePattern(phrases).source;
}

/** Like phrasePattern, but case-sensitive (for names that are ordinary words in lower case). */
export function casePattern(phrases: readonly string[]): RegExp {
  return phrases.length === 0 ? /(?!)/gu : phrasePattern(phrases, 'gu');
}

/** A non-global copy for `test`, so that no lastIndex state leaks between calls. */
export function tester(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace('g', ''));
}

/** Clause boundaries inside a sentence: commas, semicolons, a colon before a space, "but". */
const CLAUSE_BREAK = /[,;]|:(?=\s)|\s(?:mutta|vaan|but|whereas|while|men|medan|vaikka|although|though)(?=\s)/giu;

/** The [start, end) of the clause of `text` that contains index `at`. */
export function clauseAt(text: string, at: number): [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const i = m.index ?? 0;
    if (i < at) start = i + m[0].length;
    else {
      end = i;
      break;
    }
  }
  return [start, end];
}
