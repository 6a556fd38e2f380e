/**
 * stale-authority-contact on notices written for these tests: any number given as the
 * authority's fax is outdated (the office lists no fax), whatever its digits; a fax in the
 * controller's own details above the authority is not the authority's.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function stale(text: string): string[] {
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'stale-authority-contact').map((m) => `${m.line}: ${m.message.split(' is ')[0]}`);
}

describe('stale-authority-contact: a fax under the authority', () => {
  it('a fax number in an old area-code form, under the authority, is outdated', () => {
    const text = '# Tietosuojaseloste\n\n## Valitusoikeus\n\nTietosuojavaltuutetun toimisto\n\nLintulahdenkuja 4, 00530 Helsinki\n\nTelefaksi: (09) 1234 567\n';
    expect(stale(text)).toEqual(['9: (09) 1234 567']);
  });
  it("the controller's fax above the authority is not the authority's", () => {
    const text = '# Tietosuojaseloste\n\nRekisterinpitäjä: Puutarha Oy, Kauppakatu 2, 00100 Helsinki, faksi 09 765 4321.\n\n## Valitusoikeus\n\nVoit valittaa tietosuojavaltuutetulle.\n';
    expect(stale(text)).toEqual([]);
  });
});
