// Generated from lexicon/sv/transfers.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { TransferPhrases } from '../topics.js';

export const transfers: TransferPhrases = {
  "lang": "sv",
  "euArea": [
    "EU",
    "EES",
    "EU/EES*",
    "EU-land*",
    "EU-länder*",
    "EES-land*",
    "EES-länder*",
    "EU-område*",
    "EES-område*",
    "Europeiska unionen*",
    "Europeiska ekonomiska samarbetsområdet*"
  ],
  "outsideAfter": [],
  "outsideBefore": [
    "utanför"
  ],
  "thirdCountry": [
    "andra länder",
    "länder utanför*",
    "tredje land*",
    "tredjeland*"
  ],
  "inside": [
    "inom EU*",
    "inom EES*",
    "inom Europeiska unionen*",
    "inom Europeiska ekonomiska samarbetsområdet*",
    "i EU",
    "i EES",
    "i EU/EES",
    "i Finland",
    "i Sverige",
    "inom Finland",
    "inom Sverige",
    "inom Norden"
  ],
  "only": [
    "endast",
    "bara",
    "enbart",
    "uteslutande"
  ],
  "stay": [
    "stannar",
    "förblir",
    "stannar kvar"
  ],
  "negation": [
    "inte",
    "ej",
    "icke",
    "ingen",
    "inga",
    "inget",
    "aldrig"
  ],
  "negationCarriers": [
    "eller",
    "varken",
    "ej heller",
    "inte heller"
  ],
  "exception": [
    "om inte",
    "såvida inte",
    "utom",
    "förutom",
    "med undantag",
    "undantagsvis",
    "om det inte"
  ],
  "hedges": [
    "i regel",
    "som regel",
    "som huvudregel",
    "normalt",
    "vanligtvis",
    "i normalfallet",
    "regelmässigt",
    "generellt",
    "i huvudsak",
    "i princip"
  ],
  "condition": [
    "utan"
  ],
  "unconditional": [
    "utan undantag",
    "utan några undantag"
  ],
  "otherData": [
    "andra uppgifter",
    "andra personuppgifter",
    "alla andra",
    "andra data",
    "resten av",
    "övriga",
    "övrig",
    "övrigt",
    "i övrigt",
    "annan",
    "någon annan"
  ],
  "transferWords": [
    "infrastruktur*",
    "överför*",
    "föra över",
    "förs över",
    "överlå*",
    "lämna*",
    "utlämna*",
    "behandl*",
    "hanter*",
    "lagr*",
    "sparas",
    "förvara*",
    "server*",
    "servrar*",
    "datacent*",
    "belägen",
    "belägna",
    "finns i",
    "molntjänst*",
    "skickas",
    "vidarebefordr*",
    "delas",
    "dela",
    "delar",
    "support*",
    "driftas"
  ],
  "recipientNouns": [
    "leverantör*",
    "bolag*",
    "företag*",
    "tjänst*",
    "molntjänst*",
    "partner*",
    "samarbetspartner*",
    "biträde*",
    "personuppgiftsbiträde*",
    "underleverantör*",
    "underbiträde*",
    "koncern*",
    "moderbolag*",
    "system*",
    "program*",
    "plattform*"
  ],
  "storageWords": [
    "server*",
    "servrar*",
    "datacent*",
    "datahall*",
    "lagras",
    "lagrade",
    "lagrar",
    "förvaras",
    "sparas"
  ],
  "regionWords": [
    "region",
    "regionen",
    "regioner*",
    "datacenter*",
    "datahall*",
    "serverhall*"
  ],
  "relativeWords": [
    "som",
    "där",
    "vars",
    "vilka",
    "vilket"
  ],
  "questionOpeners": [],
  "adTools": [
    "remarketing*",
    "retargeting*",
    "annonsverktyg*",
    "annonser*",
    "pixel*",
    "analys*",
    "spårning*",
    "mätverktyg*",
    "statistik*",
    "målgrupp*"
  ],
  "adequacyMechanisms": [
    "Data Privacy Framework*",
    "adekvat skyddsnivå",
    "adekvat nivå",
    "beslut om adekvat*",
    "adekvansbeslut*",
    "dataskyddsramverk*",
    "erkänd dataskyddsnivå",
    "erkänd skyddsnivå"
  ],
  "generalMechanisms": [
    "EU-kommissionens standard*",
    "kommissionens standard*",
    "samtycker till överföring*",
    "samtycke till överföring*",
    "samtycker till att uppgifterna överförs",
    "godkänner överföring*",
    "godkänner denna överföring",
    "godkänner du överföring*",
    "samtycker du till överföring*",
    "godkänner att uppgifterna överförs",
    "godkännande av överföring*",
    "standardavtalsklausul*",
    "standardklausul*",
    "modellklausul*",
    "standardiserade dataskyddsbestämmelser*",
    "bindande företagsbestämmelser*",
    "artikel 46",
    "artikel 49",
    "standardskyddsklausul*",
    "standarddataskyddsklausul*",
    "bindande interna dataskyddsföreskrifter",
    "bindande interna dataskyddsregler",
    "avtal som godkänts av .. *kommissionen",
    "avtal godkända av .. *kommissionen",
    "av *kommissionen godkända avtal*",
    "klausuler som godkänts av .. *kommissionen"
  ],
  "consentDerogations": [
    "uttryckligt samtycke",
    "uttryckliga samtycke"
  ],
  "consentToTransfer": [
    "med ditt samtycke",
    "med deras samtycke",
    "med .. samtycke",
    "efter samtycke",
    "efter .. samtycke",
    "om du samtycker"
  ],
  "protectionLevel": [
    "dataskyddslag*",
    "dataskyddsreg*",
    "skyddsnivå*",
    "samma skydd",
    "samma nivå av skydd",
    "integritetsskyddslag*"
  ]
};
