import { describe, expect, it } from 'vitest';
import { isFurniture } from '../src/analysis/furniture.js';

describe('page furniture: one check for leftover-artifact and the completeness analysis', () => {
  it('reads a menu or button phrase with arrows, bars, bullets or odd spacing around or inside it', () => {
    for (const line of ['Scroll to top', '↑ Scroll to Top', '» Takaisin ylös', 'Scroll\u00a0to  top', '| Hoppa till innehåll |', '(Back to top)', '  back to top.  ']) {
      expect(isFurniture(line), line).toBe(true);
    }
  });
  it('does not read a sentence that merely contains such words', () => {
    for (const line of ['Scroll to top to read the summary.', 'We keep your data until you ask us to delete it.', '', '↑↑↑']) {
      expect(isFurniture(line), line).toBe(false);
    }
  });
  it('gives up at once on a long line (bounded work for hostile input)', () => {
    expect(isFurniture(`${'-'.repeat(100_000)}x`)).toBe(false);
  });
});
