// Generated from lexicon/sv/vague.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { VaguePhrases } from '../topics.js';

export const vague: VaguePhrases = {
  "lang": "sv",
  "hedges": [
    "eventuellt",
    "eventuella",
    "i vissa fall",
    "vissa",
    "visst",
    "möjligen",
    "ibland"
  ],
  "modals": [
    "kan komma att"
  ],
  "modalsBeforePassive": [
    "kan",
    "kommer eventuellt att"
  ],
  "conditions": [
    "om",
    "ifall",
    "när",
    "i de fall",
    "obetald*",
    "inkasso*",
    "enligt lag",
    "lagen kräver",
    "lag kräver",
    "lagstadga*",
    "lagkrav*",
    "skyldig*",
    "domstols beslut"
  ],
  "readerSubjects": [],
  "topics": [
    "ändamål*",
    "syfte*",
    "används",
    "använda",
    "använder",
    "behandla",
    "behandlas",
    "behandlar",
    "marknadsföring*",
    "profilering*",
    "analys*",
    "lämnas ut",
    "lämna ut",
    "lämnar ut",
    "lämnas",
    "delas",
    "dela",
    "delar",
    "överför*",
    "utlämna*",
    "säljs",
    "sälja",
    "samkörs"
  ],
  "rights": [
    "rätt",
    "rätten",
    "rättighet*",
    "du kan",
    "ni kan",
    "begära",
    "invända"
  ]
};
