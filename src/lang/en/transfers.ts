// Generated from lexicon/en/transfers.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { TransferPhrases } from '../topics.js';

export const transfers: TransferPhrases = {
  "lang": "en",
  "euArea": [
    "EU",
    "EEA",
    "EU/EEA",
    "European Union",
    "European Economic Area",
    "Europe",
    "United Kingdom",
    "UK"
  ],
  "outsideAfter": [],
  "outsideBefore": [
    "outside",
    "beyond"
  ],
  "thirdCountry": [
    "other countries",
    "countries outside*",
    "third countr*",
    "third-countr*"
  ],
  "inside": [
    "within the EU",
    "within the EEA",
    "within the EU/EEA",
    "within the European Union",
    "within the European Economic Area",
    "inside the EU",
    "inside the EEA",
    "in the EU",
    "in the EEA",
    "in the EU/EEA",
    "in the European Union",
    "in the European Economic Area",
    "in Finland",
    "in Sweden",
    "within Finland",
    "within Sweden"
  ],
  "only": [
    "only",
    "exclusively",
    "solely"
  ],
  "stay": [
    "stays",
    "stay",
    "remains",
    "remain",
    "never leaves",
    "never leave"
  ],
  "negation": [
    "not",
    "no",
    "never",
    "don't",
    "doesn't",
    "won't",
    "isn't",
    "aren't",
    "none",
    "neither",
    "nor"
  ],
  "negationCarriers": [
    "or",
    "nor"
  ],
  "exception": [
    "unless",
    "except",
    "other than",
    "save where",
    "save as",
    "apart from",
    "with the exception",
    "exceptionally"
  ],
  "hedges": [
    "as a rule",
    "as a general rule",
    "generally",
    "normally",
    "regularly",
    "usually",
    "routinely",
    "ordinarily",
    "typically",
    "in principle",
    "in general"
  ],
  "condition": [
    "without"
  ],
  "unconditional": [
    "without exception",
    "without any exception"
  ],
  "otherData": [
    "all other",
    "any other",
    "no other",
    "other data",
    "other personal data",
    "other information",
    "otherwise",
    "remaining",
    "the rest of"
  ],
  "transferWords": [
    "infrastructure",
    "transfer*",
    "disclos*",
    "share",
    "shared",
    "shares",
    "sharing",
    "process*",
    "store",
    "stored",
    "stores",
    "storing",
    "storage",
    "host*",
    "server*",
    "located",
    "based in",
    "data cent*",
    "sent",
    "transmit*",
    "send*",
    "access*",
    "customer support",
    "technical support",
    "support team*",
    "support staff",
    "support agent*",
    "support cent*"
  ],
  "recipientNouns": [
    "provider*",
    "supplier*",
    "vendor*",
    "company",
    "companies",
    "service*",
    "partner*",
    "processor*",
    "subprocessor*",
    "sub-processor*",
    "contractor*",
    "parent",
    "group",
    "tool*",
    "software",
    "platform*",
    "app",
    "apps"
  ],
  "storageWords": [
    "server*",
    "data centre*",
    "data center*",
    "datacenter*",
    "stored",
    "hosted",
    "storage"
  ],
  "regionWords": [
    "region",
    "regions",
    "data centre*",
    "data center*",
    "datacenter*",
    "datacentre*"
  ],
  "relativeWords": [
    "that",
    "which",
    "where",
    "whose"
  ],
  "questionOpeners": [],
  "adTools": [
    "remarketing",
    "retargeting",
    "ad tools",
    "ads",
    "advertising",
    "pixel*",
    "analytics",
    "tracking",
    "Custom Audiences",
    "Lookalike*",
    "conversion*"
  ],
  "adequacyMechanisms": [
    "adequacy decision*",
    "adequate level of protection",
    "adequate level of data protection",
    "adequate protection",
    "Data Privacy Framework*",
    "Privacy Framework",
    "DPF",
    "Privacy Shield",
    "Safe Harbor",
    "Safe Harbour",
    "recognized level of data protection",
    "recognised level of data protection",
    "adequacy regulation*"
  ],
  "generalMechanisms": [
    "standard clauses",
    "contractual clauses",
    "consent to the transfer*",
    "consent to transfer*",
    "consent to this transfer*",
    "consent to such transfer*",
    "standard contractual clauses",
    "standard data protection clauses",
    "model clauses",
    "model contractual clauses",
    "SCC",
    "SCCs",
    "binding corporate rules",
    "BCR",
    "BCRs",
    "Article 46",
    "Article 49",
    "Art. 46",
    "Art. 49",
    "standard protection clauses",
    "binding internal data protection regulations",
    "binding internal data protection rules",
    "contract* approved by .. Commission",
    "agreement* approved by .. Commission",
    "clauses approved by .. Commission",
    "Commission-approved contract*",
    "Commission-approved clauses",
    "Commission approved contract*",
    "International Data Transfer Agreement*",
    "IDTA",
    "UK Addendum",
    "International Data Transfer Addendum"
  ],
  "consentDerogations": [
    "explicit consent"
  ],
  "consentToTransfer": [
    "with your consent",
    "with the consent of",
    "with .. consent",
    "based on your consent",
    "if you consent"
  ],
  "protectionLevel": [
    "data protection law*",
    "data protection regulation*",
    "data protection legislation",
    "privacy law*",
    "same level of protection",
    "same level of data protection",
    "adequate level of protection",
    "equivalent level of protection",
    "same protection",
    "same data protection"
  ]
};
