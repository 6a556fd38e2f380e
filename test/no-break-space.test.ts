// No-break spaces (&nbsp; in web pages, typographers' spaces between a number and its unit, after
// a section number, inside an address) read as spaces by every rule: each case gives the same
// findings as with an ordinary space.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import type { LintMessage } from '../src/report.js';
import { TODAY } from './helpers.js';

const NOTICE = (body: string) => `Tietosuojaseloste\n\nRekisterinpitäjä\n\nEsimerkki Oy, Kauppakatu 3, 33100 Tampere.\n\nTietojen käsittely\n\n${body}\n`;
const of = (ruleId: string, text: string): Pick<LintMessage, 'line' | 'column' | 'message'>[] =>
  lintSource(text, { filePath: 'n.txt', format: 'text', today: TODAY })
    .result.messages.filter((m) => m.ruleId === ruleId)
    .map(({ line, column, message }) => ({ line, column, message: message.replaceAll('\u00a0', ' ') }));

describe('no-break spaces', () => {
  const cases: { rule: string; body: string; findings: number }[] = [
    { rule: 'stale-agency-name', body: 'Lokitiedot poistetaan 30 VRK:n kuluttua.', findings: 0 },
    { rule: 'stale-agency-name', body: 'Tiedot tarkistetaan VRK:n rekisteristä.', findings: 1 },
    { rule: 'stale-authority-contact', body: 'Valituksen voi tehdä tietosuojavaltuutetun toimistolle, Ratapihantie 9, 6. krs, 00520 Helsinki.', findings: 1 },
    { rule: 'leftover-artifact', body: 'Yhteyshenkilö: [yrityksen nimi], Lorem ipsum.', findings: 2 },
    { rule: 'invalid-business-id', body: 'ALV-numero FI 12345679, Y-tunnus 1234567-8.', findings: 2 },
  ];
  for (const { rule, body, findings } of cases) {
    it(`${rule}: "${body}"`, () => {
      const plain = of(rule, NOTICE(body));
      expect(plain).toHaveLength(findings);
      expect(of(rule, NOTICE(body.replaceAll(' ', '\u00a0'))), 'every space a no-break space').toEqual(plain);
    });
  }

  it('a numbered heading with a no-break space after its number is still a section (its number counts twice)', () => {
    const text = '1.\u00a0Rekisterinpitäjä\n\nEsimerkki Oy.\n\n2.\u00a0Tarkoitus\n\nLaskutus.\n\n2.\u00a0Oikeudet\n\nVoit tarkastaa tietosi.\n';
    expect(of('duplicate-section-number', text).map((m) => m.line)).toEqual([9]);
  });

  it('"Google Analytics" with a no-break space is the same service as with a space', () => {
    const text = NOTICE('Tietoja ei siirretä EU:n ulkopuolelle. Käytämme Google Analytics -palvelua ja Google\u00a0Analytics -raportteja.');
    const [finding] = of('transfer-contradiction', text);
    expect(finding.message).toContain('"Google Analytics"');
    expect(finding.message).not.toContain('(also');
  });
});
