// Generated from lexicon/fi/dates.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { DatePhrases } from '../topics.js';

export const dates: DatePhrases = {
  "lang": "fi",
  "labels": [
    "päivitetty",
    "viimeksi päivitetty",
    "päivitetty viimeksi",
    "päivityspäivä*",
    "päivitys",
    "viimeisin päivitys",
    "laatimispäivä*",
    "laatimispvm",
    "laadittu",
    "päivämäärä",
    "pvm",
    "päiväys",
    "voimassa alkaen",
    "muutettu",
    "viimeksi muutettu",
    "muutettu viimeksi",
    "tarkistettu",
    "viimeksi tarkistettu",
    "tarkastettu",
    "julkaistu",
    "versio",
    "seloste päivitetty",
    "seloste laadittu"
  ],
  "months": [
    [
      1,
      [
        "tammikuu*"
      ]
    ],
    [
      2,
      [
        "helmikuu*"
      ]
    ],
    [
      3,
      [
        "maaliskuu*"
      ]
    ],
    [
      4,
      [
        "huhtikuu*"
      ]
    ],
    [
      5,
      [
        "toukokuu*"
      ]
    ],
    [
      6,
      [
        "kesäkuu*"
      ]
    ],
    [
      7,
      [
        "heinäkuu*"
      ]
    ],
    [
      8,
      [
        "elokuu*"
      ]
    ],
    [
      9,
      [
        "syyskuu*"
      ]
    ],
    [
      10,
      [
        "lokakuu*"
      ]
    ],
    [
      11,
      [
        "marraskuu*"
      ]
    ],
    [
      12,
      [
        "joulukuu*"
      ]
    ]
  ],
  "filler": [
    "alkaen",
    "lähtien"
  ]
};
