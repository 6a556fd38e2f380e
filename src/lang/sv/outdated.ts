// Generated from lexicon/sv/outdated.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { OutdatedPhrases } from '../types.js';

export const outdated: OutdatedPhrases = {
  "lang": "sv",
  "historical": [
    "upphäv*",
    "ersattes",
    "ersatts",
    "ersatte",
    "ersatt",
    "ersätt*",
    "inte längre",
    "ej längre",
    "upphört",
    "upphörde",
    "gällde",
    "tidigare",
    "före detta",
    "f.d.",
    "dåvarande",
    "numera",
    "nuvarande",
    "heter nu",
    "bytte namn",
    "bytt namn",
    "nytt namn",
    "avskaff*",
    "lades ner",
    "fram till 2018",
    "fram till 2019",
    "till och med 2018"
  ],
  "annulled": [
    "ogiltigförklar*",
    "underkände*",
    "underkänts",
    "förklarades ogiltig*"
  ],
  "invalidated": [
    "ogiltig*",
    "underkän*",
    "upphäv*",
    "inte längre",
    "ej längre",
    "upphört",
    "upphörde",
    "slutat gälla",
    "ersattes",
    "ersatts",
    "ersatt",
    "tidigare",
    "före detta",
    "f.d."
  ],
  "finland": [
    "Finland*",
    "finländsk*",
    "finsk*",
    "Helsingfors*",
    "dataombudsman*",
    "FO-nummer",
    "FO-nr",
    "företagssignum",
    "Befolkningsregistercentral*",
    "magistrat*",
    "Myndigheten för digitalisering och befolkningsdata",
    "Traficom",
    "523/1999",
    "523/99",
    "1050/2018"
  ],
  "sweden": [
    "Sverige*",
    "svensk*",
    "Integritetsskyddsmyndighet*",
    "IMY",
    "org.nr",
    "organisationsnummer",
    "Bolagsverket",
    "1998:204",
    "2018:218",
    "Skatteverket",
    "Stockholm",
    "Göteborg",
    "Malmö"
  ],
  "floorWords": [
    "vån",
    "våningen",
    "v."
  ],
  "postBoxWords": [
    "PB",
    "Postbox",
    "Box"
  ],
  "faxWords": [
    "fax",
    "telefax"
  ]
};
