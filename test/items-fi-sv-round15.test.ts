/**
 * Finnish and Swedish ways of stating (or not stating) the GDPR items met on a fifteenth round of
 * real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe('consent taken back: an app permission removed, further mailings declined', () => {
  expectEach('present', [
    ['fi', 'consent-withdrawal', 'Sovellus käyttää sijaintiasi luvallasi näyttääkseen lähimmät kohteet.', 'Sijaintiluvan voit poistaa puhelimen asetuksista.'],
    ['sv', 'consent-withdrawal', 'Vi skickar nyheter om tjänsten med ditt samtycke.', 'Vill du inte ha fler utskick kan du när som helst tacka nej genom att svara på mejlet.'],
  ]);
});

describe('consent promised only for a purpose or a storage added later is no consent relied on now', () => {
  expectEach('not-applicable', [
    ['sv', 'consent-withdrawal', 'Vi behandlar ditt namn för att besvara frågor, med stöd av vårt berättigade intresse.', 'Om ett nytt ändamål kräver samtycke frågar vi efter det innan behandlingen börjar.'],
    ['fi', 'consent-withdrawal', 'Käsittelemme nimeäsi kyselyihin vastaamiseksi oikeutetun edun perusteella.', 'Jos tietoja tarvitaan uuteen käyttötarkoitukseen, pyydämme siihen ensin suostumuksesi.'],
  ]);
});

describe("the legal basis in the law's own words, with no word 'basis'", () => {
  expectEach('present', [
    ['sv', 'legal-basis', '## Varför', '- **Offerter**: behandlingen är nödvändig för åtgärder som föregår ett avtal med dig.'],
    ['fi', 'legal-basis', '## Miksi', '- **Tarjoukset**: käsittely on välttämätöntä sopimuksen täytäntöönpanemiseksi.'],
  ]);
});

describe('whether data must be given: joining said to be voluntary, a deal made only after identification', () => {
  expectEach('present', [
    ['fi', 'statutory-requirement', 'Uutiskirjeen tilaaminen on vapaaehtoista.'],
    ['fi', 'statutory-requirement', 'Ilman henkilöllisyyden tarkistamista vuokrasopimusta ei tehdä.'],
  ]);
  expectEach('missing', [
    ['fi', 'statutory-requirement', 'Tarkastuspyyntöön ei vastata ilman henkilöllisyyden varmistamista.'],
  ]);
});

describe('the person as the source: data given when getting in touch, a file uploaded', () => {
  expectEach('present', [
    ['sv', 'data-sources', 'Om ni mejlar oss behandlar vi namnet och adressen.'],
    ['sv', 'data-sources', 'Uppgifter som lämnas i samband med kontakt med föreningen används för att svara.'],
    ['sv', 'data-sources', 'Ritningen du själv laddar upp skickas till servern för beräkningen.'],
  ]);
});
