// Generated from lexicon/sv/dates.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { DatePhrases } from '../topics.js';

export const dates: DatePhrases = {
  "lang": "sv",
  "labels": [
    "uppdaterad",
    "senast uppdaterad",
    "uppdaterades",
    "uppdaterat",
    "senast uppdaterat",
    "uppdatering",
    "senaste uppdatering",
    "senast ändrad",
    "ändrad",
    "reviderad",
    "senast reviderad",
    "upprättad",
    "upprättat",
    "datum",
    "gäller från",
    "gäller från och med",
    "gäller fr.o.m.",
    "giltig från",
    "version",
    "publicerad",
    "fastställd"
  ],
  "months": [
    [
      1,
      [
        "januari",
        "jan"
      ]
    ],
    [
      2,
      [
        "februari",
        "feb"
      ]
    ],
    [
      3,
      [
        "mars",
        "mar"
      ]
    ],
    [
      4,
      [
        "april",
        "apr"
      ]
    ],
    [
      5,
      [
        "maj"
      ]
    ],
    [
      6,
      [
        "juni",
        "jun"
      ]
    ],
    [
      7,
      [
        "juli",
        "jul"
      ]
    ],
    [
      8,
      [
        "augusti",
        "aug"
      ]
    ],
    [
      9,
      [
        "september",
        "sep",
        "sept"
      ]
    ],
    [
      10,
      [
        "oktober",
        "okt"
      ]
    ],
    [
      11,
      [
        "november",
        "nov"
      ]
    ],
    [
      12,
      [
        "december",
        "dec"
      ]
    ]
  ],
  "filler": [
    "den",
    "från",
    "fr.o.m."
  ]
};
