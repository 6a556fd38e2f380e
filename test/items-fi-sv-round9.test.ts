/**
 * Finnish and Swedish ways of stating the GDPR items met on a ninth round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';


describe('rectification: the person edits their own data in an account', () => {
  expectEach('present', [
    ['fi', 'right-to-rectification', 'Rekisteröityneet jäsenet voivat itse katsella ja muokata omia henkilötietojaan profiilisivulla.'],
    ['sv', 'right-to-rectification', 'Som inloggad kan du när som helst se och redigera dina uppgifter under Mitt konto.'],
  ]);
  // The controller editing this notice is no right.
  expectEach('missing', [
    ['fi', 'right-to-rectification', 'Voimme muokata tätä tietosuojaselostetta, kun palvelu muuttuu.'],
  ]);
});

describe('consent: "nothing to consent to" relies on no consent', () => {
  expectEach('missing', [
    ['sv', 'legal-basis', 'Sidan använder inga kakor eller spårare, så det finns inget att samtycka till.'],
    ['fi', 'legal-basis', 'Sivusto ei käytä evästeitä, joten suostumusta ei kysytä.'],
  ]);
  expectEach('not-applicable', [
    ['sv', 'consent-withdrawal', 'Sidan använder inga kakor eller spårare, så det finns inget att samtycka till.'],
    ['fi', 'consent-withdrawal', 'Sivusto ei käytä evästeitä, joten suostumusta ei kysytä.'],
  ]);
});

describe('automated decisions: profiling named in a compound', () => {
  expectEach('present', [
    ['sv', 'automated-decision-making', 'Vi säljer inga uppgifter och använder dem inte för kundprofilering.'],
    ['fi', 'automated-decision-making', 'Tietoja ei käytetä käyttäytymisprofilointiin.'],
  ]);
});

describe('retention: as long as the app is installed', () => {
  expectEach('present', [
    ['sv', 'retention-period', 'Dina inställningar sparas på vår server så länge tillägget är installerat i din butik.'],
    ['fi', 'retention-period', 'Asetukset säilytetään palvelimellamme niin kauan kuin laajennus on asennettuna kauppaasi.'],
  ]);
  // Removing the app oneself is the person deleting, no criterion the controller keeps to.
  expectEach('missing', [
    ['sv', 'retention-period', 'Allt sparas på din telefon. Du kan ta bort allt genom att avinstallera appen.'],
  ]);
});

describe('objection: changing one\'s mind about direct marketing', () => {
  expectEach('present', [
    ['sv', 'right-to-object', 'Om du har tackat ja till erbjudanden via direktmarknadsföring, kan du ändra dig när som helst genom att mejla oss.'],
    ['sv', 'right-to-object', 'Du kan kryssa i rutan i formuläret om du inte vill ha marknadsföring från oss.'],
  ]);
});

describe('purposes: the app or a service it uses says what for', () => {
  expectEach('present', [
    ['fi', 'purposes', '- **Kartta** — Tallentaa sijaintisi reitin piirtämiseksi.'],
    ['fi', 'purposes', 'Virheraportointityökalu kerää laitetietoja vikojen korjaamiseen.'],
  ]);
});

describe('controller: a street and its number with the town, no postcode', () => {
  expectEach('present', [
    ['fi', 'controller-identity', '## Rekisterinpitäjä', 'Esimerkin Kahvila Oy<br>\nKauppatie 7<br>\nKuopio'],
    ['sv', 'controller-identity', '## Personuppgiftsansvarig', 'Exempelbageriet AB, Storgatan 12, Umeå.'],
  ]);
  // A street named with no number is no address.
  expectEach('missing', [
    ['fi', 'controller-identity', '## Rekisterinpitäjä', 'Esimerkin Kahvila Oy, Kauppatie, Kuopio.'],
  ]);
});

describe('legal basis (fi): the processing said to fulfil an obligation under a named law', () => {
  expectEach('present', [
    ['fi', 'legal-basis', 'Jäsenrekisterin tietoja käytetään vain yhdistyslain mukaisten velvollisuuksien täyttämiseen.'],
    ['fi', 'legal-basis', 'Laskutustietoja käsitellään kirjanpitolain velvoitteiden noudattamiseksi.'],
  ]);
  // An obligation with no law or basis behind it names no basis.
  expectEach('missing', [
    ['fi', 'legal-basis', 'Tietoja käytetään tilausten toimittamiseen ja asiakaspalvelun velvoitteiden täyttämiseen.'],
  ]);
});
