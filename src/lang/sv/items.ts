// Generated from lexicon/sv/items.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ItemPhrases } from '../items-types.js';

export const items: ItemPhrases = {
  "lang": "sv",
  "noticeTitles": [
    "dataskydd*",
    "integritet*",
    "personuppgift*",
    "registerbeskrivning*",
    "gdpr"
  ],
  "personalData": [
    "personuppgift*",
    "dataskydd*",
    "integritet*",
    "registerbeskrivning*",
    "registeransvarig*",
    "GDPR"
  ],
  "headings": {
    "controller": [
      "personuppgiftsansvar*",
      "registeransvarig*",
      "registerförare*",
      "registerhållare*",
      "kontaktuppgifter",
      "kontakt",
      "kontaktinformation",
      "kontakta oss",
      "vem är ansvarig*",
      "vem ansvarar*",
      "vilka är vi",
      "vem är vi",
      "om oss",
      "kontaktperson*",
      "ansvarig för registret"
    ],
    "dpo": [
      "dataskyddsombud",
      "dataskyddsombudet",
      "dataskyddsombudets"
    ],
    "purposes": [
      "ändamål*",
      "syfte*",
      "varför",
      "varför behandlar",
      "varför samlar",
      "vad används",
      "vad använder vi",
      "till vad",
      "hur vi använder",
      "hur används",
      "hur .. uppgift* används",
      "hur .. personuppgift* används",
      "hur .. data används",
      "hur .. information* används",
      "hur vi .. använder",
      "hur använder vi",
      "användning av"
    ],
    "basis": [
      "rättslig* grund*",
      "laglig* grund*",
      "grund för",
      "grunden för",
      "grunder för",
      "rättsliga grunder",
      "på vilken grund",
      "behandlingsgrund*",
      "stöd för behandlingen",
      "med vilken rätt",
      "vilken rätt har vi",
      "vad ger oss rätt*"
    ],
    "legitimate-interests": [
      "berättigat intresse",
      "berättigade intressen",
      "berättigat intresse*",
      "berättigade intresse*"
    ],
    "recipients": [
      "mottagare*",
      "utlämnan*",
      "utlämning*",
      "vart .. uppgifter* går",
      "vart går",
      "vem får",
      "vem delar",
      "vilka får",
      "delning*",
      "vi delar",
      "personuppgiftsbiträde*",
      "biträde*",
      "överlåtelse*",
      "regelmässiga utlämnanden",
      "tredje parter",
      "tredje part och",
      "tredjepart och",
      "och tredjepart",
      "tredjeparter",
      "tredjepartsleverantör*",
      "tredje parts leverantör*"
    ],
    "transfers": [
      "överföring* .. utanför*",
      "tredjeland*",
      "utanför EU*",
      "utanför EES*",
      "internationell* överföring*"
    ],
    "retention": [
      "bevarandetid*",
      "hur länge",
      "sparas*",
      "lagring*",
      "gallring*",
      "radering*",
      "hur länge sparas",
      "hur länge lagras",
      "förvaring*"
    ],
    "rights": [
      "rättigheter",
      "rättigheterna",
      "dina rättigheter",
      "den registrerades rättigheter",
      "registrerades rätt*",
      "rätt till*",
      "rätt att*",
      "rätten till*",
      "rätten att*",
      "övriga rättigheter"
    ],
    "consent": [
      "samtycke*"
    ],
    "consent-withdrawal": [
      "återkall* .. samtycke*",
      "återkallande av samtycke*"
    ],
    "complaint": [
      "klagomål*",
      "klaga*",
      "tillsynsmyndighet*",
      "anmälan till*"
    ],
    "statutory": [
      "skyldighet att lämna*",
      "måste du lämna*",
      "måste jag*",
      "måste du*",
      "behöver jag lämna*",
      "behöver du lämna*",
      "är det obligatoriskt*",
      "är det frivilligt*",
      "krav på att lämna*",
      "obligatorisk*",
      "frivillig",
      "frivilligt",
      "frivilliga",
      "följder av att inte lämna*",
      "lagstadgat eller avtalsenligt krav"
    ],
    "automated": [
      "automatiserat beslutsfattande",
      "automatiserade beslut*",
      "automatiska beslut*",
      "automatiserad* beslut*",
      "profilering*",
      "automatiserad behandling"
    ],
    "categories": [
      "vilka uppgifter",
      "vilka personuppgifter",
      "uppgifter i registret",
      "registrets innehåll",
      "registrets datainnehåll",
      "personuppgifter som behandlas",
      "uppgifter som behandlas",
      "uppgifter vi behandlar",
      "personuppgifter vi behandlar",
      "kategorier av personuppgifter",
      "personuppgiftskategorier*",
      "uppgiftskategorier*",
      "insamlade uppgifter",
      "uppgifter som samlas in",
      "vad samlar vi in",
      "datainnehåll*",
      "registrets uppgiftsinnehåll",
      "vilken information",
      "vilken typ av",
      "vilka typer av",
      "personuppgifter vi samlar in",
      "information vi samlar in",
      "uppgifter vi samlar in",
      "insamlad information",
      "typer av personuppgifter",
      "vilka slags uppgifter",
      "vilken data",
      "vilka data",
      "data vi samlar in",
      "data som samlas in",
      "vad sparas",
      "vad lagras",
      "vad vi sparar",
      "vad vi lagrar",
      "uppgifter som sparas",
      "uppgifter som lagras",
      "data som sparas",
      "data som lagras"
    ],
    "sources": [
      "varifrån",
      "ifrån",
      "var kommer",
      "var får vi",
      "källor*",
      "uppgiftskällor*",
      "regelmässiga uppgiftskällor",
      "informationskällor*",
      "hur samlar vi in",
      "hur får vi",
      "varifrån kommer"
    ],
    "security": [
      "skydd*",
      "säkerhet*",
      "informationssäkerhet*"
    ],
    "cookies": [
      "kakor",
      "cookies",
      "kakor och*"
    ]
  },
  "shortAnswers": [
    "nej",
    "inga",
    "ingen",
    "inget",
    "förekommer inte",
    "används inte",
    "tillämpas inte",
    "görs inte",
    "sker inte",
    "överförs inte",
    "lämnas inte ut"
  ],
  "cookies": [
    "kakor",
    "kaka",
    "kakorna",
    "cookie*",
    "webbläsar*"
  ],
  "controller": {
    "labels": [
      "personuppgiftsansvarig*",
      "registeransvarig*",
      "registerförare*",
      "registerhållare*",
      "kontaktperson*",
      "ansvarig för registret",
      "ansvarar* .. för behandlingen",
      "ansvarig* för behandlingen",
      "webbplatsen drivs av",
      "tjänsten drivs av",
      "appen drivs av",
      "hemsidan drivs av",
      "sajten drivs av",
      "ansvarig:"
    ],
    "companyForms": [
      "ab",
      "ab:s",
      "oy ab",
      "ab oy",
      "hb",
      "kb",
      "rf",
      "r.f.",
      "ek. för.",
      "ekonomisk förening",
      "stiftelse*",
      "kommun",
      "stad",
      "org.nr",
      "org. nr",
      "organisationsnummer*",
      "fo-nummer*",
      "fo-nr",
      "FO-nummer",
      "y-tunnus"
    ],
    "contactForms": [
      "kontaktformulär*",
      "webbformulär*",
      "formuläret",
      "formulär på vår webbplats",
      "formulär på webbplatsen",
      "formulär på vår hemsida",
      "formulär på hemsidan",
      "formulär på vår webbsida",
      "formulär på webbsidan",
      "formulär på sidan"
    ],
    "processorRoles": [
      "personuppgiftsbiträde*",
      "är biträde",
      "som biträde",
      "i egenskap av biträde"
    ],
    "authorities": [
      "tillsynsmyndighet*",
      "Integritetsskyddsmyndighet*",
      "IMY",
      "Datainspektion*",
      "dataombudsman*",
      "dataskyddsmyndighet*"
    ]
  },
  "dpo": [
    "dataskyddsombud",
    "dataskyddsombudet",
    "dataskyddsombudets",
    "dataskyddsombuden",
    "DPO"
  ],
  "purposes": [
    "ändamål*",
    "i syfte att",
    "syftet*",
    "syften*",
    "syfte",
    {
      "all": [
        [
          "används",
          "använder",
          "behandlar",
          "behandlas",
          "samlar in",
          "samlas in",
          "sparar",
          "sparas",
          "lagrar",
          "lagras"
        ],
        [
          "så att"
        ]
      ],
      "none": [
        "obehörig*",
        "behörig*",
        "säker*",
        "skydd*",
        "krypter*",
        "anonym*",
        "inte kan kopplas",
        "inte går att koppla"
      ]
    },
    {
      "all": [
        [
          "används",
          "använder",
          "behandlar",
          "behandlas",
          "samlar in",
          "samlas in",
          "samlar .. in",
          "samlas .. in",
          "sparar",
          "sparas",
          "lagrar",
          "lagras"
        ],
        [
          "för att",
          "till att",
          "för administration*",
          "för fakturering*",
          "för marknadsföring*",
          "för *administration*",
          "för *hantering*",
          "för *kommunikation*",
          "för *utskick*",
          "för *fakturering*",
          "för *uppföljning*",
          "för *statistik*"
        ]
      ]
    }
  ],
  "basis": {
    "markers": [
      "rättslig* grund*",
      "laglig* grund*",
      "grund för",
      "grunden för",
      "grunder för",
      "grundar sig",
      "grundas på",
      "grundar",
      "baseras på",
      "baserar sig",
      "bygger på",
      "med stöd av",
      "på basis av",
      "på basen av",
      "stöd för",
      "stöder sig",
      "stödjer sig",
      "behandlingsgrund*",
      "artikel 6",
      "art. 6",
      "6.1",
      "6(1)",
      "på grund av",
      "behandlas eftersom",
      "är laglig eftersom",
      "är laglig för att",
      "behandlar .. eftersom",
      "behövs för att fullgöra",
      "behövs för att uppfylla",
      "nödvändiga för att fullgöra",
      "nödvändiga för att uppfylla",
      "nödvändig för att fullgöra",
      "nödvändigt för att fullgöra",
      "nödvändig för åtgärder",
      "nödvändigt för åtgärder",
      "föregår* .. avtal*",
      "innan .. avtal* ingås",
      "uppfylla* .. avtalsenliga förpliktelse*",
      "fullgöra* .. avtalsenliga förpliktelse*",
      "uppfylla* .. avtalsenliga åtaganden",
      "fullgöra* .. avtalsenliga åtaganden"
    ],
    "consent": [
      "samtyck*"
    ],
    "contract": [
      "avtal",
      "överenskommelse*",
      "uppfylla* .. avtal*",
      "avtal*",
      "köpeavtal*",
      "anställningsavtal*",
      "fullgöra* .. avtal*",
      "ingå* .. avtal*",
      "kundavtal*",
      "medlemsavtal*",
      "användarvillkor*",
      "fullgöra* .. beställning*"
    ],
    "legalObligation": [
      "föreningslag*",
      "lagstadgad*",
      "rättslig* förpliktelse*",
      "rättslig* skyldighet*",
      "lagstadgad* skyldighet*",
      "lagstadgad* förpliktelse*",
      "lagkrav*",
      "rättsliga krav",
      "bokföringslag*",
      "penningtvättslag*",
      "skattelag*",
      "lagstiftning*",
      "enligt lag",
      "följer av lag"
    ],
    "vitalInterests": [
      "grundläggande intresse*",
      "vitala intressen",
      "vitalt intresse"
    ],
    "publicTask": [
      "allmänt intresse",
      "allmänt intresse*",
      "myndighetsutövning*",
      "allmänna intresse*",
      "uppgift av allmänt intresse"
    ],
    "legitimateInterests": [
      "berättigat intresse",
      "berättigade intresse*",
      "berättigat intresse*",
      "berättigade intressen",
      "legitimt intresse*",
      "legitima intresse*",
      "intresseavvägning"
    ],
    "citation": {
      "article": [
        "artikel*",
        "art."
      ],
      "paragraph": [
        "punkt*",
        "stycke*",
        "st."
      ],
      "point": [
        "första stycket",
        "led",
        "leden",
        "punkt",
        "punkten",
        "litt.",
        "lit."
      ]
    },
    "disclosureCondition": [
      {
        "all": [
          [
            "lämnas .. ut",
            "lämna .. ut",
            "lämnar .. ut",
            "lämnas vidare",
            "utlämna*"
          ]
        ],
        "none": [
          "behandl*",
          "samla* in",
          "samlar in",
          "lagr*",
          "spar*"
        ]
      }
    ],
    "relationshipOnly": [
      "kundförhållande*",
      "kundrelation*",
      "medlemskap*",
      "medlemsförhållande*",
      "kundskap*",
      "affärsrelation*",
      "affärsförbindelse*",
      "relevant samband",
      "klientförhållande*",
      "uppdragsförhållande*",
      "anställningsförhållande*",
      "hyresförhållande*"
    ]
  },
  "legitimateInterestsTail": [
    "grund",
    "grunden"
  ],
  "legitimateInterestsIntro": [
    "ligger i",
    "består i",
    "är att",
    "är",
    "av att",
    "att",
    "i att",
    "som består i",
    "som är",
    "nämligen",
    "såsom",
    "t.ex.",
    "till exempel",
    "exempelvis",
    "bland annat",
    "för att",
    "för",
    "avseende",
    "gällande",
    "i form av"
  ],
  "legitimateInterestsPurpose": [
    "i syfte att",
    "i syfte",
    "för ändamål*",
    "dvs.",
    "dvs",
    "det vill säga",
    "i synnerhet",
    "särskilt",
    "för följande ändamål",
    "syftet är",
    "syftet med .. är",
    "ändamålet är",
    "ändamålet med .. är"
  ],
  "interestStatements": [
    "vårt intresse är",
    "vårt intresse består i",
    "vårt berättigade intresse är",
    "vårt berättigade intresse består i",
    "intresset är att",
    "intresset består i",
    "våra intressen är"
  ],
  "balancingTest": [
    "gjort en intresseavvägning",
    "gjort en avvägning",
    "gör en intresseavvägning",
    "gör en avvägning",
    "efter en intresseavvägning",
    "efter en avvägning",
    "genom en intresseavvägning",
    "genom en avvägning",
    "intresseavvägningen visar",
    "intresseavvägningen har",
    "avvägningen visar",
    "i intresseavvägningen",
    "i vår intresseavvägning",
    "vid intresseavvägningen",
    "avvägning mellan",
    "avvägningen mellan",
    "intresseavvägning mellan",
    "intresseavvägningen mellan",
    "balanstest*"
  ],
  "basisFiller": [
    "personuppgift*",
    "uppgift*",
    "behandling*",
    "behandlas",
    "behandlar",
    "utifrån",
    "såsom",
    "grunder",
    "grunderna",
    "registr*",
    "föreningen*",
    "företag*",
    "bolag*",
    "vårt",
    "våra",
    "vår",
    "ditt",
    "dina",
    "din",
    "deras",
    "dessa",
    "denna",
    "detta",
    "alla",
    "enligt",
    "dataskyddsförordning*",
    "gdpr",
    "artikel*",
    "punkt*",
    "även",
    "också",
    "främst",
    "eller",
    "samt",
    "fullgör*",
    "avtal*",
    "förpliktelse*",
    "rättslig*",
    "samtycke*",
    "grundläggande",
    "allmänt intresse",
    "myndighetsutövning",
    "intresse*",
    "följande",
    "samla*",
    "använd*",
    "lagra*",
    "spara*",
    "kund",
    "kunder",
    "kunderna",
    "kunden",
    "kundens",
    "kunds",
    "medlem",
    "medlemmar",
    "medlemmarna*",
    "kontaktperson*",
    "anställd*",
    "besökare*",
    "personer",
    "*bolag",
    "*bolaget",
    "stöd",
    "huvudsak*",
    "regel",
    "viss",
    "vissa",
    "visst",
    "sker",
    "görs"
  ],
  "recipients": [
    "mottagare*",
    "skickas inte någonstans",
    "skickas ingenstans",
    "skickas inte vidare",
    {
      "all": [
        [
          "skickas till",
          "skickas aldrig",
          "skickas inte",
          "skickas från enheten",
          "skickas från din enhet",
          "ingen data skickas",
          "inga uppgifter skickas",
          "inga personuppgifter skickas"
        ]
      ],
      "none": [
        "till dig",
        "till din",
        "till dina",
        "till användaren",
        "kvitto*",
        "bekräftelse*",
        "nyhetsbrev*",
        "utanför",
        "tredjeland*",
        "land",
        "länder"
      ]
    },
    "vi anlitar",
    "anlitar vi",
    "lämnas ut",
    "lämnas inte ut",
    "lämnar ut",
    "lämnar inte ut",
    "lämnas vidare",
    "lämnar vi ut",
    "utlämna*",
    "överlåt*",
    {
      "all": [
        [
          "delar",
          "delas",
          "delar vi"
        ]
      ],
      "none": [
        "delas med oss",
        "delats med oss",
        "delat med oss",
        "du delar",
        "du väljer att dela",
        "du har delat"
      ]
    },
    "personuppgiftsbiträde*",
    "biträde*",
    "tjänsteleverantör*",
    "underleverantör*",
    "leverantör*",
    "*leverantör*",
    "samarbetspartner*",
    "partner*",
    "tredje part*",
    "vidarebefordrar .. till",
    "vidarebefordras .. till",
    "vidarebefordras till",
    "myndighet*",
    "säljer .. uppgifter*",
    "lämnas till",
    {
      "all": [
        [
          "överförs till",
          "vi överför",
          "överför vi"
        ]
      ],
      "none": [
        "utanför",
        "land",
        "länder",
        "tredjeland*",
        "EU",
        "EES",
        "USA"
      ]
    },
    "endast .. tillgång",
    "bara .. tillgång",
    "endast .. behandlar",
    "bara .. behandlar",
    "tillgång .. är begränsad",
    "tillgänglig för utomstående",
    "tillgängliga för utomstående",
    "tillgängligt för utomstående",
    "utomstående .. tillgång",
    "endast .. tillgänglig för",
    "endast .. tillgängliga för",
    "bara .. tillgänglig för",
    "bara .. tillgängliga för",
    "är tillgänglig för alla *medlemmar",
    "är tillgängliga för alla *medlemmar",
    {
      "all": [
        [
          "hanteras av",
          "hanteras via",
          "sköts av",
          "administreras av",
          "behandlas av"
        ]
      ],
      "none": [
        "av oss",
        "av mig",
        "av dig",
        "klagomål*",
        "klaga*"
      ]
    }
  ],
  "transfers": {
    "statements": [
      "andra länder",
      "utanför EU*",
      "utanför EES*",
      "utanför Europeiska*",
      "utanför Europa",
      {
        "all": [
          [
            "inom EU*",
            "inom EES*",
            "inom Europeiska*",
            "inom Europa",
            "i EU",
            "i EES",
            "i EU/EES",
            "i Europa"
          ]
        ],
        "none": [
          "gäller dataskyddsförordning*",
          "gäller GDPR",
          "gäller .. förordning*",
          "tillämpas dataskyddsförordning*",
          "dataskyddsförordningen gäller",
          "befinner dig",
          "befinner sig",
          "du bor",
          "bosatt*",
          "är bosatt",
          "invånare"
        ]
      },
      "utanför .. EU/EES*",
      "utanför .. EES-området",
      "tredjeland*",
      "tredje land*",
      "tredje länder*",
      "internationell* överföring*"
    ],
    "within": [
      "inom EU*",
      "inom EES*",
      "inom Europeiska*",
      "inom Europa",
      "i EU",
      "i EES",
      "i EU/EES",
      "i Europa",
      "i Sverige",
      "stannar inom*",
      "i region EU",
      "i regionen EU",
      "EU-region*"
    ],
    "safeguards": [
      "standardavtalsklausul*",
      "standardklausul*",
      "standardiserade dataskyddsbestämmelser",
      "EU-kommissionens standard*",
      "kommissionens standard*",
      "beslut om adekvat*",
      "adekvat* skyddsnivå*",
      "adekvat nivå",
      "tillräcklig skyddsnivå",
      "lämplig skyddsnivå",
      "bindande företagsbestämmelser",
      "Data Privacy Framework*",
      "DPF",
      "lämpliga skyddsåtgärder",
      "SCC*",
      "standard contractual clauses"
    ],
    "foreignContext": [
      "belägen",
      "belägna",
      "finns i",
      "ligger i",
      "server*",
      "molntjänst*",
      "leverantör*",
      "överför*",
      "lagras",
      "lagrar",
      "behandlas",
      "baserad",
      "baserat",
      "baserade"
    ],
    "foreignWords": [
      "andra länder",
      "annat land",
      "amerikansk*",
      "USA-baserad*",
      "i USA"
    ],
    "lawWords": [
      "lag",
      "lagar",
      "lagen",
      "lagarna",
      "lagstiftning*",
      "rätt",
      "jurisdiktion*"
    ],
    "dataLocation": [
      "*server*",
      "datacenter*",
      "lagras",
      "lagrar",
      "sparas",
      "sparar",
      "behandlas",
      "hanteras",
      "molntjänst*",
      "*servrar*",
      "lagra",
      "spara"
    ],
    "outside": [
      "utanför EU*",
      "utanför EES*",
      "utanför Europeiska*",
      "utanför Europa"
    ],
    "sending": []
  },
  "retention": {
    "words": [
      "spara*",
      "lagra*",
      "bevara*",
      "behåll*",
      "förvara*",
      "radera*",
      "gallr*",
      "ta bort",
      "tas bort",
      "tar bort",
      "förstör*",
      "anonymiser*",
      "lagringstid*",
      "arkiver*",
      "skrivs över",
      "skriver över",
      "skrivas över",
      "i minnet"
    ],
    "units": [
      "år",
      "året",
      "åren",
      "års",
      "månad",
      "månader",
      "månaden",
      "månaderna",
      "månaders",
      "månads",
      "mån",
      "dag",
      "dagar",
      "dagars",
      "dygn",
      "dygns",
      "dygnet",
      "vecka",
      "veckor",
      "veckors",
      "timme",
      "timmar",
      "timmars"
    ],
    "numberWords": [
      "ett",
      "en",
      "två",
      "tre",
      "fyra",
      "fem",
      "sex",
      "sju",
      "åtta",
      "nio",
      "tio",
      "elva",
      "tolv",
      "ett halvt",
      "arton",
      "tjugofyra",
      "trettio"
    ],
    "frequency": [
      "varje",
      "var",
      "per",
      "gång",
      "mellanrum"
    ],
    "criteria": [
      "så länge .. används",
      "så länge du använder",
      "så länge .. installera*",
      "sparas inte efter",
      "sparas inte .. efter",
      "lagras inte efter",
      "lagras inte .. efter",
      "direkt efter",
      "omedelbart efter",
      "upphör*",
      "avslutas",
      "avslutats",
      "avslutat",
      "avslutar .. konto*",
      "avslutar .. medlemskap*",
      "avslutar .. prenumeration*",
      "avslutar .. avtal*",
      "avslutning*",
      "när ärendet är klart",
      "när ärendet är löst",
      "när ärendet är hanterat",
      "när ärendet har hanterats",
      "medlemskapets längd",
      "medlemskapets löptid",
      "avtalets löptid",
      "tills du*",
      "tills avtal*",
      "tills medlemskap*",
      "tills kund*",
      "tills .. upphör*",
      "tills .. återkallar*",
      "tills .. avslutas",
      "till dess att",
      "till dess",
      "tills dess",
      "fram till",
      "under den tid",
      "under avtalstiden",
      "under medlemskapet",
      "under anställning*",
      "under kundförhållandet",
      "under rekryteringsprocess*",
      "så länge .. pågår",
      "så länge .. gäller",
      "så länge .. är aktiv*",
      "så länge du är",
      "så länge du har",
      "bokföringslag*",
      "penningtvättslag*",
      "arkivlag*",
      "preskriptionstid*",
      "efter att .. upphört",
      "efter att .. avslutats",
      "efter utgången",
      "efter avslut*",
      "efter .. avslut*",
      "räkenskapsår*",
      "kalenderår*",
      "återkallar*",
      "avregistrerar*",
      "under hela",
      "under pågående",
      "under .. medlemskap*",
      "under .. anställning*",
      "under .. avtal*",
      "under .. kundförhållande*",
      "årets slut",
      "slutet av",
      "utgången av",
      "så länge .. varar",
      "så länge .. består",
      "så länge .. kvarstår"
    ],
    "vague": [
      "så länge .. nödvändig*",
      "så länge .. behövs",
      "så länge .. krävs",
      "så länge det finns behov*",
      "så länge som behövs",
      "inte längre .. behövs",
      "inte längre .. nödvändig*",
      "inte längre behöv*",
      "tills vidare",
      "till vidare",
      "skälig tid",
      "rimlig tid",
      "den tid som krävs",
      "den tid som behövs",
      "nödvändig tid",
      "enligt gällande lag*",
      "lagstadgade tider*",
      "preskriptionsregler*",
      "längre än .. nödvändig*",
      "längre än .. behövs",
      "längre än .. krävs",
      "tills .. begär* .. radera*",
      "tills .. begär* .. borttag*",
      "tills .. ber oss .. radera*",
      "tills .. ber oss .. ta bort",
      "den tid som är nödvändig*",
      "den tid det behövs",
      "så länge det behövs",
      "tills .. inte längre .. behövs",
      "tills .. inte längre .. behöv*",
      "tills .. inte längre .. nödvändig*",
      "till dess .. inte längre .. behövs",
      "till dess .. inte längre .. behöv*",
      "till dess .. inte längre .. nödvändig*",
      "tills .. inte behövs",
      "till dess .. inte behövs",
      "tills .. ändamål* .. uppfyll*",
      "tills .. ändamål* .. uppnå*",
      "till dess .. ändamål* .. uppfyll*",
      "till dess .. ändamål* .. uppnå*",
      "så länge .. ändamål*"
    ],
    "byDate": [
      "senast",
      "till och med",
      "fram till"
    ],
    "routine": [
      "löpande",
      "kontinuerligt",
      "regelbundet",
      "årligen",
      "varje år",
      "en gång per år",
      "en gång om året",
      "mellanrum",
      "enligt .. rutiner",
      "gallringsrutin*",
      "gallringsplan*"
    ],
    "within": [
      "inom"
    ],
    "onRequest": [
      "begär",
      "begära*",
      "rätt"
    ]
  },
  "rights": {
    "context": [
      "rätt",
      "rätten",
      "rättighet*",
      "kan",
      "kan du",
      "begära*",
      "begär",
      "be oss",
      "kräva*",
      "kräver",
      "får",
      "om du vill",
      "du vill",
      "vill att"
    ],
    "controllerRight": [
      "förbehåller oss rätt*",
      "förbehåller sig rätt*",
      "förbehåller .. rätt*",
      "vi kan ta bort",
      "vi kan radera",
      "vi får ta bort",
      "vi får radera",
      "vi kan begränsa",
      "vi får begränsa",
      "vi har rätt att",
      "vi har rätten att"
    ],
    "denial": [
      "har inte rätt",
      "har ingen rätt",
      "inget behov",
      "finns inget behov",
      "åsidosätter",
      "går före",
      "inte möjligt",
      "kan inte begära",
      "kan du inte",
      "kan inte raderas",
      "inte kan raderas",
      "kan inte tas bort",
      "går inte att",
      "går det inte att",
      "läs mer på datainspektion*",
      "läs mer hos datainspektion*",
      "läs mer på integritetsskyddsmyndighet*",
      "läs mer hos integritetsskyddsmyndighet*",
      "läs mer på IMY*",
      "läs mer hos IMY*",
      "läs mer på imy.se"
    ],
    "grant": [
      "du har .. rätt",
      "har du .. rätt",
      "har .. rätt",
      "du kan",
      "kan du",
      "du får",
      "rätt att",
      "rätten att"
    ],
    "listLead": [
      "rättigheter",
      "rättigheterna"
    ],
    "access": {
      "named": [
        "rätt till tillgång*",
        "rätten till tillgång*",
        "registerutdrag*",
        "rätt till insyn",
        "rätt att få tillgång*",
        "insynsrätt*",
        "tillgång till dina* .. uppgifter*",
        "rätt att granska*",
        "granskningsrätt*",
        "rätt att begära information*",
        "rätt att begära ut*",
        "rätt att få information*"
      ],
      "terms": [
        {
          "all": [
            [
              "sammanställning*",
              "förteckning*",
              "utskrift*"
            ],
            [
              "uppgift*",
              "personuppgift*"
            ]
          ]
        },
        "tillgång*",
        "åtkomst till dina*",
        "åtkomst till de uppgifter*",
        "registerutdrag*",
        "*utdrag*",
        "begära ut",
        "begär ut",
        "få ut",
        "få se",
        "kan se",
        "se dina uppgifter",
        "få veta",
        "få information om",
        {
          "all": [
            [
              "begära information",
              "begär information",
              "begära ut information",
              "få information"
            ],
            [
              "rättelse*",
              "radering*",
              "rätta*",
              "radera*"
            ]
          ]
        },
        "besked om vilka* .. personuppgift*",
        "besked om vilka* .. uppgift*",
        "få ta del",
        "ta del av",
        "kopia",
        "kopian",
        "kopior",
        {
          "all": [
            [
              "granska*"
            ]
          ],
          "none": [
            "källkod*",
            "koden",
            "kodbas*"
          ]
        },
        "kontrollera* .. uppgifter*",
        "insyn*",
        "få besked",
        "vilka uppgifter",
        "vad vi .. sparat",
        "vad vi .. lagrat",
        "vad vi .. registrerat",
        "vad vi har om dig",
        "vad vi vet om dig",
        "vilken information vi har"
      ],
      "exclude": [
        "med någon som",
        "delar* .. med någon",
        "anger vilka",
        "beskriver vilka",
        "förklarar vilka",
        "redogör* för vilka",
        "framgår vilka",
        "behörig*",
        "personalen",
        "vår personal",
        "personal som",
        "personal med",
        "anställd*",
        "medarbetare",
        "lösenord*",
        "användarnamn*",
        "åtkomst*",
        "tillgång till lokal*",
        "leverantör*",
        "biträde*",
        "myndighet*",
        "granskare*",
        "revisor*",
        "kakor",
        "cookie*",
        "standardavtalsklausul*",
        "kopia av .. klausul*",
        "kopia av .. skyddsåtgärd*",
        "vem får",
        "vilka får",
        "vem har tillgång",
        "vilka har tillgång",
        "vem kan ta del"
      ]
    },
    "rectification": {
      "named": [
        "rätt till rättelse*",
        "rätten till rättelse*",
        "rätt att få .. rättade",
        "rätt att .. rätta*",
        "rättelserätt*",
        "för att ändra dina* uppgift*",
        "för att ändra dina* personuppgift*",
        "för att rätta dina*",
        "för att korrigera dina*"
      ],
      "terms": [
        "rättelse*",
        "rätta*",
        "korriger*",
        "komplettera*",
        "felaktig*",
        "uppdatera* .. uppgifter*",
        "uppdatera* .. personuppgifter*",
        "uppdatera* .. information*",
        "ändra* .. uppgifter*",
        "ändra* .. personuppgift*",
        "ändra* .. din data",
        "ändra* .. dina data",
        "redigera* .. uppgifter*",
        "redigera* .. personuppgift*",
        "redigera* .. din data",
        "redigera* .. dina data",
        "få .. uppdaterade",
        "få .. ändrade"
      ],
      "exclude": [
        "*integritetspolicy*",
        "*dataskyddspolicy*",
        "denna policy",
        "policyn"
      ]
    },
    "erasure": {
      "named": [
        "rätt till radering*",
        "rätten till radering*",
        "rätt att bli bortglömd",
        "rätten att bli bortglömd",
        "rätt att få .. raderade",
        "rätt att .. radera*"
      ],
      "terms": [
        "radera*",
        "radering*",
        "bortglömd*",
        "bli glömd*",
        "tas bort",
        "borttagning*",
        "borttagande*",
        "ta bort",
        "tar bort",
        "avlägsna*",
        "utplåna*"
      ],
      "exclude": [
        "kakor",
        "kaka",
        "cookie*",
        "raderas automatiskt",
        "automatiskt raderas",
        "tas bort automatiskt",
        "automatiskt tas bort",
        "automatisk radering",
        "automatisk gallring"
      ]
    },
    "restriction": {
      "named": [
        "rätt till begränsning*",
        "rätten till begränsning*",
        "rätt att begränsa*",
        "begränsning av behandling*"
      ],
      "terms": [
        "begränsning*",
        "begränsa*",
        "uteslutande lagras",
        "endast lagras",
        "enbart lagras",
        "bara lagras",
        "lagras men inte används",
        "lagras och inte används"
      ],
      "exclude": [
        "antalet förfrågningar",
        "antalet anrop",
        "antal förfrågningar",
        "antal anrop",
        "förfrågningsfrekvens*",
        "åtkomst* .. begränsa*",
        "begränsad åtkomst",
        "tillgång* .. kan begränsas",
        "begränsa* tillgång*",
        "begränsad tillgång",
        "begränsat läge",
        "begränsad funktion*",
        "begränsade funktion*",
        "begränsade fall",
        "en begränsad",
        "ett begränsat",
        "begränsad* mängd*",
        "begränsat antal*",
        "begränsat urval",
        "begränsad omfattning",
        "begränsad* .. *information",
        "begränsad* *data",
        "begränsa* .. funktionalitet*",
        "begränsa* .. funktioner*",
        "begränsad användning av appen",
        "åtkomsten är begränsad",
        "behörig*",
        "personalen",
        "vår personal",
        "personal som",
        "personal med",
        "anställd*",
        "lokal*",
        "rättigheter* kan .. begränsas",
        "rättigheter* .. kan begränsas",
        "begränsas av lag*",
        "begränsas enligt lag*",
        "begränsningar i* .. rättigheter*"
      ]
    },
    "object": {
      "named": [
        "rätt att invända*",
        "rätten att invända*",
        "invändningsrätt*",
        "rätt till invändning*",
        "rätt att motsätta*"
      ],
      "terms": [
        "invänd*",
        "motsätta*",
        {
          "all": [
            [
              "slutar använda",
              "sluta använda"
            ]
          ],
          "none": [
            "sluta använda app*",
            "slutar använda app*",
            "sluta använda tjänst*",
            "slutar använda tjänst*",
            "sluta använda webbplats*",
            "slutar använda webbplats*",
            "sluta använda sidan",
            "slutar använda sidan",
            "sluta använda program*",
            "slutar använda program*"
          ]
        },
        "upphör med att använda",
        "sluta behandla",
        "slutar behandla",
        "förbjuda* .. direktmarknadsföring*",
        "förbjuda* .. marknadsföring*",
        "förbjuda*",
        "avböja* .. direktmarknadsföring*",
        "avböja* .. påminnelse*",
        "avböja* .. utskick*",
        "avböja* .. erbjudande*",
        "neka* .. direktmarknadsföring*",
        "säga nej till* .. *marknadsföring*",
        "tacka nej till* .. *marknadsföring*",
        "avstå* .. *marknadsföring*",
        "avregistrera* .. *marknadsföring*",
        "välja bort .. *marknadsföring*",
        "väljer bort .. *marknadsföring*",
        "välj bort .. *marknadsföring*",
        "välja bort .. reklam*",
        "*marknadsföring* .. ändra dig",
        "marknadsföring* .. ändra dig",
        "marknadsföring, .. ändra dig",
        "*marknadsföring, .. ändra dig",
        "ändra dig .. *marknadsföring*",
        "ändra dig .. marknadsföring*",
        "inte vill .. *marknadsföring*",
        "inte vill .. marknadsföring*"
      ],
      "exclude": [
        "kakor",
        "cookie*"
      ]
    },
    "portability": {
      "named": [
        "dataportabilitet*",
        "rätt till dataportabilitet*",
        "rätt att flytta*",
        "rätten att flytta*",
        "rätt att överföra* .. till en annan*",
        "portabilitet*"
      ],
      "terms": [
        "dataportabilitet*",
        "portabilitet*",
        "ladda ner* .. uppgifter*",
        "ladda ner* .. historik*",
        "som en fil",
        "JSON",
        "CSV",
        "flytta* .. uppgifter*",
        "flytta* .. data",
        "flyttas",
        "överföra* .. till en annan*",
        "överförs .. till en annan*",
        "maskinläsbar*",
        "till en annan personuppgiftsansvarig",
        "till annan personuppgiftsansvarig",
        "strukturerat, allmänt använt",
        "strukturerat, vanligt använt",
        "portabelt format",
        "portabla format*",
        {
          "all": [
            [
              "flytt"
            ],
            [
              "rättelse",
              "radering",
              "begränsning"
            ]
          ],
          "none": [
            "tredje land*",
            "utanför",
            "EU",
            "EES",
            "EU/EES"
          ]
        }
      ]
    }
  },
  "consent": {
    "uses": [
      "samtyck*",
      "kakinställning*",
      "cookieinställning*",
      "cookie-inställning*",
      "godkänn* .. kakor",
      "godkänn* .. cookies",
      "prenumerer* .. nyhetsbrev*",
      "anmäl* .. nyhetsbrev*",
      "opt-in",
      "med ditt godkännande",
      "med ditt medgivande",
      "medgivande*",
      "med vårdnadshavares* tillstånd",
      {
        "all": [
          [
            "gett",
            "givit",
            "gav",
            "ger",
            "ge",
            "lämnat",
            "lämnar"
          ],
          [
            "godkännande",
            "skriftligt godkännande",
            "sitt godkännande",
            "sitt skriftliga godkännande",
            "ditt godkännande"
          ]
        ]
      },
      {
        "all": [
          [
            "tacka ja",
            "tackar ja",
            "tackat ja"
          ],
          [
            "cookie*",
            "kakor",
            "kakorna",
            "uttryckligen",
            "marknadsföring*",
            "nyhetsbrev*",
            "utskick*"
          ]
        ]
      },
      {
        "all": [
          [
            "om",
            "när",
            "ifall",
            "endast om"
          ],
          [
            "du godkänner",
            "du tillåter",
            "vårdnadshavar* godkänner",
            "vårdnadshavar* tillåter",
            "föräldrar* godkänner",
            "ger ditt tillstånd",
            "ger sitt tillstånd",
            "har gett tillstånd",
            "har godkänt"
          ]
        ]
      }
    ],
    "lawfulBefore": [],
    "notConsent": [
      "bygger inte på samtycke",
      "grundar sig inte på samtycke",
      "inte på samtycke",
      "utan samtycke",
      "utan .. samtycke*",
      "kräver inte .. samtycke",
      "kräver inget .. samtycke",
      "krävs inget .. samtycke",
      "krävs inte .. samtycke",
      "behöver inte .. samtycke",
      "behövs inget .. samtycke",
      "behövs inte .. samtycke",
      "behöver inget samtycke",
      "inget samtycke krävs",
      "ingen samtyckesrut*",
      "någon samtyckesrut*",
      "inga samtyckesrut*",
      "ingen samtyckesbanner*",
      "någon samtyckesbanner*",
      "inte av samtyckeskrav*",
      "inte under samtyckeskrav*",
      "inget samtycke behövs",
      "inget att samtycka till",
      "ingenting att samtycka till",
      "inte något att samtycka till",
      "webbläsarens inställning*",
      "din webbläsare*",
      "samtycker .. till denna integritetspolicy",
      "samtycker .. till vår integritetspolicy",
      "samtycker .. till integritetspolicy*",
      "samtycker .. till denna policy",
      "samtycker .. till dessa villkor",
      "samtycker .. till våra villkor",
      "samtycker .. till ändringar*",
      "samtycke till denna integritetspolicy",
      "samtycke till integritetspolicy*"
    ],
    "withdrawal": [
      {
        "all": [
          [
            "återkalla*",
            "återkallas",
            "återkallat",
            "återta*",
            "dra tillbaka",
            "dras tillbaka",
            "ta tillbaka",
            "tas tillbaka",
            "ändra*"
          ],
          [
            "samtycke*",
            "samtyck*",
            "medgivande*",
            "godkännande*"
          ]
        ]
      },
      "återkalla* .. samtycke*",
      "avregistrera*",
      "avsluta* .. prenumeration*",
      "avsluta* .. nyhetsbrev*",
      "avsluta* .. utskick*",
      "avbeställ*",
      "avanmäl*",
      "säga upp* .. prenumeration*",
      "säga upp* .. nyhetsbrev*",
      "länken för avregistrering",
      {
        "all": [
          [
            "tacka nej",
            "tackar nej",
            "avböja",
            "avböjer"
          ],
          [
            "utskick*",
            "nyhetsbrev*",
            "marknadsföring*",
            "e-postutskick*",
            "reklamutskick*"
          ]
        ]
      },
      {
        "all": [
          [
            "ändra",
            "ändrar",
            "återställa",
            "återställ",
            "nollställa",
            "hantera",
            "uppdatera"
          ],
          [
            "cookieinställning*",
            "cookie-inställning*",
            "kakinställning*",
            "cookieval",
            "cookievalet",
            "dina val för cookies",
            "dina val för kakor"
          ]
        ],
        "none": [
          "webbläsar*"
        ]
      }
    ],
    "prospective": [
      {
        "all": [
          [
            "samtyck*"
          ],
          [
            "i framtiden",
            "framtida",
            "framöver",
            "om vi börjar",
            "om vi skulle börja",
            "innan vi börjar",
            "om vi inför",
            "innan vi inför",
            "vid behov införa",
            "vid behov inför",
            "införas senare",
            "införs senare",
            "senare införa*",
            "nytt ändamål",
            "nya ändamål",
            "innan den aktiveras",
            "innan de aktiveras"
          ]
        ]
      }
    ]
  },
  "complaint": [
    {
      "all": [
        [
          "tillsynsmyndighet*",
          "Integritetsskyddsmyndighet*",
          "IMY",
          "Datainspektion*",
          "dataombudsman*",
          "dataskyddsmyndighet*",
          "Europeiska datatillsynsmannen",
          "EDPS",
          "dataskyddsombudsman*"
        ],
        [
          "klaga*",
          "klagomål*",
          "anmäl*",
          "lämna in",
          "vända dig",
          "vända sig",
          "framföra",
          "rätt"
        ]
      ]
    }
  ],
  "statutory": [
    {
      "all": [
        [
          "lämna* .. uppgifter*",
          "lämna* .. personuppgifter*",
          "tillhandahålla*",
          "tillhandahåller*",
          "uppge*",
          "uppgifterna",
          "personuppgifterna",
          "dina uppgifter",
          "lämnandet"
        ],
        [
          "obligatorisk*",
          "frivillig",
          "frivilligt",
          "frivilliga",
          "frivilligt",
          "ett krav",
          "lagstadgat krav",
          "avtalsenligt krav",
          "förutsättning*",
          "nödvändig* för att",
          "är ett villkor",
          "är ett krav",
          "krävs för att",
          "måste du",
          "du måste",
          "inte skyldig*",
          "skyldig att"
        ]
      ],
      "none": [
        "som krävs för att",
        "som behövs för att",
        "som är nödvändig*",
        "berättigat intresse*",
        "berättigade intresse*",
        "intresseavvägning*",
        "behandling är nödvändig*",
        "behandlingen är nödvändig*",
        "så länge",
        "spara*",
        "sparas",
        "lagra*",
        "lagras",
        "vi delar",
        "delar vi",
        "delar inte",
        "delas med",
        "delas till",
        "delas vidare",
        "delar* .. med tredje",
        "lämnar ut",
        "lämnas ut",
        "lämna ut",
        "lämnar inte ut",
        "lämnar aldrig ut",
        "lämnas inte ut",
        "lämnas aldrig ut",
        "lämnas .. inte ut",
        "lämnas .. aldrig ut",
        "under förutsättning att",
        "med förutsättning att"
      ]
    },
    "om du inte lämnar*",
    "behövs inga personuppgifter",
    "krävs inga personuppgifter",
    {
      "all": [
        [
          "registrering*",
          "*uppgift*",
          "lämna*",
          "uppge*"
        ],
        [
          "nödvändig för att kunna ingå",
          "nödvändiga för att kunna ingå",
          "nödvändigt för att kunna ingå",
          "nödvändig för att ingå",
          "nödvändiga för att ingå",
          "nödvändigt för att ingå",
          "krävs för att kunna ingå",
          "krävs för att ingå"
        ]
      ],
      "none": [
        "behandlingen är",
        "behandling är",
        "behandlingen av",
        "behandlas"
      ]
    },
    "behöver inte lämna några personuppgifter",
    "behöver inte uppge några personuppgifter",
    "frivilligt lämna*",
    "lämnar frivilligt",
    "lämnat frivilligt",
    "frivilligt uppge*",
    "uppger frivilligt",
    "frivilligt ger",
    "frivilligt ange*",
    "anger frivilligt",
    "angett frivilligt",
    "du frivilligt ange*",
    "du frivilligt fyller i",
    {
      "all": [
        [
          "om du inte uppger",
          "om du inte anger",
          "om du inte visar upp",
          "om du inte ger oss"
        ],
        [
          "kan .. inte",
          "inte kan",
          "inte möjligt",
          "inte möjlig"
        ]
      ]
    },
    "behöver du .. ange",
    "du behöver .. ange",
    "behöver du .. uppge",
    "du behöver .. uppge",
    "måste du .. ange",
    "du måste .. ange",
    "måste du .. uppge",
    "du måste .. uppge",
    "måste du .. informera om",
    "måste du .. informera oss om",
    "om du väljer att inte lämna*",
    {
      "all": [
        [
          "inte överlämna*",
          "inte att överlämna*"
        ],
        [
          "kan .. inte",
          "inte kan",
          "inte .. kunna",
          "inte möjligt",
          "inte möjlig"
        ]
      ],
      "none": [
        "vi överlämnar",
        "överlämnar vi",
        "överlämnas"
      ]
    },
    {
      "all": [
        [
          "behöver vi dina",
          "vi behöver dina"
        ],
        [
          "fullgöra avtal*",
          "uppfylla avtal*",
          "ingå avtal*",
          "fullgöra vårt avtal",
          "uppfylla vårt avtal"
        ]
      ]
    },
    "om uppgifterna inte lämnas",
    {
      "all": [
        [
          "för att kunna delta",
          "för att delta",
          "för att kunna vara med"
        ],
        [
          "behöver vi",
          "vi behöver",
          "måste vi",
          "krävs"
        ],
        [
          "*uppgift*",
          "namn*",
          "e-post*",
          "telefonnummer*",
          "personnummer*"
        ]
      ]
    },
    "om du avstår från att lämna*",
    {
      "all": [
        [
          "namn*",
          "förnamn*",
          "efternamn*",
          "e-postadress*",
          "telefonnummer*",
          "adress*",
          "personnummer*",
          "*uppgift*",
          "svar*",
          "delta*",
          "deltagande*"
        ],
        [
          "är frivillig",
          "är frivilligt",
          "är frivilliga",
          "är helt frivillig",
          "är helt frivilligt",
          "är obligatorisk*",
          "behövs för att",
          "krävs för att",
          "är nödvändig* för att",
          "måste anges",
          "måste lämnas",
          "frivilligt att"
        ]
      ],
      "none": [
        "som krävs för att",
        "som behövs för att",
        "som är nödvändig*",
        "berättigat intresse*",
        "berättigade intresse*",
        "intresseavvägning*",
        "behandling är nödvändig*",
        "behandlingen är nödvändig*",
        "så länge",
        "spara*",
        "sparas",
        "lagra*",
        "lagras",
        "delas",
        "när det behövs",
        "vi delar",
        "delar vi",
        "delar inte",
        "delar* .. med tredje",
        "lämnar ut",
        "lämnas ut",
        "lämna ut",
        "lämnar inte ut",
        "lämnar aldrig ut",
        "lämnas inte ut",
        "lämnas aldrig ut",
        "lämnas .. inte ut",
        "lämnas .. aldrig ut",
        "när det är nödvändig*"
      ]
    },
    {
      "all": [
        [
          "om du nekar",
          "neka* .. *behörighet*",
          "neka* .. *tillstånd*",
          "återkalla* .. *behörighet*",
          "inte ger .. *behörighet*"
        ],
        [
          "fungerar .. begränsat",
          "begränsat läge",
          "fungerar inte",
          "kan inte användas",
          "utan att .. slutar fungera",
          "utan att .. sluta fungera",
          "fungerar ändå",
          "fungerar fortfarande",
          "fortsätter att fungera"
        ]
      ]
    },
    {
      "all": [
        [
          "dela*",
          "delning*",
          "*delning",
          "*uppgift*",
          "plats*",
          "e-post*",
          "telefonnummer*",
          "namn*"
        ],
        [
          "är alltid ditt val",
          "är ditt val",
          "är helt ditt val",
          "är valfri",
          "är valfritt",
          "är valfria",
          "är helt valfri*"
        ]
      ],
      "none": [
        "vi delar",
        "delar vi"
      ]
    },
    "utan dessa uppgifter",
    "utan uppgifterna",
    "utan personuppgifterna",
    "utan de uppgifter*",
    "följden av att inte lämna*",
    {
      "all": [
        [
          "kan vi inte",
          "kan inte",
          "inte möjligt",
          "inte kan"
        ],
        [
          "utan",
          "om du inte"
        ]
      ]
    },
    "obligatoriska fält",
    "obligatoriskt fält",
    {
      "all": [
        [
          "markerade med en asterisk",
          "markerade med asterisk",
          "märkta med en asterisk",
          "märkta med asterisk"
        ],
        [
          "obligatorisk*",
          "frivillig",
          "frivilliga",
          "frivilligt",
          "måste fyllas i",
          "krävs"
        ]
      ]
    },
    "(frivillig*",
    "(obligatorisk*",
    "(valfri*",
    {
      "all": [
        [
          "måste ange",
          "måste uppge",
          "måste lämna"
        ],
        [
          "namn*",
          "e-post*",
          "telefonnummer*",
          "adress*",
          "kontaktuppgift*",
          "uppgift*",
          "personuppgift*"
        ]
      ]
    },
    {
      "all": [
        [
          "valfritt",
          "valfri",
          "valfria"
        ],
        [
          "namn",
          "*namn",
          "e-post*",
          "*adress",
          "*nummer",
          "*uppgift",
          "*uppgifter",
          "profilbild*",
          "bild",
          "foto",
          "konto",
          "kontot",
          "användarkonto*"
        ]
      ],
      "none": [
        "cookie*",
        "kakor",
        "kakorna",
        "statistik*",
        "analys*",
        "marknadsföring*",
        "valfri tid*",
        "valfritt tillfälle",
        "valfri tidpunkt"
      ]
    },
    {
      "all": [
        [
          "kontot",
          "ett konto",
          "användarkonto*",
          "registrering*",
          "att registrera*",
          "att skapa ett konto",
          "att skapa konto"
        ],
        [
          "är valfritt",
          "är valfri",
          "är frivilligt",
          "är frivillig",
          "inte obligatoriskt",
          "inte obligatorisk",
          "inget krav"
        ]
      ]
    },
    {
      "all": [
        [
          "ingen registrering",
          "ingen inloggning",
          "inget konto",
          "inget användarkonto"
        ],
        [
          "krävs",
          "behövs",
          "kräver*"
        ]
      ]
    },
    {
      "all": [
        [
          "använda",
          "använder",
          "användas",
          "kan du använda",
          "fungerar"
        ],
        [
          "utan konto",
          "utan ett konto",
          "utan användarkonto",
          "utan att skapa",
          "utan att registrera*",
          "utan registrering",
          "utan att logga in",
          "utan inloggning"
        ]
      ]
    }
  ],
  "automated": [
    {
      "all": [
        [
          "automatiskt",
          "automatisk",
          "automatiska"
        ],
        [
          "poängsätt*",
          "bedöm*",
          "rangordna*",
          "profiler*"
        ]
      ]
    },
    {
      "all": [
        [
          "beslut*",
          "*beslut"
        ],
        [
          "automatiskt",
          "automatiserat"
        ]
      ]
    },
    "automatisk* *beslut*",
    "automatiserad* *beslut*",
    "automatiserat beslutsfattande",
    "automatiserade beslut*",
    "automatiska beslut*",
    "automatiserad* beslut*",
    "automatiskt beslut*",
    "beslut som .. automatiskt",
    "beslut som .. automatiserad*",
    "*profilering*",
    "profilera*",
    "artikel 22",
    "art. 22"
  ],
  "automatedRight": [
    "rätt att inte bli föremål*",
    "rätten att inte bli föremål*",
    "rätt att inte vara föremål*",
    "rätten att inte vara föremål*",
    "rätt .. att inte bli föremål*",
    "rätt att invända mot automatiserat*",
    "rätt att invända mot automatiserade*",
    "rätt att invända mot profilering*",
    "förekomsten av automatiserat beslutsfattande",
    "förekomsten av automatiserade beslut",
    "rättigheter .. automatiserat beslutsfattande"
  ],
  "categories": {
    "statements": [
      {
        "all": [
          [
            "vi samlar inte in några",
            "vi samlar inte in någon",
            "vi samlar inte in något",
            "vi sparar inga",
            "vi lagrar inga",
            "inga personuppgifter samlas in"
          ]
        ],
        "none": [
          "utan",
          "förutom",
          "utöver",
          "annat än",
          "känslig*",
          "särskilda kategorier*",
          "barn",
          "under"
        ]
      },
      {
        "all": [
          [
            "samlar inte in .. några",
            "samlar inte in .. någon",
            "samlar inte in .. något",
            "samlar inte in, .. några",
            "samlar inte in, .. någon",
            "samlar inte in personuppgifter",
            "samlar vi inte in personuppgifter",
            "sparar inte personuppgifter",
            "lagrar inte personuppgifter",
            "sparar inga personuppgifter",
            "lagrar inga personuppgifter",
            "behandlar inga personuppgifter",
            "behandlar inte några personuppgifter"
          ]
        ],
        "none": [
          "utan",
          "förutom",
          "utöver",
          "annat än",
          "känslig*",
          "särskilda kategorier*",
          "barn",
          "under",
          "för reklam",
          "för marknadsföring",
          "från tredje part"
        ]
      },
      {
        "all": [
          [
            "samlar inte in",
            "samlar vi inte in",
            "sparar vi inte",
            "sparar inte",
            "lagrar inte",
            "behandlar inte",
            "inga personuppgifter",
            "inga uppgifter",
            "ingen persondata",
            "ingen personlig data",
            "någon personlig data"
          ],
          [
            "förutom",
            "utöver",
            "annat än",
            "med undantag av"
          ],
          [
            "kontaktuppgift*",
            "namn",
            "namnet",
            "e-post*",
            "e-postadress*",
            "telefonnummer*",
            "ip-adress*",
            "adress",
            "adressen"
          ]
        ]
      },
      {
        "all": [
          [
            "sparar .. följande",
            "lagrar .. följande",
            "samlar in .. följande"
          ]
        ],
        "none": [
          "så länge",
          "tills",
          "villkor*",
          "ändamål*",
          "syfte*",
          "skäl",
          "grund*"
        ]
      },
      {
        "all": [
          [
            "följande data",
            "följande information",
            "följande persondata"
          ],
          [
            "lagras",
            "sparas",
            "samlas in",
            "behandlas",
            "registreras"
          ]
        ],
        "none": [
          "så länge",
          "tills",
          "raderas",
          "delas",
          "lämnas ut"
        ]
      },
      "vi behandlar följande",
      "vi samlar in följande",
      "följande personuppgifter",
      "följande uppgifter",
      "registret innehåller",
      "i registret lagras",
      "registret kan innehålla",
      "personuppgiftskategori*",
      "kategorier av personuppgifter",
      "uppgiftskategori*",
      "i registret sparas",
      "vi behandlar .. uppgifter som",
      {
        "all": [
          [
            "samlar in",
            "samlas in",
            "behandlar",
            "behandlas",
            "sparas",
            "sparar",
            "lagras",
            "lagrar",
            "registreras"
          ],
          [
            "uppgifter:",
            "personuppgifter:",
            "information:",
            "data:"
          ]
        ]
      }
    ],
    "kinds": [
      "namn",
      "namnet",
      "för- och efternamn",
      "förnamn",
      "efternamn",
      "e-postadress*",
      "epostadress*",
      "e-post",
      "telefonnummer*",
      "telefon",
      "adress",
      "adressen",
      "adresser",
      "postadress*",
      "hemadress*",
      "faktureringsadress*",
      "personnummer*",
      "personbeteckning*",
      "födelsedatum*",
      "födelsetid*",
      "ip-adress*",
      "kontaktuppgift*",
      "betalningsuppgift*",
      "faktureringsuppgift*",
      "köphistorik*",
      "orderhistorik*",
      "beställningsuppgift*",
      "kundnummer*",
      "användarnamn*",
      "kön",
      "ålder",
      "yrke*",
      "modersmål*",
      "språk",
      "kontonummer*",
      "bilder",
      "medlemsnummer*",
      "arbetsgivare*",
      "titel",
      "befattning*",
      "CV",
      "utbildning*",
      "arbetserfarenhet*",
      "registreringsnummer*",
      "hälsouppgift*",
      "hemkommun*",
      "licensnummer*",
      "mobilnummer*",
      "postnummer*",
      "postort",
      "foto*",
      "ip-nummer*",
      "bankkonto*",
      "medborgarskap*",
      "organisationsnummer*",
      "signatur*",
      "video*",
      "kamerabild*",
      "inloggningsuppgift*",
      "loggdata",
      "loggfil*",
      "enhetsinformation",
      "webbläsar*",
      "enhetstyp*",
      "enhetsmodell*",
      "operativsystem*",
      "appversion*",
      "platsuppgift*",
      "platsdata",
      "vårdnadshavare*",
      "medlemsavgift*",
      "avtalsuppgift*",
      "kreditupplysning*",
      "födelseår*",
      "nationalitet*",
      "bilderna",
      "identitetsuppgift*",
      "kunduppgift*",
      "grunduppgift*",
      "medlemsuppgift*",
      "användaruppgift*",
      "transaktionsuppgift*",
      "tekniska uppgifter",
      "löneuppgift*",
      "skatteuppgift*",
      "bankuppgift*",
      "adressuppgift*",
      "identifieringsuppgift*",
      "profiluppgift*",
      "kontouppgift*",
      "kommunikationsuppgift*"
    ]
  },
  "collection": [
    "kontaktformulär*",
    "du skickar",
    "samlar in",
    "samlas in",
    "samlar vi in",
    "samlar vi även in",
    "samlar vi också in",
    "tar vi emot",
    "får vi in",
    "samla in",
    "insamlas",
    "insamlats",
    "insamlar",
    "hämtar",
    "hämtas",
    "tar emot",
    "får vi",
    "vi loggar",
    "loggar vi",
    "loggar din*",
    "loggar dina*",
    "loggar ip*",
    "loggar automatiskt",
    "*servern loggar",
    "loggas",
    "registreras",
    "du lämnar",
    "som du lämnat",
    "du har lämnat"
  ],
  "collectionLimits": [
    "nödvändig*",
    "i den mån",
    "endast de uppgifter",
    "hur vi samlar in",
    "hur vi .. samlar in",
    "hur .. samlar in",
    "hur .. samlas in",
    "följande"
  ],
  "sources": [
    "uppgiftskällor*",
    "regelmässiga uppgiftskällor",
    "du skriver in",
    "du matar in",
    "som du skriver in",
    "direkt från dig",
    "från dig själv",
    "av dig själv",
    "du själv lämnar",
    "lämnar du själv",
    "lämnar du",
    "uppger du",
    "som du själv anger",
    {
      "all": [
        [
          "du lämnar",
          "du har lämnat"
        ]
      ],
      "none": [
        "samtycke*",
        "medgivande*",
        "fullmakt*"
      ]
    },
    "du ger oss",
    "du ger till oss",
    "du har gett oss",
    "du har gett till oss",
    "du uppger",
    "du anger",
    "anger du",
    "du frivilligt ange*",
    "du frivilligt lämna*",
    "du frivilligt uppge*",
    "som du anger",
    {
      "all": [
        [
          "du själv",
          "ni själva",
          "ni själv",
          "du väljer att",
          "ni väljer att"
        ],
        [
          "berätta*",
          "berättar",
          "skriver",
          "skrivit",
          "delar med oss",
          "väljer att dela"
        ]
      ]
    },
    {
      "all": [
        [
          "när du kontaktar",
          "när ni kontaktar",
          "när du hör av dig",
          "när ni hör av er",
          "när du mejlar",
          "när du skickar ett meddelande",
          "om du kontaktar",
          "om ni kontaktar",
          "om du mejlar",
          "om ni mejlar",
          "när ni mejlar",
          "om du hör av dig",
          "om ni hör av er",
          "om du skickar formulär*",
          "om ni skickar formulär*",
          "när du skickar formulär*",
          "när ni skickar formulär*",
          "om du .. skickar formulär*",
          "om ni .. skickar formulär*"
        ],
        [
          "behandlas",
          "behandlar vi",
          "sparas",
          "sparar vi",
          "registreras",
          "tar vi emot",
          "får vi"
        ]
      ]
    },
    "du fyller i",
    "fyller du i",
    "du laddar upp",
    "du själv laddar upp",
    "ni laddar upp",
    "ni själva laddar upp",
    "laddar du upp",
    "laddar ni upp",
    "du väljer att ladda upp",
    "från dig när",
    "från dig då",
    "från dig som",
    {
      "all": [
        [
          "samla in",
          "samlar in",
          "samlas in",
          "insamlas",
          "registreras",
          "loggar",
          "loggas",
          "sparas automatiskt",
          "samlas automatiskt"
        ],
        [
          "när du",
          "då du",
          "om du",
          "via",
          "genom",
          "automatiskt",
          "i samband med"
        ]
      ],
      "none": [
        "inte samlar in",
        "samlar inte in",
        "samlas inte in",
        "hur vi samlar in",
        "hur vi .. samlar in",
        "hur .. samlar in",
        "hur .. samlas in"
      ]
    },
    {
      "all": [
        [
          "lämnas",
          "lämnats",
          "registreras",
          "får vi",
          "vi får",
          "fås",
          "erhålls",
          "erhåller",
          "samlar in",
          "samlas in",
          "insamlas",
          "hämtas",
          "inhämtas",
          "hämtar vi",
          "vi hämtar",
          "kommer",
          "uppdateras",
          "får"
        ],
        [
          "därifrån",
          "från dig",
          "av dig",
          "själv",
          "från kunden",
          "av kunden",
          "från medlemmen",
          "av medlemmen",
          "från den registrerade",
          "av den registrerade",
          "från myndighet*",
          "från offentliga*",
          "från register*",
          "från befolkningsdatasystem*",
          "från våra partner*",
          "från samarbetspartner*",
          "från arbetsgivare*",
          "från tredje part*",
          "från förbund*",
          "från grenförbund*",
          "från vårdnadshavare*",
          "via kakor",
          "via cookies",
          "via webbplatsen",
          "vid registrering*",
          "i samband med kontakt*",
          "vid kontakt*",
          "när du kontaktar",
          "när ni kontaktar",
          "från"
        ]
      ],
      "none": [
        "lämnas ut",
        "lämnas inte ut",
        "lämnas aldrig ut",
        "lämnats ut",
        "lämnas vidare",
        "lämnas inte vidare",
        "lämnas aldrig vidare",
        "lämnas .. till"
      ]
    }
  ],
  "negation": [
    "inte",
    "ej",
    "icke",
    "aldrig",
    "inga",
    "ingen",
    "inget",
    "nej",
    "utan utsett",
    "utan något",
    "saknar"
  ],
  "conditional": [
    "om",
    "när",
    "i de fall",
    "ifall",
    "i den mån"
  ]
};
