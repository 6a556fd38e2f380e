/**
 * Finnish and Swedish ways of stating the GDPR items met on a thirteenth round of real notices,
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe } from 'vitest';
import { expectEach } from './item-cases.js';

describe('purposes: a Swedish heading in the passive with the data named between', () => {
  expectEach('present', [
    ['sv', 'purposes', '## Hur medlemmarnas uppgifter används', '- Kallelser till årsmötet.\n- Fakturering av medlemsavgiften.'],
    ['sv', 'purposes', '## Hur vi samlar in och använder data', '- Kallelser till årsmötet.'],
  ]);
});

describe('data sources: how data is collected, or a list of what, names no source', () => {
  expectEach('missing', [
    ['fi', 'data-sources', '## Miksi keräämme tietoja?', 'Käytämme tietoja jäsenmaksujen laskuttamiseen.'],
    ['fi', 'data-sources', '## Tiedot', 'Keräämme jäsenistä seuraavat tiedot:', '- Nimi\n- Puhelinnumero'],
    ['fi', 'data-sources', '## Yleistä', 'Tämä seloste kertoo, miten kerho kerää ja säilyttää jäsentensä tietoja.'],
    ['sv', 'data-sources', '## Om policyn', 'Här beskriver vi hur föreningen samlar in och använder medlemmarnas uppgifter.'],
    ['sv', 'data-sources', '## Uppgifter', 'Vi samlar in följande uppgifter:', '- Namn\n- Telefonnummer'],
  ]);
  expectEach('present', [
    ['fi', 'data-sources', '## Miten keräämme tietoja', 'Saamme tiedot suoraan sinulta, kun liityt jäseneksi.'],
    ['sv', 'data-sources', '## Uppgifter', 'Vi samlar in följande uppgifter direkt från dig:', '- Namn'],
    ['sv', 'data-sources', '## Uppgifter', 'Vi samlar in namn och adress när du bokar en tid.'],
  ]);
});

describe('statutory requirement: "without the data" counts only with what then cannot be done', () => {
  expectEach('missing', [
    ['fi', 'statutory-requirement', '## Luovutukset', 'Lähetämme yhteistyökumppaneille vain kuukausiraportit ilman henkilötietoja.'],
  ]);
  expectEach('present', [
    ['fi', 'statutory-requirement', '## Tiedot', 'Ilman näitä tietoja emme voi käsitellä hakemustasi.'],
    ['fi', 'statutory-requirement', '## Tiedot', 'Ilman henkilötietoja tilausta ei voida toimittaa.'],
  ]);
});

describe('recipients: a Swedish section headed by third parties as such', () => {
  expectEach('present', [
    ['sv', 'recipients', '## Tredjepart och lagring', 'Vi använder en extern bokningstjänst som lagrar dina bokningar åt oss.'],
    ['sv', 'recipients', '## Tredje parter', 'Vår webbhotellsleverantör har tillgång till servrarna där uppgifterna finns.'],
  ]);
});
