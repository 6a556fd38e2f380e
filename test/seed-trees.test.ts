import { describe, expect, it } from 'vitest';
import { NO_SHARED, parseSeed, SEEDS } from './helpers.js';
import type { Notice } from '../src/model/types.js';

/** Each section as "line, indentation by level, number, title", with [] for an empty one. */
function outline(n: Notice): string[] {
  return n.sections.map((s) => {
    const line = n.lines.position(s.titleSpan!.start).line;
    const empty = s.blocks.length === 0 && s.children.length === 0 ? ' []' : '';
    // Long titles are cut: the seeds' text stays in ../shared/seeds, not in the project.
    const title = s.title.length > 60 ? `${s.title.slice(0, 40)}…` : s.title;
    return `${line} ${'  '.repeat(s.level - 1)}${s.number ? `${s.number}. ` : ''}${title}${empty}`;
  });
}

describe.skipIf(NO_SHARED)('section trees of the five real notices', () => {
  it('000: short-line and question headings', () => {
    expect(outline(parseSeed(SEEDS.s000))).toEqual([
      "3 Rekisterinpitäjä",
      "10 Rekisterin yhteyshenkilö",
      "17 Rekisterin nimi ja ylläpidon peruste",
      "21 Rekisteriin liittyvät sivustot",
      "25 Mihin tarkoituksiin tietojasi kerätään ja käsitellään?",
      "39 Rekisterin sisältämät tiedot",
      "51 Mistä saamme tietosi?",
      "55 Millä oikeusperusteella käsittelemme henkilötietojasi?",
      "59 Tietojen antamisen pakollisuus ja antama…",
      "63 Säännönmukaiset tietolähteet",
      "69 Muilta sivustoilta upotettu sisältö",
      "75 Kenelle jaamme tietosi",
      "86 Kuinka kauan säilytämme tietoa",
      "90 Rekisteröidyn oikeudet",
      "103 Miten käytät oikeuksiasi?",
      "109 Henkilötietorekisterin suojaus"
    ]);
  });
  it('001: one section per table row, three with empty cells', () => {
    expect(outline(parseSeed(SEEDS.s001))).toEqual([
      "5 Laatimispäivä",
      "6 Rekisterinpitäjä",
      "7 Yhteyshenkilö rekisteriä koskevissa asioissa",
      "8 Rekisterin nimi",
      "9 Oikeusperuste ja henkilötietojen käsitte…",
      "10 Oikeutetun edun peruste",
      "11 Kyseessä olevat henkilötietoryhmät []",
      "12 Vastaanottajat ja vastaanottajaryhmät",
      "13 Suostumus []",
      "14 Rekisterin tietosisältö",
      "15 Säännönmukaiset tietolähteet",
      "18 Henkilötietojen säilyttämisaika",
      "19 Tietojen säännönmukaiset luovutukset",
      "20 Tietojen siirto EU:n tai ETA:n ulkopuolelle",
      "21 Rekisterin suojauksen periaatteet A: Manuaalinen aineisto",
      "22 Rekisterin suojauksen periaatteet B: ATK…",
      "23 Evästeet",
      "26 Automaattinen käsittely ja profilointi []",
      "27 Tarkastusoikeus, eli oikeus saada pääsy henkilötietoihin.",
      "28 Oikeus siirtää tiedot järjestelmästä toiseen",
      "29 Oikeus vaatia tiedon korjaamista",
      "30 Rajoittamisoikeus",
      "31 Vastustamisoikeus",
      "34 Oikeus tehdä valitus valvontaviranomaiselle",
      "35 Muut henkilötietojen käsittelyyn liittyvät oikeudet"
    ]);
  });
  it('002: numbered sections 1 to 10, with 10 twice', () => {
    expect(outline(parseSeed(SEEDS.s002))).toEqual([
      "3 TIETOSUOJASELOSTE",
      "11 1. Rekisterin ylläpitäjä",
      "18 2. Rekisteriasioiden yhteystieto",
      "22 3. Rekisterin nimi",
      "26 4. Henkilötietojen käsittelyn oikeusperuste ja tarkoitus",
      "37 5. Asiakasrekisterissä käsiteltävät tiedot",
      "48 6. Henkilötietojen kerääminen",
      "54 7. Tietojen luovuttaminen tai siirtäminen E…",
      "64 8. Tietojen suojaus ja säilytys",
      "74 9. Henkilön oikeus saada tietoja hänestä re…",
      "80 10. Yhteyshenkilö",
      "84 10. Rekisteriselostetta koskevat muutokset"
    ]);
  });
  it('003: short-line headings, an ALL-CAPS one, a heading glued to its body', () => {
    expect(outline(parseSeed(SEEDS.s003))).toEqual([
      "5 Viimeksi päivitetty",
      "11 Rekisterinpitäjä",
      "17 Yhteyshenkilö rekisteriä koskevista asioissa",
      "27 Käsittelyn oikeusperuste",
      "31 Henkilötietojen käsittelyn tarkoitus",
      "41 Kyseessä olevat henkilötietoryhmät",
      "45 Vastaanottajat ja vastaanottajaryhmät",
      "49 Rekisterin tietosisältö",
      "63 Säännönmukaiset tietolähteet",
      "75 Henkilötietojen säilyttämis aika",
      "81 Tietojen säännönmukaiset luovutukset",
      "89 Tietojen siirto EU:n tai ETA:n ulkopuolelle",
      "93 Rekisterin suojauksen periaatteet A: Manuaalinen aineisto",
      "101 Rekisterin suojauksen periaatteet B: Sähköinen aineisto",
      "109 Evästeet",
      "122 Sinun oikeutesi",
      "127 GOOGLE ANALYTICS",
      "135 Automaattinen käsittely ja profilointi",
      "145 Oikeus siirtää tiedot järjestelmästä toiseen",
      "149 Oikeus vaatia tiedon korjaamista",
      "159 Rajoittamisoikeus",
      "163 Vastustamisoikeus",
      "169 Oikeus tehdä valitus valvontaviranomaiselle",
      "184 Muut henkilötietojen käsittelyyn liittyvät oikeudet"
    ]);
  });
  it('004: numbered sections with their sub-headings', () => {
    expect(outline(parseSeed(SEEDS.s004))).toEqual([
      "1 Valitse sivu",
      "5 Rekisteriseloste/Tietosuojaseloste",
      "9 1. Rekisterinpitäjä ja rekisteristä vastaava henkilö",
      "15   Rekisteriasioista vastaava henkilö",
      "21 2. Rekisterin nimi",
      "25 3. Henkilötietojen käsittelyn tarkoitus ja peruste",
      "44 4. Rekisterin tietosisältö",
      "60 5. Säännönmukaiset tietolähteet",
      "68 6. Säännönmukaiset tietojen luovutukset ja …",
      "77 7. Rekisteröidyn oikeudet",
      "79   Tarkastus- ja oikaisuoikeus (Henkilötietolaki 26§)",
      "85   Kielto-oikeus:",
      "91   Tiedon korjaaminen ja tiedon korjaamisen toteuttaminen",
      "95 8. Rekisterin suojauksen periaatteet ja säilytysajat",
      "97   Manuaalinen aineisto",
      "101   Sähköisesti tallennetut tiedot",
      "105   Tietojen säilytysajat",
      "109 9. Muut mahdolliset oikeudet",
      "111   Henkilötietolain (523/99) mukainen informointi",
      "115   Oikeus tehdä valitus valvontaviranomaiselle"
    ]);
  });
  it('all five are Finnish', () => {
    for (const name of Object.values(SEEDS)) expect(parseSeed(name).language).toBe('fi');
  });
});
