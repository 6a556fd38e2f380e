/**
 * Legitimate interests (Art. 13(1)(d)) on sentences written for these tests: when a notice claims
 * the basis, and when it says what the interest is. A claim that names the processing it covers
 * says what the interest serves; a bare claim does not. The right to object and the law's list of
 * all bases mention legitimate interests without claiming them.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

const TITLE = { fi: 'Tietosuojaseloste', sv: 'Integritetspolicy', en: 'Privacy notice' } as const;
type Lang = keyof typeof TITLE;

function status(lang: Lang, text: string): string | undefined {
  const source = `# ${TITLE[lang]}\n\n${text}\n`;
  return lintSource(source, { filePath: 'n.md', format: 'markdown' }).result.items['legitimate-interests']?.status;
}

describe('legitimate interests', () => {
  const described: [Lang, string][] = [
    ['fi', 'Laskujen perinnässä käsittely perustuu oikeutettuun etuun.'],
    ['fi', 'Käsittely perustuu rekisterinpitäjän oikeutettuun etuun asiakassuhteen hoitamisessa.'],
    ['fi', 'Muistutusviestien lähettäminen perustuu oikeutettuun etuumme.'],
    ['sv', 'Behandlingen av bilder från kameraövervakning grundar sig på berättigat intresse.'],
    ['sv', 'Bedrägeriförebyggande sker med stöd av berättigat intresse.'],
    ['fi', 'Asiakastietoja käsitellään suoramarkkinoinnissa oikeutetun edun perusteella.'],
    ['sv', 'Vi behandlar bilder från kameraövervakningen med stöd av berättigat intresse.'],
    ['en', 'The legal basis for sending newsletters is our legitimate interest.'],
    ['en', 'We rely on our legitimate interests for security monitoring.'],
    ['en', 'We process your data based on our legitimate interest in marketing our services to existing customers.'],
    ['en', 'We keep the visitor log for our legitimate interest in spotting misuse of the booking form.'],
    // A purpose and basis table: the row's purpose is what the interest serves.
    ['sv', '## Rättslig grund\n\nVi behandlar uppgifterna på följande rättsliga grunder:\n\n| Ändamål | Rättslig grund |\n|---|---|\n| Hantera medlemsregistret | Avtal |\n| Felsökning och förbättring av tjänsten | Berättigat intresse |'],
    ['fi', '## Käsittelyn oikeusperuste\n\nKäsittelemme tietoja seuraavilla oikeusperusteilla:\n\n| Tarkoitus | Peruste |\n|---|---|\n| Jäsenrekisterin ylläpito | sopimus |\n| Palvelun vikojen selvittäminen | oikeutettu etu |'],
  ];
  for (const [lang, text] of described) it(`present: ${text}`, () => expect(status(lang, text)).toBe('present'));

  const bare: [Lang, string][] = [
    ['fi', 'Henkilötietojen käsittely perustuu oikeutettuun etuun.'],
    ['fi', 'Käsittelyn oikeusperusteet ovat suostumus, sopimus, lakisääteinen velvoite ja oikeutettu etu.'],
    ['fi', 'Keräämme asiakkailtamme henkilötiedot pääsääntöisesti oikeutetun edun perusteella.'],
    ['sv', 'Den rättsliga grunden är berättigat intresse.'],
    ['sv', 'Viss behandling sker med stöd av föreningens berättigade intresse.'],
    ['en', 'The legal basis for processing your personal data is our legitimate interest.'],
    ['en', 'Legal basis: Art. 6(1)(f) GDPR.'],
    ['en', 'We rely on consent, performance of a contract and legitimate interests.'],
    // The basis said without a basis word, with only the law's balancing clause after it.
    ['en', 'The processing is in our legitimate interests and not overridden by your rights and freedoms.'],
    ['en', 'Where necessary, processing is in our legitimate interest.'],
    ['fi', 'Tietojasi käsitellään tietosuoja-asetuksen mukaisesti sopimuksen, oikeutetun edun tai suostumuksen perusteella.'],
    ['sv', 'Vi behandlar uppgifterna utifrån rättsliga grunder såsom avtal, samtycke eller berättigat intresse.'],
  ];
  for (const [lang, text] of bare) it(`missing: ${text}`, () => expect(status(lang, text)).toBe('missing'));

  const notClaimed: [Lang, string][] = [
    ['fi', 'Sinulla on oikeus vastustaa oikeutettuun etuun perustuvaa käsittelyä.'],
    ['sv', 'Du har rätt att invända mot behandling som grundar sig på berättigat intresse.'],
    ['en', 'You have the right to object to processing based on our legitimate interests.'],
    [
      'en',
      'Under the GDPR, processing is lawful only if it is based on consent, a contract, a legal obligation, vital interests, a public task or legitimate interests.',
    ],
  ];
  for (const [lang, text] of notClaimed) it(`not claimed: ${text}`, () => expect(status(lang, text)).toBe('not-applicable'));
});

describe('consent said to be given by use', () => {
  const status = (lang: Lang, item: string, text: string) =>
    lintSource(`# ${TITLE[lang]}\n\n${text}\n`, { filePath: 'n.md', format: 'markdown' }).result.items[item as 'legal-basis']?.status;
  it('is still consent relied on: the basis is stated and its withdrawal must be', () => {
    expect(status('en', 'legal-basis', 'By using this site you consent to the processing of your data.')).toBe('present');
    expect(status('en', 'consent-withdrawal', 'By using this site you consent to the processing of your data.')).toBe('missing');
    expect(status('fi', 'consent-withdrawal', 'Käyttämällä sivustoa annat suostumuksesi tietojesi käsittelyyn.')).toBe('missing');
  });
  it('acceptance without a word for consent is not', () => {
    expect(status('fi', 'consent-withdrawal', 'Kun käytät palvelujamme, hyväksyt että käsittelemme tietojasi tämän selosteen mukaisesti.')).toBe('not-applicable');
  });
  it('acceptance of the processing by an act of giving data (sending a form, registering) is consent relied on', () => {
    expect(status('fi', 'consent-withdrawal', 'Lähettämällä lomakkeen hyväksyt, että tallennamme tietosi yhteydenottoa varten.')).toBe('missing');
    expect(status('sv', 'consent-withdrawal', 'Genom att skicka formuläret godkänner du att vi sparar dina personuppgifter.')).toBe('missing');
    expect(status('en', 'consent-withdrawal', 'By creating an account you accept the processing of your personal data.')).toBe('missing');
    // The terms of use accepted are no processing.
    expect(status('fi', 'consent-withdrawal', 'Lähettämällä lomakkeen hyväksyt käyttöehdot.')).toBe('not-applicable');
    expect(status('en', 'consent-withdrawal', 'By submitting this form, you agree to our terms of use.')).toBe('not-applicable');
  });
});

describe('cookies accepted by use', () => {
  it('with no word for consent rely on no consent', () => {
    const items = lintSource('# Privacy notice\n\nBy using our website you accept the use of cookies. You can disable cookies in your browser settings.\n', { filePath: 'n.md', format: 'markdown' }).result.items;
    expect(items['consent-withdrawal']?.status).toBe('not-applicable');
  });
});

describe('consent named only in the right to withdraw it', () => {
  const items = (text: string) => lintSource(`# Privacy notice\n\n${text}\n`, { filePath: 'n.md', format: 'markdown' }).result.items;
  it('"if we rely on your consent, you may withdraw it" and the Art. 7(3) sentence claim no basis', () => {
    const text = [
      'We answer the questions you send us by e-mail.',
      '- Withdrawal: if the club processes your data based on your consent, you may withdraw that consent at any time.',
      '- Withdrawing consent does not affect the lawfulness of processing based on consent before the withdrawal.',
    ].join('\n');
    expect(items(text)['legal-basis']?.status).toBe('missing');
  });
  it('consent claimed as the basis still is one', () => {
    expect(items('We send the newsletter based on your consent, which you may withdraw at any time.')['legal-basis']?.status).toBe('present');
  });
});

describe('legitimate interests described by the sentence before the claim, in the same paragraph', () => {
  it.each([
    ['fi', 'Palvelin käsittelee IP-osoitetta hetken ajan palvelunestohyökkäysten torjumiseksi. Käsittely perustuu oikeutettuun etuumme.'],
    ['sv', 'Vi loggar IP-adresser i syfte att upptäcka intrång. Behandlingen grundar sig på berättigat intresse.'],
  ] as [Lang, string][])('%s: %s', (lang, text) => expect(status(lang, text)).toBe('present'));
  it.each([
    ['fi', 'Palvelin käsittelee IP-osoitetta palvelunestohyökkäysten torjumiseksi.\n\nKäsittely perustuu oikeutettuun etuumme.'],
    ['sv', 'Behandlingen grundar sig på medlemsavtalet, det vill säga fullgörande av avtal. Viss behandling sker med stöd av berättigat intresse.'],
  ] as [Lang, string][])('%s, another paragraph or another basis before: %s', (lang, text) => expect(status(lang, text)).toBe('missing'));
});

describe("Swedish 'intresseavvägning' as the basis's name in a list describes no interest; a balancing said to be made does", () => {
  it('missing: the basis named in a list', () => expect(status('sv', 'Vi behandlar uppgifter med stöd av:\n\n- Samtycke enligt artikel 6.1 a.\n- Intresseavvägning enligt artikel 6.1 f.')).toBe('missing'));
  it('present: a balancing made', () => expect(status('sv', 'Behandlingen grundar sig på berättigat intresse. Vi har gjort en intresseavvägning och funnit att intresset av att förebygga stölder väger tyngre.')).toBe('present'));
});

describe('"Art. 6(1)(f)" before the interest words ends no sentence: the purpose before it describes the interest', () => {
  it('present: the purpose, then the article and the basis in brackets', () =>
    expect(status('en', '## Purposes and legal bases\n\n- Answering booking requests - Art. 6(1)(b) GDPR (contract)\n- Keeping the booking page secure - Art. 6(1)(f) GDPR (legitimate interest of the controller)')).toBe('present'));
  it('missing: the article and the basis alone', () =>
    expect(status('en', '## Purposes and legal bases\n\n- Answering booking requests - Art. 6(1)(b) GDPR (contract)\n- Art. 6(1)(f) GDPR (legitimate interest of the controller)')).toBe('missing'));
});
