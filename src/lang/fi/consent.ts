// Generated from lexicon/fi/consent.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ConsentPhrases } from '../topics.js';

export const consent: ConsentPhrases = {
  "lang": "fi",
  "useTriggers": [
    "käyttämällä",
    "kun käytät",
    "kun käytätte",
    "käyttäessäsi",
    "käyttäessänne",
    "käyttäessään",
    "jatkamalla",
    "kun jatkat",
    "jos jatkat",
    "jatkaessasi",
    "jatkaessaan",
    "selaamalla",
    "vierailemalla",
    "siirtymällä sivustolle",
    "lataamalla",
    "asentamalla",
    "älä käytä",
    "älkää käyttäkö",
    "sivuston käyttö",
    "sivuston käyttäminen",
    "palvelun käyttö",
    "jos käytät",
    "jos käytätte",
    "mikäli käytät",
    "mikäli käytätte",
    "päätät käyttää",
    "päätätte käyttää",
    "valitset käyttää*",
    "pysymällä jäsenenä",
    "jäsenyyden jatkaminen",
    "jäsenyyden jatkuminen",
    "jäsenyytesi jatkuminen"
  ],
  "dataActs": [
    "täyttämällä",
    "lähettämällä",
    "rekisteröitymällä",
    "ilmoittautumalla",
    "luomalla tilin",
    "tilaamalla uutiskirjeen",
    "ottamalla yhteyttä",
    "liittymällä",
    "liittyessäsi"
  ],
  "acceptance": [
    "hyväksyt",
    "hyväksytte",
    "annat suostumuksesi",
    "annatte suostumuksenne",
    "antaa suostumuksensa",
    "antavat suostumuksensa",
    "suostut",
    "suostutte",
    "suostuu",
    "suostuvat",
    "katsotaan hyväksyneen*",
    "katsotaan antaneen*",
    "katsomme sinun hyväksyneen*",
    "olet hyväksynyt",
    "hyväksyy",
    "et hyväksy",
    "ette hyväksy",
    "merkitsee hyväksyntää",
    "tarkoittaa hyväksyntää",
    "katsotaan hyväksynnäksi",
    "katsotaan suostumukseksi"
  ],
  "termsOfUse": [
    "käyttöehd*",
    "sopimusehd*",
    "toimitusehd*",
    "palveluehd*"
  ],
  "dataWords": [
    "henkilötie*",
    "tieto*",
    "käsittel*",
    "käsitel*",
    "eväste*",
    "seloste*",
    "seurant*"
  ],
  "cookies": [
    "*eväste*",
    "*cookie*"
  ],
  "browser": [
    "selaime*",
    "selain*"
  ],
  "refusal": [
    "kytke*",
    "est*",
    "poista*",
    "kieltä*",
    "hylä*",
    "hylkää*",
    "rajoit*",
    "halli*",
    "poiskytke*",
    "kytkeä pois",
    "pois käytöstä",
    "muutta*",
    "säätä*",
    "asetuks*"
  ],
  "otherWays": [
    "tai muulla tavoin",
    "tai muilla tavoin",
    "tai muuten"
  ],
  "browserAddOn": [
    "lisäosa*",
    "lisäosi*",
    "selainlaajennu*",
    "selainlisäosa*",
    "laajennus",
    "laajennukse*",
    "liitännäi*"
  ],
  "consentTool": [
    "evästeasetu*",
    "suostumustyökalu*",
    "suostumuksenhallin*",
    "suostumusten hallin*",
    "evästebanneri*",
    "evästeilmoitu*",
    "evästevalin*",
    "evästeikkuna*",
    "evästeiden hallinta*",
    "hallitse evästeitä",
    "evästepreferenss*",
    "evästesuostumu*",
    "evästekontroll*"
  ],
  "alternatives": [
    "sekä",
    "tai",
    "tahi",
    "vai"
  ],
  "sessionEnd": [
    "suljet selaimen",
    "suljette selaimen",
    "selain suljetaan",
    "selaimen sulkemi*",
    "selaimen sulkeutu*",
    "selainistun*"
  ],
  "consentAsked": [
    "suostumuksellasi",
    "suostumuksesi perusteella",
    "pyydämme suostumustasi",
    "pyydämme suostumuksesi",
    "kysymme suostumustasi",
    "hyväksyä tai hylätä",
    "hyväksy tai hylkää",
    "vain jos hyväksyt",
    "kun olet hyväksynyt",
    "kun olet antanut suostumuksesi",
    "edellyttää .. suostumu*",
    "edellyttävät .. suostumu*",
    "sallia tai estää",
    "sallia tai kieltää",
    "salli tai estä"
  ],
  "necessaryOnly": [
    "vain välttämätt*",
    "ainoastaan välttämätt*",
    "pelkästään välttämätt*",
    "vain teknisesti välttämätt*",
    "ainoastaan teknisesti välttämätt*",
    "vain toiminnan kannalta välttämätt*"
  ],
  "nonEssential": [
    "pikseli*",
    "analytiik*",
    "analysoi*",
    "tilastoi*",
    "kävijäseuran*",
    "käyttöstatistiik*",
    "statistiik*",
    "markkinoin*",
    "mainon*",
    "mainost*",
    "kohdenn*",
    "kohdist*",
    "seuranta*",
    "uudelleenmarkkinoin*",
    "kolmannen osapuolen",
    "kolmansien osapuolten"
  ],
  "consentTopicHeadings": [
    "evästesuostumus",
    "suostumus evästeisiin",
    "evästeet ja suostumus"
  ]
};
