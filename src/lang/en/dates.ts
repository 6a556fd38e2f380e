// Generated from lexicon/en/dates.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { DatePhrases } from '../topics.js';

export const dates: DatePhrases = {
  "lang": "en",
  "labels": [
    "last updated",
    "updated",
    "last update",
    "last revised",
    "revised",
    "last modified",
    "modified",
    "effective date",
    "effective",
    "effective from",
    "effective as of",
    "date",
    "drawn up",
    "version",
    "published",
    "valid from",
    "in force from",
    "dated",
    "last reviewed",
    "reviewed"
  ],
  "months": [
    [
      1,
      [
        "january",
        "jan"
      ]
    ],
    [
      2,
      [
        "february",
        "feb"
      ]
    ],
    [
      3,
      [
        "march",
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
        "may"
      ]
    ],
    [
      6,
      [
        "june",
        "jun"
      ]
    ],
    [
      7,
      [
        "july",
        "jul"
      ]
    ],
    [
      8,
      [
        "august",
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
        "october",
        "oct"
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
    "on",
    "the",
    "from",
    "as of"
  ]
};
