// Generated from lexicon/en/items.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ItemPhrases } from '../items-types.js';

export const items: ItemPhrases = {
  "lang": "en",
  "noticeTitles": [
    "privacy",
    "data protection",
    "personal data",
    "gdpr",
    "personal information"
  ],
  "personalData": [
    "personal data",
    "personal information",
    "privacy",
    "data protection",
    "data controller",
    "controller",
    "GDPR",
    "data subject*",
    "personal details"
  ],
  "headings": {
    "controller": [
      "controller",
      "data controller",
      "who we are",
      "who are we",
      "about us",
      "contact",
      "contact us",
      "contact details",
      "contact information",
      "how to contact us",
      "register keeper",
      "controller of the register",
      "who is responsible",
      "who is the controller",
      "contact person",
      "responsible party",
      "responsible for data processing",
      "responsible for processing"
    ],
    "dpo": [
      "data protection officer",
      "DPO"
    ],
    "purposes": [
      "purpose*",
      "why",
      "what we use",
      "how we use",
      "why we process",
      "why we collect",
      "why we use",
      "use of your*",
      "what do we use",
      "why do we",
      "how do we use"
    ],
    "basis": [
      "legal basis",
      "legal bases",
      "on what basis",
      "on what grounds",
      "what allows us",
      "lawful basis",
      "lawful bases",
      "legal ground*",
      "basis for processing",
      "bases for processing",
      "grounds for processing",
      "basis of processing"
    ],
    "legitimate-interests": [
      "legitimate interest*"
    ],
    "recipients": [
      "recipient*",
      "where your data goes",
      "where the data goes",
      "who sees",
      "who we share",
      "who do we share",
      "sharing",
      "disclosure*",
      "who has access",
      "processors",
      "third parties",
      "who receives",
      "who gets",
      "disclosing",
      "third-party services",
      "third party services",
      "third-party service providers",
      "third-party providers",
      "third-party processors",
      "third-party tools"
    ],
    "transfers": [
      "where we send your data",
      "where I send your data",
      "where your data is sent",
      "international transfer*",
      "transfer* .. outside*",
      "third countr*",
      "data transfers",
      "transfers abroad",
      "transfer* .. abroad",
      "transfer* .. overseas"
    ],
    "retention": [
      "retention*",
      "how long",
      "storage period*",
      "keeping your*",
      "data storage",
      "deletion"
    ],
    "rights": [
      "your rights",
      "rights",
      "your choices and rights",
      "data subject rights",
      "rights of the data subject",
      "right of*",
      "right to*",
      "your privacy rights",
      "exercising your rights"
    ],
    "consent": [
      "consent"
    ],
    "consent-withdrawal": [
      "withdraw* .. consent",
      "withdrawal of consent",
      "withdrawing consent"
    ],
    "complaint": [
      "complain*",
      "supervisory authority",
      "data protection authority"
    ],
    "statutory": [
      "do you have to provide*",
      "do i have to provide*",
      "do i have to*",
      "do you have to*",
      "must i*",
      "is it mandatory*",
      "is it optional*",
      "is it compulsory*",
      "required to provide*",
      "must you provide*",
      "obligation to provide*",
      "mandatory or*",
      "mandatory and*",
      "mandatory data",
      "mandatory personal*",
      "mandatory field*",
      "mandatory details",
      "mandatory provision*",
      "is providing data mandatory",
      "what happens if you do not provide*",
      "failure to provide*",
      "statutory or contractual requirement"
    ],
    "automated": [
      "automated decision*",
      "automatic decision*",
      "by automated means",
      "automated means alone",
      "build .. profiles",
      "profiling",
      "automated processing"
    ],
    "categories": [
      "what we collect",
      "what data we collect",
      "what information we collect",
      "what personal data",
      "data we collect",
      "information we collect",
      "categories of personal data",
      "categories of data",
      "personal data we process",
      "data we process",
      "data content",
      "information we hold",
      "types of data",
      "types of personal data",
      "what data do we",
      "what information do we",
      "content of the register",
      "data in the register",
      "personal data we collect",
      "what personal information",
      "which data",
      "which personal data",
      "what kind of data",
      "what kinds of data",
      "what kind of information",
      "what data .. collect*",
      "what information .. collect*",
      "what data .. stor*",
      "what information .. stor*",
      "what kinds of information",
      "types of information",
      "data collected",
      "information collected",
      "collected data",
      "personal data processed",
      "data processed",
      "what data is collected",
      "information we process",
      "type of data",
      "type of personal data",
      "type of information",
      "type* of personal information",
      "kind* of personal data",
      "kind* of personal information",
      "categor* of information",
      "categor* of personal information",
      "data categories",
      "personal data categories",
      "categories, .. of personal data",
      "categories, .. of personal information",
      "data we store",
      "data we keep",
      "data we hold",
      "data we record",
      "data we gather",
      "information we store",
      "information we keep",
      "information we record",
      "information we gather",
      "what we store",
      "what we keep",
      "what we hold",
      "what we record",
      "what we gather",
      "data stored",
      "stored data",
      "information stored"
    ],
    "sources": [
      "source*",
      "where we get",
      "where do we get",
      "how we get",
      "how do we get",
      "how we collect",
      "how do we collect",
      "where it comes from",
      "where the data comes from",
      "where your data comes from",
      "where does",
      "collection of data"
    ],
    "security": [
      "security",
      "protection of",
      "safeguarding",
      "how we protect"
    ],
    "cookies": [
      "cookies",
      "cookie"
    ]
  },
  "shortAnswers": [
    "no",
    "none",
    "not applicable",
    "n/a",
    "we do not",
    "we don't",
    "does not apply",
    "not used"
  ],
  "cookies": [
    "cookie*",
    "browser*"
  ],
  "controller": {
    "labels": [
      "controller",
      "data controller",
      "register keeper",
      "we are",
      "contact person",
      "responsible for the register",
      "responsible party",
      "responsible for data processing",
      "responsible for the processing",
      "responsible entity",
      "responsible body"
    ],
    "companyForms": [
      "Oy",
      "Oyj",
      "AB",
      "Ltd",
      "Ltd.",
      "Inc",
      "Inc.",
      "LLC",
      "GmbH",
      "plc",
      "ry",
      "rf",
      "business ID",
      "company ID",
      "corporate identity number",
      "registration number",
      "org. no",
      "VAT number",
      "municipality",
      "city of"
    ],
    "contactForms": [
      "contact form",
      "web form",
      "online form",
      "feedback form",
      "the form on",
      "contact: .. chat",
      "contact us .. chat",
      "reach us .. chat",
      "chat with us",
      "live chat",
      "contact us .. repository",
      "contact us .. issue tracker",
      "reach us .. repository",
      "reach us .. issue tracker",
      "open an issue"
    ],
    "processorRoles": [
      "data processor",
      "as a processor",
      "as processor",
      "is a processor",
      "on behalf of our customers",
      "hosted by",
      "hosted on",
      "hosted at",
      "hosting provider",
      "web host"
    ],
    "authorities": [
      "supervisory authority",
      "supervisory authorities",
      "data protection authority",
      "Data Protection Ombudsman",
      "Information Commissioner*",
      "ICO",
      "data protection agenc*",
      "Data Protection Commission",
      "data protection inspectorate"
    ]
  },
  "dpo": [
    "data protection officer*",
    "DPO"
  ],
  "purposes": [
    {
      "all": [
        [
          "purpose*"
        ]
      ],
      "none": [
        "purpose of this policy",
        "purpose of this notice",
        "purpose of this privacy",
        "purpose of this statement",
        "purpose of this document",
        "purpose of this page",
        "purpose of the policy",
        "purpose of the notice",
        "purpose of the privacy",
        "this policy's purpose",
        "this notice's purpose",
        "for purposes of the Act",
        "for the purposes of the Act",
        "for the purposes of this Act",
        "for purposes of the GDPR",
        "for the purposes of the GDPR",
        "for purposes of GDPR",
        "for the purposes of GDPR",
        "for purposes of the Regulation",
        "for the purposes of the Regulation",
        "for purposes of the General Data Protection Regulation",
        "for the purposes of the General Data Protection Regulation",
        "for purposes of the Data .. Act",
        "for the purposes of the Data .. Act",
        "for purposes of data protection law*",
        "for the purposes of data protection law*",
        "for the purposes of applicable data protection law*"
      ]
    },
    {
      "all": [
        [
          "we use",
          "we process",
          "we collect",
          "is used",
          "are used",
          "we handle",
          "used",
          "processed",
          "I use",
          "I process",
          "I collect",
          "uses",
          "I need .. to",
          "we do this",
          "we do so",
          "I do this",
          "I do so",
          "this is done",
          "is held",
          "are held",
          "is kept",
          "are kept",
          "we hold",
          "we keep",
          "we ask you",
          "we may ask you",
          "we ask for",
          "I ask for"
        ],
        [
          "to facilitate",
          "to make it easier",
          "so that we can",
          "so we can",
          "to understand",
          "to analyse",
          "to analyze",
          "to run",
          "to provide",
          "to handle",
          "to send",
          "to manage",
          "to process",
          "to deliver",
          "to improve",
          "to contact",
          "to fulfil",
          "to fulfill",
          "to administer",
          "to invoice",
          "to market",
          "to operate",
          "for marketing",
          "for invoicing",
          "for billing",
          "in order to",
          "so that",
          "for the purpose*",
          "to perform",
          "to assess",
          "to evaluate",
          "to recruit",
          "administration",
          "for managing",
          "for the management",
          "for sending",
          "for handling",
          "for communicating",
          "for communication*"
        ]
      ],
      "none": [
        "to contact us",
        "free to contact",
        "questions about"
      ]
    },
    {
      "all": [
        [
          "the reasons we",
          "the reason we",
          "the reasons why we",
          "the reason why we",
          "our reasons for",
          "our reason for",
          "reasons for collecting",
          "reasons for processing",
          "reasons for using",
          "reasons for holding"
        ]
      ],
      "none": [
        "explain*",
        "describe*",
        "set* out",
        "to contact us"
      ]
    },
    {
      "all": [
        [
          "is used to",
          "are used to",
          "is used for",
          "are used for",
          "is only used to",
          "are only used to",
          "is only used for",
          "are only used for",
          "is used solely",
          "are used solely",
          "is used exclusively",
          "are used exclusively",
          "serves to",
          "serve to"
        ]
      ],
      "none": [
        "cookies",
        "cookie",
        "we are used to",
        "purpose of this policy",
        "purpose of this notice"
      ]
    },
    {
      "all": [
        [
          "necessary",
          "needed",
          "required",
          "essential"
        ],
        [
          "for the operation of",
          "for operating the",
          "for the running of",
          "for running the",
          "for the functioning of"
        ]
      ],
      "none": [
        "cookies",
        "cookie"
      ]
    },
    {
      "all": [
        [
          "enables us to",
          "enable us to",
          "enables me to",
          "enable me to",
          "allows us to",
          "allow us to",
          "allows me to",
          "allow me to",
          "helps us to",
          "help us to",
          "helps me to",
          "help me to",
          "makes it possible for us to",
          "make it possible for us to",
          "lets us",
          "let us see",
          "lets me"
        ]
      ],
      "none": [
        "let us know",
        "to contact us",
        "you let us"
      ]
    }
  ],
  "basis": {
    "markers": [
      "legal basis",
      "legal bases",
      "lawful basis",
      "lawful bases",
      "legal ground*",
      "basis",
      "based on",
      "on the basis",
      "rely on",
      "relies on",
      "relying on",
      "grounds",
      "Art. 6",
      "Article 6",
      "6(1)",
      "6.1",
      "under",
      "pursuant to",
      "due to .. obligation*",
      "is a legal obligation",
      "are a legal obligation",
      "is a statutory obligation",
      "is our legal obligation",
      "necessary for compliance with",
      "necessary for the performance of",
      "task carried out in the public interest",
      "tasks carried out in the public interest",
      "exercise of official authority",
      "subject to our legitimate interest*",
      "in our legitimate interest*",
      "for our legitimate interest*",
      "in the legitimate interest*",
      "for the legitimate interest*"
    ],
    "consent": [
      "consent*"
    ],
    "contract": [
      "contract*",
      "agreement",
      "terms of service",
      "terms of use",
      "terms and conditions",
      "perform* .. contract*",
      "fulfil* .. order*",
      "pre-contractual",
      "employment contract"
    ],
    "legalObligation": [
      "Associations Act",
      "legal obligation*",
      "lawful obligation*",
      "statutory obligation*",
      "legal requirement*",
      "legal dut*",
      "required by law",
      "obligation* under law",
      "obligations under the law",
      "comply with the law",
      "Accounting Act",
      "Bookkeeping Act",
      "tax law*",
      "anti-money laundering",
      "law requires"
    ],
    "vitalInterests": [
      "vital interest*"
    ],
    "publicTask": [
      "public interest",
      "public task",
      "official authority",
      "task carried out in the public interest",
      "statutory task*"
    ],
    "legitimateInterests": [
      "legitimate interest*"
    ],
    "citation": {
      "article": [
        "article",
        "articles",
        "art.",
        "art"
      ],
      "paragraph": [
        "paragraph",
        "para.",
        "para",
        "par.",
        "abs.",
        "sec."
      ],
      "point": [
        "point",
        "points",
        "lit.",
        "lit",
        "letter",
        "sub-paragraph",
        "subparagraph"
      ]
    },
    "relationshipOnly": [
      "customer relationship*",
      "client relationship*",
      "business relationship*",
      "membership",
      "customership",
      "relevant connection",
      "customer relation",
      "employment relationship*"
    ]
  },
  "legitimateInterestsTail": [
    "basis",
    "ground",
    "grounds"
  ],
  "legitimateInterestsIntro": [
    "lies in",
    "lie in",
    "consists in",
    "is to",
    "are to",
    "lies in the",
    "is that",
    "in",
    "to",
    "is",
    "are",
    "based on",
    "arising from",
    "namely",
    "such as",
    "for example",
    "for instance",
    "e.g.",
    "which is",
    "which are",
    "that is",
    "including",
    "for",
    "being",
    "are:",
    "is:",
    "consist*"
  ],
  "legitimateInterestsPurpose": [
    "for the following purposes",
    "for the purpose*",
    "for purposes",
    "in order to",
    "particularly",
    "in particular",
    "especially",
    "i.e.",
    "namely",
    "so that",
    "so as to"
  ],
  "interestStatements": [
    "our interest is",
    "our interests are",
    "our legitimate interest is",
    "our legitimate interests are",
    "the interest is",
    "the interest we pursue",
    "the interests we pursue"
  ],
  "balancingTest": [
    "balancing test*",
    "legitimate interests assessment",
    "balancing of interests",
    "weighed"
  ],
  "basisFiller": [
    "personal",
    "data",
    "information",
    "processing",
    "overridden by",
    "override*",
    "your rights",
    "your interests",
    "freedoms",
    "fundamental",
    "processed",
    "process",
    "controller",
    "company",
    "organisation",
    "organization",
    "association",
    "this",
    "that",
    "these",
    "those",
    "which",
    "your",
    "their",
    "with",
    "from",
    "under",
    "upon",
    "also",
    "mainly",
    "primarily",
    "generally",
    "where",
    "will",
    "shall",
    "have",
    "been",
    "being",
    "gdpr",
    "general",
    "regulation",
    "article",
    "paragraph",
    "point",
    "letter",
    "lit.",
    "performance",
    "perform",
    "compliance",
    "comply",
    "legal",
    "obligation*",
    "contract*",
    "consent",
    "vital",
    "interest*",
    "public",
    "task",
    "official",
    "authority",
    "following",
    "necessary",
    "basis",
    "bases",
    "lawful",
    "lawfulness",
    "collect*",
    "store*",
    "storing",
    "using",
    "uses",
    "used",
    "customer",
    "customers",
    "member",
    "members",
    "representative*",
    "contact person*",
    "contacts",
    "employee*",
    "user",
    "users",
    "visitor*",
    "people",
    "person",
    "persons",
    "individual*",
    "mostly",
    "usually",
    "certain",
    "some",
    "done",
    "carried out",
    "register holder*",
    "holder of the register",
    "register keeper*",
    "keeper of the register"
  ],
  "recipients": [
    "recipient*",
    {
      "all": [
        [
          "disclose*",
          "disclosure*"
        ]
      ],
      "none": [
        "policy discloses",
        "notice discloses",
        "statement discloses",
        "unauthori* .. disclosure",
        "unlawful .. disclosure",
        "accidental .. disclosure",
        "against .. disclosure",
        "this .. explains how",
        "this .. describes how",
        "this .. sets out how",
        "this .. explains what",
        "this .. describes what",
        "in this document we",
        "in this notice we",
        "in this policy we",
        "in this statement we"
      ]
    },
    {
      "all": [
        [
          "share*",
          "sharing"
        ]
      ],
      "none": [
        "share with us",
        "share with me",
        "you share",
        "you choose to share",
        "you decide to share",
        "you wish to share",
        "you want to share",
        "you agree to share",
        "you need to agree to share",
        "this .. explains how",
        "this .. describes how",
        "this .. sets out how",
        "this .. explains what",
        "this .. describes what",
        "in this document we",
        "in this notice we",
        "in this policy we",
        "in this statement we"
      ]
    },
    "processor*",
    "service provider*",
    "subcontractor*",
    "third-party service*",
    "third-party provider*",
    "third-party processor*",
    "third part*",
    "partner*",
    "authorities",
    "supplier*",
    "vendor*",
    {
      "all": [
        [
          "sell* .. data",
          "sell* .. information"
        ]
      ],
      "none": [
        "not sell*",
        "never sell*",
        "don't sell*",
        "won't sell*",
        "nor sell*",
        "no .. sell*",
        "sell no",
        "sells no"
      ]
    },
    "hand over",
    "passed on",
    {
      "all": [
        [
          "pass on",
          "passing on",
          "pass .. on to",
          "pass .. on without"
        ]
      ],
      "none": [
        "another controller",
        "of your choice",
        "another service",
        "another provider",
        "right to"
      ]
    },
    "hosting provider*",
    "web space provider*",
    {
      "all": [
        [
          "transferred to",
          "passed to",
          "forwarded to"
        ]
      ],
      "none": [
        "outside",
        "countr*",
        "EU",
        "EEA",
        "abroad",
        "United States",
        "USA"
      ]
    },
    {
      "all": [
        [
          "transmit*",
          "forwards",
          "forwarded .. to"
        ],
        [
          "to"
        ]
      ],
      "none": [
        "to you",
        "to your",
        "to us",
        "to our",
        "to me",
        "to my",
        "outside",
        "countr*",
        "abroad",
        "EU",
        "EEA",
        "encrypt*",
        "secure*",
        "safely",
        "protocol*"
      ]
    },
    "process* .. for us",
    "on our behalf",
    "on my behalf",
    {
      "all": [
        [
          "hosted by",
          "hosted with",
          "hosted on"
        ]
      ],
      "none": [
        "hosted by us",
        "hosted by me",
        "hosted by ourselves",
        "our own",
        "my own",
        "hosted on our",
        "hosted on my",
        "hosted on a server in",
        "hosted on servers in",
        "hosted on a server located",
        "hosted on servers located",
        "hosted on servers within",
        "hosted on a server within"
      ]
    },
    {
      "all": [
        [
          "processed by",
          "stored by",
          "handled by"
        ],
        [
          "Oy",
          "Oyj",
          "AB",
          "Ltd",
          "Inc",
          "LLC",
          "GmbH",
          "plc",
          "Corporation",
          "Corp"
        ]
      ]
    },
    {
      "all": [
        [
          "we host* .. on",
          "we host* .. with",
          "we host* .. by"
        ],
        [
          "website",
          "site",
          "web page*",
          "webpage*",
          "app",
          "application",
          "service"
        ]
      ],
      "none": [
        "our own",
        "my own",
        "own server*",
        "in-house",
        "on our server*",
        "on my server*",
        "on a server in",
        "on servers in"
      ]
    },
    {
      "all": [
        [
          "be given to",
          "is given to",
          "are given to",
          "be handed to",
          "be released to",
          "is released to",
          "are released to",
          "be made available to",
          "is made available to",
          "are made available to"
        ]
      ],
      "none": [
        "given to you",
        "made available to you",
        "released to you",
        "consent",
        "permission",
        "notice",
        "priority"
      ]
    },
    {
      "all": [
        [
          "no one else",
          "nobody else",
          "no-one else",
          "no one outside",
          "nobody outside",
          "no-one outside",
          "no other person*",
          "no other organi*",
          "no outsider*",
          "not .. to anyone",
          "not .. with anyone",
          "not .. to anybody",
          "not .. with anybody",
          "not .. to any other",
          "not .. with any other",
          "never .. to anyone",
          "never .. with anyone",
          "never .. to anybody",
          "never .. with anybody"
        ],
        [
          "data",
          "information",
          "details",
          "access*",
          "see*",
          "receiv*",
          "get*",
          "records",
          "answers",
          "given",
          "give",
          "passed",
          "disclos*",
          "shar*",
          "hand*"
        ]
      ],
      "none": [
        "sell*",
        "sold",
        "rent*",
        "lease*",
        "to contact",
        "contact us",
        "questions"
      ]
    },
    "only .. have access",
    "only .. has access",
    "access is limited to",
    "access is restricted to"
  ],
  "transfers": {
    "statements": [
      "other countries",
      "another country",
      "outside the EU*",
      "outside of the EU*",
      "outside the EEA*",
      "outside of the EEA*",
      "outside the European*",
      "outside of the European*",
      "outside EU*",
      "outside EEA*",
      "outside Europe",
      "within the EU*",
      "within the EEA*",
      "within the European*",
      "within EU*",
      "inside the EU*",
      "inside the EEA*",
      "in the EU",
      "in the EEA",
      "in the EU/EEA",
      "in the European Union",
      "in the European Economic Area",
      "in EU/EEA",
      "in Europe",
      "leaves the EU*",
      "leave the EU*",
      "leave the EEA*",
      "third countr*",
      "international transfer*",
      "international data transfer*",
      "transfer* .. abroad"
    ],
    "within": [
      "within the EU*",
      "within the EEA*",
      "within the European*",
      "within EU*",
      "inside the EU*",
      "inside the EEA*",
      "in the EU",
      "in the EEA",
      "in the EU/EEA",
      "in the European Union",
      "in the European Economic Area",
      "in EU/EEA",
      "in Europe",
      "in Finland",
      "in Sweden"
    ],
    "safeguards": [
      "standard contractual clauses",
      "standard data protection clauses",
      "model clauses",
      "SCC*",
      "adequacy decision*",
      "adequate level of protection",
      "adequate protection",
      "binding corporate rules",
      "BCR*",
      "Data Privacy Framework*",
      "DPF",
      "appropriate safeguards",
      "suitable safeguards",
      "Article 49",
      "Art. 49",
      "derogation*",
      "standard protection clauses",
      "recognised level of data protection",
      "recognized level of data protection",
      "binding internal data protection*",
      "contract* approved by the European Commission",
      "clauses approved by the European Commission",
      "contract* approved by the EU Commission",
      "clauses approved by the EU Commission"
    ],
    "genericSafeguards": [
      "appropriate safeguards",
      "suitable safeguards"
    ],
    "foreignContext": [
      "located",
      "based",
      "server*",
      "hosted",
      "cloud",
      "provider*",
      "transfer*",
      "processed",
      "store*"
    ],
    "foreignWords": [
      "other countries",
      "another country",
      "US-based",
      "American",
      "U.S.-based",
      "in the US",
      "in the U.S.",
      "in the USA",
      "US company",
      "US companies",
      "U.S. company",
      "U.S. companies",
      "US corporation"
    ],
    "lawWords": [
      "law",
      "laws",
      "legislation",
      "jurisdiction",
      "in force",
      "applies",
      "apply",
      "applicable"
    ],
    "dataLocation": [
      "server*",
      "data cent*",
      "datacent*",
      "hosted",
      "hosting",
      "stored",
      "store",
      "stores",
      "storing",
      "kept",
      "keeps",
      "processed",
      "cloud",
      "held on",
      "held in",
      "held at",
      "held within"
    ],
    "sending": [
      "transmit*",
      "sent to",
      "send* .. to",
      "transferred to",
      "transfers .. to",
      "forwarded to",
      "passed to",
      "passed on to",
      "pass on",
      "passes on"
    ]
  },
  "retention": {
    "words": [
      "keep*",
      "kept",
      "retain*",
      "retention",
      "store*",
      "storing",
      "delete*",
      "deletion",
      "erase*",
      "destroy*",
      "anonymi*",
      "archive*",
      "remove*",
      "hold",
      "held",
      "overwrit*",
      "purge*",
      "dispose of",
      "disposed of",
      "disposal of",
      "storage period*",
      "storage duration",
      "storage time",
      "period of storage",
      "duration of storage",
      "no longer than",
      "limitation period*"
    ],
    "units": [
      "year",
      "years",
      "year's",
      "yr",
      "yrs",
      "month",
      "months",
      "month's",
      "day",
      "days",
      "day's",
      "week",
      "weeks",
      "week's",
      "hour",
      "hours",
      "hrs"
    ],
    "numberWords": [
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "eighteen",
      "twenty-four",
      "thirty",
      "a",
      "a full"
    ],
    "frequency": [
      "every",
      "per",
      "each",
      "times",
      "once",
      "twice",
      "interval",
      "intervals"
    ],
    "criteria": [
      "until",
      "end of",
      "ends",
      "ended",
      "ending",
      "delet* after the",
      "eras* after the",
      "remov* after the",
      "destroy* after the",
      "anonymi* after the",
      "after the end",
      "after the last",
      "after the contract",
      "after the termination",
      "after the completion",
      "after the conclusion",
      "after the expiry",
      "after the closure",
      "after the event",
      "after your last",
      "after your account",
      "after your membership",
      "after your contract",
      "after your subscription",
      "after your relationship",
      "after your employment",
      "after your application",
      "after your visit",
      "after you close",
      "after you cancel",
      "after you leave",
      "after you stop",
      "after you end",
      "after you delete",
      "after you terminate",
      "after you last",
      "once you delete",
      "once you close",
      "once you cancel",
      "once you terminate",
      "once you leave",
      "once you unsubscribe",
      "once your account",
      "once your membership",
      "once your contract",
      "when you delete your",
      "when you close your",
      "when you cancel your",
      "when you terminate your",
      "for the duration",
      "duration of",
      "while you",
      "while your",
      "while the contract",
      "while the account",
      "while the membership",
      "while the relationship",
      "while the agreement",
      "as long as your",
      "as long as you",
      "as long as the",
      "Accounting Act",
      "Bookkeeping Act",
      "limitation period*",
      "terminat*",
      "expiry",
      "expires",
      "closure",
      "close your",
      "unsubscribe*",
      "withdraw*",
      "lifetime",
      "during your",
      "during the term",
      "for the term of",
      "for the life of",
      "life of the",
      "tax law*",
      "tax legislation",
      "accounting law*",
      "accounting legislation",
      "commercial code",
      "once your request has been",
      "once the request has been",
      "once your enquiry has been",
      "once your inquiry has been",
      "once your query has been",
      "after your request has been",
      "after your enquiry has been",
      "after your inquiry has been"
    ],
    "vague": [
      "as long as .. necessary",
      "as long as .. needed",
      "as long as .. required",
      "as long as is necessary",
      "no longer .. needed",
      "no longer .. necessary",
      "no longer .. required",
      "indefinitely",
      "for a reasonable period",
      "reasonable time",
      "as required by law",
      "as long as the law requires",
      "period required by law",
      "required period",
      "necessary period",
      "as long as we need",
      "until further notice",
      "for as long as necessary",
      "as long as it is needed",
      "longer than .. necessary",
      "longer than .. needed",
      "longer than .. required",
      "so long as .. necessary",
      "so long as .. needed",
      "until .. request* .. delet*",
      "until .. request* .. eras*",
      "until .. ask* .. delet*",
      "until .. ask* .. remov*",
      "until .. ask* .. eras*",
      "for the time necessary",
      "the time necessary",
      "period necessary",
      "as long as .. business need",
      "as long as .. legitimate need",
      "as long as .. reasonably necessary",
      "until .. no longer .. needed",
      "until .. no longer .. necessary",
      "until .. no longer .. required",
      "until .. no longer need*",
      "until .. not needed",
      "until .. not necessary",
      "until .. purpose* .. fulfilled",
      "until .. purpose* .. achieved",
      "until .. purpose* .. served",
      "until .. purpose* .. met",
      "as long as the purpose*",
      "as long as .. purpose* .. require*"
    ],
    "byDate": [
      "no later than"
    ],
    "routine": [
      "regularly",
      "periodically",
      "from time to time",
      "annually",
      "once a year",
      "every year",
      "intervals",
      "retention policy",
      "retention policies",
      "retention schedule"
    ],
    "within": [
      "within"
    ],
    "onRequest": [
      "request*",
      "ask*",
      "right*"
    ]
  },
  "rights": {
    "context": [
      "right",
      "rights",
      "can",
      "may",
      "request*",
      "ask*",
      "entitled",
      "you have",
      "let us know",
      "contact us",
      "option to",
      "options for",
      "opportunity to"
    ],
    "controllerRight": [
      "reserve the right",
      "reserves the right",
      "reserving the right",
      "retains the right",
      "retain the right",
      "we may remove",
      "we can remove",
      "we may delete",
      "we can delete",
      "we may destroy",
      "we can destroy",
      "we may erase",
      "we may restrict",
      "we can restrict",
      "we may suspend",
      "we may block",
      "we have the right",
      "we are entitled"
    ],
    "denial": [
      "do not have the right",
      "does not have the right",
      "have no right",
      "has no right",
      "no need to",
      "override*",
      "overridden",
      "takes precedence over",
      "not possible",
      "cannot request",
      "can not request",
      "cannot ask",
      "may not request",
      "cannot be deleted",
      "cannot be erased",
      "cannot be removed",
      "not apply .. rights",
      "rights .. not apply",
      "rights .. not applicable",
      "cannot be exercised",
      "can not be exercised"
    ],
    "grant": [
      "you have",
      "you may",
      "you can",
      "you are entitled",
      "is entitled",
      "are entitled",
      "have .. the right",
      "has .. the right"
    ],
    "listLead": [
      "rights"
    ],
    "access": {
      "named": [
        "right to information",
        "right to request information",
        "right of information",
        "right to obtain information",
        "right to receive information",
        "right of access",
        "right to access",
        "right of inspection",
        "right to inspect",
        "right to check",
        "subject access",
        "access request*",
        "right to obtain a copy",
        "rights to information",
        "right to data access",
        "right of data access",
        "rights of access",
        "rights to access",
        "right to .. copy",
        "right to know",
        "right to get information",
        "right to receive a copy",
        "right to get a copy",
        "right to see",
        "right to view"
      ],
      "terms": [
        "access to your*",
        "access to the personal*",
        "access to the data",
        "access to the information",
        "access to personal*",
        "access to any personal*",
        "access to data",
        "access to information",
        "access to it",
        "access to them",
        "access to,",
        "access your*",
        "access the personal*",
        "access the data",
        "access the information",
        "access personal*",
        "request access",
        "requesting access",
        "access to and rectif*",
        "access to and correct*",
        "access to and erasure",
        "access to and deletion",
        "access to or rectif*",
        "access to or correct*",
        "access to or erasure",
        "access to or deletion",
        "from the controller access",
        "request for access",
        "obtain access",
        "access, correct*",
        "access, rectif*",
        "access and correct*",
        "access and rectif*",
        "access or correct*",
        "access, update",
        "access and update",
        "access, delete",
        "access or delete",
        "access, amend",
        "review your personal*",
        "review your data",
        "review your information",
        "review the personal data we",
        "review .. collected about you",
        "review .. we hold about you",
        "you can review",
        "you may review",
        "users can review",
        "users may review",
        "request* a review",
        "inspect",
        "inspection",
        "check what",
        "check and correct",
        "verify and correct*",
        "verify or correct*",
        "verify, .. correct*",
        "verify and rectif*",
        "verify or rectif*",
        "verify, .. rectif*",
        "check your data",
        "check your details",
        "copy of",
        "a copy",
        "see the data",
        "see the information",
        "see your data",
        "see the personal data",
        "see what data",
        "information we hold",
        "data we hold",
        "what we hold",
        "know what data",
        "know what personal data",
        "find out what data",
        "find out what personal data",
        "find out what information",
        "find out which data",
        "find out which personal data",
        "data we may hold",
        "information we may hold",
        "confirmation whether",
        "information about the data",
        "what data we hold",
        "what data we have",
        "what information we hold",
        "which data we store",
        "what data we store",
        "which data we hold",
        "which personal data we",
        "which information we",
        "obtain confirmation",
        "confirmation as to whether",
        "access their data",
        "access their personal*",
        "access their information",
        "access his or her*",
        "access his data",
        "access her data",
        "information about your data",
        "information about your personal*",
        "information about stored*",
        "information on stored*",
        "information about the stored*",
        "information about any stored*",
        "details of personal*",
        "details of your personal*",
        "details of the personal*",
        "details of any personal*",
        "details of the data",
        "details of your data",
        "information which we hold",
        "information that we hold",
        "data which we hold",
        "data that we hold",
        "data which we store",
        "data that we store",
        "information about the personal*",
        "information on your data",
        "information on your personal*",
        "Art. 15",
        "Article 15"
      ],
      "exclude": [
        "authori*",
        "staff",
        "employee*",
        "password*",
        "personnel",
        "access control*",
        "restricted access",
        "access rights",
        "access is",
        "only .. access",
        "processor*",
        "provider*",
        "partner*",
        "supplier*",
        "third part*",
        "may have access",
        "will have access",
        "who have access",
        "who has access",
        "cookie*",
        "copy of .. clauses",
        "copy of .. safeguards",
        "copy of the safeguards",
        "who can access",
        "who may access",
        "who will have access",
        "who receives",
        "retain a copy",
        "keep a copy",
        "store a copy",
        "retain copies",
        "keep copies",
        "retain .. copy"
      ]
    },
    "rectification": {
      "named": [
        "right to rectification",
        "right to rectify",
        "right to correct*",
        "right to have .. corrected",
        "right to have .. rectified",
        "right to .. modify",
        "right to .. amend",
        "rights to correction",
        "rights to rectification"
      ],
      "terms": [
        "rectif*",
        "correct your*",
        "correct the*",
        "correct any*",
        "correct it",
        "correct them",
        "correct inaccura*",
        "correct incorrect",
        "correct errors",
        "correct or*",
        "to correct",
        "ask to .. correct",
        "ask us to .. correct",
        "request to .. correct",
        "and correct",
        "or correct",
        "corrected",
        "correcting",
        "correction*",
        "inaccurate",
        "incorrect",
        "update your",
        "amend*",
        "incomplete",
        "modify your*",
        "modification of your*",
        "ask us to update",
        "request that we update",
        "update it",
        "update them",
        "update any",
        "update inaccurate",
        "change your personal*",
        "change your data",
        "change your information",
        "change your details",
        "change the personal*",
        "update or delete*",
        "update, or delete*",
        "update and delete*",
        "update, and delete*",
        "access, update*",
        "view, update*",
        "see, update*",
        "make sure .. correct",
        "make sure .. accurate",
        "make sure .. up to date",
        "ensure that your .. correct",
        "ensure that your .. accurate",
        "ensure that your .. up to date",
        "change or delete*",
        "change, or delete*",
        "changed or removed",
        "changed or deleted",
        "changed or erased",
        "changed, or removed",
        "changed, or deleted",
        "change or remove*",
        "change, or remove*",
        "change or erase*",
        "change and delete*",
        "access, change*",
        "view, change*",
        "see, change*",
        "edit or delete*",
        "edit or remove*",
        "access, edit*",
        "view, edit*",
        "see, edit*",
        "edit your personal*",
        "edit your data",
        "edit your information",
        "edit your details"
      ],
      "exclude": [
        "notification obligation",
        "obligation to notify",
        "right of notification",
        "right to notification"
      ]
    },
    "erasure": {
      "named": [
        "right to erasure",
        "right to be forgotten",
        "right to delete",
        "right to deletion",
        "right to have .. erased",
        "right to have .. deleted",
        "right to erase"
      ],
      "terms": [
        "cancellation",
        "erase*",
        "erasure",
        "erasing",
        "delet*",
        "be forgotten",
        "remove*",
        "removing",
        "removal",
        "destroy*",
        "destruction",
        "Art. 17",
        "Article 17"
      ],
      "exclude": [
        "notification obligation",
        "obligation to notify",
        "right of notification",
        "right to notification",
        "cancellation of* .. order*",
        "cancellation polic*",
        "cancellation fee*",
        "cancellation terms",
        "cookie*",
        "browser*",
        "deleted automatically",
        "automatically deleted",
        "erased automatically",
        "automatically erased",
        "removed automatically",
        "automatically removed",
        "automatic deletion",
        "remove you from .. correspondence",
        "removed from .. correspondence"
      ]
    },
    "restriction": {
      "named": [
        "right to restrict*",
        "right to restriction",
        "restriction of processing",
        "right to limit*"
      ],
      "terms": [
        "limitation",
        "restrict*",
        "limit the processing",
        "limit how we",
        "limit our use",
        "limit processing",
        "limiting the processing",
        "limiting processing",
        "limiting of processing",
        "limiting our use",
        "Art. 18",
        "Article 18"
      ],
      "exclude": [
        "notification obligation",
        "obligation to notify",
        "right of notification",
        "right to notification",
        "without limitation",
        "limitation period*",
        "limitation of liability",
        "access is restricted",
        "access to .. is restricted",
        "access may be restricted",
        "access can be restricted",
        "access .. may be restricted",
        "access .. can be restricted",
        "restrict access",
        "restricting access",
        "restricts access",
        "restricted to",
        "authori* personnel",
        "staff",
        "access rights",
        "cookie*",
        "rights may be restricted",
        "rights .. may be restricted",
        "rights .. be restricted",
        "restricted by law",
        "dietary",
        "diet restriction*",
        "food restriction*",
        "allerg*",
        "mobility restriction*",
        "age restriction*",
        "travel restriction*"
      ]
    },
    "object": {
      "named": [
        "right to object",
        "right of objection",
        "right to opt out of* .. marketing",
        "object to",
        "right of opposition",
        "right to oppose",
        "right to opposition"
      ],
      "terms": [
        "opposition",
        "object",
        "objection*",
        "objecting",
        "stop using",
        {
          "all": [
            [
              "stop processing"
            ]
          ],
          "none": [
            "consented",
            "withdraw*",
            "withdrawn",
            "withdrawal"
          ]
        },
        "not to send you",
        "stop sending you",
        "prohibit*",
        "forbid*",
        "opt out of* .. direct marketing",
        "opt out of* .. marketing",
        "opt-out of* .. marketing",
        "say no to* .. marketing",
        "refuse* .. direct marketing",
        "opt out of* receiving",
        "opt-out of* receiving",
        "opt out of* .. promotional",
        "opt-out of* .. promotional",
        "opt out of* .. communications",
        "opt-out of* .. communications",
        "opt out of* .. use of",
        "opt-out of* .. use of",
        "opting out of* .. marketing",
        "unsubscribe* .. marketing",
        "unsubscribe* .. promotional",
        "unsubscribe* from receiving",
        {
          "all": [
            [
              "refuse*",
              "refusing"
            ],
            [
              "promotional",
              "marketing",
              "advertising"
            ]
          ],
          "none": [
            "refus* to provide",
            "refus* to give",
            "refus* to supply"
          ]
        },
        "oppose* .. processing",
        "oppose* .. use of",
        {
          "all": [
            [
              "not be processed",
              "not be used",
              "not to be processed",
              "not to be used",
              "no longer be processed",
              "no longer be used"
            ],
            [
              "direct marketing",
              "marketing purposes",
              "for marketing",
              "promotional",
              "advertising"
            ]
          ]
        },
        {
          "all": [
            [
              "do not want",
              "don't want",
              "do not wish",
              "don't wish",
              "no longer want",
              "no longer wish"
            ],
            [
              "direct marketing",
              "marketing purposes",
              "for marketing",
              "promotional",
              "advertising"
            ]
          ]
        },
        "Art. 21",
        "Article 21"
      ],
      "exclude": [
        "cookie*"
      ]
    },
    "portability": {
      "named": [
        "right to data portability",
        "data portability",
        "right to portability",
        "portability",
        "right to transfer your data",
        "right to transfer the data",
        "right to move your data",
        "right to data transfer",
        "data transferability",
        "right to .. transfer your*",
        "right to .. transfer the data",
        "request transfer of your*",
        "request the transfer of your*",
        "request a transfer of your*",
        "ask for the transfer of your*",
        "ask us to transfer your*",
        "request that we transfer your*"
      ],
      "terms": [
        "portab*",
        "download your data",
        "download a copy of your data",
        "export your data",
        "port your*",
        "port it",
        "port the data",
        "machine-readable",
        "machine readable",
        "another controller",
        "another service provider",
        "another organisation",
        "another organization",
        "transmit* .. to another",
        "transfer* .. to another",
        "move your data",
        "copy or transfer your*",
        "copy or transfer personal data",
        "copy or transfer the data",
        "from one system to another",
        "from one service to another",
        "have your data moved",
        "have the data moved",
        "commonly used",
        "structured format",
        "exported file*",
        "export of your*",
        "export of the personal*",
        "data export",
        "handed over to you or",
        "handed over to another",
        "Art. 20",
        "Article 20",
        "in a structured",
        "structured, commonly used",
        "to you or to a third party",
        "to you or a third party"
      ]
    }
  },
  "consent": {
    "uses": [
      "consent*",
      "opt in",
      "opt-in",
      "opted in",
      "cookie settings",
      "cookie preferences",
      "cookie choices",
      "accept* .. cookies",
      "subscribe* .. newsletter",
      "sign up for .. newsletter",
      "your permission",
      "with your agreement",
      "with the permission of",
      {
        "all": [
          [
            "if",
            "when",
            "provided",
            "only if",
            "unless"
          ],
          [
            "you agree",
            "parents agree",
            "guardians agree",
            "guardian agrees",
            "parent agrees",
            "they agree",
            "agree to this",
            "give permission",
            "given permission",
            "gives permission",
            "permission is given"
          ]
        ]
      }
    ],
    "lawfulBefore": [
      "affect the lawfulness",
      "affect the legality"
    ],
    "notConsent": [
      "not based on consent",
      "do not rely on consent",
      "don't rely on consent",
      "does not rely on consent",
      "without your consent",
      "without .. consent",
      "not need .. consent",
      "not require .. consent",
      "don't need .. consent",
      "don't require .. consent",
      "doesn't need .. consent",
      "doesn't require .. consent",
      "consent is not required",
      "consent is not needed",
      "consent isn't required",
      "consent isn't needed",
      "consent where required",
      "consent if required",
      "consent when required",
      "consent where necessary",
      "consent where legally required",
      "not ask for your consent",
      "browser settings",
      "your browser",
      "web browser",
      "browser add-on*",
      "browser addon*",
      "browser extension*",
      "browser plug-in*",
      "browser plugin*",
      "consent to these changes",
      "consent to the changes",
      "consent to any changes",
      "consent to such changes",
      "consent to the revised",
      "consent to the updated",
      "consent to the amended",
      "consent to this privacy policy",
      "consent to our privacy policy",
      "consent to the privacy policy",
      "consent to this policy",
      "consent to this notice"
    ],
    "withdrawal": [
      {
        "all": [
          [
            "withdraw*",
            "revoke*",
            "revocation",
            "take back",
            "change your mind",
            "cancel*",
            "change"
          ],
          [
            "consent*",
            "permission",
            "opt-in",
            "choices",
            "preferences",
            "cookie settings",
            "consent settings"
          ]
        ]
      },
      {
        "all": [
          [
            "change your mind",
            "changed your mind",
            "change their mind"
          ],
          [
            "agreed",
            "agree",
            "agreement",
            "opted in",
            "opt in",
            "signed up",
            "any time",
            "anytime"
          ]
        ]
      },
      {
        "all": [
          [
            "reset",
            "revisit",
            "undo*",
            "change",
            "revise"
          ],
          [
            "choice",
            "your decision",
            "this decision",
            "agreement"
          ],
          [
            "any time",
            "anytime",
            "settings",
            "later",
            "whenever"
          ]
        ],
        "none": [
          "browser settings",
          "your browser",
          "web browser"
        ]
      },
      {
        "all": [
          [
            "control",
            "manage",
            "adjust",
            "update",
            "modify"
          ],
          [
            "your consent",
            "their consent",
            "your consents",
            "your consent preferences",
            "your consent choices"
          ]
        ]
      },
      "unsubscribe*",
      "un-subscri*",
      "unsubscription*",
      "opt out",
      "opt-out",
      "opting out",
      "cancel .. subscription",
      "stop receiving",
      {
        "all": [
          [
            "stop sending"
          ],
          [
            "ask us",
            "tell us",
            "ask the",
            "tell the",
            "request",
            "at any time",
            "any time",
            "at any point"
          ]
        ]
      },
      {
        "all": [
          [
            "decline*",
            "refuse*",
            "reject*",
            "turn off",
            "switch off",
            "disable"
          ],
          [
            "cookie*",
            "analytics",
            "tracking"
          ],
          [
            "at any time",
            "any time",
            "whenever you",
            "later"
          ]
        ]
      }
    ],
    "prospective": [
      {
        "all": [
          [
            "consent*"
          ],
          [
            "in the future",
            "future feature*",
            "if we start",
            "if we begin",
            "should we start",
            "before we start",
            "if we introduce",
            "before we introduce",
            "if we later"
          ]
        ]
      }
    ]
  },
  "complaint": [
    {
      "all": [
        [
          "supervisory authority",
          "supervisory authorities",
          "data protection authority",
          "Data Protection Ombudsman",
          "Information Commissioner*",
          "ICO",
          "data protection agenc*",
          "Data Protection Commission",
          "data protection inspectorate",
          "data protection authorities",
          "regulator",
          "European Data Protection Supervisor",
          "EDPS",
          "Ombudsman",
          "IMY",
          "Integritetsskyddsmyndigheten",
          "Tietosuojavaltuutet*",
          "Datainspektionen",
          "authority",
          "data protection agenc*",
          "data protection commission*",
          "data protection inspectorate",
          "data protection office",
          "data protection board",
          "Datatilsynet",
          "regulatory bod*",
          "supervisory bod*",
          "regulatory authorit*",
          "data protection regulator*"
        ],
        [
          "complain*",
          "complaint*",
          "lodge",
          "report",
          "turn to",
          "refer",
          "raise a concern",
          "raise your concern",
          "escalate",
          "contact",
          "right",
          "appeal"
        ]
      ],
      "none": [
        "reserve the right",
        "reserves the right",
        "reserving the right",
        "reserved the right",
        "retains the right",
        "retain the right"
      ]
    },
    {
      "all": [
        [
          "European Data Protection Supervisor",
          "EDPS",
          "Ombudsman",
          "IMY",
          "Integritetsskyddsmyndigheten",
          "Tietosuojavaltuutet*",
          "Datainspektionen",
          "authority",
          "data protection agenc*",
          "data protection commission*",
          "data protection inspectorate",
          "data protection office",
          "data protection board",
          "Datatilsynet",
          "regulatory bod*",
          "supervisory bod*",
          "supervisory authorit*",
          "data protection authorit*",
          "Data Protection Ombudsman",
          "ICO",
          "Information Commissioner*",
          "regulator*",
          "authorities"
        ],
        [
          "complain*",
          "complaint*",
          "lodge"
        ]
      ]
    },
    {
      "all": [
        [
          "office for .. data protection",
          "authority for .. data protection",
          "agency for .. data protection",
          "commission for .. data protection",
          "commissioner for .. data protection",
          "inspectorate for .. data protection",
          "office for the protection of",
          "authority for the protection of",
          "agency for the protection of",
          "commission for the protection of",
          "commissioner for the protection of"
        ],
        [
          "complain*",
          "complaint*",
          "lodge",
          "appeal"
        ]
      ]
    },
    {
      "all": [
        [
          "Art. 77",
          "Art 77",
          "Article 77",
          "Arts. 77",
          "Art.77"
        ],
        [
          "complain*",
          "complaint*",
          "lodge"
        ]
      ]
    }
  ],
  "statutory": [
    {
      "all": [
        [
          "you provide",
          "you to provide",
          "provide us",
          "provide your",
          "providing us",
          "providing your",
          "providing personal",
          "providing data",
          "providing the",
          "providing this",
          "providing these",
          "providing any",
          "provide personal",
          "provide the data",
          "provide the information",
          "provide this",
          "provide these",
          "provide certain",
          "provision of your",
          "provision of personal",
          "provision of data",
          "provision of the data",
          "provision of this",
          "provision of these",
          "provision of such",
          "provision of information",
          "provision of the information",
          "provision of certain",
          "provision of any",
          "provision of contact",
          "give us",
          "giving us",
          "you give",
          "supply us",
          "you supply",
          "supplying your",
          "to give",
          "you share",
          "share your",
          "sharing your",
          "to share",
          "you submit",
          "submit your"
        ],
        [
          "mandatory",
          "voluntary",
          "optional",
          "statutory requirement",
          "contractual requirement",
          "a requirement",
          "required to",
          "are required",
          "is required",
          "not obliged",
          "obliged to",
          "not required",
          "obligation",
          "need to",
          "you must",
          "necessary to",
          "necessary for",
          "condition"
        ]
      ],
      "none": [
        "provide the data subject",
        "provides the data subject",
        "providing the data subject",
        "we are obliged",
        "we are obligated",
        "we are required",
        "we may be obliged",
        "we may be required",
        "we are legally obliged",
        "we are legally required",
        "we have to provide",
        "we provide",
        "we may provide",
        "we will provide",
        "we will not provide",
        "we do not provide",
        "we never provide",
        "we only provide",
        "will not provide",
        "the request",
        "your request",
        "a request",
        "exercise your right*",
        "exercise these right*",
        "exercise any",
        "verify your identity",
        "identify you",
        "we need to share",
        "we may need to share",
        "we might need to share",
        "we will need to share",
        "we would need to share",
        "we may have to share",
        "we might have to share",
        "we have to share",
        "we need to give",
        "we may need to give",
        "we need to provide",
        "we may need to provide",
        "we might need to provide",
        "we may have to provide"
      ]
    },
    {
      "all": [
        [
          "data",
          "information",
          "details",
          "field*",
          "address",
          "number",
          "name",
          "collection of"
        ],
        [
          "is required to",
          "are required to",
          "is required for",
          "are required for",
          "is required in order",
          "are required in order",
          "is mandatory",
          "are mandatory",
          "is optional",
          "are optional",
          "is voluntary",
          "are voluntary",
          "is compulsory",
          "are compulsory",
          "mandatory field*",
          "optional field*",
          "marked with an asterisk",
          "fields marked with",
          "marked with an asterisk"
        ]
      ],
      "none": [
        "kept",
        "keep",
        "retain*",
        "stored",
        "deleted",
        "deletion",
        "erasure",
        "storage",
        "retention",
        "process .. on the basis",
        "processed on the basis",
        "processing is based",
        "display the website",
        "display our website",
        "display the site",
        "display the page*",
        "display this website",
        "deliver the website",
        "deliver the page*",
        "technically necessary",
        "for technical reasons",
        "operation of the website",
        "operation of our website",
        "operation of the site",
        "we are required",
        "we are legally required",
        "we may be required",
        "we might be required",
        "we will be required",
        "we would be required",
        "we are also required",
        "we're required",
        "we are obliged",
        "we may be obliged"
      ]
    },
    {
      "all": [
        [
          "legally nor contractually",
          "legally or contractually",
          "by law or contract",
          "by law nor contract",
          "by law or by contract",
          "by law nor by contract",
          "statutory nor contractual",
          "statutory or contractual"
        ],
        [
          "neither",
          "not",
          "no"
        ]
      ],
      "none": [
        "retain*",
        "keep",
        "kept",
        "store",
        "stored",
        "delete*",
        "erase*",
        "we are",
        "we may be"
      ]
    },
    {
      "all": [
        [
          "provide",
          "provided",
          "providing",
          "provision",
          "disclose",
          "disclosed",
          "disclosure",
          "give",
          "given",
          "giving",
          "submit*",
          "share",
          "sharing",
          "enter",
          "by the user",
          "by you",
          "collect",
          "collected",
          "collecting"
        ],
        [
          "voluntary basis"
        ]
      ],
      "none": [
        "consent"
      ]
    },
    {
      "all": [
        [
          "optionally"
        ],
        [
          "enter*",
          "provide*",
          "give",
          "giving",
          "add",
          "adding",
          "state",
          "tell",
          "share",
          "ask*",
          "fill*",
          "supply",
          "name",
          "number",
          "address"
        ]
      ],
      "none": [
        "consent",
        "cookie*"
      ]
    },
    {
      "all": [
        [
          "if provided",
          "if given",
          "if supplied",
          "if you provide one",
          "if you give one",
          "if any was given"
        ],
        [
          "number",
          "address",
          "name",
          "e-mail",
          "email",
          "phone",
          "details",
          "date of birth"
        ]
      ],
      "none": [
        "by law",
        "by the law",
        "for by",
        "legal*",
        "statut*",
        "regulation*"
      ]
    },
    {
      "all": [
        [
          "if you voluntarily",
          "should you voluntarily",
          "if you choose to provide",
          "if you choose to give",
          "if you choose to share",
          "if you decide to provide",
          "if you decide to give",
          "if you wish to provide",
          "if you wish to give us"
        ]
      ],
      "none": [
        "consent*",
        "basis",
        "Art. 9",
        "Article 9"
      ]
    },
    {
      "all": [
        [
          "provided voluntarily",
          "voluntarily provided",
          "given voluntarily",
          "voluntarily given",
          "supplied voluntarily",
          "voluntarily supplied",
          "submitted voluntarily",
          "voluntarily submitted",
          "shared voluntarily",
          "voluntarily shared",
          "disclosed voluntarily",
          "voluntarily disclosed",
          "provide voluntarily",
          "supply voluntarily",
          "give voluntarily",
          "submit voluntarily",
          "share voluntarily"
        ]
      ],
      "none": [
        "consent*",
        "basis",
        "Art. 9",
        "Article 9",
        "special categor*",
        "health"
      ]
    },
    "(optional)",
    "(required)",
    "(mandatory)",
    "(voluntary)",
    "optional details",
    "optional data",
    "optional information",
    "optional personal*",
    "free to refuse",
    "you must provide",
    "you need to provide",
    "you have to provide",
    "you will need to provide",
    "you are required to provide",
    "you are obliged to provide",
    "you are not required to provide",
    "you are not obliged to provide",
    "refuse to provide",
    "refuse to share",
    "refusal to provide",
    "refusal to share",
    "refusal to give",
    "refusing to provide",
    {
      "all": [
        [
          "legally bound",
          "legally obliged",
          "legally obligated",
          "legally required",
          "required by law",
          "obliged by law",
          "law requires us",
          "law obliges us",
          "statutory obligation"
        ],
        [
          "to collect"
        ]
      ],
      "none": [
        "collect or process",
        "collect and process",
        "collect or use",
        "collect and use"
      ]
    },
    "refuse our request",
    "choose not to provide",
    "choose not to share",
    "decide not to share",
    "if you do not share",
    "if you don't share",
    "not obliged to share",
    "not required to share",
    "not obligated to share",
    {
      "all": [
        [
          "otherwise"
        ],
        [
          "we cannot",
          "we can not",
          "we are unable",
          "we can't",
          "we will not be able",
          "we won't be able",
          "we would not be able",
          "we may not be able",
          "we might not be able",
          "you cannot",
          "you can not",
          "you can't",
          "you will not be able",
          "you won't be able",
          "you would not be able",
          "you wouldn't be able",
          "you could not",
          "you couldn't"
        ]
      ],
      "none": [
        "without your approval",
        "without your consent",
        "without your permission",
        "without your agreement",
        "unless",
        "tell us otherwise",
        "stated otherwise",
        "otherwise stated",
        "otherwise agreed",
        "otherwise required",
        "cookie*"
      ]
    },
    {
      "all": [
        [
          "we must have",
          "i must have"
        ],
        [
          "your name",
          "the name of your",
          "your user name",
          "your username",
          "your account",
          "your e-mail",
          "your email",
          "your address",
          "your postal",
          "your phone",
          "your contact",
          "your personal",
          "your data",
          "your details",
          "your information",
          "this data",
          "this information",
          "these details",
          "these data"
        ]
      ],
      "none": [
        "legal basis",
        "lawful basis",
        "legal ground*",
        "lawful ground*",
        "a basis",
        "consent",
        "permission",
        "the request",
        "your request",
        "a request",
        "exercise your right*",
        "verify your identity",
        "identify you",
        "as long as",
        "no longer",
        "longer than",
        "only for as long"
      ]
    },
    {
      "all": [
        [
          "we need",
          "i need",
          "we will need",
          "we require"
        ],
        [
          "your name",
          "the name of your",
          "your user name",
          "your username",
          "your account",
          "your e-mail",
          "your email",
          "your address",
          "your postal",
          "your phone",
          "your contact",
          "your personal",
          "your data",
          "your details",
          "your information",
          "this data",
          "this information",
          "these details",
          "these data"
        ],
        [
          "for you to",
          "so that you can",
          "so you can",
          "in order for you to",
          "before you can",
          "before we can"
        ]
      ],
      "none": [
        "consent",
        "permission",
        "the request",
        "your request",
        "a request",
        "exercise your right*",
        "verify your identity",
        "identify you",
        "as long as",
        "no longer",
        "longer than",
        "only for as long"
      ]
    },
    "without providing",
    "without giving us",
    {
      "all": [
        [
          "we cannot",
          "we can not",
          "we are unable",
          "unable to",
          "not be able to",
          "may not be able"
        ],
        [
          "revok*",
          "withdraw*",
          "refus*",
          "decline",
          "do not consent",
          "not to provide"
        ]
      ]
    },
    {
      "all": [
        [
          "should you not wish",
          "if you do not wish",
          "if you don't wish",
          "should you not want",
          "if you do not want",
          "if you don't want",
          "should you choose not",
          "should you decide not"
        ],
        [
          "you will not become",
          "you cannot become",
          "you can not become",
          "you will not be able",
          "you won't be able",
          "you would not be able",
          "we cannot",
          "we can not",
          "we will not be able",
          "we won't be able",
          "cannot take part",
          "cannot participate",
          "cannot register",
          "cannot join",
          "cannot become"
        ]
      ],
      "none": [
        "cookie*",
        "newsletter*",
        "marketing"
      ]
    },
    "if you do not provide",
    "if you don't provide",
    "if you choose not to provide",
    "if you decide not to provide",
    "if you do not give",
    "if you don't give",
    "failure to provide",
    "without this information",
    "without these details",
    "without this data",
    "without them you cannot",
    "without your data",
    "without the data",
    "without these data",
    "without it we cannot",
    "without it, we cannot",
    {
      "all": [
        [
          "we cannot",
          "we can not",
          "we are unable",
          "we can't",
          "you cannot",
          "you can't",
          "not be able",
          "unable to"
        ],
        [
          "without",
          "if you do not",
          "if you don't"
        ]
      ],
      "none": [
        "without your approval",
        "without your consent",
        "without your permission",
        "without your agreement"
      ]
    },
    "mandatory fields",
    "required fields",
    "do not have to give",
    "do not have to provide",
    "don't have to give",
    "don't have to provide",
    "by law or contract",
    "by law or by contract",
    "by law or under a contract",
    "statutory or contractual",
    "contractual or statutory",
    "legally obligated to provide",
    "not obligated to provide",
    "must be provided in order",
    "must be provided so that",
    "participation .. is voluntary",
    "taking part .. is voluntary"
  ],
  "automated": [
    {
      "all": [
        [
          "automatically",
          "automated"
        ],
        [
          "scor*",
          "assess*",
          "rank*",
          "profiling",
          "profiled",
          "build* profiles",
          "create* profiles"
        ]
      ]
    },
    {
      "all": [
        [
          "profiling"
        ]
      ],
      "none": [
        "cookie*",
        "also applies to profiling",
        "including profiling based on",
        "profiling based on th* provision*",
        "particular situation"
      ]
    },
    "automated decision*",
    "automated .. decision*",
    {
      "all": [
        [
          "by automated means"
        ]
      ],
      "none": [
        "or not",
        "whether by",
        "whether or not",
        "carried out by automated means",
        "is carried out by",
        "any operation",
        "portab*",
        "processes the data by",
        "processes personal data by",
        "processes your data by",
        "process the data by"
      ]
    },
    "decision* .. automated means",
    "automatic decision*",
    "automated individual decision*",
    "decisions .. made automatically",
    "decided automatically",
    "solely automated",
    "solely on automated",
    "automatically .. decision*",
    "profile you",
    "build profiles",
    "Article 22",
    "Art. 22"
  ],
  "automatedRight": [
    "right not to be subject*",
    "right .. not to be subject*",
    "right not to be the subject*",
    "right to object to automated*",
    "right to object to profiling",
    "rights related to automated*",
    "rights relating to automated*",
    "rights in relation to automated*",
    "right to contest automated*",
    "challenge the decision*",
    "challenge a decision*",
    "challenge decisions",
    "contest the decision*",
    "contest a decision*",
    "contest decisions",
    "right to be informed .. automated*",
    "right to be told .. automated*",
    "right to know .. automated*",
    "right to information about automated*"
  ],
  "categories": {
    "statements": [
      {
        "all": [
          [
            "not collect .. any personal*",
            "not collect .. any data",
            "not store .. any personal*",
            "not process .. any personal*",
            "don't collect .. any personal*",
            "doesn't collect .. any personal*",
            "don't collect .. any data",
            "doesn't collect .. any data",
            "not collect, .. any personal*",
            "not collect, .. any data",
            "not store, .. any personal*",
            "not process, .. any personal*",
            "don't collect, .. any personal*",
            "doesn't collect, .. any personal*",
            "don't collect, .. any data",
            "doesn't collect, .. any data",
            "not collect personal*",
            "not collect or store personal*",
            "not collect or process personal*",
            "not store or process personal*",
            "collect no personal*",
            "collects no personal*",
            "collect no data",
            "collects no data",
            "no personal data is collected",
            "no personal information is collected",
            "no personal data are collected",
            "no personal data is stored",
            "no personal data is processed"
          ]
        ],
        "none": [
          "without",
          "except",
          "other than",
          "apart from",
          "beyond",
          "than",
          "unless",
          "more",
          "knowingly",
          "child*",
          "minor*",
          "under the age",
          "under 1*",
          "sensitive",
          "special categor*",
          "payment",
          "card*",
          "health",
          "from",
          "visitor*",
          "when",
          "while",
          "during",
          "through",
          "via"
        ]
      },
      "we collect the following",
      "we process the following",
      "the following personal data",
      "the following data",
      "the following information",
      "categories of personal data",
      "categories of data",
      "the register contains",
      "the register may contain",
      "types of personal data",
      "types of data",
      {
        "all": [
          [
            "information includes",
            "information include",
            "data includes",
            "data include",
            "details include",
            "information consists of",
            "data consists of",
            "data comprises",
            "information comprises"
          ]
        ],
        "none": [
          "any information",
          "all information",
          "any data",
          "relating to",
          "relates to",
          "related to",
          "means"
        ]
      },
      "data we collect",
      "information we collect",
      {
        "all": [
          [
            "we collect",
            "we process",
            "is collected",
            "are collected",
            "we store",
            "we record",
            "collects",
            "is stored",
            "are stored"
          ],
          [
            "data:",
            "information:",
            "details:"
          ]
        ]
      },
      "is collected:",
      "are collected:",
      "we collect:",
      "is stored:",
      "are stored:",
      "we store:",
      "is processed:",
      "are processed:",
      "we process:",
      "data you enter:",
      "information you enter:",
      "details you enter:",
      "data you provide:",
      "information you provide:",
      "details you provide:"
    ],
    "kinds": [
      "name",
      "names",
      "your name",
      "full name",
      "first name",
      "last name",
      "e-mail address*",
      "email address*",
      "e-mail",
      "email",
      "phone number*",
      "telephone number*",
      "mobile number*",
      "phone",
      "address",
      "postal address*",
      "home address*",
      "billing address*",
      "date of birth",
      "birth date",
      "birthday",
      "personal identity code",
      "social security number",
      "ip address*",
      "ip-address*",
      "timestamp*",
      "time stamp*",
      "referring page*",
      "referring site*",
      "referring URL*",
      "referrer URL*",
      "referrer",
      "referrers",
      "pages visited",
      "visited pages",
      "pages viewed",
      "viewed pages",
      "contact details",
      "contact information",
      "payment details",
      "payment information",
      "billing details",
      "purchase history",
      "order history",
      "customer number",
      "username",
      "user name",
      "gender",
      "age",
      "occupation",
      "job title",
      "language",
      "bank account*",
      "photo*",
      "membership number",
      "employer",
      "CV",
      "education",
      "work experience",
      "licence plate*",
      "health data",
      "health information",
      "location data",
      "device data",
      "browser type",
      "browser used",
      "browsers used",
      "browser* and operating system*",
      "browser* and device*",
      "device or browser",
      "device and browser",
      "date and time of access",
      "date and time of the visit",
      "date and time of your visit",
      "time of access",
      "log data",
      "nationality",
      "passport",
      "mobile phone",
      "postcode",
      "post code",
      "zip code",
      "company name",
      "signature",
      "video*",
      "images",
      "recordings",
      "usage data",
      "device identifier*",
      "device information",
      "login details",
      "login data",
      "location",
      "account number",
      "bank details",
      "citizenship",
      "year of birth",
      "guardian",
      "credit information",
      "credit check*",
      "ip number*",
      "browser information",
      "cookie data",
      "purchase data",
      "order details",
      "identification data",
      "identity data",
      "identification details",
      "customer data",
      "transaction data",
      "technical data",
      "communication data",
      "communications data",
      "marketing data",
      "member data",
      "membership data",
      "financial data",
      "contract data",
      "profile data",
      "account data",
      "employment data",
      "billing information",
      "identity information",
      "operating system*",
      "web browser",
      "type of browser",
      "type of web browser",
      "browser version",
      "screen size",
      "screen resolution",
      "device type",
      "performance data",
      "analytics data"
    ]
  },
  "collection": [
    "you send",
    "sent by you",
    "contact form*",
    "through the form",
    "via the form",
    "collect*",
    "we obtain",
    "I obtain",
    "obtained",
    "obtains",
    "we receive",
    "are received",
    "is received",
    "you provide",
    "you submit",
    "you give",
    "provided by you",
    "submitted by you",
    "we record",
    "is recorded",
    "are recorded",
    "we log",
    "is logged",
    "are logged"
  ],
  "collectionLimits": [
    "only what",
    "necessary",
    "as needed",
    "minimum",
    "only the data",
    "only the information",
    "the following",
    "data we collect*",
    "data that we collect*",
    "data which we collect*",
    "information we collect*",
    "information that we collect*",
    "information which we collect*",
    "details we collect*",
    "details that we collect*",
    "data I collect*",
    "information I collect*",
    "this .. explains what",
    "this .. describes what",
    "this .. explains how",
    "this .. outlines how",
    "this .. outlines what",
    "this .. tells you how",
    "agree to the collection",
    "agrees to the collection",
    "consent to the collection",
    "consents to the collection",
    "accept the collection",
    "this .. informs you how",
    "this .. details how",
    "this .. describes how",
    "this .. sets out what",
    "this .. sets out how",
    "become aware",
    "becomes aware",
    "knowingly",
    "from children",
    "from a child"
  ],
  "sources": [
    "you give us",
    "you provide",
    "you have provided",
    "provided by you",
    "you give",
    "you tell us",
    "you enter",
    "you submit",
    "sent to us",
    "sent to me",
    "you send us",
    "you send me",
    "you share with us",
    "share when you",
    "information you share",
    "data you share",
    "details you share",
    {
      "all": [
        [
          "choose to",
          "chooses to",
          "decide to",
          "decides to",
          "opt to",
          "elect to"
        ],
        [
          "send*",
          "provide*",
          "give*",
          "share*",
          "submit*",
          "enter*"
        ]
      ],
      "none": [
        "not to",
        "do not",
        "don't",
        "we decide",
        "we choose",
        "send you",
        "give you",
        "provide you"
      ]
    },
    "from you directly",
    "directly from you",
    {
      "all": [
        [
          "origin of",
          "origin is",
          "originates",
          "originate"
        ],
        [
          "from",
          "you",
          "yourself",
          "themself",
          "themselves",
          "the data subject",
          "the registered",
          "the member*",
          "the customer*"
        ]
      ]
    },
    "from the data subject",
    "from the registered",
    "from the person themsel*",
    "from you",
    "from yourself",
    {
      "all": [
        [
          "we track",
          "we log",
          "is logged",
          "are logged",
          "automatically collect*",
          "collected automatically",
          "collects automatically",
          "automatically logged",
          "automatically recorded"
        ]
      ],
      "none": [
        "do not track",
        "don't track",
        "never track",
        "not tracked",
        "do not log",
        "don't log",
        "not logged",
        "do not automatically",
        "not automatically"
      ]
    },
    {
      "all": [
        [
          "we collect",
          "is collected",
          "are collected",
          "we receive",
          "we get",
          "we record",
          "is recorded",
          "are recorded",
          "we add",
          "we save",
          "is saved",
          "are saved",
          "I collect",
          "I receive",
          "I get",
          "I record",
          "I save"
        ],
        [
          "when you",
          "through",
          "via",
          "you fill",
          "you subscribe",
          "you visit",
          "you browse",
          "you sign",
          "you book",
          "you order",
          "you apply",
          "you contact"
        ]
      ],
      "none": [
        "how we collect",
        "how we may collect",
        "explains how",
        "outlines how",
        "describes how",
        "sets out how",
        "tells you how"
      ]
    },
    {
      "all": [
        [
          "gather*",
          "collect*"
        ],
        [
          "form",
          "forms",
          "questionnaire",
          "questionnaires"
        ]
      ],
      "none": [
        "not",
        "never",
        "in the form",
        "form of"
      ]
    },
    {
      "all": [
        [
          "we receive",
          "we obtain",
          "we get",
          "we collect",
          "collected from",
          "obtained from",
          "received from",
          "comes from",
          "come from",
          "we may receive",
          "is generated",
          "are generated",
          "updated from",
          "gives us",
          "give us"
        ],
        [
          "from",
          "by the",
          "by our",
          "by you",
          "your employer",
          "generated"
        ]
      ]
    },
    {
      "all": [
        [
          "if you contact",
          "when you contact",
          "if you write to",
          "when you write to",
          "if you e-mail",
          "when you e-mail",
          "if you email",
          "when you email",
          "if you call",
          "when you call",
          "if you message",
          "when you message",
          "if you get in touch",
          "when you get in touch"
        ],
        [
          "we process",
          "I process",
          "we store",
          "I store",
          "we use",
          "I use",
          "we save",
          "I save",
          "we keep",
          "I keep",
          "we note",
          "I note",
          "we record",
          "I record",
          "we will process",
          "we will store",
          "we will use"
        ],
        [
          "your details",
          "your data",
          "your information",
          "your personal*",
          "your name",
          "your message",
          "your enquiry",
          "your inquiry",
          "your request",
          "the details",
          "the data",
          "the information",
          "the personal*"
        ]
      ]
    },
    {
      "all": [
        [
          "we receive",
          "we only receive",
          "we get",
          "we only get",
          "receives",
          "only receives",
          "receives only",
          "gets only",
          "only gets",
          "I receive",
          "I only receive"
        ],
        [
          "you choose",
          "you select",
          "you pick",
          "you upload",
          "you attach",
          "you .. choose",
          "you .. select",
          "you .. pick"
        ]
      ],
      "none": [
        "not",
        "never",
        "no data"
      ]
    },
    {
      "all": [
        [
          "shared by",
          "provided by",
          "supplied by",
          "provided to us by",
          "shared with us by",
          "supplied to us by",
          "passed to us by",
          "given to us by",
          "provide us with",
          "provides us with",
          "provided us with"
        ],
        [
          "data",
          "information",
          "details",
          "records"
        ]
      ],
      "none": [
        "by you",
        "by yourself",
        "service*",
        "by law",
        "platform*",
        "hosting",
        "software",
        "tool*",
        "website",
        "site",
        "app",
        "functionality",
        "cookie*",
        "provided by the controller",
        "provided by us",
        "provided by me"
      ]
    },
    {
      "all": [
        [
          "transmit*",
          "send*",
          "sent",
          "transfer*",
          "passes",
          "passed"
        ],
        [
          "by your browser",
          "by the browser",
          "your browser",
          "from your browser",
          "by your device",
          "from your device",
          "your device sends",
          "your app sends"
        ]
      ],
      "none": [
        "not",
        "never",
        "no data",
        "remains",
        "remain",
        "stays",
        "stay"
      ]
    }
  ],
  "negation": [
    "not",
    "no",
    "never",
    "don't",
    "doesn't",
    "none",
    "neither",
    "nor",
    "nowhere"
  ],
  "conditional": [
    "if",
    "where",
    "when",
    "insofar as",
    "to the extent",
    "for purposes based on",
    "for processing based on",
    "for any processing based on",
    "for processing operations based on"
  ]
};
