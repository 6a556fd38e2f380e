/**
 * Finnish and Swedish ways of stating the GDPR items met on an eighth round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';


describe('data categories: an app that stores nothing, or nothing but one kind; a list of what is kept; the kinds in their partitive forms', () => {
  expectEach('present', [
    ['sv', 'data-categories', 'Spelet samlar inte in, sparar eller delar några personuppgifter.'],
    ['sv', 'data-categories', 'Vi behandlar inga personuppgifter utöver den e-postadress du skriver in när du prenumererar.'],
    ['sv', 'data-categories', 'För att komma ihåg dina val lagrar appen följande på din telefon:', '- valt språk\n- senaste sökningar'],
    ['sv', 'data-categories', '## Vad sparas i webbläsaren', 'Dina favoriter och det senaste sökordet ligger kvar tills du rensar dem.'],
    ['fi', 'data-categories', 'Peli ei kerää eikä tallenna mitään tietoja pelaajista.'],
    ['fi', 'data-categories', 'Emme kerää muita tietoja kuin sähköpostiosoitteesi, jos tilaat uutiskirjeen.'],
    ['fi', 'data-categories', 'Kun varaat ajan, käsittelemme nimeä, osoitetta ja puhelinnumeroa varauksen hoitamiseksi.'],
    ['fi', 'data-categories', '## Mitä sovellus tallentaa?', 'Sovellus muistaa valitsemasi kielen ja viimeisimmät haut.'],
  ]);
  // Nothing collected for one purpose only, or only where and how long it is kept: the kinds are not said.
  expectEach('missing', [
    ['sv', 'data-categories', 'Appen samlar inte in några uppgifter för reklam.'],
    ['sv', 'data-categories', '## Hur länge sparas uppgifterna?', 'Vi raderar dem efter ett år.'],
    ['fi', 'data-categories', 'Sovellus ei kerää mitään tietoja markkinointia varten.'],
    ['fi', 'data-categories', '## Kuinka kauan tietoja säilytetään?', 'Poistamme ne vuoden kuluttua.'],
  ]);
});

describe('recipients: data sent to a named service, or to no one', () => {
  expectEach('present', [
    ['sv', 'recipients', 'Det du skriver i formuläret skickas till vår e-postleverantör.'],
    ['sv', 'recipients', 'Ingen data skickas från enheten.'],
    ['fi', 'recipients', 'Hakusanat siirretään ainoastaan karttapalveluun.'],
    ['fi', 'recipients', 'Tietoja ei siirretä millekään muulle taholle.'],
  ]);
  // What is sent to the person, or a transfer abroad, names no recipient.
  expectEach('missing', [
    ['sv', 'recipients', 'En bekräftelse skickas till din e-postadress.'],
    ['fi', 'recipients', 'Tilausvahvistus lähetetään sinulle sähköpostitse.'],
    ['fi', 'recipients', 'Tietoja ei siirretä EU:n ulkopuolelle.'],
  ]);
});

describe('complaint right: a section headed by the authority, saying the complaint of "this authority"', () => {
  expectEach('present', [
    ['sv', 'complaint-right', '## 7. Integritetsskyddsmyndigheten', 'Är du missnöjd med hur vi hanterar dina uppgifter kan du lämna ett klagomål till myndigheten.'],
    ['fi', 'complaint-right', '## Tietosuojavaltuutettu', 'Jos katsot, että tietojasi käsitellään lainvastaisesti, voit tehdä valituksen tälle viranomaiselle.'],
  ]);
  // A section on something else, with a complaint to us, names no authority.
  expectEach('missing', [
    ['sv', 'complaint-right', '## Kundtjänst', 'Är du missnöjd kan du lämna ett klagomål till oss.'],
    ['fi', 'complaint-right', '## Asiakaspalvelu', 'Voit tehdä valituksen asiakaspalveluumme.'],
  ]);
});

describe('statutory requirement: a field marked optional in a list or a table', () => {
  expectEach('present', [
    ['fi', 'statutory-requirement', 'Käsittelemme seuraavia tietoja:', '- Nimi\n- Kotiosoite (vapaaehtoinen)'],
    ['fi', 'statutory-requirement', '| Tieto | Kuvaus |\n|---|---|\n| Esittely | Valinnainen esittelyteksti, joka näkyy muille jäsenille |'],
    ['sv', 'statutory-requirement', 'Vi behandlar:', '- Namn\n- Telefonnummer (valfritt)'],
  ]);
  // An optional cookie is consent, not a duty to give data.
  expectEach('missing', [
    ['fi', 'statutory-requirement', 'Valinnaiset evästeet otetaan käyttöön vain suostumuksellasi.'],
  ]);
});

describe("purposes: the controller's own statement under a rights heading; data kept in order to do something", () => {
  expectEach('present', [
    ['sv', 'purposes', '## Dina rättigheter', 'Skriver du till oss använder vi din adress bara för att svara på brevet.'],
    ['fi', 'purposes', '## Oikeutesi', 'Kun lähetät meille viestin, käytämme osoitettasi vain vastaamista varten.'],
    ['sv', 'purposes', 'Föreningen sparar din adress för att kunna skicka kallelser till årsmötet.'],
  ]);
  // A right that speaks of purposes states none.
  expectEach('missing', [
    ['sv', 'purposes', '## Dina rättigheter', 'Du kan återkalla ditt samtycke för ändamål som bygger på samtycke.'],
    ['fi', 'purposes', '## Oikeutesi', 'Voit vastustaa tietojesi käsittelyä suoramarkkinointitarkoituksiin.'],
  ]);
});

describe('rights: asking what is kept about oneself; changing one\'s data said with another noun', () => {
  expectEach('present', [
    ['sv', 'right-of-access', 'Du kan alltid skriva till oss och fråga vad vi har lagrat om dig.'],
    ['sv', 'right-to-rectification', 'Du kan be oss ändra eller ta bort din data när som helst.'],
  ]);
  expectEach('missing', [
    ['sv', 'right-to-rectification', 'Vi kan komma att ändra hur vi arbetar.'],
  ]);
});

describe('portability named with its verb; the controller labelled "Ansvarig:"; data the person types in', () => {
  expectEach('present', [
    ['fi', 'right-to-portability', 'Sinulla on seuraavat oikeudet:', '- Oikeus siirtää tiedot: voit saada tiedot käyttääksesi niitä toisessa palvelussa.'],
    ['sv', 'controller-identity', 'Frågor om dina uppgifter mejlar du till anna@exempelbutiken.se.', 'Ansvarig: Anna Andersson, Exempelbutiken, Skövde.'],
    ['fi', 'data-sources', 'Sovellus lähettää käyttäjän syöttämän hakusanan karttapalveluun.'],
    ['sv', 'data-sources', 'Sökorden du skriver in skickas till karttjänsten.'],
  ]);
  expectEach('missing', [
    ['fi', 'right-to-portability', 'Rekisterinpitäjällä on oikeus siirtää tiedot käsittelijälle.'],
    ['sv', 'controller-identity', 'Frågor mejlar du till info@exempel.se.', 'Ansvarig utgivare: Anna Andersson.'],
  ]);
});

describe('rectification: the controller updating this notice is no correction of the person\'s data', () => {
  expectEach('missing', [
    ['fi', 'right-to-rectification', 'Voimme päivittää tätä tietosuojaselostetta tarvittaessa, joten tarkista sivu ajoittain.'],
    ['sv', 'right-to-rectification', 'Vi kan komma att uppdatera denna integritetspolicy och informationen i den.'],
  ]);
  expectEach('present', [
    ['fi', 'right-to-rectification', 'Voit pyytää meitä korjaamaan virheelliset tietosi.'],
  ]);
});

describe('statutory requirement: a permission refused and the app still working', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'Du kan neka behörigheten till kameran utan att appen slutar fungera.'],
    ['fi', 'statutory-requirement', 'Jos kiellät sijainnin käytön, sovellus toimii silti.'],
  ]);
});

describe('statutory requirement: what identifies the person making a request is no requirement to give data', () => {
  expectEach('missing', [
    ['fi', 'statutory-requirement', 'Tietojen poistamiseksi tarvitaan tunnistetieto, esimerkiksi nimi tai sähköposti.'],
  ]);
  expectEach('present', [
    ['fi', 'statutory-requirement', 'Tilauksen tekemiseen tarvitaan nimi ja toimitusosoite.'],
  ]);
});
