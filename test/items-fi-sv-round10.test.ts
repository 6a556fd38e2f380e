/**
 * Finnish and Swedish ways of stating the GDPR items met on a tenth round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';


describe('legal basis: named in brackets after a purpose', () => {
  expectEach('present', [
    ['fi', 'legal-basis', '## Miksi käsittelemme tietoja', 'Lähetämme tilausvahvistukset ja laskut (sopimuksen täytäntöönpano).'],
    ['fi', 'legal-basis', '## Käsittelyn tarkoitukset', 'Hoidamme kirjanpidon (lakisääteinen velvoite).'],
    ['sv', 'legal-basis', '## Varför vi behandlar uppgifterna', 'För att hantera din bokning (fullgörande av avtal).'],
    ['en', 'legal-basis', '## Why we use your data', 'To manage your booking (performance of a contract).'],
  ]);
  // A bracket with other words, or a basis word in brackets outside the purposes, states no basis.
  expectEach('missing', [
    ['fi', 'legal-basis', '## Miksi käsittelemme tietoja', 'Hoidamme tilauksia (esim. sopimukset alihankkijoiden kanssa).'],
    ['fi', 'legal-basis', '## Säilytys', 'Laskut säilytetään kuusi vuotta (kirjanpitolaki).'],
    ['en', 'legal-basis', '## Why we use your data', 'To run our shop (for example contracts with suppliers).'],
  ]);
});

describe('rights: an item of a list led in as the person\'s rights is a right by its place', () => {
  expectEach('present', [
    ['sv', 'right-of-access', '## Dina rättigheter', 'Som registrerad har du rätt till:', '- Åtkomst till dina sparade uppgifter\n- Rättelse av fel'],
  ]);
  // Staff access, outside such a list, is no right.
  expectEach('missing', [
    ['sv', 'right-of-access', '## Säkerhet', 'Endast två personer i styrelsen har åtkomst till dina uppgifter.'],
    ['sv', 'right-of-access', '## Dina rättigheter', 'Du kan begära rättelse av fel.', 'Endast styrelsen har åtkomst till dina uppgifter.'],
  ]);
});

describe('portability: the verb in a list of the other rights\' verbs, and a copy in a form that can be moved', () => {
  expectEach('present', [
    ['fi', 'right-to-portability', '## Oikeutesi', 'Sinulla on oikeus tarkastaa, korjata ja poistaa tietosi sekä siirtää tietosi.'],
    ['fi', 'right-to-portability', '## Oikeutesi', 'Voit pyytää nähtäväksesi tietosi, niiden oikaisua sekä kopion tiedoista siirrettävässä muodossa.'],
  ]);
  // The controller moving data, or data moved abroad, is no right.
  expectEach('missing', [
    ['fi', 'right-to-portability', '## Oikeutesi', 'Voit pyytää tietojesi korjaamista.', 'Voimme poistaa vanhat tiedot tai siirtää tiedot arkistoon.'],
    ['fi', 'right-to-portability', '## Oikeutesi', 'Voit pyytää tietojesi korjaamista.', 'Emme siirrä tietoja EU:n ulkopuolelle, emmekä korjaa tai siirrä tiedot kolmansille.'],
  ]);
});

describe('rights: the person stopping using the app, or reading the source code, is no right', () => {
  expectEach('missing', [
    ['sv', 'right-to-object', '## Dina rättigheter', 'Du kan begära rättelse av fel.', 'Vill du inte längre dela något kan du när som helst sluta använda appen.'],
    ['sv', 'right-of-access', '## Öppen källkod', 'Appen är fri programvara och du kan granska hela källkoden på nätet.'],
  ]);
  expectEach('present', [
    ['sv', 'right-to-object', '## Dina rättigheter', 'Du kan be oss att sluta använda dina uppgifter för statistik.'],
    ['sv', 'right-of-access', '## Dina rättigheter', 'Du kan granska de uppgifter vi har om dig.'],
  ]);
});

describe('rights: a list of browser help under a cookie heading is no rights list', () => {
  expectEach('missing', [
    ['en', 'right-to-erasure', '## Cookies', 'We use analytics cookies. You can read how to manage cookies in your browser:', '- Firefox: Delete and manage cookies in Firefox\n- Safari: Clear cookies in Safari'],
  ]);
});
