import { describe, expect, it } from 'vitest';
import { derivedKey, getCached } from '../src/model/derived.js';
import { parseNotice } from '../src/parse/notice.js';
import { sentences } from '../src/model/sentences.js';

describe('the per-notice store of derived values', () => {
  it('computes a value once per notice and keeps each notice its own', () => {
    const key = derivedKey<string>('first block');
    const a = parseNotice('# Privacy notice\n\nExample Ltd is the controller.\n', 'markdown');
    const b = parseNotice('# Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki Oy.\n', 'markdown');
    const asked: string[] = [];
    const firstBlock = (n: typeof a) => {
      asked.push(n.blocks[0].text);
      return n.blocks[0].text;
    };
    expect(getCached(a, key, firstBlock)).toBe('Privacy notice');
    expect(getCached(a, key, firstBlock)).toBe('Privacy notice');
    expect(getCached(b, key, firstBlock)).toBe('Tietosuojaseloste');
    expect(asked).toEqual(['Privacy notice', 'Tietosuojaseloste']);
  });

  it('keeps a computed null or undefined instead of computing it again', () => {
    const key = derivedKey<null>('nothing');
    const notice = parseNotice('Text.\n', 'text');
    let calls = 0;
    getCached(notice, key, () => (calls++, null));
    getCached(notice, key, () => (calls++, null));
    expect(calls).toBe(1);
  });

  it('leaves the notice plain data: its JSON and keys are the same after derived values are stored', () => {
    const notice = parseNotice('# Privacy notice\n\nExample Ltd is the controller. We keep data for a year.\n', 'markdown');
    const keys = Object.keys(notice);
    const { lines: _lines, ...data } = notice;
    const before = JSON.stringify(data);
    expect(sentences(notice).map((s) => s.text)).toEqual(['Privacy notice', 'Example Ltd is the controller.', 'We keep data for a year.']);
    expect(Object.keys(notice)).toEqual(keys);
    expect(JSON.stringify(data)).toBe(before);
  });
});
