import { describe, expect, it } from 'vitest';
import { findings, lintSeed, NO_SHARED, SEEDS } from './helpers.js';

const STRUCTURAL = ['empty-section', 'duplicate-section-number', 'leftover-artifact', 'invalid-business-id'];

describe.skipIf(NO_SHARED)('structural rules on the five real notices', () => {
  it('000: "Scroll to Top" furniture only', () => {
    expect(findings(lintSeed(SEEDS.s000), STRUCTURAL)).toEqual(['117:leftover-artifact']);
  });
  it('001: three empty sections, raw HTML and the "(s-postiosoite)" placeholder', () => {
    expect(findings(lintSeed(SEEDS.s001), STRUCTURAL)).toEqual([
      '9:leftover-artifact',
      '9:leftover-artifact',
      '11:empty-section',
      '13:empty-section',
      '26:empty-section',
    ]);
  });
  it('002: section number 10 twice', () => {
    expect(findings(lintSeed(SEEDS.s002), STRUCTURAL)).toEqual(['84:duplicate-section-number']);
  });
  it('003: nothing structural', () => {
    expect(findings(lintSeed(SEEDS.s003), STRUCTURAL)).toEqual([]);
  });
  it('004: "Valitse sivu" and three hidden e-mail addresses', () => {
    expect(findings(lintSeed(SEEDS.s004), STRUCTURAL)).toEqual([
      '1:leftover-artifact',
      '19:leftover-artifact',
      '93:leftover-artifact',
      '119:leftover-artifact',
    ]);
  });
  it('no valid Y-tunnus in the seeds is flagged', () => {
    for (const name of Object.values(SEEDS)) {
      expect(lintSeed(name).messages.filter((m) => m.ruleId === 'invalid-business-id')).toEqual([]);
    }
  });
});
