/** The seeds' findings of the outdated-information rules (../shared/seeds/README.md), exactly. */
import { describe, expect, it } from 'vitest';
import { findings, lintSeed, NO_SHARED, SEEDS } from './helpers.js';

const RULES = ['outdated-law-reference', 'stale-authority-contact', 'stale-agency-name', 'invalidated-transfer-mechanism'];

const EXPECTED: Record<keyof typeof SEEDS, string[]> = {
  s000: [],
  // Ratapihantie 9 and the post box's old postal code 00521, next to "Tietosuojavaltuutetun toimisto PL 800".
  s001: ['34:stale-authority-contact', '34:stale-authority-contact'],
  // "Henkilötietolain (10 ja 24 §)".
  s002: ['7:outdated-law-reference'],
  // Current details (Lintulahdenkuja 4, PL 800 00531): nothing.
  s003: [],
  s004: [
    '66:stale-agency-name', // VRK
    '66:stale-agency-name', // Itellan
    '72:outdated-law-reference', // henkilötietolain mukaisesti
    '79:outdated-law-reference', // (Henkilötietolaki 26§)
    '111:outdated-law-reference', // Henkilötietolain (523/99)
    '119:stale-authority-contact', // old tietosuoja.fi URL
    '119:stale-authority-contact', // Ratapihantie 9, 6. krs. 00520
    '119:stale-authority-contact', // PL 800, 00521
    '119:stale-authority-contact', // fax 029 56 66735
  ],
};

describe.skipIf(NO_SHARED)('seeds: outdated law, stale authority details, renamed agencies, invalid mechanisms', () => {
  for (const [key, file] of Object.entries(SEEDS) as [keyof typeof SEEDS, string][]) {
    it(`${key} gives exactly its expected findings`, () => {
      expect(findings(lintSeed(file), RULES)).toEqual(EXPECTED[key]);
    });
  }

  it('names the replacement: the GDPR article for a cited section and the Data Protection Act', () => {
    const m = lintSeed(SEEDS.s004).messages.find((x) => x.ruleId === 'outdated-law-reference' && x.line === 79)!;
    expect(m.severity).toBe('error');
    expect(m.message).toContain('§ 26');
    expect(m.message).toContain('GDPR Art. 15');
    expect(m.message).toContain('1050/2018');
    expect(m.fix).toBeUndefined();
    expect(m.suggestion).toContain('15 artikla');
  });

  it('gives each stale detail its own span, the current value, and a fix where one is safe', () => {
    const result = lintSeed(SEEDS.s004);
    const stale = result.messages.filter((x) => x.ruleId === 'stale-authority-contact');
    expect(stale.map((x) => [x.column, x.fix?.text ?? null])).toEqual([
      [1, 'https://tietosuoja.fi'],
      [98, 'Lintulahdenkuja 4, 00530 HELSINKI'],
      [158, '00531'],
      [199, null],
    ]);
    expect(stale[3].message).toMatch(/fax/u);
    expect(stale.every((x) => x.severity === 'error')).toBe(true);
    const agencies = result.messages.filter((x) => x.ruleId === 'stale-agency-name');
    expect(agencies.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(agencies[0].message).toContain('Digi- ja väestötietovirasto');
    expect(agencies[1].message).toContain('Posti');
  });
});
