// Generated from lexicon/en/parity.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ParityPhrases } from '../parity-types.js';

export const parity: ParityPhrases = {
  "lang": "en",
  "numbers": [
    [
      2,
      [
        "two"
      ]
    ],
    [
      3,
      [
        "three"
      ]
    ],
    [
      4,
      [
        "four"
      ]
    ],
    [
      5,
      [
        "five"
      ]
    ],
    [
      6,
      [
        "six"
      ]
    ],
    [
      7,
      [
        "seven"
      ]
    ],
    [
      8,
      [
        "eight"
      ]
    ],
    [
      9,
      [
        "nine"
      ]
    ],
    [
      10,
      [
        "ten"
      ]
    ],
    [
      11,
      [
        "eleven"
      ]
    ],
    [
      12,
      [
        "twelve"
      ]
    ],
    [
      13,
      [
        "thirteen"
      ]
    ],
    [
      14,
      [
        "fourteen"
      ]
    ],
    [
      15,
      [
        "fifteen"
      ]
    ],
    [
      16,
      [
        "sixteen"
      ]
    ],
    [
      18,
      [
        "eighteen"
      ]
    ],
    [
      20,
      [
        "twenty"
      ]
    ],
    [
      30,
      [
        "thirty"
      ]
    ],
    [
      60,
      [
        "sixty"
      ]
    ],
    [
      90,
      [
        "ninety"
      ]
    ]
  ],
  "units": [
    [
      "hour",
      [
        "hour",
        "hours"
      ]
    ],
    [
      "day",
      [
        "day",
        "days",
        "calendar days",
        "business days",
        "working days"
      ]
    ],
    [
      "week",
      [
        "week",
        "weeks"
      ]
    ],
    [
      "month",
      [
        "month",
        "months"
      ]
    ],
    [
      "year",
      [
        "year",
        "years",
        "year-old",
        "years old",
        "years of age"
      ]
    ]
  ],
  "agesBefore": [
    "age of",
    "aged"
  ],
  "articlesBefore": [
    "Article",
    "Articles",
    "Art."
  ],
  "articlesAfter": [],
  "articleParts": [],
  "mechanisms": [
    [
      "adequacy",
      [
        "Data Privacy Framework",
        "adequacy decision*",
        "adequate level of protection",
        "adequate level of data protection"
      ]
    ],
    [
      "standard-contractual-clauses",
      [
        "standard contractual clauses",
        "standard data protection clauses",
        "model clauses",
        "model contractual clauses",
        "SCCs",
        "SCC"
      ]
    ],
    [
      "binding-corporate-rules",
      [
        "binding corporate rules",
        "BCRs",
        "BCR"
      ]
    ]
  ]
};
