/**
 * Finnish and Swedish ways of stating (or not stating) the GDPR items met on a sixteenth round of
 * real notices, written here in our own sentences.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe('sources: the notice announcing how it collects, and a "collection" heading over a list of data, name no source', () => {
  expectEach('missing', [
    ['sv', 'data-sources', 'Den här policyn förklarar hur vi samlar in, använder och skyddar dina personuppgifter när du använder appen.'],
    ['fi', 'data-sources', 'Tämä seloste kertoo, miten keräämme ja käytämme henkilötietojasi, kun käytät sovellusta.'],
    ['sv', 'data-sources', '## Insamling av personuppgifter', 'Vi behandlar namn, e-postadress och telefonnummer.'],
    ['fi', 'data-sources', '## Henkilötietojen kerääminen', 'Käsittelemme nimeä, sähköpostiosoitetta ja puhelinnumeroa.'],
  ]);
  expectEach('present', [
    ['sv', 'data-sources', 'Vi samlar in din IP-adress när du besöker webbplatsen.'],
    ['fi', 'data-sources', 'Keräämme laitteen tunnisteen, kun käytät sovellusta.'],
    ['sv', 'data-sources', '## Insamling av personuppgifter', 'Uppgifterna får vi direkt från dig när du anmäler dig.'],
    ['fi', 'data-sources', '## Henkilötietojen kerääminen', 'Tiedot saadaan jäseneltä itseltään liittymisen yhteydessä.'],
  ]);
});

describe("statutory requirement: data needed to fulfil the contract, and not handing data over ('överlämna') with its consequence", () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'När du köper ett kurspaket behöver vi dina uppgifter för att kunna fullgöra avtalet.'],
    ['fi', 'statutory-requirement', 'Kun varaat ajan, tarvitsemme yhteystietosi voidaksemme täyttää sopimuksen.'],
    ['sv', 'statutory-requirement', 'Om du väljer att inte överlämna dina personuppgifter kan vi inte ta emot din anmälan.'],
  ]);
  expectEach('missing', [
    ['sv', 'statutory-requirement', 'Behandlingen är nödvändig för att fullgöra avtalet med dig.'],
    ['fi', 'statutory-requirement', 'Käsittely on tarpeen sopimuksen täyttämiseksi.'],
    ['sv', 'statutory-requirement', 'Vi överlämnar inte dina uppgifter till andra företag och kan inte sälja dem vidare.'],
  ]);
});

describe("basis: the Finland-Swedish 'på basis av' (on the basis of) states a basis, legitimate interest included", () => {
  expectEach('present', [
    ['sv', 'legal-basis', 'Vi skickar nyhetsbrevet på basis av ditt samtycke.'],
    ['sv', 'legitimate-interests', 'Föreningen behandlar medlemmarnas kontaktuppgifter på basis av berättigat intresse för att kunna bjuda in dem till årsmötet.'],
  ]);
  expectEach('not-applicable', [['sv', 'legitimate-interests', 'Vi gör statistik på basis av antalet besökare.']]);
});

describe('transfers: data said to be kept outside the EU/EEA, with no country named, answers the question (yes)', () => {
  expectEach('present', [
    ['fi', 'international-transfers', 'Osa käyttämistämme ohjelmistopalveluista voi säilyttää tietoja EU:n tai ETA:n ulkopuolella.'],
    ['fi', 'international-transfers', 'Sähköpostit voivat kulkea EU:n ulkopuolelle, jos vastaanottajan sähköpostipalvelin sijaitsee EU:n ulkopuolella.'],
    ['sv', 'international-transfers', 'Vissa av våra leverantörer kan lagra uppgifter utanför EU/EES.'],
  ]);
  // Only that data may be transferred outside, with no place it is kept, no destination and no safeguard: vague.
  expectEach('vague', [
    ['fi', 'international-transfers', 'Tietoja voidaan siirtää EU:n ulkopuolelle lainsäädännön sallimissa rajoissa.'],
    ['sv', 'international-transfers', 'Uppgifter kan överföras utanför EU/EES i enlighet med lagen.'],
  ]);
});
