/**
 * Finnish and Swedish ways of stating the GDPR items met on a twelfth round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';


describe('statutory requirement: a required or optional mark in brackets, with more words after it', () => {
  expectEach('present', [
    ['fi', 'statutory-requirement', '## Mitä tietoja keräämme', '### Profiilin perustiedot (pakolliset tilin luomiseksi)', '- Nimi\n- Sähköpostiosoite'],
    ['fi', 'statutory-requirement', '## Mitä tietoja keräämme', 'Syntymävuosi (vapaaehtoinen, käytetään vain tilastoihin).'],
    ['sv', 'statutory-requirement', '## Vilka uppgifter vi samlar in', 'Kontouppgifter (obligatoriska vid registrering): namn och e-post.'],
    ['sv', 'statutory-requirement', '## Vilka uppgifter vi samlar in', 'Telefonnummer (frivilligt, för sms-påminnelser).'],
  ]);
  // Volunteers in brackets are people, not an optional piece of data.
  expectEach('missing', [
    ['fi', 'statutory-requirement', '## Keitä tiedot koskevat', 'Rekisterissä on jäsenten ja tapahtumien työntekijöiden (vapaaehtoistyöntekijät) yhteystiedot.'],
  ]);
});

describe('statutory requirement: "not disclosed except when the law requires it" is about disclosure, not about giving data', () => {
  expectEach('missing', [
    ['sv', 'statutory-requirement', '## Mottagare', 'Vi lämnar inte ut dina uppgifter till andra, utom när det krävs för att följa lag.'],
    ['sv', 'statutory-requirement', '## Mottagare', 'Kunduppgifter lämnas aldrig ut till någon annan än om det krävs för att leverera varan.'],
  ]);
  expectEach('present', [
    ['sv', 'statutory-requirement', '## Uppgifter', 'Du måste lämna din e-postadress för att vi ska kunna skicka kvittot.'],
    ['sv', 'statutory-requirement', '## Kunder', 'För nya kunder är registreringen av kontaktuppgifter nödvändig för att kunna ingå avtal.'],
  ]);
});

describe('recipients: data said to be out of outsiders\' reach answers who gets it', () => {
  expectEach('present', [
    ['fi', 'recipients', '## Tietojen säilytys', 'Jäsenluettelo säilytetään lukitussa kaapissa, eikä se ole seuran ulkopuolisten henkilöiden saatavilla.'],
    ['sv', 'recipients', '## Lagring', 'Medlemsregistret förvaras säkert och är inte tillgängligt för utomstående.'],
    ['sv', 'recipients', '## Så behandlas uppgifterna', 'Formuläret vidarebefordras automatiskt till vår e-posttjänst.'],
  ]);
});

describe('recipients: links to other sites under a heading of third-party services are no recipients', () => {
  expectEach('missing', [
    ['sv', 'recipients', '## Tredjepartstjänster', 'Sidan länkar till några externa webbplatser. Vi ansvarar inte för deras villkor.'],
  ]);
});

describe('purposes: collecting with a word inside the verb, or the app storing data to do something', () => {
  expectEach('present', [
    ['sv', 'purposes', '## Om oss', 'Vi samlar bara in de uppgifter som krävs för att skicka din beställning.'],
    ['fi', 'purposes', '## Tallennettavat tiedot', 'Sovellus tallentaa valitsemasi teeman muistaakseen sen seuraavalla kerralla.'],
  ]);
  // How data is collected, with no "what for", names no purpose.
  expectEach('missing', [
    ['sv', 'purposes', '## Om oss', 'Vi samlar även in uppgifter från offentliga register.'],
  ]);
});
