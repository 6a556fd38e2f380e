/**
 * Small helpers over phrase lists shared by the transfer, consent, date and vague-language
 * analyses. Every pattern is compiled once, at module load or (per language set) when a notice
 * in those languages first needs it, by the modules that use them.
 */
import { commonPhrases, LANGS } from '../lang/index.js';
import { noticeLanguages } from '../model/notice-languages.js';
import type { Lang, Notice } from '../model/types.js';
import { escapeRegExp, hasPhrase, phrasePattern, withFlags } from '../matching/patterns.js';

/** One phrase list gathered from every language (for names and words that are the same in any language). */
export function allLangs<T>(data: Readonly<Record<Lang, T>>, pick: (t: T) => readonly string[]): string[] {
  return inLangs(LANGS, data, pick);
}

/** One phrase list gathered from the given languages. */
export function inLangs<T>(langs: readonly Lang[], data: Readonly<Record<Lang, T>>, pick: (t: T) => readonly string[]): string[] {
  return [...new Set(langs.flatMap((l) => pick(data[l])))];
}

/**
 * What a module builds from phrase lists, built once per set of languages a notice is written in
 * (model/notice-languages.ts) and kept: one language's phrases are not applied to another's text.
 */
export function perLanguages<T>(build: (langs: readonly Lang[]) => T): (notice: Notice) => T {
  const built = new Map<string, T>();
  return (notice) => {
    const langs = noticeLanguages(notice);
    const key = langs.join(',');
    let out = built.get(key);
    if (out === undefined) built.set(key, (out = build(langs)));
    return out;
  };
}

/** The body of a phrase pattern, to embed in a larger expression (a never-matching group when empty). */
export function phraseSource(phrases: readonly string[]): string {
  return phrases.length === 0 ? '(?!)' : phrasePattern(phrases).source;
}

/** Like phrasePattern, but case-sensitive (for names that are ordinary words in lower case). */
export function casePattern(phrases: readonly string[]): RegExp {
  return phrasePattern(phrases, 'gu');
}

/** A non-global copy for `test`, so that no lastIndex state leaks between calls. */
export function tester(pattern: RegExp): RegExp {
  return withFlags(pattern, pattern.flags.replace('g', ''));
}

/** Clause boundaries inside a sentence: commas, semicolons, a colon before a space, and the lexicon's clause-break words ("mutta", "men", "but"). */
const CLAUSE_BREAK = new RegExp(`[,;]|:(?=\\s)|\\s(?:${LANGS.flatMap((l) => commonPhrases[l].clauseBreaks).map(escapeRegExp).join('|')})(?=\\s)`, 'giu');

/**
 * The clause breaks of the last text asked about: callers ask about many places in the same
 * sentence, and rescanning it from the start each time was quadratic (a sentence repeating
 * "Google Analytics" 20,000 times took 20 s).
 */
let breaksOf = '';
let breakIndex: number[] = [];
let breakEnd: number[] = [];

/** The [start, end) of the clause of `text` that contains index `at`. */
export function clauseAt(text: string, at: number): [number, number] {
  if (text !== breaksOf) {
    breakIndex = [];
    breakEnd = [];
    for (const m of text.matchAll(CLAUSE_BREAK)) {
      breakIndex.push(m.index ?? 0);
      breakEnd.push((m.index ?? 0) + m[0].length);
    }
    breaksOf = text;
  }
  // The first break at or after `at` ends the clause; the one before it starts it.
  let lo = 0;
  let hi = breakIndex.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breakIndex[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? breakEnd[lo - 1] : 0, lo < breakIndex.length ? breakIndex[lo] : text.length];
}

let testedText = '';
const tested = new Map<RegExp, Map<number, boolean>>();

/** `pattern.test` on the clause of `text` around `at`, remembered per clause of the last text. */
export function clauseHas(pattern: RegExp, text: string, at: number): boolean {
  if (text !== testedText) {
    tested.clear();
    testedText = text;
  }
  const [a, b] = clauseAt(text, at);
  let byClause = tested.get(pattern);
  if (!byClause) tested.set(pattern, (byClause = new Map()));
  let found = byClause.get(a);
  if (found === undefined) {
    found = hasPhrase(pattern, text.slice(a, b));
    byClause.set(a, found);
  }
  return found;
}
