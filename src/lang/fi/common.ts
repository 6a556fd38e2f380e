// Generated from lexicon/fi/common.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { CommonPhrases } from '../types.js';

export const common: CommonPhrases = {
  "lang": "fi",
  "furniture": [
    "valitse sivu",
    "siirry sisältöön",
    "takaisin ylös",
    "sivun alkuun",
    "hyppää sisältöön",
    "avaa valikko",
    "sulje valikko",
    "jaa sivu",
    "tulosta sivu",
    "tulosta",
    "jaa",
    "jaa facebookissa",
    "jaa twitterissä",
    "jaa linkedinissä",
    "jaa sivu facebookissa",
    "sivun ylälaitaan",
    "takaisin sivun alkuun",
    "palaa sivun alkuun",
    "palaa alkuun"
  ],
  "bracketWords": [
    "at",
    "ät",
    "piste",
    "sic",
    "huom"
  ],
  "templateNotes": [
    "kerro .. tietosuojaselosteessasi",
    "mainitse .. tietosuojaselosteessasi",
    "kuvaa .. tietosuojaselosteessasi",
    "selitä .. tietosuojaselosteessasi",
    "suositeltu teksti:",
    "tämä malli",
    "tätä mallia",
    "tämän mallin",
    "tämä pohja",
    "tätä pohjaa",
    "tämän pohjan",
    "muokkaa tätä",
    "täydennä tähän",
    "lisää tähän",
    "malliseloste*",
    "mallipohja*",
    "muokkaa .. vastaamaan",
    "muokkaa tämä",
    "muokkaa se",
    "tämä on malli",
    "tämä on pohja",
    "muokk* .. ennen julkai*",
    "muokat* .. ennen julkai*",
    "mukaut* .. ennen julkai*",
    "täydent* .. ennen julkai*",
    "tarkista .. ennen julkai*",
    "tarkistakaa .. ennen julkai*",
    "sivu on rakenteilla",
    "sivu on työn alla",
    "sivu on vielä rakenteilla",
    "sivu on vielä työn alla",
    "täydennetään myöhemmin",
    "täydennetään, kun .. rekisteröi*",
    "täydennetään rekisteröinnin jälkeen",
    "täytettävät otsikot",
    "otsikot täytettäväksi",
    "pohja täytettäväksi",
    "julkaise tämä tiedosto",
    "julkaise tiedosto",
    "lisätään myöhemmin",
    "täytetään myöhemmin"
  ],
  "templateInstructions": [
    "täydennä .. tähän",
    "liitä .. tähän",
    "täytä .. tähän",
    "kirjoita .. tähän"
  ],
  "templateNoteClaims": [
    "osta",
    "lataa"
  ],
  "placeholderWords": [
    "s-postiosoite",
    "sähköpostiosoite",
    "sähköposti",
    "osoite",
    "postiosoite",
    "puhelinnumero",
    "puhelin",
    "yrityksen nimi",
    "yritys",
    "nimi",
    "päivämäärä",
    "pvm",
    "y-tunnus",
    "yhteyshenkilö",
    "rekisterinpitäjä",
    "verkkosivusto",
    "www-osoite",
    "mikä",
    "mitkä",
    "kuka",
    "mihin perustuu"
  ],
  "placeholderLeads": [
    "lisää",
    "täydennä",
    "kirjoita",
    "täytä"
  ],
  "businessIdLabels": [
    "y-tunnus",
    "y-tun",
    "ytunnus",
    "y tunnus",
    "yritystunnus",
    "alv-numero",
    "alv-tunniste",
    "alv nro"
  ],
  "sampleText": [
    "matti meikäläinen",
    "maija meikäläinen",
    "yritys oy",
    "pp.kk.vvvv",
    "pp.kk.vv",
    "lorem ipsum",
    "blaa blaa",
    "esimerkkikatu",
    "bla bla",
    "blabla"
  ],
  "clauseBreaks": [
    "mutta",
    "vaan",
    "vaikka"
  ],
  "exampleLeads": [
    "esim.",
    "esimerkiksi",
    "kuten"
  ],
  "placeholderDomains": [
    "esimerkki",
    "esimerkkiyritys",
    "yrityksesi"
  ],
  "hiddenEmailNotes": [
    "sähköpostiosoite on suojattu spamboteilta",
    "sähköpostiosoite on suojattu roskaposti*",
    "tarvitset javascript* .. nähdäksesi"
  ],
  "toolCredits": [
    "käännetty .. deepl*",
    "käännetty google kääntäjällä",
    "käännetty google translate*"
  ]
};
