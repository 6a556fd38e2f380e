/**
 * Every phrase list of the run in one trie, so that a text is read once for all of them.
 *
 * The item analysis asks ~1,200 phrase questions of each notice, about fifty of each sentence.
 * Searched list by list, every question visited the sentence's word starts again. Here each
 * text is walked once, from each word start, through one trie of the words of every phrase of
 * every list; the walk notes where each phrase may begin. A phrase question is then a scan of
 * those notes (matching/phrase-regexp.ts), and only the noted phrases are tried with their RegExp,
 * which decides the match.
 *
 * The trie may say "may match" where the RegExp does not (it folds case more widely, lets a
 * stem run over punctuation, stops reading at a gap or a compound word); it never says "no"
 * where the RegExp matches. Where it read only what it reads exactly (Latin-1 text and
 * phrases, no stem run over, no gap, a known word boundary) its note is marked exact: a
 * case-insensitive question "does any phrase occur" needs no RegExp then.
 */
import { EITHER, fold, isSpace, keyOf, NOT_WORD, wordCharAt } from './chars.js';

/**
 * A word of a phrase as the trie reads it: literal text, and whether any letters may follow it.
 * null stands for what the trie does not follow (a gap, a compound word): from there on,
 * anything may match.
 */
export type PhraseWord = { text: string; stem: boolean } | null;

/** Reads a phrase's words: undefined for a phrase the trie cannot read. */
export type PhraseReader = (phrase: string) => PhraseWord[] | undefined;

/**
 * The words of a phrase the trie can read, else undefined. Its walk starts with the first
 * word's first character, so that word must be read (not a gap or a compound word) and not be
 * empty; it folds case code unit by code unit, so no astral characters (they fold as pairs).
 */
function readWords(p: TriePhrase): readonly PhraseWord[] | undefined {
  if (!p.read || /[\ud800-\udfff]/u.test(p.phrase)) return undefined;
  const words = p.read(p.phrase);
  return words && words[0] !== null && words[0].text !== '' ? words : undefined;
}

/**
 * A note of the walk, with the word start before it: (list << 17) | (phrase << 1) | exact, the
 * phrase being its place in its list. Lists are fewer than 4,096 and phrases 65,536.
 */
export const listOf = (note: number): number => note >>> 17;
export const phraseOf = (note: number): number => (note >>> 1) & 0xffff;
export const isExact = (note: number): boolean => (note & 1) === 1;

/**
 * A phrase in the trie's nodes: its note when the text read was Latin-1. Exact only when all
 * its characters are Latin-1 (where `fold` and the `iu` flags agree) and no stem of it is
 * followed by another word (the walk lets those run over punctuation).
 */
function phraseNote(list: number, phrase: number, words: readonly PhraseWord[]): number {
  const exact = words.every((w, i) => w !== null && !/[^\u0000-\u00ff]/u.test(w.text) && (!w.stem || i === words.length - 1));
  return (list << 17) | (phrase << 1) | (exact ? 1 : 0);
}

/** A node while lists are added: the walk reads the frozen form below. */
interface TrieNode {
  id: number;
  /** The next characters of phrase words (folded code units) and their nodes. */
  next: Map<number, TrieNode> | null;
  /** Phrases that end here, if no letter or digit follows. */
  end: number[] | null;
  /** Phrases that match here whatever follows (a stem: its tail may be empty). */
  any: number[] | null;
  /** Phrases that may match here: the trie reads no further (a gap, a compound word follows). */
  loose: number[] | null;
  /** After a whole word and white space: the next word. */
  space: TrieNode | null;
  /** After a stem, the rest of its word (up to 40 characters) and white space: the next word. */
  stemSpace: TrieNode | null;
}

/** The nodes in the order made: a node's number is its place here. */
type Nodes = TrieNode[];

function node(nodes: Nodes): TrieNode {
  const made: TrieNode = { id: nodes.length, next: null, end: null, any: null, loose: null, space: null, stemSpace: null };
  nodes.push(made);
  return made;
}

/**
 * The trie as numbered nodes in typed arrays, for the walk: following objects and Maps cost
 * ~130 ns a character, most of the time of reading a text.
 */
interface Frozen {
  /** Node n's next characters are kidChars[kidStart[n] .. kidStart[n + 1]), ascending, to kidNodes. */
  kidStart: Int32Array;
  kidChars: Uint16Array;
  kidNodes: Int32Array;
  /** ANY, END, LOOSE, SPACE and STEM bits. */
  flags: Uint8Array;
  spaceTo: Int32Array;
  stemTo: Int32Array;
  anyNotes: (readonly number[] | null)[];
  endNotes: (readonly number[] | null)[];
  looseNotes: (readonly number[] | null)[];
  /**
   * Where a walk from a word start begins, by the key of its first two characters (chars.ts's
   * keyOf): node * 4 + how many characters it has read (2, or 1 when the second is white space,
   * after a one-letter word). A word start whose key is not here begins no phrase; most are
   * ruled out by `filter` first.
   */
  entries: Map<number, number>;
  filter: Uint8Array;
  /**
   * First characters after which something may already match or skip ahead (a one-letter word
   * before a gap, "a .."; none in the phrase lists of today): words starting with them are
   * walked from the root.
   */
  shallow: Set<number>;
}

const ANY = 1;
const END = 2;
const LOOSE = 4;
const SPACE = 8;
const STEM = 16;

function freeze(nodes: Nodes): Frozen {
  const count = nodes.length;
  const kidStart = new Int32Array(count + 1);
  let edges = 0;
  for (let n = 0; n < count; n++) edges += nodes[n].next?.size ?? 0;
  const kidChars = new Uint16Array(edges);
  const kidNodes = new Int32Array(edges);
  const flags = new Uint8Array(count);
  const spaceTo = new Int32Array(count);
  const stemTo = new Int32Array(count);
  const anyNotes: (readonly number[] | null)[] = [];
  const endNotes: (readonly number[] | null)[] = [];
  const looseNotes: (readonly number[] | null)[] = [];
  let e = 0;
  for (let n = 0; n < count; n++) {
    const at = nodes[n];
    kidStart[n] = e;
    if (at.next) {
      const first = e;
      for (const [c, child] of at.next) {
        // Insertion sort: most nodes have one or two next characters.
        let k = e++;
        while (k > first && kidChars[k - 1] > c) {
          kidChars[k] = kidChars[k - 1];
          kidNodes[k] = kidNodes[k - 1];
          k--;
        }
        kidChars[k] = c;
        kidNodes[k] = child.id;
      }
    }
    anyNotes.push(at.any);
    endNotes.push(at.end);
    looseNotes.push(at.loose);
    if (at.any) flags[n] |= ANY;
    if (at.end) flags[n] |= END;
    if (at.loose) flags[n] |= LOOSE;
    if (at.space) (flags[n] |= SPACE), (spaceTo[n] = at.space.id);
    if (at.stemSpace) (flags[n] |= STEM), (stemTo[n] = at.stemSpace.id);
  }
  kidStart[count] = e;

  const root = nodes[0];
  const entries = new Map<number, number>();
  const filter = new Uint8Array(4096);
  const enter = (key: number, at: TrieNode, depth: number) => {
    entries.set(key, at.id * 4 + depth);
    filter[bucketOf(key)] = 1;
  };
  // Every phrase begins with a character (readWords): nothing matches at the root itself.
  const shallow = new Set<number>();
  for (const [c1, first] of root.next ?? []) {
    if (first.any || first.end || first.loose || first.stemSpace) shallow.add(c1);
    if (first.space) enter(keyOf(c1, 32), first, 1);
    for (const [c2, second] of first.next ?? []) enter(keyOf(c1, c2), second, 2);
  }
  return { kidStart, kidChars, kidNodes, flags, spaceTo, stemTo, anyNotes, endNotes, looseNotes, entries, filter, shallow };
}

/** What a stem may add before the white space that ends it (the RegExps' `{0,40}`). */
const STEM_TAIL = 40;
/** More lists than any run has: a program that made lists per call would stop adding them here. */
const MAX_LISTS = 4096;
/** A note numbers a phrase in 16 bits: a longer list is searched without the trie. */
const MAX_PHRASES = 65536;

/** One phrase of a list, read when the list is added to the trie. */
export interface TriePhrase {
  /** Where the phrase can start: null for one that can start anywhere (not in the trie). */
  keys: readonly number[] | null;
  /** The phrase as written in its list, and how to read its words (none: the trie cannot read it). */
  phrase: string;
  read?: PhraseReader;
}

export class PhraseTrie {
  private readonly nodes: Nodes = [];
  private readonly root = node(this.nodes);
  private frozen: Frozen | null = null;
  private readonly ids = new WeakMap<readonly TriePhrase[], number>();
  private pending: (readonly TriePhrase[])[] = [];
  private lists = 0;
  /** Grows whenever lists are added: texts read before must be read again. */
  version = 0;

  /** Notes a list to add before the next text is read (lists are made at module load, in bulk). */
  announce(list: readonly TriePhrase[]): void {
    if (!this.ids.has(list)) this.pending.push(list);
  }

  /** The list's number in the trie, or -1 when the trie cannot read one of its phrases. */
  idOf(list: readonly TriePhrase[]): number {
    let id = this.ids.get(list);
    if (id === undefined) {
      this.pending.push(list);
      this.addPending();
      id = this.ids.get(list)!;
    }
    return id;
  }

  private addPending(): void {
    if (this.pending.length === 0) return;
    for (const list of this.pending) {
      if (this.ids.has(list)) continue;
      const words = list.map((p) => (p.keys === null ? null : readWords(p)));
      if (this.lists >= MAX_LISTS || list.length > MAX_PHRASES || words.includes(undefined)) {
        this.ids.set(list, -1);
        continue;
      }
      const id = this.lists++;
      this.ids.set(list, id);
      words.forEach((w, phrase) => w && this.insert(w, phraseNote(id, phrase, w)));
    }
    this.pending = [];
    this.version++;
    this.frozen = null;
  }

  private insert(words: readonly PhraseWord[], note: number): void {
    let at = this.root;
    for (let w = 0; w < words.length; w++) {
      // Not null: the first word is read (readWords), and a null word ends the loop before it.
      const word = words[w]!;
      for (let i = 0; i < word.text.length; i++) {
        const c = fold(word.text.charCodeAt(i));
        at.next ??= new Map();
        let child = at.next.get(c);
        if (!child) at.next.set(c, (child = node(this.nodes)));
        at = child;
      }
      if (w === words.length - 1) {
        (word.stem ? (at.any ??= []) : (at.end ??= [])).push(note);
        return;
      }
      // Before a gap or a compound word the RegExp may go on without white space ("foo .." matches
      // "foo."): the phrase may match once the word is read.
      if (words[w + 1] === null) {
        (at.loose ??= []).push(note);
        return;
      }
      at = word.stem ? (at.stemSpace ??= node(this.nodes)) : (at.space ??= node(this.nodes));
    }
  }

  /**
   * Where phrases may begin: pairs of (word start, note: see listOf, phraseOf, isExact), in
   * order of the word starts (see `firstPairFrom`). Reads the text once from every word start
   * (`keys`: the key of each, see chars.ts's keyAt); the lists announced so far are added first.
   */
  tag(text: string, starts: readonly number[], keys: readonly number[]): Int32Array {
    this.addPending();
    const t = (this.frozen ??= freeze(this.nodes));
    const { filter, entries, shallow } = t;
    found = 0;
    for (let k = 0; k < starts.length; k++) {
      const p = starts[k];
      if (shallow.size !== 0 && shallow.has(fold(text.charCodeAt(p)))) {
        walk(t, text, p, p, 0, true);
        continue;
      }
      if (filter[bucketOf(keys[k])] === 0) continue;
      const entry = entries.get(keys[k]);
      if (entry === undefined) continue;
      const depth = entry & 3;
      const latin1 = text.charCodeAt(p) < 0x100 && (depth === 1 || text.charCodeAt(p + 1) < 0x100);
      walk(t, text, p, p + depth, entry >>> 2, latin1);
    }
    return pairs.slice(0, found);
  }
}

/** The first pair of `tag`'s answer whose word start is at least `from`. */
export function firstPairFrom(tags: Int32Array, from: number): number {
  let lo = 0;
  let hi = tags.length >>> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tags[mid * 2] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

// The answer being made: pairs of (word start, note).
let pairs = new Int32Array(1024);
let found = 0;

/** A key's bucket in a 4,096-bit filter of keys (first and second character mixed). */
export const bucketOf = (key: number): number => (((key >>> 16) * 31) + (key & 0xffff)) & 4095;

/** Notes that the phrases may match from `start`; surely (for the exact ones) when `latin1`. */
function note(notes: readonly number[], start: number, latin1: boolean): void {
  for (let k = 0; k < notes.length; k++) {
    if (found === pairs.length) {
      const more = new Int32Array(pairs.length * 2);
      more.set(pairs);
      pairs = more;
    }
    pairs[found++] = start;
    pairs[found++] = latin1 ? notes[k] : notes[k] & ~1;
  }
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Follows the trie from node `at` reading the text from `i`, noting the phrases that may match
 * from `start`. `latin1`: every character read so far was Latin-1.
 */
function walk(t: Frozen, text: string, start: number, i: number, at: number, latin1: boolean): void {
  const n = text.length;
  const { kidStart, kidChars, kidNodes, flags } = t;
  for (;;) {
    const f = flags[at];
    if (f !== 0) {
      if (f & ANY) note(t.anyNotes[at]!, start, latin1);
      if (f & END) {
        const after = wordCharAt(text, i);
        if (after === NOT_WORD) note(t.endNotes[at]!, start, latin1);
        else if (after === EITHER) note(t.endNotes[at]!, start, false);
      }
      if (f & LOOSE) note(t.looseNotes[at]!, start, false);
      if (f & SPACE && i < n && isSpace(text.charCodeAt(i))) walk(t, text, start, skipSpaces(text, i), t.spaceTo[at], latin1);
      if (f & STEM) {
        let j = i;
        const stop = Math.min(n, i + STEM_TAIL + 1);
        while (j < stop && !isSpace(text.charCodeAt(j))) j++;
        if (j < n && isSpace(text.charCodeAt(j))) walk(t, text, start, skipSpaces(text, j), t.stemTo[at], latin1);
      }
    }
    if (i >= n) return;
    let lo = kidStart[at];
    let hi = kidStart[at + 1];
    if (lo === hi) return;
    const code = text.charCodeAt(i);
    const c = fold(code);
    while (hi - lo > 8) {
      const mid = (lo + hi) >>> 1;
      if (kidChars[mid] < c) lo = mid + 1;
      else hi = mid;
    }
    while (lo < hi && kidChars[lo] < c) lo++;
    if (lo === kidStart[at + 1] || kidChars[lo] !== c) return;
    at = kidNodes[lo];
    if (code >= 0x100) latin1 = false;
    i++;
  }
}

/** The trie of every phrase list of the run. */
export const TRIE = new PhraseTrie();
