// Generated from lexicon/fi/vague.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { VaguePhrases } from '../topics.js';

export const vague: VaguePhrases = {
  "lang": "fi",
  "hedges": [
    "mahdollisesti",
    "joissain tapauksissa",
    "joissakin tapauksissa",
    "tietyissä tapauksissa",
    "eräissä tapauksissa",
    "joitakin",
    "joitain",
    "eräitä"
  ],
  "modals": [
    "saatetaan",
    "saattaa",
    "saattavat",
    "voidaan",
    "voitaisiin",
    "voivat"
  ],
  "modalsBeforePassive": [],
  "conditions": [
    "jos",
    "mikäli",
    "kun",
    "silloin kun",
    "siinä tapauksessa",
    "maksamatto*",
    "perintä*",
    "laiminlyö*"
  ],
  "readerSubjects": [],
  "topics": [
    "tarkoitu*",
    "käyttötarkoitu*",
    "käytetään",
    "käyttää",
    "käyttämään",
    "hyödynne*",
    "hyödyntä*",
    "käsitellään",
    "käsitellä",
    "käsittelee",
    "käsittelevät",
    "markkinoin*",
    "mainon*",
    "profiloi*",
    "segmentoi*",
    "analysoi*",
    "kohdenne*",
    "kohdenta*",
    "kohdista*",
    "luovut*",
    "jaetaan",
    "jakaa",
    "jaamme",
    "siirre*",
    "siirtää",
    "siirtämme",
    "siirto*",
    "ulkoist*",
    "yhdistellä",
    "yhdistetään",
    "myydä",
    "myydään"
  ],
  "rights": [
    "oikeus",
    "oikeutta",
    "oikeuden",
    "oikeuksi*",
    "oikeutesi",
    "oikeutensa",
    "voit",
    "voitte",
    "pyytää",
    "pyynnö*",
    "vastustaa",
    "kieltää"
  ]
};
