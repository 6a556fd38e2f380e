/**
 * Finnish and Swedish ways of stating the GDPR items met on a seventh round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';


describe('legitimate interests: a list of purposes, each item labelled with its processing and giving its basis', () => {
  expectEach('present', [
    ['sv', 'legitimate-interests', 'Vi behandlar uppgifterna för dessa ändamål:', '- **Svara på frågor** — så att vi kan svara dig. Laglig grund: berättigat intresse.\n- **Leverera tjänsten** — för att fullgöra avtalet. Laglig grund: avtal.'],
    ['fi', 'legitimate-interests', 'Käsittelemme tietoja näihin tarkoituksiin:', '- Tapahtumakutsujen lähettäminen: lähetämme kutsuja aiemmille osallistujille. Peruste: oikeutettu etu.'],
    ['en', 'legitimate-interests', 'We use your data for these purposes:', '- Fraud checks – to spot stolen cards. Legal basis: legitimate interest.'],
  ]);
  // The label is the basis itself, or a right: it says nothing of what the interest is.
  expectEach('missing', [
    ['sv', 'legitimate-interests', 'Vi behandlar uppgifter med stöd av:', '- Rättslig grund: berättigat intresse.'],
    ['fi', 'legitimate-interests', 'Käsittelyn perusteet:', '- Oikeusperuste – käsittely perustuu oikeutettuun etuun.'],
  ]);
});

describe('DPO: a heading for the officer and the requests, over a sentence saying there is no officer', () => {
  expectEach('missing', [
    ['fi', 'dpo-contact', '## Tietosuojavastaava ja yhteydenotot', 'Meillä ei ole tietosuojavastaavaa.', 'Pyynnöt voi lähettää osoitteeseen pyynnot@esimerkki.fi.'],
    ['sv', 'dpo-contact', '## Dataskyddsombud och förfrågningar', 'Vi har inte utsett något dataskyddsombud.', 'Skicka dina frågor till fragor@exempel.se.'],
    ['en', 'dpo-contact', '## Data protection officer and requests', 'We have not appointed a data protection officer.', 'Send requests to requests@example.com.'],
  ]);
  // An officer named with an address under the same heading still is one.
  expectEach('present', [
    ['fi', 'dpo-contact', '## Tietosuojavastaava', 'Tietosuojavastaavamme on Maija Esimerkki, maija@esimerkki.fi.'],
    ['sv', 'dpo-contact', '## Dataskyddsombud', 'Vårt dataskyddsombud nås på ombud@exempel.se.'],
  ]);
});

describe("recipients: the controller's own statement in a later paragraph under a right's heading", () => {
  expectEach('present', [
    ['fi', 'recipients', '## Poisto-oikeus', 'Rekisteröity voi pyytää tietojensa poistamista.', 'Jäsentietoja ei luovuteta yhdistyksen ulkopuolelle.'],
    ['sv', 'recipients', '## Rätt till radering', 'Du kan begära att vi raderar dina uppgifter.', 'Kunduppgifter lämnas inte ut till tredje part.'],
  ]);
  // What the right covers (the person may be told who received the data) names no recipient of this controller.
  expectEach('missing', [
    ['fi', 'recipients', '## Tarkastusoikeus', 'Rekisteröidyllä on oikeus tarkastaa tietonsa.', 'Rekisteröity voi saada tiedon myös siitä, kenelle tietoja on luovutettu.'],
    ['sv', 'recipients', '## Rätt till tillgång', 'Du har rätt att få tillgång till dina uppgifter.', 'Du har även rätt att få veta vilka mottagare som fått uppgifterna.'],
  ]);
});

describe('data categories: a device described by its parts', () => {
  expectEach('present', [
    ['sv', 'data-categories', 'Appen kan samla in enhetstyp, operativsystem och appversion för felsökning.'],
    ['fi', 'data-categories', 'Sovellus voi kerätä laitetyypin, käyttöjärjestelmän ja sovellusversion vianetsintää varten.'],
  ]);
});

describe('data sources: what the person chooses to tell, and data handled when they get in touch', () => {
  expectEach('present', [
    ['sv', 'data-sources', 'Anteckningen innehåller bara det ni själva väljer att berätta.'],
    ['sv', 'data-sources', 'När du hör av dig behandlas ditt namn och ditt telefonnummer.'],
  ]);
});

describe('restriction: the adjective of amount is no right', () => {
  expectEach('missing', [['sv', 'right-to-restriction', 'Appen kan samla in begränsad teknisk information, till exempel telefonmodell.']]);
  expectEach('present', [['sv', 'right-to-restriction', 'Du har rätt att få behandlingen av dina uppgifter begränsad.']]);
});

describe("legal basis: withdrawing consent as one item of a list of the person's rights names no basis", () => {
  expectEach('missing', [
    ['sv', 'legal-basis', 'Vi använder dina uppgifter för att skicka beställningar.', '## Dina rättigheter', 'Du har rätt att:\n\n- få veta vilka uppgifter vi har om dig,\n- få dina uppgifter raderade,\n- återkalla ett samtycke som du har lämnat.'],
    ['fi', 'legal-basis', 'Käytämme tietoja tilausten toimittamiseen.', '## Oikeutesi', 'Sinulla on oikeus:\n\n- saada pääsy tietoihisi,\n- pyytää tietojesi poistamista,\n- peruuttaa antamasi suostumus.'],
  ]);
  // The item says what the consent covers, or consent is said as the basis elsewhere: consent is relied on.
  expectEach('present', [
    ['sv', 'legal-basis', 'Vi använder dina uppgifter för att skicka beställningar.', '## Dina rättigheter', 'Du har rätt att:\n\n- få dina uppgifter raderade,\n- återkalla samtycke (t.ex. koppla bort stegräknaren).'],
    ['fi', 'legal-basis', 'Lähetämme uutiskirjeen suostumuksesi perusteella.', '## Oikeutesi', 'Sinulla on oikeus:\n\n- pyytää tietojesi poistamista,\n- peruuttaa antamasi suostumus.'],
  ]);
});

describe('data sources: a label of collected data and a noun for logs say what, not where from', () => {
  expectEach('missing', [['sv', 'data-sources', 'Appen skickar påminnelser till föräldrar.', '- **Insamlad data:** namn, e-postadress och felloggar.']]);
  expectEach('present', [['sv', 'data-sources', 'Servern loggar din IP-adress när du besöker sidan.']]);
});

describe("portability: data moving between controllers as the controller's practice is no right", () => {
  expectEach('missing', [['fi', 'right-to-portability', '## Rekisteröidyn oikeudet', 'Asiakkaan tiedot siirtyvät rekisterinpitäjältä toiselle vain asiakkaan suostumuksella. Asiakkaalla on oikeus tarkistaa tietonsa.']]);
  expectEach('present', [['fi', 'right-to-portability', '## Rekisteröidyn oikeudet', 'Sinulla on oikeus siirtää tietosi järjestelmästä toiseen.']]);
});
