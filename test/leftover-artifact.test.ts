/**
 * leftover-artifact on sentences written for these tests: sample text, share and print buttons,
 * and a template's note to whoever fills it in, in each language.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function leftovers(...paragraphs: string[]): number[] {
  const text = `# Notice\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'leftover-artifact').map((m) => m.line);
}

describe('leftover-artifact', () => {
  const found: string[][] = [
    ['Yhteyshenkilö: Matti Meikäläinen, puh. 040 000 0000.'],
    ['Päivitetty pp.kk.vvvv.'],
    ['Last updated: DD.MM.YYYY'],
    ['Contact person: John Doe.'],
    ['Käsittelemme tietoja.', 'Tulosta sivu'],
    ['Vi behandlar uppgifter.', 'Dela på Facebook'],
    ['We process data.', 'Share on LinkedIn'],
    ['Tämä on malliseloste: muokkaa se vastaamaan omaa toimintaasi.'],
  ];
  for (const paragraphs of found) it(`reports: ${paragraphs.join(' / ')}`, () => expect(leftovers(...paragraphs)).toEqual([1 + 2 * paragraphs.length]));

  it('finished text that mentions sharing or printing is no leftover', () => {
    expect(leftovers('We share data with our accounting firm.', 'You may print this notice for your records.')).toEqual([]);
  });
});
