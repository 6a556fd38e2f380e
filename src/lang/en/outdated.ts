// Generated from lexicon/en/outdated.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { OutdatedPhrases } from '../types.js';

export const outdated: OutdatedPhrases = {
  "lang": "en",
  "historical": [
    "repeal*",
    "replaced",
    "replacing",
    "replaces",
    "superseded",
    "supersedes",
    "succeeded by",
    "successor",
    "no longer",
    "formerly",
    "former",
    "previously",
    "predecessor",
    "then-applicable",
    "abolished",
    "renamed",
    "now called",
    "now known as",
    "now part of",
    "until 2018",
    "until 2019",
    "until May 2018",
    "prior to the GDPR",
    "before the GDPR"
  ],
  "annulled": [
    "invalidat*",
    "struck .. down",
    "annulled",
    "declared invalid"
  ],
  "invalidated": [
    "invalidat*",
    "invalid",
    "struck .. down",
    "annulled",
    "no longer",
    "repealed",
    "replaced",
    "superseded",
    "successor",
    "formerly",
    "former",
    "previously",
    "ceased",
    "expired",
    "lapsed"
  ],
  "finland": [
    "Finland",
    "Finnish",
    "Helsinki",
    "Data Protection Ombudsman*",
    "business ID",
    "523/1999",
    "1050/2018"
  ],
  "sweden": [
    "Sweden",
    "Swedish",
    "Integritetsskyddsmyndighet*",
    "IMY",
    "1998:204",
    "2018:218",
    "Stockholm"
  ],
  "floorWords": [
    "floor"
  ],
  "postBoxWords": [
    "P.O. Box",
    "PO Box",
    "P.O.Box",
    "P. O. Box",
    "Box"
  ],
  "faxWords": [
    "fax",
    "telefax"
  ]
};
