// Generated from lexicon/fi/transfers.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { TransferPhrases } from '../topics.js';

export const transfers: TransferPhrases = {
  "lang": "fi",
  "euArea": [
    "EU",
    "ETA",
    "EU-alue*",
    "ETA-alue*",
    "EU/ETA*",
    "EU-mai*",
    "ETA-mai*",
    "EU-valtio*",
    "ETA-valtio*",
    "Euroopan unioni*",
    "Euroopan talousalue*",
    "Euroopan alue*"
  ],
  "outsideAfter": [
    "ulkopuol*"
  ],
  "outsideBefore": [],
  "thirdCountry": [
    "muihin maihin",
    "muissa maissa",
    "muihin valtioihin",
    "kolmas maa",
    "kolmanteen maahan",
    "kolmannessa maassa",
    "kolmannen maan",
    "kolmansiin maihin",
    "kolmansissa maissa",
    "kolmansista maista",
    "kolmansien maiden",
    "kolmansiin valtioihin",
    "kolmansissa valtioissa"
  ],
  "inside": [
    "EU:ssa",
    "ETA:ssa",
    "EU-alueella",
    "ETA-alueella",
    "EU/ETA-alueella",
    "EU- ja ETA-alueella",
    "EU- tai ETA-alueella",
    "EU:n alueella",
    "ETA:n alueella",
    "EU:n ja ETA:n alueella",
    "EU:n tai ETA:n alueella",
    "EU:n sisällä",
    "ETA:n sisällä",
    "EU:n ja ETA:n sisällä",
    "EU-maissa",
    "ETA-maissa",
    "Euroopan unionin alueella",
    "Euroopan unionissa",
    "Euroopan unionin sisällä",
    "Euroopan talousalueella",
    "Euroopan talousalueen sisällä",
    "Suomessa",
    "Suomen rajojen sisällä"
  ],
  "only": [
    "vain",
    "ainoastaan",
    "pelkästään",
    "yksinomaan"
  ],
  "stay": [
    "pysyvät",
    "pysyy",
    "pysytään"
  ],
  "negation": [
    "ei",
    "enkä",
    "en siirrä",
    "en luovuta",
    "en myy",
    "en jaa",
    "en käsittele",
    "en tallenna",
    "en säilytä",
    "en käytä",
    "en kerää",
    "en vie",
    "eikä",
    "eivät",
    "emme",
    "emmekä"
  ],
  "negationCarriers": [
    "tai",
    "eikä",
    "eivätkä",
    "emmekä"
  ],
  "exception": [
    "ellei*",
    "paitsi",
    "lukuun ottamatta",
    "poikkeuksena",
    "poikkeustapauksissa",
    "muutoin kuin",
    "muuten kuin"
  ],
  "hedges": [
    "pääsääntöisesti",
    "lähtökohtaisesti",
    "säännönmukaisesti",
    "yleensä",
    "tavallisesti",
    "normaalisti",
    "periaatteessa",
    "yleisesti ottaen",
    "lähtökohtana"
  ],
  "condition": [
    "ilman"
  ],
  "unconditional": [
    "ilman poikkeuksia",
    "ilman poikkeusta",
    "ilman mitään poikkeuksia"
  ],
  "otherData": [
    "muut",
    "muita",
    "muuta",
    "muiden",
    "muihin",
    "muista",
    "muutoin",
    "muuten",
    "muualle",
    "muussa"
  ],
  "transferWords": [
    "siir*",
    "luovu*",
    "käsitel*",
    "käsittel*",
    "tallen*",
    "säily*",
    "sijai*",
    "palvelim*",
    "palvelin*",
    "konesal*",
    "datakeskuk*",
    "datakeskus*",
    "pilvipalvel*",
    "jae*",
    "jakaa",
    "lähete*",
    "välitetä*",
    "lähettä*",
    "ulkoist*",
    "ylläpi*",
    "isännöi*"
  ],
  "recipientNouns": [
    "toimittaj*",
    "yhtiö*",
    "yritys*",
    "yrityks*",
    "kumppan*",
    "yhteistyökumppan*",
    "alihankkij*",
    "palvelu*",
    "pilvipalvelu*",
    "käsittelijä*",
    "konserni*",
    "emoyhtiö*",
    "sovellu*",
    "ohjelmisto*",
    "järjestelm*"
  ],
  "storageWords": [
    "palvelim*",
    "palvelin*",
    "konesal*",
    "datakeskuk*",
    "datakeskus*",
    "tallenne*",
    "säilytet*",
    "säilöt*"
  ],
  "regionWords": [
    "*alue",
    "*alueella",
    "*alueelle",
    "*alueen",
    "*alueelta",
    "regio*",
    "*konesali*",
    "*datakesku*",
    "*palvelinkesku*"
  ],
  "relativeWords": [
    "joka",
    "jotka",
    "jossa",
    "joissa",
    "jonka",
    "joiden",
    "jolla",
    "joilla",
    "missä",
    "mihin"
  ],
  "questionOpeners": [
    "*ko",
    "*kö"
  ],
  "adTools": [
    "uudelleenmarkkinoin*",
    "mainostyökal*",
    "mainosverkosto*",
    "mainospalvelu*",
    "mainonta*",
    "mainokse*",
    "analytiikka*",
    "pikseli*",
    "seurantapikseli*",
    "seurantakoodi*",
    "kävijäseuran*",
    "tilastointipalvelu*",
    "kohderyhm*"
  ],
  "adequacyMechanisms": [
    "riittävyyspäätö*",
    "tietosuojan riittävyy*",
    "riittävän tietosuojan tason",
    "riittävä tietosuojan taso",
    "riittävästä tietosuojan tasosta",
    "riittävän tietosuojatason",
    "riittävä tietosuojataso",
    "tietosuojan riittävä* taso*",
    "tietosuojan taso* .. riittävä*",
    "tietosuojakehy*"
  ],
  "generalMechanisms": [
    "vakiolausek*",
    "mallilausek*",
    "EU:n komission hyväksymi* .. lausek*",
    "komission hyväksymi* .. lausek*",
    "suostut siirtoon",
    "suostumus siirtoon",
    "suostumuksesi siirtoon",
    "suostut tietojen siirtoon",
    "suostumuksesi tietojen siirtoon",
    "vakiosopimuslausek*",
    "mallisopimuslausek*",
    "tietosuojalausekkei*",
    "tietosuojalausekkeet",
    "sopimuslausek*",
    "yritystä koskevat sitovat säännöt",
    "yritystä koskevien sitovien sääntöjen",
    "sitovat yrityssäännöt",
    "sitovi* yrityssään*",
    "46 artikla*",
    "49 artikla*"
  ],
  "consentDerogations": [
    "nimenomai* suostumu*"
  ],
  "consentToTransfer": [
    "suostumuksella",
    "suostumuksellasi",
    "suostumuksensa perusteella",
    "suostumuksesi perusteella",
    "suostumuksen perusteella"
  ],
  "protectionLevel": [
    "tietosuojala*",
    "tietosuojan ta*",
    "suojan ta*",
    "suojata*",
    "tietosuojasäänn*"
  ]
};
