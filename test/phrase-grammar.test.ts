/** The one phrase grammar (src/matching/phrase-grammar.ts): what each form finds, in every pattern that uses it. */
import { describe, expect, it } from 'vitest';
import { compilePhrases } from '../src/items/compile.js';
import { phrasePattern } from '../src/matching/patterns.js';
import { keepTextsOf, PHRASE_TRIE_AFTER_TEXTS, usePhraseTrieAfter } from '../src/matching/phrase-regexp.js';

const both = (phrases: string[]) => [phrasePattern(phrases, 'iu'), compilePhrases(phrases)];

describe('the phrase grammar', () => {
  it('reads a stem inside a phrase, in rule lists and item lists alike', () => {
    for (const re of both(['sitovi* yrityssään*', 'only use* technically necessary'])) {
      expect(re.test('sitovia yrityssääntöjä'), re.source).toBe(true);
      expect(re.test('We only uses technically necessary cookies'), re.source).toBe(true);
      expect(re.test('sitovi* yrityssään*'), re.source).toBe(false);
    }
  });
  it('reads a gap of up to five words and a compound head', () => {
    for (const re of both(['oikeus .. poista*', '*sopimu*'])) {
      expect(re.test('oikeus pyytää tietojensa poistamista'), re.source).toBe(true);
      expect(re.test('matkasopimukseen'), re.source).toBe(true);
      expect(re.test('oikeus a b c d e f poistaa'), re.source).toBe(false);
      expect(re.test('poistamme tiedot'), re.source).toBe(false);
    }
  });
  it('keeps whole words whole and case free', () => {
    for (const re of both(['ei', 'Art. 6(1)(f)'])) {
      expect(re.test('Tietoja EI luovuteta'), re.source).toBe(true);
      expect(re.test('heinäkuussa'), re.source).toBe(false);
      expect(re.test('GDPR art. 6(1)(f) mukaisesti'), re.source).toBe(true);
    }
  });
  it('lets a word that ends in punctuation run on, with and without the phrase trie', () => {
    try {
      for (const after of [0, Infinity]) {
        usePhraseTrieAfter(after);
        const re = phrasePattern(['art.', 'esim.'], 'iu');
        expect(re.test('GDPR Art.6(1)(f)'), String(after)).toBe(true);
        expect(re.test('esim.pankit'), String(after)).toBe(true);
        expect(re.test('party'), String(after)).toBe(false);
      }
    } finally {
      usePhraseTrieAfter(PHRASE_TRIE_AFTER_TEXTS);
    }
  });
  it('finds the same phrases in a short text (word starts read in order) and a long one (word starts by key), whatever the cache keeps', () => {
    const sentence = 'Rekisteröidyllä on oikeus vaatia tietojensa poistamista ja oikeus tarkastaa tietonsa.';
    const long = Array.from({ length: 6 }, () => sentence).join(' ');
    try {
      usePhraseTrieAfter(Infinity);
      for (const chars of [0, 10_000_000, 0]) {
        keepTextsOf(chars);
        const re = phrasePattern(['oikeus .. poista*', 'tarkasta*'], 'giu');
        expect([...sentence.matchAll(re)].map((m) => m.index), String(chars)).toEqual([19, 66]);
        expect([...long.matchAll(re)].length, String(chars)).toBe(12);
        expect(re.test('Oikeus poistaa'), String(chars)).toBe(true);
      }
    } finally {
      usePhraseTrieAfter(PHRASE_TRIE_AFTER_TEXTS);
      keepTextsOf(0);
    }
  });
});
