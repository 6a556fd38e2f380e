/**
 * Each language's item phrases apply to text in that language: a notice uses the phrases of its
 * own language and of any language a real part of it is written in (model/notice-languages.ts).
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import { noticeLanguages } from '../src/model/notice-languages.js';
import { parseNotice } from '../src/parse/notice.js';

const items = (text: string) => lintSource(text, { filePath: 'n.md', format: 'markdown' }).result.items;
const languages = (text: string) => noticeLanguages(parseNotice(text, 'markdown'));

const SV_CONTROLLER = 'Bostadsbolaget Exempel AB, info@exempel.se, ansvarar för registret.';
const SV_RIGHTS = 'Du har rätt att få tillgång till dina uppgifter och att få dem rättade.';

describe('phrases of one language on text of another', () => {
  it('a Swedish "under" (during) is not the English basis word "under"', () => {
    // With the English list, "under" put the sentence in a basis context and "avtalet" became a contract basis.
    const text = `# Integritetspolicy\n\n${SV_CONTROLLER}\n\nHyresgästuppgifter sparas under hyrestiden och avtalet, och två år efter avflyttning.\n\n${SV_RIGHTS}\n`;
    expect(languages(text)).toEqual(['sv']);
    expect(items(text)['legal-basis']?.status).toBe('missing');
  });
  it('a Swedish basis stated in Swedish is still read', () => {
    const text = `# Integritetspolicy\n\n${SV_CONTROLLER}\n\nBehandlingen grundar sig på avtalet mellan dig och oss.\n\n${SV_RIGHTS}\n`;
    expect(items(text)['legal-basis']).toEqual({ status: 'present', line: 5 });
  });
  it('names are not language: an English notice that sends complaints to the tietosuojavaltuutettu', () => {
    const text = [
      '# Privacy notice',
      'Example Oy, Esimerkkikatu 1, 00100 Helsinki, privacy@example.fi, is the controller of the customer register.',
      'We keep customer data for six years after the end of the customer relationship.',
      'You can complain to the Tietosuojavaltuutettu, PL 800, 00531 Helsinki.',
    ].join('\n\n');
    expect(languages(text)).toEqual(['en']);
    const it = items(text);
    expect(it['complaint-right']).toEqual({ status: 'present', line: 7 });
    expect(it['controller-identity']).toEqual({ status: 'present', line: 3 });
  });
});

describe('a notice that mixes languages', () => {
  const FI_SECTION = [
    '## Suomeksi: tietojen säilyttäminen',
    'Säilytämme asiakkaiden tietoja kuusi vuotta asiakassuhteen päättymisen jälkeen, koska kirjanpitolaki edellyttää sitä.',
    'Markkinointiin liittyviä tietoja käsittelemme niin kauan kuin olet antanut siihen suostumuksen, ja poistamme ne viipymättä, kun peruutat suostumuksesi.',
    'Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle, ja kaikki palvelimemme sijaitsevat Suomessa.',
  ].join('\n\n');
  const EN_PART = [
    '# Privacy notice',
    'Example Ltd, 1 Example Street, London, privacy@example.com, is the controller.',
    'You have the right to access your personal data and to have inaccurate data rectified.',
    'We use your e-mail address to send you the newsletter you ordered, on the basis of your consent.',
  ].join('\n\n');

  it('uses the phrases of a language that a whole section is written in', () => {
    const text = `${EN_PART}\n\n${FI_SECTION}\n`;
    expect(languages(text)).toEqual(['fi', 'en']);
    const it = items(text);
    // Finnish: the period ("kuusi vuotta") and the transfer answer ("ei siirretä ... ulkopuolelle").
    expect(it['retention-period']).toEqual({ status: 'present', line: 11 });
    expect(it['international-transfers']).toEqual({ status: 'present', line: 15 });
    // English: the rights and the consent basis.
    expect(it['right-of-access']).toEqual({ status: 'present', line: 5 });
    expect(it['legal-basis']).toEqual({ status: 'present', line: 7 });
  });
  it('a heading or a line in another language does not make it a language of the notice', () => {
    const text = `${EN_PART}\n\n## Yhteystiedot\n\nPuhelin 09 123 4567.\n`;
    expect(languages(text)).toEqual(['en']);
  });
  it('an undetermined language uses all three', () => {
    expect(languages('# x\n\nABC 123\n')).toEqual(['fi', 'sv', 'en']);
  });
});
