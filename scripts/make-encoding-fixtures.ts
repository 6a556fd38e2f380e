/**
 * Writes fixtures/encoding/: one short notice of our own in four byte forms (UTF-8,
 * Windows-1252, UTF-16LE with a BOM, and UTF-8 with its curly quotes, dash, ellipsis and euro
 * sign as stray Windows-1252 bytes), and a binary file; and the stray-byte form of a second
 * notice as a fixture of the legacy-encoding rule. test/encoding.test.ts checks each text form
 * decodes to exactly the UTF-8 text and gives the same findings.
 * Run: npx tsx scripts/make-encoding-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { writeMarkedFixture } from './rule-fixtures.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const dir = join(fixtures, 'encoding');

/** Curly quotes, a dash, an ellipsis and the euro sign: all in Windows-1252's 0x80-0x9F range. */
export const NOTICE = `TIETOSUOJASELOSTE – Pyöräkorjaamo Väänänen Oy

Päivitetty 3.2.2025

1. Rekisterinpitäjä

Pyöräkorjaamo Väänänen Oy (Y-tunnus 3271564-8), Rautatienkatu 14, 33100 Tampere.
Yhteyshenkilö: Päivi Väänänen, tietosuoja@pyoravaananen.fi, puh. 040 555 0192.

2. Mihin käytämme tietojasi

Käsittelemme nimeäsi, puhelinnumeroasi ja pyöräsi tietoja korjaustilausten hoitamiseen ja
laskutukseen. Käsittelyn peruste on sopimus (”korjaustilaus”) – ilman näitä tietoja emme voi
ottaa pyörääsi huoltoon… Huollon hinta alkaa 35 €:sta.

3. Kuinka kauan säilytämme tietoja

Laskut säilytämme kirjanpitolain mukaisesti 10 vuotta, muut tiedot 2 vuotta viimeisestä käynnistä.

4. Tietojen luovutukset ja siirrot

Emme luovuta tietoja kolmansille osapuolille emmekä siirrä niitä EU:n tai ETA:n ulkopuolelle.

5. Oikeutesi

Sinulla on oikeus tarkastaa ja oikaista tietosi, pyytää niiden poistamista tai käsittelyn
rajoittamista, vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen. Voit tehdä
valituksen tietosuojavaltuutetun toimistolle (www.tietosuoja.fi), jos katsot, että
tietojasi käsitellään lainvastaisesti.
`;

/** A short notice whose quotes and dash an older program pasted into its UTF-8 as Windows-1252 bytes. */
const PASTED = `Tietosuojaseloste – Kuntosali Härmän Voima ry

Päivitetty 12.3.2026

Rekisterinpitäjä: Kuntosali Härmän Voima ry, Kauppatie 9, 62300 Härmä, hallitus@harmanvoima.fi.

Käsittelemme jäsenten nimiä, osoitteita ja maksutietoja jäsenyyden hoitamiseen (”jäsensopimus”). Tiedot säilytetään kaksi vuotta jäsenyyden päättymisestä.
`;

/**
 * UTF-8, but each character that Windows-1252 has in 0x80-0x9F (curly quotes, dashes, the
 * ellipsis, the euro sign) and the no-break space written as its Windows-1252 byte, as an older
 * program pastes them.
 */
export function withStrayBytes(text: string): Buffer {
  return Buffer.concat(
    [...text].map((c) => {
      const legacy = iconv.encode(c, 'windows-1252');
      return legacy.length === 1 && ((legacy[0] >= 0x80 && legacy[0] <= 0x9f) || c === '\u00a0') ? legacy : Buffer.from(c, 'utf8');
    }),
  );
}

/** Not text: a PNG header and a few bytes of image data, NULs included. */
const BINARY = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 8, 6, 0, 0, 0, 0x1f, 0xf3, 0xff, 0x61]);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'notice.utf-8.txt'), NOTICE);
  writeFileSync(join(dir, 'notice.windows-1252.txt'), iconv.encode(NOTICE, 'windows-1252'));
  writeFileSync(join(dir, 'notice.utf-16le-bom.txt'), iconv.encode(NOTICE, 'utf-16le', { addBOM: true }));
  writeFileSync(join(dir, 'notice.utf-8-stray-bytes.txt'), withStrayBytes(NOTICE));
  writeFileSync(join(dir, 'image-saved-as.txt'), BINARY);
  // With its expectation inline: the finding at the first stray byte, the dash of line 1.
  writeMarkedFixture(join(fixtures, 'rules', 'legacy-encoding', 'fi-utf8-stray-bytes.txt'), withStrayBytes(PASTED), [{ ruleId: 'legacy-encoding', line: 1, column: 19, severity: 'info' }]);
}
