/**
 * A RegExp for a phrase list that only tries the places where a phrase can start.
 *
 * A phrase list compiles to one alternation of a few hundred phrases behind a word boundary.
 * V8 runs such an alternation by trying the alternatives one after another at every position
 * of the text, which made these patterns most of noticelint's run time (and compiling them
 * most of its start-up). Every phrase starts at a word start with two known characters
 * ("ti" for "tietosuoja*"), so the phrases are grouped by their first two characters
 * (case-folded), and each text gets an index, built once and shared by all patterns, from
 * two characters to the word starts where they stand. A search visits the word starts whose
 * two characters begin some phrase, in order, and at each runs only that group's phrases,
 * anchored (sticky; compiled on first use). The first position that matches is the leftmost
 * match, and at one position the group's alternation chooses as the whole one would (the
 * other groups cannot match there), so the result is exactly the plain RegExp's.
 *
 * A phrase that can start anywhere (a compound tail like `*sopimu*`, a one-letter phrase) is
 * tried at every word start, but only in texts that contain its literal part.
 *
 * Once a run has read many texts, a text that several lists ask about is read once for all of
 * them by the phrase trie (matching/phrase-trie.ts), and only the phrases it notes are tried.
 *
 * It is shaped like a RegExp, not a subclass of one (see PhraseRegExp), so `test`, `exec`,
 * `matchAll`, `replace`, `match`, `search` and `split` work as on a RegExp, and `new RegExp(p)`
 * copies the whole pattern.
 */

import { charKey, keyAt, keyOf, wordBefore } from './chars.js';
import { bucketOf, firstPairFrom, isExact, listOf, phraseOf, type PhraseReader, TRIE } from './phrase-trie.js';

/** Not preceded by a letter or digit: the boundary before every phrase. */
export const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

/**
 * Where a phrase can start: the keys of its first two characters, or, for a phrase that can
 * start anywhere, null keys and a text (lower case) that must occur for it to match at all.
 */
export interface PhraseStart {
  keys: number[] | null;
  needs: string;
  /** The phrase's third character, case-folded (32: white space), or null when it can be anything. */
  third: number | null;
}

/**
 * The start of a phrase given as its words. A word of two or more characters gives its first
 * two; a one-letter word followed by another word gives the letter and a space. A compound
 * tail (`*sopimu*`), a gap (`..`) or a one-letter phrase can start at any word start; the
 * literal part of its first word must occur in the text.
 */
export function phraseStart(words: readonly string[]): PhraseStart {
  const first = words[0] ?? '';
  const body = first.replace(/^\*|\*$/gu, '');
  if (first.startsWith('*') || first === '..' || body.length === 0) return { keys: null, needs: first === '..' ? '' : body.toLowerCase(), third: null };
  if (body.length >= 2) {
    const key = keyOf(body.charCodeAt(0), body.charCodeAt(1));
    // A third letter of the word; after a two-letter word, the white space before the next one.
    const third = body.length >= 3 ? charKey(body.charCodeAt(2)) : words.length > 1 && !first.endsWith('*') ? 32 : null;
    return { keys: [key], needs: '', third };
  }
  if (words.length > 1 && !first.endsWith('*')) return { keys: [keyOf(body.charCodeAt(0), 32)], needs: '', third: null };
  return { keys: null, needs: body.toLowerCase(), third: null };
}

/**
 * One alternative of a phrase pattern: the phrase as written (its words separated by white
 * space), `source` its RegExp and `read` how the trie reads it. One object literal: made for
 * every phrase of every list at start-up, where spreading phraseStart's answer into it cost 3x more.
 */
export function alternative(phrase: string, source: string, read?: PhraseReader): Alternative {
  const { keys, needs, third } = phraseStart(phrase.trim().split(/\s+/u));
  return { keys, needs, third, source, phrase, read };
}

/** A text's word starts, and by key, built once per text and shared by every pattern. */
interface TextIndex {
  starts: number[];
  /** The key at each word start. */
  keys: number[];
  /** Word starts by key, made when a pattern of few keys first asks. */
  byKey: Map<number, number[]> | null;
  /** The text in lower case, made when first needed. */
  lower: string | null;
  /** Where each list of the phrase trie may match (matching/phrase-trie.ts), and the trie's version then. */
  tags: Int32Array | null;
  tagVersion: number;
  /** How many lists have asked about the text (counted when the asking list changes), and the last one. */
  askers: number;
  lastAsker: Engine | null;
}

/**
 * Texts indexed before the phrase trie (matching/phrase-trie.ts) is used. Building the trie of
 * every list costs about as much, in a fresh process, as searching ~2,000 texts list by list
 * (some 50 ms): a run of one notice never builds it, a run of many builds it once (lint() and
 * the pool's children at once). Either search gives the same answers.
 */
export const PHRASE_TRIE_AFTER_TEXTS = 2000;
let trieAfterTexts = PHRASE_TRIE_AFTER_TEXTS;
let textsIndexed = 0;

/**
 * Longer texts (whole blocks, a notice's text) are searched list by list: the trie reads a text
 * for every list, and these are asked about by few. On the bench corpus texts over 1,000
 * characters were 3% of the texts read by the trie but 45% of its reading.
 */
const TRIE_MAX_TEXT = 1000;

/** Sets after how many indexed texts the phrase trie is used (tests: 0 always, Infinity never). */
export function usePhraseTrieAfter(texts: number): void {
  trieAfterTexts = texts;
}

/**
 * Text indexes, kept while they pay: within one notice the same sentences are asked about again
 * and again. Two generations of up to CACHE_SIZE texts each: a text asked about again moves to
 * the newer one, and when the newer one is full the older one is dropped. So the indexes of the
 * notice being linted stay, old notices' texts go as new ones come (memory does not grow with
 * the number of files), and nobody has to say when a notice ends (the kernel used to clear
 * them before each notice). A memo of a pure function of
 * the text: which texts it holds never changes an answer.
 */
const CACHE_SIZE = 2048;
/** And up to about this many characters a generation, so that a few huge texts are not kept long. */
const CACHE_CHARS = 1 << 22;
let recent = new Map<string, TextIndex>();
let recentChars = 0;
let older = new Map<string, TextIndex>();
/** Texts a generation holds: CACHE_SIZE, or more while a notice with more texts is linted (see keepTextsOf). */
let generationSize = CACHE_SIZE;

/**
 * Says how long the text of the notice about to be linted is, so that the indexes of all its
 * texts can be kept while it is linted. The lists ask about a notice's texts one list after
 * another: when they do not all fit in the cache, every list indexes every text again (on a
 * table of 119,000 one-line rows, two thirds of the time went to that and its garbage). Real
 * notices ask about a few hundred texts (at most one per 18 characters on the 49 labelled ones
 * and ten rounds of others), which CACHE_SIZE holds; a longer one gets a generation of one text
 * per 8 characters. Keeping more than CACHE_SIZE across notices costs time (a run of 300
 * notices took 8–11% longer), so a shorter notice brings the size back, and what a longer one
 * kept is dropped then. Which texts are kept never changes an answer.
 */
export function keepTextsOf(chars: number): void {
  const size = Math.max(CACHE_SIZE, Math.ceil(chars / 8));
  if (size < generationSize && (recent.size > size || older.size > size)) {
    recent = new Map();
    older = new Map();
    recentChars = 0;
  }
  generationSize = size;
}

function remember(text: string, index: TextIndex): void {
  if (recent.size >= generationSize || recentChars >= CACHE_CHARS) {
    older = recent;
    recent = new Map();
    recentChars = 0;
  }
  recent.set(text, index);
  recentChars += text.length;
}

function textIndex(text: string): TextIndex {
  let index = recent.get(text);
  if (index) return index;
  index = older.get(text);
  if (index) {
    older.delete(text);
    remember(text, index);
    return index;
  }
  const starts: number[] = [];
  const keys: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (wordBefore(text, i)) continue;
    starts.push(i);
    keys.push(keyAt(text, i));
  }
  index = { starts, keys, byKey: null, lower: null, tags: null, tagVersion: -1, askers: 0, lastAsker: null };
  textsIndexed++;
  remember(text, index);
  return index;
}

/** The first position in a sorted list that is at least `from`. */
function firstAtLeast(list: readonly number[], from: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** One alternative of a phrase pattern: its RegExp source, where it can start, and its words for the phrase trie. */
export interface Alternative extends PhraseStart {
  source: string;
  /** The phrase as written, and how the trie reads its words (none: its list is searched without the trie). */
  phrase: string;
  read?: PhraseReader;
}

/** Letters that case-fold together with another character besides their upper and lower case. */
const EXTRA_FOLDS: Record<string, string> = { k: '\u212a', s: '\u017f', å: '\u212b', ß: '\u1e9e' };

const caseClasses = new Map<string, string>();

/** A character as a class of its cases ("e" -> "[eE]"), or itself when it has no other case. */
function casesOf(c: string): string {
  let out = caseClasses.get(c);
  if (out === undefined) {
    const lower = c.toLowerCase();
    const cases = new Set([c, ...[lower, c.toUpperCase()].filter((x) => x.length === 1), ...(EXTRA_FOLDS[lower] ?? '')]);
    out = cases.size === 1 ? c : `[${[...cases].join('')}]`;
    caseClasses.set(c, out);
  }
  return out;
}

/**
 * A pattern source with every letter outside escapes, classes and quantifiers written as a class
 * of its cases ("Eu" -> "[eE][uU]"), to compile without the `i` flag: V8 compiles a group about
 * twice as fast without it (it folds the case of every character class otherwise). Only for the
 * sources this module's callers build: escaped literal text, \s, classes without letters,
 * bounded quantifiers and (?:, (?! groups.
 */
export function caseExpanded(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      let end = i + 2;
      if (next === 'u' && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      else if (next === 'u') end = i + 6;
      else if ((next === 'p' || next === 'P') && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      out += source.slice(i, end);
      i = end - 1;
    } else if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '{') {
      const j = source.indexOf('}', i);
      out += source.slice(i, j + 1);
      i = j;
    } else if (c === '(' && source[i + 1] === '?') {
      const m = /^\(\?(?:<?[!=]|:)/u.exec(source.slice(i, i + 4));
      const len = m ? m[0].length : 2;
      out += source.slice(i, i + len);
      i += len - 1;
    } else {
      out += casesOf(c);
    }
  }
  return out;
}

/** The alternatives to try at a position, in the pattern's order, compiled on first use. */
interface Group {
  sources: string[];
  re: RegExp | null;
  /**
   * The third characters its keyed phrases can have (null: any). A word start whose third
   * character is not among them is skipped without running the group: most tries fail there.
   * (The anywhere-phrases in a group are not counted: the group is only filtered in texts
   * where they cannot match.)
   */
  third: Set<number> | null;
}

/** A pattern with at most this many start keys looks its candidates up by key; others scan the word starts. */
const FEW_KEYS = 4;
/** A text of at most this many word starts is scanned for them instead of indexed by key. */
const SCAN_STARTS = 16;

class Engine {
  /** By key: the alternatives of that key and those that can start anywhere, in order. */
  private readonly groups = new Map<number, Group>();
  /** A bit per bucket of the groups' keys: most word starts are ruled out without a Map lookup. */
  private readonly filter = new Uint8Array(4096);
  /** The alternatives that can start anywhere, alone (for the other word starts); null: none. */
  private readonly anywhere: Group | null;
  /** Texts one of which must occur for an anywhere-alternative to match ('' always occurs). */
  private readonly needs: string[];
  /** The candidates of the last text searched (a global pattern is searched many times in a row). */
  private lastText: string | null = null;
  private lastCandidates: number[] = [];
  /** The list's number in the phrase trie (-1: the trie cannot read it), asked on first search. */
  private trieId: number | undefined;
  /** Each phrase alone, anchored, for the trie's candidates. */
  private readonly phraseRes: RegExp[] = [];
  /** Exact notes answer `has` only under the `i` and `u` flags, which fold Latin-1 as the trie does. */
  private readonly exactAnswers: boolean;

  constructor(
    private readonly alternatives: readonly Alternative[],
    readonly flags: string,
  ) {
    const anywhere = alternatives.filter((a) => a.keys === null);
    this.anywhere = anywhere.length ? { sources: anywhere.map((a) => a.source), re: null, third: null } : null;
    this.needs = [...new Set(anywhere.map((a) => a.needs))];
    for (const a of alternatives) {
      for (const key of a.keys ?? []) if (!this.groups.has(key)) this.groups.set(key, { sources: [], re: null, third: new Set() });
    }
    for (const a of alternatives) {
      if (a.keys === null) {
        for (const group of this.groups.values()) group.sources.push(a.source);
        continue;
      }
      for (const key of new Set(a.keys)) {
        const group = this.groups.get(key)!;
        group.sources.push(a.source);
        if (a.third === null) group.third = null;
        else group.third?.add(a.third);
      }
    }
    for (const key of this.groups.keys()) this.filter[bucketOf(key)] = 1;
    this.exactAnswers = flags.includes('i') && flags.includes('u');
  }

  /** The same phrases for other flags. */
  withFlags(flags: string): Engine {
    return flags === this.flags ? this : new Engine(this.alternatives, flags);
  }

  private compile(sources: readonly string[]): RegExp {
    const body = `(?:${sources.join('|')})`;
    return this.flags.includes('i') ? new RegExp(caseExpanded(body), this.flags.replace('i', '')) : new RegExp(body, this.flags);
  }

  /** Whether the anywhere-alternatives can match in the text (one of their literals occurs). */
  private anywhereIn(s: string, index: TextIndex): boolean {
    if (!this.anywhere) return false;
    const lower = (index.lower ??= s.toLowerCase());
    return this.needs.some((n) => lower.includes(n));
  }

  /** The word starts whose key some phrase has, in order, from the index by key (for a pattern of few keys). */
  private fewCandidates(index: TextIndex): number[] {
    const { starts, keys } = index;
    if (starts.length <= SCAN_STARTS) {
      // A short text: its word starts read in order cost less than a Map made for it.
      const out: number[] = [];
      for (let i = 0; i < starts.length; i++) if (this.groups.has(keys[i])) out.push(starts[i]);
      return out;
    }
    if (!index.byKey) {
      index.byKey = new Map();
      for (let i = 0; i < index.starts.length; i++) {
        const list = index.byKey.get(index.keys[i]);
        if (list) list.push(index.starts[i]);
        else index.byKey.set(index.keys[i], [index.starts[i]]);
      }
    }
    const out: number[] = [];
    for (const key of this.groups.keys()) {
      const list = index.byKey.get(key);
      if (list) for (const p of list) out.push(p);
    }
    return out.length > 1 ? out.sort((x, y) => x - y) : out;
  }

  /** tryAt, unless the third character rules the group out (not for texts where anywhere-phrases can match). */
  private tryKeyed(s: string, p: number, group: Group): RegExpExecArray | null {
    if (group.third && !group.third.has(p + 2 < s.length ? charKey(s.charCodeAt(p + 2)) : -1)) return null;
    return this.tryAt(s, p, group);
  }

  private tryAt(s: string, p: number, group: Group): RegExpExecArray | null {
    // No leading boundary: every candidate is a word start. (The lookbehind made up most of
    // the cost of compiling a group.)
    const re = (group.re ??= this.compile(group.sources));
    re.lastIndex = p;
    return re.exec(s);
  }

  /**
   * Whether the phrase trie answers for this list and text: a text of up to TRIE_MAX_TEXT
   * characters that a second list asks about (a sentence is asked about by some fifty; a block
   * searched for one label is not worth reading for all), once the run has indexed enough texts
   * (see usePhraseTrieAfter).
   */
  private trieReady(s: string, index: TextIndex): boolean {
    if (index.lastAsker !== this) {
      index.lastAsker = this;
      index.askers++;
    }
    return index.askers >= 2 && s.length <= TRIE_MAX_TEXT && textsIndexed >= trieAfterTexts && (this.trieId ??= TRIE.idOf(this.alternatives)) >= 0;
  }

  /** The trie's notes on the text, made when the text is first asked about (again when lists were added since). */
  private tagsOf(s: string, index: TextIndex): Int32Array {
    if (index.tagVersion !== TRIE.version) {
      index.tags = TRIE.tag(s, index.starts, index.keys);
      index.tagVersion = TRIE.version;
    }
    return index.tags!;
  }

  /**
   * The leftmost match at or after `from` among the phrases the trie noted: at each noted word
   * start, the phrases of this list noted there, in the list's order. (The others cannot match
   * there, so the first that does is the one the whole alternation finds.)
   */
  private findNoted(s: string, tags: Int32Array, from: number): RegExpExecArray | null {
    const list = this.trieId!;
    let k = from === 0 ? 0 : firstPairFrom(tags, from);
    while (k < tags.length) {
      const p = tags[k];
      let first = -1;
      let more: number[] | null = null;
      for (; k < tags.length && tags[k] === p; k += 2) {
        const note = tags[k + 1];
        if (listOf(note) !== list) continue;
        if (first < 0) first = phraseOf(note);
        else (more ??= [first]).push(phraseOf(note));
      }
      if (first < 0) continue;
      for (const phrase of more ? more.sort((a, b) => a - b) : [first]) {
        const m = this.tryPhrase(s, p, phrase);
        if (m) return m;
      }
    }
    return null;
  }

  /** One phrase of the list, anchored at p (its RegExp compiled on first use: most never are). */
  private tryPhrase(s: string, p: number, phrase: number): RegExpExecArray | null {
    const re = (this.phraseRes[phrase] ??= this.compile([this.alternatives[phrase].source]));
    re.lastIndex = p;
    return re.exec(s);
  }

  /**
   * Whether any phrase occurs in the text. With the trie, an exact note (see phrase-trie.ts)
   * answers for a case-insensitive list without running a RegExp.
   */
  has(s: string): boolean {
    const index = textIndex(s);
    if (!this.exactAnswers || this.anywhereIn(s, index) || !this.trieReady(s, index)) return this.find(s, 0) !== null;
    const tags = this.tagsOf(s, index);
    const list = this.trieId!;
    for (let k = 0; k < tags.length; k += 2) {
      const note = tags[k + 1];
      if (listOf(note) !== list) continue;
      if (isExact(note) || this.tryPhrase(s, tags[k], phraseOf(note))) return true;
    }
    return false;
  }

  /** The leftmost match at or after `from`. */
  find(s: string, from: number): RegExpExecArray | null {
    if (from > s.length) return null;
    const index = textIndex(s);
    let found: RegExpExecArray | null = null;
    if (this.anywhereIn(s, index)) {
      // Every word start: its group, or the anywhere-alternatives alone.
      const { starts, keys } = index;
      for (let i = from === 0 ? 0 : firstAtLeast(starts, from); i < starts.length && !found; i++) {
        found = this.tryAt(s, starts[i], this.groups.get(keys[i]) ?? this.anywhere!);
      }
    } else if (this.trieReady(s, index)) {
      found = this.findNoted(s, this.tagsOf(s, index), from);
    } else if (this.groups.size <= FEW_KEYS) {
      if (this.lastText !== s) {
        this.lastCandidates = this.fewCandidates(index);
        this.lastText = s;
      }
      const list = this.lastCandidates;
      for (let i = from === 0 ? 0 : firstAtLeast(list, from); i < list.length && !found; i++) {
        const p = list[i];
        found = this.tryKeyed(s, p, this.groups.get(keyAt(s, p))!);
      }
    } else {
      // The word starts in order, stopping at the first match: no list to build or sort.
      const { starts, keys } = index;
      const filter = this.filter;
      for (let i = from === 0 ? 0 : firstAtLeast(starts, from); i < starts.length && !found; i++) {
        if (filter[bucketOf(keys[i])] === 0) continue;
        const group = this.groups.get(keys[i]);
        if (group) found = this.tryKeyed(s, starts[i], group);
      }
    }
    return found;
  }
}

/** The whole pattern of a phrase list: the leading boundary and the alternatives in order. */
function alternation(alternatives: readonly Alternative[]): string {
  return `${NOT_WORD_BEFORE}(?:${alternatives.map((a) => a.source).join('|')})`;
}

/**
 * A phrase list's pattern, shaped like a RegExp (it implements RegExp's interface, so `test`,
 * `exec`, `matchAll`, `replace`, `match`, `search` and `split` work as on any RegExp) but not
 * one. It used to subclass RegExp over an empty pattern (parsing the ~130 phrase lists whole
 * took 45 ms of every start), and then `new RegExp(pattern)`, which copies a RegExp's own
 * pattern and not its `source`, silently made a RegExp that matched everywhere. Not being a
 * RegExp, it is copied by `new RegExp` from its `source` and `flags`: a slower pattern, but the
 * same matches (`withFlags` in matching/patterns.ts keeps the fast search).
 */
export class PhraseRegExp implements RegExp {
  lastIndex = 0;
  /** The flags, in RegExp's order ("giu"). */
  readonly flags: string;
  /** The whole pattern, made when first read. */
  private fullSource: string | null;
  private readonly alternatives: readonly Alternative[] | null;
  /** The search's flags: these without `g`, anchored (`y`). */
  private readonly engineFlags: string;
  private searcher: Engine | null;
  /** The whole pattern as a RegExp, for a sticky pattern (which the search does not handle) only. */
  private readonly plain: RegExp | null;

  /**
   * With `alternatives`, the pattern is NOT_WORD_BEFORE and their alternation (`pattern` is
   * ignored). Called with another PhraseRegExp (new flags, or a copy), it shares that one's
   * search when the flags allow, so nothing is compiled again.
   */
  constructor(pattern: string | RegExp, flags?: string, alternatives?: readonly Alternative[]) {
    const parent = pattern instanceof PhraseRegExp ? pattern : null;
    // Flags checked and put in order as RegExp does (an empty pattern costs nothing to parse).
    this.flags = new RegExp('', flags ?? (typeof pattern === 'string' ? undefined : pattern.flags)).flags;
    const searchable = !this.flags.includes('y') && (alternatives !== undefined || parent?.alternatives != null);
    this.fullSource = searchable ? null : alternatives ? alternation(alternatives) : typeof pattern === 'string' ? pattern : pattern.source;
    this.alternatives = searchable ? (alternatives ?? parent!.alternatives) : null;
    this.plain = searchable ? null : new RegExp(this.fullSource!, this.flags);
    this.engineFlags = this.flags.replace('g', '') + 'y';
    this.searcher = searchable && parent?.searcher ? parent.searcher.withFlags(this.engineFlags) : null;
    // Lists are added to the phrase trie in bulk, before the first text is read.
    if (alternatives && searchable) TRIE.announce(alternatives);
  }

  get source(): string {
    this.fullSource ??= alternation(this.alternatives!);
    return this.fullSource;
  }

  get global(): boolean {
    return this.flags.includes('g');
  }
  get ignoreCase(): boolean {
    return this.flags.includes('i');
  }
  get multiline(): boolean {
    return this.flags.includes('m');
  }
  get sticky(): boolean {
    return this.flags.includes('y');
  }
  get unicode(): boolean {
    return this.flags.includes('u');
  }
  get dotAll(): boolean {
    return this.flags.includes('s');
  }
  get hasIndices(): boolean {
    return this.flags.includes('d');
  }

  compile(): this {
    throw new TypeError('a phrase pattern cannot be compiled again');
  }

  toString(): string {
    return `/${this.source}/${this.flags}`;
  }

  /** The search, built on first use (most patterns of a run never see most texts). */
  private get engine(): Engine | null {
    if (!this.searcher && this.alternatives) this.searcher = new Engine(this.alternatives, this.engineFlags);
    return this.searcher;
  }

  /** Runs a method of the sticky pattern's RegExp with this pattern's lastIndex. */
  private onPlain<T>(run: (re: RegExp) => T): T {
    const re = this.plain!;
    re.lastIndex = this.lastIndex;
    const out = run(re);
    this.lastIndex = re.lastIndex;
    return out;
  }

  /** Whether any phrase occurs in the text (lastIndex neither read nor set). */
  has(text: string): boolean {
    const engine = this.engine;
    if (engine) return engine.has(String(text));
    const re = this.plain!;
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  }

  /** test() of a pattern that is neither global nor sticky needs no match: `has` answers. */
  test(text: string): boolean {
    if (!this.engine) return this.onPlain((re) => re.test(text));
    return this.global ? this.exec(text) !== null : this.engine.has(String(text));
  }

  exec(text: string): RegExpExecArray | null {
    const engine = this.engine;
    if (!engine) return this.onPlain((re) => re.exec(text));
    const m = engine.find(String(text), this.global ? this.lastIndex : 0);
    if (this.global) this.lastIndex = m ? m.index + m[0].length : 0;
    return m;
  }

  /**
   * matchAll without the copy of the pattern the standard method makes for every call (and
   * without touching this pattern's lastIndex, like the standard one).
   */
  *[Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    const engine = this.engine;
    if (!engine) {
      this.plain!.lastIndex = this.lastIndex;
      yield* this.plain![Symbol.matchAll](text);
      return;
    }
    const s = String(text);
    let from = this.lastIndex;
    for (;;) {
      const m = engine.find(s, from);
      if (!m) return;
      yield m;
      from = m.index + Math.max(m[0].length, 1);
    }
  }

  // RegExp's own algorithms, which read `flags` and `lastIndex` and call `exec`, as on a subclass.
  [Symbol.match](text: string): RegExpMatchArray | null {
    return RegExp.prototype[Symbol.match].call(this, text);
  }

  [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    return (RegExp.prototype[Symbol.replace] as (this: unknown, s: string, r: typeof replacement) => string).call(this, text, replacement);
  }

  [Symbol.search](text: string): number {
    return RegExp.prototype[Symbol.search].call(this, text);
  }

  /** Split by a RegExp copy of the whole pattern (RegExp's algorithm makes a sticky copy). */
  [Symbol.split](text: string, limit?: number): string[] {
    return RegExp.prototype[Symbol.split].call(this, text, limit);
  }
}
