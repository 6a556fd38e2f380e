/**
 * PhraseRegExp must find exactly what the plain RegExp of the same source finds: same index,
 * same text, for test, exec (global and not), matchAll and replace. Checked on hand-made
 * cases, on every project notice and seed with the real phrase lists, and on random text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePhrases } from '../../src/items/compile.js';
import { commonPhrases, consentPhrases, datePhrases, itemPhrases, LANGS, outdatedPhrases, transferPhrases, vaguePhrases } from '../../src/lang/index.js';
import { caseExpanded, PHRASE_TRIE_AFTER_TEXTS, PhraseRegExp, usePhraseTrieAfter } from '../../src/matching/phrase-regexp.js';
import { phrasePattern } from '../../src/matching/patterns.js';
import { NO_SHARED, ROOT, SEEDS, readSeed } from '../helpers.js';

/** Every match of a pattern as "index:text", found with the pattern's own exec loop. */
function allMatches(re: RegExp, text: string): string[] {
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g');
  return [...text.matchAll(g)].map((m) => `${m.index}:${m[0]}`);
}

/** Every string in a vocabulary object, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

function plain(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

function expectSame(re: RegExp, text: string): void {
  const p = plain(re);
  expect(re).toBeInstanceOf(PhraseRegExp);
  expect(re.test(text)).toBe(p.test(text));
  re.lastIndex = 0;
  p.lastIndex = 0;
  expect(re.exec(text)?.index ?? null).toBe(p.exec(text)?.index ?? null);
  re.lastIndex = 0;
  p.lastIndex = 0;
  if (re.global) {
    expect([...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`)).toEqual(allMatches(p, text));
    expect(text.replace(re, '<$&>')).toBe(text.replace(p, '<$&>'));
  }
}

const LIST = ['tietosuoja*', 'EU:n ulkopuolelle', 'U.S.', 'i EU', 'a', '*sopimu*', 'Google Analytics', 'tiedot', 'tie', 'in the USA', 'EU alue*', 'of the', 'ti*', 'tiK'];

// Both searches: list by list (a run's first texts), and with the phrase trie (the texts after).
for (const [search, after] of [['list by list', Infinity], ['with the phrase trie', 0]] as const) describe(`PhraseRegExp, ${search}`, () => {
  beforeAll(() => usePhraseTrieAfter(after));
  afterAll(() => usePhraseTrieAfter(PHRASE_TRIE_AFTER_TEXTS));

  it('finds what the plain RegExp finds in hand-made cases', () => {
    const pattern = phrasePattern(LIST);
    const items = compilePhrases(['*sopimu*', 'käsittelyn peruste*', 'i EU', 'siirtää .. toiseen', 'v']);
    const texts = [
      '',
      'Tietosuojaseloste ja TIETOSUOJA-asiat.',
      'Tiedot siirretään EU:n ulkopuolelle, esim. U.S. ja i\tEU och i  EU.',
      'työsopimuksen ja matkasopimukseen perusteella; a b c, a.',
      'xtietosuoja (ei sanan alussa) _tietosuoja 9tietosuoja',
      'Google\u00a0Analytics, google analytics, GoogleAnalytics',
      'Käsittelyn perusteena on sopimus. Siirtää tiedot järjestelmästä toiseen. v.',
      'tie tiedot tiedotus',
      '𝒜tietosuoja ja éi',
    ];
    for (const text of texts) {
      expectSame(pattern, text);
      expectSame(items, text);
    }
  });

  it('writes letters as classes of their cases, leaving escapes, classes and quantifiers alone', () => {
    expect(caseExpanded('EU:n\\s+ulko(?![^\\s!-/\\u00a0-\\u00bf]){0,40}')).toBe('[Ee][Uu]:[nN]\\s+[uU][lL][kK\u212a][oO](?![^\\s!-/\\u00a0-\\u00bf]){0,40}');
    expect(caseExpanded('(?:Å|ß|1)')).toBe('(?:[Åå\u212b]|[ßẞ]|1)');
    expect(caseExpanded('(?<!x)')).toBe('(?<![xX])');
  });

  it('reports `source` as the whole pattern and keeps it through withFlags and copies', () => {
    const re = phrasePattern(['tietosuoja*', 'EU']);
    expect(re.source).toContain('tietosuoja');
    expect(new PhraseRegExp(re, 'iu').source).toBe(re.source);
    expect(String(re)).toBe(`/${re.source}/${re.flags}`);
  });

  it('keeps lastIndex semantics of global patterns', () => {
    const re = phrasePattern(['tietosuoja*']);
    const text = 'tietosuoja x tietosuojaseloste';
    expect(re.exec(text)?.index).toBe(0);
    expect(re.lastIndex).toBe(10);
    expect(re.exec(text)?.index).toBe(13);
    expect(re.exec(text)).toBeNull();
    expect(re.lastIndex).toBe(0);
    re.lastIndex = 5;
    expect([...text.matchAll(re)].map((m) => m.index)).toEqual([13]);
    expect(re.lastIndex).toBe(5);
  });

  it('agrees with the plain RegExp on every notice and seed, for every item phrase list', () => {
    const dirs = ['fixtures/corpus', 'fixtures/blind', 'fixtures/blind2', 'examples'].map((d) => join(ROOT, d));
    const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md|html)$/u.test(f)).map((f) => readFileSync(join(d, f), 'utf8')));
    if (!NO_SHARED) texts.push(...Object.values(SEEDS).map(readSeed)); // the seeds when ../shared is beside the project
    const lists = LANGS.flatMap((l) => [itemPhrases[l].personalData, itemPhrases[l].basis.contract, itemPhrases[l].retention.words, itemPhrases[l].negation]);
    const patterns = [compilePhrases(lists.flat()), phrasePattern(LANGS.flatMap((l) => itemPhrases[l].cookies))];
    for (const re of patterns) {
      const g = new PhraseRegExp(re, 'giu');
      for (const text of texts) expect(allMatches(g, text)).toEqual(allMatches(plain(g), text));
    }
  });

  it('agrees with the plain RegExp on every notice and seed, for every phrase vocabulary', () => {
    // All the phrase lists of every vocabulary, in both grammars (item phrases and literal
    // phrases), one pattern per vocabulary and language: every list is in the phrase trie at once.
    const texts = ['fixtures/corpus', 'examples'].flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.(txt|md|html)$/u.test(f)).map((f) => readFileSync(join(ROOT, d, f), 'utf8')));
    if (!NO_SHARED) texts.push(...Object.values(SEEDS).map(readSeed)); // the seeds when ../shared is beside the project
    const lines = texts.flatMap((t) => t.split('\n')).filter((l) => l.trim() !== '');
    const vocabularies = { commonPhrases, outdatedPhrases, itemPhrases, consentPhrases, datePhrases, transferPhrases, vaguePhrases };
    let patterns = 0;
    for (const vocabulary of Object.values(vocabularies)) {
      for (const lang of LANGS) {
        const phrases = stringsIn((vocabulary as Record<string, unknown>)[lang]);
        if (phrases.length === 0) continue;
        for (const re of [new PhraseRegExp(compilePhrases(phrases), 'giu'), phrasePattern(phrases)]) {
          patterns++;
          for (const text of texts) expect(allMatches(re, text)).toEqual(allMatches(plain(re), text));
          // test() line by line, where a list occurs in some lines and not in others.
          const once = new PhraseRegExp(re, 'iu');
          const plainOnce = plain(once);
          for (const line of lines) expect(once.test(line)).toBe(plainOnce.test(line));
        }
      }
    }
    expect(patterns).toBeGreaterThanOrEqual(30);
  });

  it('agrees with the plain RegExp on random text', () => {
    const words = ['tietosuoja', 'Tiedot', 'i', 'EU', 'U.S.', 'sopimus', 'työsopimuksen', 'a', 'Google', 'Analytics', 'tie', 'ja', ',', '.', '\n', '\t', 'alue', 'alueella', 'of', 'the', 'ti', 'TIK', 'ti\u212a', 'EU\u00a0alue', 'siirtää', 'toiseen', 'poistamme', 'poist-', 'tietoja', 'alueelle', 'työsopimus', 'ulkopuolelle', 'EU:n', 'tiedot.', 'x'.repeat(45), 'poist' + 'a'.repeat(40), 'poist' + 'a'.repeat(41), 'tie-alue'];
    const re = phrasePattern(LIST);
    const keyed = phrasePattern(LIST.filter((p) => p !== 'a' && !p.startsWith('*')));
    // Item grammar: stems inside a phrase, gaps, compound words, a gap at the end.
    const items = new PhraseRegExp(compilePhrases(['siirtää .. toiseen', 'poist* tiedot', 'tie* alue*', 'i EU', 'tiedot ..', 'EU *sopimu*', 'ti', 'EU:n ulkopuolelle']), 'giu');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 4 })), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(allMatches(re, text)).toEqual(allMatches(plain(re), text));
        expect(allMatches(keyed, text)).toEqual(allMatches(plain(keyed), text));
        expect(allMatches(items, text)).toEqual(allMatches(plain(items), text));
        for (const once of [new PhraseRegExp(items, 'iu'), new PhraseRegExp(re, 'iu')]) expect(once.test(text)).toBe(plain(once).test(text));
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
