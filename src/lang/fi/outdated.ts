// Generated from lexicon/fi/outdated.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { OutdatedPhrases } from '../types.js';

export const outdated: OutdatedPhrases = {
  "lang": "fi",
  "historical": [
    "kumo*",
    "korvattiin",
    "korvattu*",
    "korvannut",
    "korvasi",
    "korvaa",
    "ei ole enää voimassa",
    "ei enää ole voimassa",
    "ei enää",
    "aiemmin",
    "aikaisemmin",
    "entinen",
    "entisen",
    "entiseltä",
    "entisestä",
    "ent.",
    "silloinen",
    "silloisen",
    "voimassa ollut",
    "voimassa olleen",
    "nykyisin",
    "nykyään",
    "nyk.",
    "lakkautet*",
    "lakkautti",
    "vuoteen 2018",
    "vuoteen 2019",
    "vuoden 2018 loppuun",
    "nimi muuttui",
    "muuttui nimeltään",
    "uusi nimi"
  ],
  "annulled": [
    "mitätöi*",
    "julisti* pätemättömäksi",
    "todettiin pätemättömäksi"
  ],
  "invalidated": [
    "mitätöi*",
    "mitätön",
    "pätemät*",
    "kumo*",
    "ei ole enää voimassa",
    "ei enää",
    "lakkasi",
    "lakannut",
    "korvattiin",
    "korvattu*",
    "korvannut",
    "korvasi",
    "aiemmin",
    "aikaisemmin",
    "entinen",
    "entisen",
    "ent."
  ],
  "finland": [
    "Suome*",
    "Helsin*",
    "tietosuojavaltuute*",
    "y-tunnus*",
    "523/1999",
    "1050/2018"
  ],
  "sweden": [
    "Ruotsi*",
    "Integritetsskyddsmyndighet*",
    "1998:204"
  ],
  "floorWords": [
    "krs",
    "kerros"
  ],
  "postBoxWords": [
    "PL",
    "Postilokero"
  ],
  "faxWords": [
    "faksi",
    "telefaksi",
    "fax"
  ]
};
