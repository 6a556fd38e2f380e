/**
 * The five real notices: exact findings of the transfer, consent, cookie, date and vague-language
 * rules (line, rule id, severity), and the vague-sentence rate of each, at TODAY.
 */
import { describe, expect, it } from 'vitest';
import { lintSeed, NO_SHARED, SEEDS } from './helpers.js';

const IDS = ['transfer-contradiction', 'transfer-safeguards', 'consent-by-use', 'cookie-consent-browser-settings', 'notice-date', 'vague-language'];

function mine(name: string) {
  const result = lintSeed(name);
  return { result, found: result.messages.filter((m) => IDS.includes(m.ruleId)).map((m) => `${m.line}:${m.ruleId}:${m.severity}`) };
}

describe.skipIf(NO_SHARED)('seed findings: transfers, consent, cookies, date, vague language', () => {
  it('000: no transfer statement, so using Google Analytics is not ours to report; no date', () => {
    const { result, found } = mine(SEEDS.s000);
    expect(found).toEqual(['1:notice-date:info']);
    expect(result.vagueSentenceRate).toBe(0);
  });

  it('001: "not outside the EU, unless needed" with Google Analytics; browser-only cookie refusal; dated 2019', () => {
    const { result, found } = mine(SEEDS.s001);
    expect(found).toEqual([
      '5:notice-date:info',
      '9:vague-language:info',
      '9:vague-language:info',
      '9:vague-language:info',
      '12:vague-language:info',
      '20:transfer-safeguards:warning',
      '23:vague-language:info',
      '25:cookie-consent-browser-settings:warning',
      '25:transfer-contradiction:warning',
    ]);
    const contradiction = result.messages.find((m) => m.ruleId === 'transfer-contradiction')!;
    expect(contradiction.message).toMatch(/Google Analytics/iu);
    expect(contradiction.related?.[0].line).toBe(20);
    expect(result.vagueSentenceRate).toBe(0.313);
  });

  it('002: dated the day before the GDPR applied; consent by use; Russia with no safeguard', () => {
    const { result, found } = mine(SEEDS.s002);
    expect(found).toEqual(['5:notice-date:warning', '9:consent-by-use:warning', '52:vague-language:info', '62:vague-language:info', '62:transfer-safeguards:error']);
    expect(result.messages.find((m) => m.ruleId === 'transfer-safeguards')!.message).toMatch(/Russia/u);
    expect(result.vagueSentenceRate).toBe(0.4);
  });

  it('003: the same transfer shape as 001; date on the line under its label', () => {
    const { result, found } = mine(SEEDS.s003);
    expect(found).toEqual([
      '5:notice-date:info',
      '33:vague-language:info',
      '35:vague-language:info',
      '35:vague-language:info',
      '91:transfer-safeguards:warning',
      '113:vague-language:info',
      '123:cookie-consent-browser-settings:warning',
      '129:transfer-contradiction:warning',
    ]);
    expect(result.messages.find((m) => m.ruleId === 'notice-date')!.message).toMatch(/2\.11\.2022/u);
    expect(result.vagueSentenceRate).toBe(0.267);
  });

  it("004: \"not outside the EU/EEA\" next to Facebook's ad tools and Google/Facebook remarketing; no date", () => {
    const { result, found } = mine(SEEDS.s004);
    expect(found).toEqual([
      '1:notice-date:info',
      '27:vague-language:info',
      '37:vague-language:info',
      '42:vague-language:info',
      '55:vague-language:info',
      '74:transfer-contradiction:warning',
    ]);
    // The notice states no transfer: it claims none, next to US ad tools. That is the
    // contradiction (whose message asks for the basis of the transfer), not a second finding
    // that a stated transfer lacks its mechanism.
    const contradiction = result.messages.find((m) => m.ruleId === 'transfer-contradiction')!;
    expect(contradiction.related?.map((r) => r.line)).toEqual([75, 34, 65]);
    expect(contradiction.message).toMatch(/on what basis/u);
    expect(result.vagueSentenceRate).toBe(0.444);
  });
});
