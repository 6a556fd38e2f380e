/**
 * A phrase pattern is shaped like a RegExp but is not one: copied with new RegExp(pattern) or
 * given to the string methods, it finds what it finds itself. (That it finds what the plain
 * RegExp finds, on every notice and every vocabulary, is checked in the stress tier:
 * test/stress/phrase-regexp.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { phrasePattern } from '../src/matching/patterns.js';
import { PhraseRegExp } from '../src/matching/phrase-regexp.js';

describe('a phrase pattern copied or used as a RegExp', () => {
  const pattern = phrasePattern(['tietosuoja*', 'Google Analytics', 'in the USA']);
  const text = 'We use Google Analytics. Data stays in the EU, not in the USA.';

  it('is not a RegExp subclass whose own pattern is empty: new RegExp(pattern) finds the same phrases', () => {
    expect(pattern).not.toBeInstanceOf(RegExp);
    for (const copy of [new RegExp(pattern), new RegExp(pattern, 'giu'), RegExp(pattern)]) {
      expect(copy.source).toBe(pattern.source);
      expect(copy.test('Nothing to see here.')).toBe(false);
      expect([...text.matchAll(new RegExp(copy.source, 'giu'))].map((m) => m[0])).toEqual(['Google Analytics', 'in the USA']);
    }
    expect(new RegExp(pattern).flags).toBe('giu');
  });

  it('works with the string methods that take a RegExp', () => {
    expect(text.replace(pattern, '<$&>')).toBe('We use <Google Analytics>. Data stays in the EU, not <in the USA>.');
    expect(text.replaceAll(pattern, 'X')).toBe('We use X. Data stays in the EU, not X.');
    expect(text.match(pattern)).toEqual(['Google Analytics', 'in the USA']);
    expect(text.search(pattern)).toBe(7);
    expect(text.split(pattern)).toEqual(['We use ', '. Data stays in the EU, not ', '.']);
    expect(String(pattern)).toBe(`/${pattern.source}/giu`);
    expect(() => text.matchAll(new PhraseRegExp(pattern, 'iu'))).toThrow(TypeError);
  });
});
