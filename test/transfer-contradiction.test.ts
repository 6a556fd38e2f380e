/**
 * transfer-contradiction on notices written for these tests: a claim that data stays in the
 * EU/EEA against a service or place outside it, and the two cases where the notice does not
 * contradict itself.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function contradictions(...paragraphs: string[]): number[] {
  const text = `# Privacy notice\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'transfer-contradiction').map((m) => m.line);
}

describe('transfer-contradiction', () => {
  it('a US service against a claim that nothing leaves the EU/EEA', () => {
    expect(contradictions('We do not transfer personal data outside the EU/EEA.', 'Our newsletter is sent with Mailchimp.')).toEqual([5]);
  });
  it('an announced exception whose mechanism is given later is no contradiction', () => {
    expect(
      contradictions(
        'Personal data is not transferred outside the EU/EEA, except as described below.',
        'Google Analytics: data may be transferred to the USA under the EU-US Data Privacy Framework.',
      ),
    ).toEqual([]);
  });
  it('a mechanism without an announced exception still contradicts the claim', () => {
    expect(
      contradictions('Personal data is not transferred outside the EU/EEA.', 'Google Analytics: data may be transferred to the USA under the EU-US Data Privacy Framework.'),
    ).toEqual([5]);
  });
  it('a service the notice places in the EU contradicts nothing', () => {
    expect(contradictions('We do not transfer personal data outside the EU/EEA.', "We use Microsoft 365; the data is stored in Microsoft's data centres in the EU.")).toEqual([]);
  });
  it('a claim "not as a rule" whose own section gives the exception and its mechanism is no contradiction', () => {
    expect(
      contradictions(
        'Asiakastietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle. Pilvipalveluja käytettäessä tietoja voi kuitenkin siirtyä myös Yhdysvaltoihin.',
        'Tällöin siirrot perustuvat komission vakiosopimuslausekkeisiin.',
      ),
    ).toEqual([]);
    expect(
      contradictions(
        'Kunduppgifter överförs i regel inte utanför EU/EES. Vid användning av Dropbox kan uppgifter tillfälligt lagras i USA, och då tillämpas standardavtalsklausuler.',
      ),
    ).toEqual([]);
    expect(contradictions('As a rule, member records are not transferred outside the EEA. Our mailing list runs on Mailchimp, under standard contractual clauses.')).toEqual([]);
  });
  it('a hedged claim still contradicts a service in another section with no mechanism in its own', () => {
    expect(contradictions('## Transfers\n\nAs a rule, member records are not transferred outside the EEA.', '## Statistics\n\nWe count visits with Google Analytics.')).toEqual([9]);
  });
  it('a denial that is only a condition ("not without safeguards") claims nothing about where data stays', () => {
    expect(contradictions('Jäsentietoja ei viedä ETA-alueen ulkopuolelle ilman riittäviä suojatoimia.', 'Kävijämäärät lasketaan Google Analyticsilla.')).toEqual([]);
    expect(contradictions('Inga överföringar utanför EU sker utan lämpliga skyddsåtgärder.', 'Vi mäter besök med Google Analytics.')).toEqual([]);
    expect(contradictions('Member records never leave the EEA without suitable safeguards.', 'We count visits with Google Analytics.')).toEqual([]);
  });
  it('"without exception" keeps the denial a claim', () => {
    expect(contradictions('Member records are not transferred outside the EEA, without exception.', 'We count visits with Google Analytics.')).toEqual([5]);
  });
  it('a first-person denial ("En siirrä") is a claim, not an admission', () => {
    expect(contradictions('En siirrä asiakkaiden tietoja EU:n tai ETA:n ulkopuolelle.', 'Kävijämäärät lasketaan Google Analyticsilla.')).toEqual([5]);
  });
});

describe('transfer-contradiction and a sentence on what a place lacks', () => {
  it('"other countries may not have the same data protection laws" claims nothing about where data stays', () => {
    expect(contradictions('We may share member records with our parent company in the United States. The United States and other countries may not have the same data protection laws as your home country.')).toEqual([]);
  });
  it('a denial with a transfer word next to the same words is still a claim', () => {
    expect(contradictions('We do not transfer member records outside the EEA, where data protection laws may be weaker.', 'We count visits with Google Analytics.')).not.toEqual([]);
  });
  it('a mechanism named in the claim\'s own paragraph is a second place data may go (en, sv)', () => {
    expect(
      contradictions(
        '## Transfers\n\nWe only use suppliers that keep data in the EU/EEA, or suppliers that have joined the EU-US Data Privacy Framework.',
        '| Supplier | Country |\n| --- | --- |\n| Mailchimp | USA |',
      ),
    ).toEqual([]);
    expect(
      contradictions(
        '## Överföring\n\nVi anlitar endast leverantörer som behandlar uppgifter inom EU/EES eller som har anslutit sig till\nData Privacy Framework.',
        'Nyhetsbrevet skickas med Mailchimp.',
      ),
    ).toEqual([]);
  });
  it('a hedged claim whose section names the country and the safeguard covers a service there (fi)', () => {
    expect(
      contradictions(
        'Uutiskirje lähetetään Mailchimp-palvelulla.',
        '## Siirrot EU:n ulkopuolelle\n\nTietoja ei pääsääntöisesti siirretä EU:n tai ETA:n ulkopuolelle. Tietoja voidaan kuitenkin siirtää pilvipalveluiden vuoksi. Kohdemaa on tällöin Yhdysvallat.',
        'Siirroissa käytetään EU:n komission vakiosopimuslausekkeita.',
      ),
    ).toEqual([]);
    // A flat denial has no exception for its section to state: the service still contradicts it.
    expect(
      contradictions(
        'Uutiskirje lähetetään Mailchimp-palvelulla.',
        '## Siirrot EU:n ulkopuolelle\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Kohdemaa olisi Yhdysvallat.',
        'Siirroissa käytettäisiin EU:n komission vakiosopimuslausekkeita.',
      ),
    ).toEqual([7]);
  });
});

describe('transfer-contradiction and a static-site host', () => {
  it('a site served by a US static host contradicts a claim that no data leaves the EU', () => {
    expect(contradictions('We do not transfer personal data to third countries.', 'This site is hosted on Netlify, which logs each request.')).toEqual([5]);
    expect(contradictions('We do not transfer personal data to third countries.', 'The code of this site is on GitHub.')).toEqual([]);
  });
  it('a negation of a place\'s protection level, said of where providers are, is no claim that data stays', () => {
    expect(
      contradictions('Our hosting partners are located in countries that do not have data protection legislation equal to the EU rules (third countries).', 'We measure visits with Google Analytics.'),
    ).toEqual([]);
    expect(contradictions('Henkilötietoja säilytetään maissa, joissa ei ole riittävää tietosuojan tasoa (kolmannet maat).', 'Käytämme Google Analyticsia.')).toEqual([]);
    // The transfer itself denied, with the level as its condition's object: still a claim.
    expect(contradictions('We do not transfer personal data outside the EU/EEA to places without the same level of protection.', 'We measure visits with Google Analytics.')).toEqual([]);
    expect(contradictions('We do not transfer personal data outside the EEA.', 'We measure visits with Google Analytics.')).toEqual([5]);
  });
  it('"in the EU-US Data Privacy Framework" names an arrangement, not a place data stays in', () => {
    expect(contradictions('A US company can receive data only if it takes part in the EU-US Data Privacy Framework.', 'We measure visits with Google Analytics.')).toEqual([]);
    expect(contradictions('Your data is stored only in the EU-hosted data centre of our provider.', 'We measure visits with Google Analytics.')).toEqual([5]);
  });
});
