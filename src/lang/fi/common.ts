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
    "jaa sivu"
  ],
  "bracketWords": [
    "at",
    "ät",
    "piste",
    "sic",
    "huom"
  ],
  "templateNotes": [
    "tämä malli",
    "tätä mallia",
    "tämän mallin",
    "tämä pohja",
    "tätä pohjaa",
    "tämän pohjan",
    "mallipohjaa",
    "muokkaa tätä",
    "täydennä tähän",
    "lisää tähän"
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
    "www-osoite"
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
  ]
};
