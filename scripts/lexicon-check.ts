/**
 * Checks the lexicon: every phrase list of every language (lexicon/<lang>/<topic>.yaml, built
 * into src/lang/<lang>/<topic>.ts), in the one phrase grammar (src/matching/phrase-grammar.ts,
 * docs/lexicon.md), and the example sentences of lexicon/<lang>.examples.yaml. Fails (exit 1) on:
 *
 * - a YAML file that is not a lexicon file (lexicon/schema.json), or a built module that is
 *   stale (run npm run lexicon:build);
 * - a phrase the grammar cannot read (empty, a lone `*`, `**`, `..` at an end, a stray space);
 * - a phrase listed twice in a list;
 * - a phrase made redundant by a stem of the same list ("tietosuoj*" and "tietosuojaseloste");
 * - a stem shorter than three letters ("ei*" matches half the language);
 * - an example under a list that does not exist, a `match` sentence the list does not match, a
 *   `no-match` sentence it does.
 *
 * Prints one line per problem and a summary with how many lists have examples. Seconds to run.
 *
 *   npm run lexicon:check
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { readLexicon, staleModules } from './lexicon-build.js';
import { compileCue, matches } from '../src/items/compile.js';
import type { Cue } from '../src/lang/items-types.js';
import { commonPhrases, consentPhrases, datePhrases, itemPhrases, LANGS, outdatedPhrases, transferPhrases, vaguePhrases } from '../src/lang/index.js';
import { parityPhrases } from '../src/lang/parity-types.js';
import type { Lang } from '../src/model/types.js';
import { phrasePattern } from '../src/matching/patterns.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A list of phrases (or of cues) and where it is: "items.rights.erasure.terms". */
interface PhraseList {
  path: string;
  entries: readonly Cue[];
}

/** Every array of strings or cues in a language's topic objects, by its dotted path. */
function listsOf(lang: Lang): PhraseList[] {
  const topics: Record<string, unknown> = {
    common: commonPhrases[lang],
    consent: consentPhrases[lang],
    dates: datePhrases[lang],
    items: itemPhrases[lang],
    outdated: outdatedPhrases[lang],
    parity: parityPhrases[lang],
    transfers: transferPhrases[lang],
    vague: vaguePhrases[lang],
  };
  const out: PhraseList[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      if (value.every((e) => typeof e === 'string' || (typeof e === 'object' && e !== null && 'all' in e))) out.push({ path, entries: value as Cue[] });
      return;
    }
    if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(topics, '');
  return out;
}

/** The plain phrases of a list, cues' groups flattened. */
function phrasesOf(list: PhraseList): string[] {
  return list.entries.flatMap((e) => (typeof e === 'string' ? [e] : [...e.all.flat(), ...(e.none ?? [])]));
}

function grammarProblem(phrase: string): string | null {
  if (phrase.trim() === '') return 'an empty phrase';
  if (phrase !== phrase.trim() || /\s{2,}/u.test(phrase)) return 'spaces at an end or twice';
  const tokens = phrase.split(/\s+/u);
  if (tokens[0] === '..' || tokens[tokens.length - 1] === '..') return 'a gap (..) at an end';
  for (const t of tokens) {
    if (t === '*' || t.includes('**')) return `"${t}" is no word`;
    if (t !== '..' && t.slice(1, -1).includes('*')) return `"${t}" has a * inside a word (a stem ends with *, a compound starts with *)`;
  }
  return null;
}

/**
 * Lists of exact words, read as literal text by their code (a whole line, a word in brackets,
 * a word right after another): no stems, no gaps. `retention.units` and the parity lists may end
 * a word with `*`.
 */
const LITERAL_LISTS = new Set([
  'common.furniture', 'common.placeholderWords', 'common.placeholderLeads', 'common.bracketWords', 'common.businessIdLabels', 'common.clauseBreaks', 'common.templateNoteClaims', 'common.placeholderDomains', 'common.exampleLeads', 'consent.questionHeadingOpeners',
  'items.shortAnswers', 'items.retention.numberWords', 'items.retention.frequency',
  'items.retention.units', 'dates.filler', 'dates.months', 'vague.modalsBeforePassive', 'vague.readerSubjects',
  'parity.numbers', 'parity.units', 'parity.agesBefore', 'parity.articlesBefore', 'parity.articlesAfter', 'parity.articleParts',
]);

/** Letters a stem keeps before its `*` ("poist*": 5). */
const stemLength = (word: string) => word.replace(/^\*/u, '').replace(/\*$/u, '').length;
const MIN_STEM = 3;

function checkList(lang: Lang, list: PhraseList, problems: string[]): void {
  const where = `${lang} ${list.path}`;
  const phrases = phrasesOf(list);
  // Twice in a list means twice among its own entries: a cue's groups may repeat a plain entry's word.
  const entries = list.entries.filter((e): e is string => typeof e === 'string');
  const once = new Set<string>();
  for (const e of entries) {
    if (once.has(e.toLowerCase())) problems.push(`${lang} ${list.path}: "${e}" is listed twice`);
    once.add(e.toLowerCase());
  }
  const literal = LITERAL_LISTS.has(list.path) || LITERAL_LISTS.has(list.path.replace(/\.\d+$/u, ''));
  for (const p of phrases) {
    if (literal) {
      const trailingStem = list.path === 'items.retention.units' || list.path.startsWith('parity.');
      const stemmed = trailingStem ? /\*(?!$)|\s\.\.\s/u : /\*|(?:^|\s)\.\.(?:\s|$)/u;
      if (stemmed.test(p)) problems.push(`${where}: "${p}": this list holds exact words (no stems, no gaps)`);
      continue;
    }
    const grammar = grammarProblem(p);
    if (grammar) problems.push(`${where}: "${p}": ${grammar}`);
    // A short stem alone matches too much ("ei*"); inside a phrase ("outside the EU*") the other words hold it.
    const words = p.split(/\s+/u);
    // An acronym's stem ("EU*" for "EU:n", "EU-alueella") is as narrow as the acronym.
    const acronym = /^\*?\p{Lu}{2,}\*$/u.test(p);
    if (words.length === 1 && p.endsWith('*') && stemLength(p) < MIN_STEM && !acronym) problems.push(`${where}: "${p}": the stem is shorter than ${MIN_STEM} letters`);
  }
  if (literal) return;
  // A one-word stem makes every longer one-word entry that starts with it redundant.
  const simple = list.entries.filter((e): e is string => typeof e === 'string');
  const stems = simple.filter((p) => /^[^\s*]+\*$/u.test(p)).map((p) => p.slice(0, -1).toLowerCase());
  for (const p of simple) {
    if (/\s/u.test(p) || p.startsWith('*')) continue;
    const body = p.replace(/\*$/u, '').toLowerCase();
    const by = stems.find((s) => s !== body && body.startsWith(s));
    if (by) problems.push(`${where}: "${p}" is already matched by "${by}*"`);
  }
}

interface Examples {
  match?: string[];
  'no-match'?: string[];
}

function checkExamples(lang: Lang, lists: PhraseList[], problems: string[]): number {
  const file = `lexicon/${lang}.examples.yaml`;
  let data: Record<string, Examples>;
  try {
    data = (parse(readFileSync(`${root}${file}`, 'utf8')) ?? {}) as Record<string, Examples>;
  } catch (e) {
    problems.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
    return 0;
  }
  const byPath = new Map(lists.map((l) => [l.path, l]));
  for (const [path, examples] of Object.entries(data)) {
    const list = byPath.get(path);
    if (!list) {
      problems.push(`${file}: no list "${path}" in ${lang}`);
      continue;
    }
    const unknown = Object.keys(examples ?? {}).filter((k) => k !== 'match' && k !== 'no-match');
    if (unknown.length) problems.push(`${file}: ${path}: unknown key ${unknown.join(', ')} (match, no-match)`);
    const test = compileList(list);
    for (const s of examples?.match ?? []) if (!test(s)) problems.push(`${file}: ${path} should match: "${s}"`);
    for (const s of examples?.['no-match'] ?? []) if (test(s)) problems.push(`${file}: ${path} should not match: "${s}"`);
  }
  return Object.keys(data).length;
}

function compileList(list: PhraseList): (text: string) => boolean {
  if (list.entries.every((e) => typeof e === 'string')) {
    const re = phrasePattern(list.entries as string[], 'iu');
    return (t) => re.test(t);
  }
  const cues = compileCue(list.entries);
  return (t) => matches(cues, t);
}

const problems: string[] = [];
const summary: string[] = [];
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(`${root}lexicon/schema.json`, 'utf8')));
for (const lang of LANGS) {
  for (const f of readdirSync(`${root}lexicon/${lang}`).filter((x) => x.endsWith('.yaml'))) {
    const file = `lexicon/${lang}/${f}`;
    let data: unknown;
    try {
      data = readLexicon(readFileSync(`${root}${file}`, 'utf8'));
    } catch (e) {
      problems.push(`${file}: ${(e as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!validate(data)) {
      for (const e of validate.errors ?? []) problems.push(`${file}: ${e.instancePath || '/'} ${e.message}`);
    }
  }
}
if (problems.length === 0) for (const stale of staleModules()) problems.push(`${stale} is stale: run npm run lexicon:build`);
for (const lang of LANGS) {
  const lists = listsOf(lang);
  for (const list of lists) checkList(lang, list, problems);
  const withExamples = checkExamples(lang, lists, problems);
  summary.push(`${lang}: ${lists.length} lists, ${lists.reduce((n, l) => n + phrasesOf(l).length, 0)} phrases, examples for ${withExamples}`);
}
for (const p of problems) console.log(p);
console.log(`lexicon: ${summary.join('; ')}; ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exitCode = problems.length ? 1 : 0;
