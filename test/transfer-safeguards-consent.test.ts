/**
 * transfer-safeguards on notices written for these tests: consent said in the same sentence as a
 * transfer outside the EU/EEA is the Art. 49(1)(a) derogation; consent elsewhere is not.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function safeguards(...paragraphs: string[]): number[] {
  const text = `# Tietosuojaseloste\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'transfer-safeguards').map((m) => m.line);
}

describe('transfer-safeguards and consent to the transfer', () => {
  const analytics = 'Sivustolla käytetään Google Analytics -palvelua kävijämäärien seurantaan.';
  it('consent given for the transfer outside the EU/EEA names a derogation', () => {
    expect(safeguards('Harjoittelijan suostumuksella tietoja voidaan luovuttaa myös EU- ja ETA-alueen ulkopuolelle vastaanottavalle oppilaitokselle.', analytics)).toEqual([]);
  });
  it('consent named for something else is no mechanism for the transfer', () => {
    expect(
      safeguards('Uutiskirjettä lähetämme vain suostumuksellasi.', 'Tietoja voidaan siirtää EU- ja ETA-alueen ulkopuolelle palveluntarjoajillemme.', analytics),
    ).not.toEqual([]);
  });
});
