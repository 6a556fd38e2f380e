// Generated from lexicon/en/vague.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { VaguePhrases } from '../topics.js';

export const vague: VaguePhrases = {
  "lang": "en",
  "hedges": [
    "possibly",
    "some",
    "certain",
    "from time to time",
    "in some cases",
    "in certain cases"
  ],
  "modals": [
    "may",
    "might",
    "could"
  ],
  "modalsBeforePassive": [],
  "conditions": [
    "if",
    "when",
    "in the event",
    "unpaid",
    "debt collection",
    "required by law",
    "where required by law",
    "as required by law",
    "required by applicable law",
    "law requires",
    "legally required",
    "legally obliged",
    "legal obligation*",
    "court order*"
  ],
  "readerSubjects": [
    "you",
    "you also",
    "users",
    "customers",
    "the data subject"
  ],
  "topics": [
    "purpose*",
    "use",
    "used",
    "uses",
    "process",
    "processed",
    "processes",
    "processing",
    "marketing",
    "profil*",
    "analys*",
    "analyz*",
    "advertis*",
    "share",
    "shared",
    "sharing",
    "disclose*",
    "disclosing",
    "transfer*",
    "sell",
    "sold",
    "combine*",
    "personalis*",
    "personaliz*"
  ],
  "rights": [
    "right to",
    "rights",
    "right of",
    "you can",
    "request",
    "object",
    "withdraw"
  ]
};
