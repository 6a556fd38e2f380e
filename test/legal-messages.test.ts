/** What the rules say about the law must be right in law: the words a lawyer reads, pinned. */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

const messages = (text: string, ruleId: string, today = '2026-12-07') =>
  lintSource(text, { filePath: 'tietosuojaseloste.txt', format: 'text', today }).result.messages.filter((m) => m.ruleId === ruleId);

describe('cookie consent and consent by use', () => {
  it('cites the Helsinki Administrative Court as holding, never as upholding the Ombudsman', () => {
    const [m] = messages('Tietosuojaseloste\n\nKäytämme evästeitä kävijätilastointiin Google Analyticsilla. Voit estää evästeet selaimesi asetuksista.\n', 'cookie-consent-browser-settings');
    expect(m.message).toContain('the Helsinki Administrative Court (8.4.2021, H1515/2021 and H1516/2021) held that browser settings that allow cookies in general are not consent');
    expect(m.message).toContain('ePrivacy Directive 2002/58/EC Art. 5(3)');
    expect(m.message).not.toMatch(/upheld|Ombudsman/u);
  });

  it('says implied consent is no consent, from the GDPR and Planet49', () => {
    const [m] = messages('Privacy notice\n\nBy using this website you accept the processing of your personal data as described here.\n', 'consent-by-use');
    expect(m.message).toContain('GDPR Art. 4(11) and recital 32: silence or inactivity is not consent; CJEU C-673/17 Planet49 (1.10.2019)');
    expect(m.message).not.toMatch(/upheld/u);
  });
});

describe('good practice is not law', () => {
  it('an old date asks for a review as good practice, not as a legal deadline', () => {
    const [m] = messages('Tietosuojaseloste\n\nPäivitetty 4.6.2019\n\nRekisterinpitäjä on Esimerkki Oy.\n', 'notice-date');
    expect(m.message).toContain('No law sets a review interval; a review every 2 years, and whenever the processing changes, is good practice.');
    expect(m.message).not.toMatch(/at least every/u);
  });
});

describe('quotes are what the reader sees', () => {
  it('a Markdown date label is quoted without its markup', () => {
    const { result } = lintSource('# Tietosuojaseloste\n\n**Päivitetty:** 4.6.2019\n\nRekisterinpitäjä on Esimerkki Oy.\n', { filePath: 't.md', format: 'markdown', today: '2026-12-07' });
    const m = result.messages.find((x) => x.ruleId === 'notice-date')!;
    expect(m.message.startsWith('"Päivitetty: 4.6.2019": the notice was last dated 4.6.2019')).toBe(true);
  });
});
