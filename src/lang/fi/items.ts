// Generated from lexicon/fi/items.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ItemPhrases } from '../items-types.js';

export const items: ItemPhrases = {
  "lang": "fi",
  "noticeTitles": [
    "tietosuoj*",
    "rekisteriselo*",
    "henkilötietojen käsittely*",
    "henkilötietojen suoja*",
    "yksityisyy*"
  ],
  "personalData": [
    "henkilötie*",
    "tietosuoj*",
    "rekisterinpitäjä*",
    "rekisteriselo*",
    "rekisteröi*",
    "henkilörekister*",
    "asiakasrekister*",
    "jäsenrekister*"
  ],
  "headings": {
    "controller": [
      "rekisterinpitäjä*",
      "rekisterin pitäjä*",
      "rekisterin ylläpitäjä*",
      "rekisterinpidosta vastaava*",
      "yhteystiedot",
      "yhteystietomme",
      "yhteydenotot",
      "ota yhteyttä",
      "ottakaa yhteyttä",
      "kuka käsittelee*",
      "keitä olemme",
      "keitä me olemme",
      "kuka olemme",
      "tietoa meistä",
      "yhteyshenkilö*",
      "rekisteriasioi*",
      "rekisteristä vastaava*"
    ],
    "dpo": [
      "tietosuojavastaava*"
    ],
    "purposes": [
      "tarkoitu*",
      "käyttötarkoitu*",
      "miksi",
      "mihin käytämme*",
      "mihin tietoja*",
      "käsittelytarkoitu*",
      "mihin käytämme",
      "mihin .. käyte*",
      "mihin .. käytä*",
      "miksi .. käsittel*",
      "miksi .. kerää*",
      "mihin .. tarvitse*",
      "mihin tietoja käytetään",
      "mihin henkilötietoja käytetään",
      "miksi käsittelemme",
      "miksi keräämme",
      "miten käytämme",
      "kuinka käytämme",
      "miten .. käytetään",
      "kuinka .. käytetään",
      "mihin tarkoituksiin"
    ],
    "basis": [
      "oikeusperust*",
      "käsittelyperust*",
      "käsittelyn perust*",
      "peruste",
      "perusteet",
      "ylläpidon peruste*",
      "oikeudellinen peruste*",
      "millä perusteella",
      "millä oikeudella"
    ],
    "legitimate-interests": [
      "oikeutettu etu",
      "oikeutetun edun*",
      "oikeutettuun etuun",
      "oikeutetut edut",
      "oikeutettujen etujen"
    ],
    "recipients": [
      "vastaanottaja*",
      "vastaanottav*",
      "luovutu*",
      "luovuttami*",
      "luovutet*",
      "kenelle",
      "keille",
      "minne tiedot*",
      "käsittelijä*",
      "henkilötietojen käsittelijä*",
      "alihankkija*",
      "tietojen jakaminen",
      "jaamme",
      "kolmansien osapuolten palvelu*",
      "kolmannen osapuolen palvelu*",
      "kolmannet osapuolet"
    ],
    "transfers": [
      "siirto* .. ulkopuol*",
      "siirtämi* .. ulkopuol*",
      "siirrot* .. ulkopuol*",
      "kansainväli* siir*",
      "kolmansiin maihin",
      "kolmanteen maahan"
    ],
    "retention": [
      "säilytys",
      "säilytämme",
      "säilytysai*",
      "säilytysaj*",
      "säilyttämisai*",
      "säilyttämisaj*",
      "säilytyksen ke*",
      "säilyttämis aika",
      "kuinka kauan",
      "miten kauan",
      "kauanko",
      "tietojen säilyttämi*",
      "tietojen säilytys",
      "säilytys ja poist*",
      "tietojen poistami*"
    ],
    "rights": [
      "oikeudet",
      "oikeutesi",
      "oikeuksi*",
      "rekisteröidyn oikeu*",
      "rekisteröidyn oikeuksi*",
      "tarkastusoikeu*",
      "oikeus saada",
      "oikeus vaatia",
      "oikeus tehdä",
      "oikeus siirtää",
      "oikeus kieltää",
      "oikeus vastustaa",
      "oikeus rajoittaa",
      "oikeus peruuttaa",
      "oikeus tulla",
      "oikeus tarkastaa",
      "oikeus oikaista",
      "oikeus poistaa",
      "oikeus tietojen*",
      "muut oikeudet",
      "vaikutusmahdollisuu*"
    ],
    "consent": [
      "suostumu*"
    ],
    "consent-withdrawal": [
      "suostumuksen peruuttami*",
      "suostumuksen peruutus",
      "suostumuksen perumi*"
    ],
    "complaint": [
      "valitus*",
      "kantelu*",
      "valvontaviranomai*"
    ],
    "statutory": [
      "pakollisuu*",
      "onko pakko*",
      "onko .. pakollista",
      "pitääkö minun*",
      "täytyykö minun*",
      "onko .. vapaaehtoista",
      "vapaaehtoisuu*",
      "antamatta jättämi*",
      "lakisääteinen tai sopimukseen perustuva vaatimus",
      "onko tietojen antaminen*",
      "tietojen antaminen"
    ],
    "automated": [
      "automaattis* päätöksen*",
      "automaattis* käsittel*",
      "automatisoi* päätöksen*",
      "profilointi*",
      "automaattinen päätöksenteko"
    ],
    "categories": [
      "tietosisältö*",
      "tietoryhmä*",
      "henkilötietoryhmä*",
      "henkilötietojen ryhmä*",
      "käsiteltävät tiedot",
      "käsiteltävät henkilötiedot",
      "käsiteltävät henkilötietoryhmät",
      "mitä tietoja",
      "mitä henkilötietoja",
      "rekisterin sisältämät tiedot",
      "rekisteriin tallennettavat tiedot",
      "kerättävät tiedot",
      "keräämämme tiedot",
      "tietojen sisältö",
      "rekisterin sisältö",
      "tiedot, joita käsittelemme",
      "henkilötiedot, joita käsittelemme",
      "keräämämme henkilötiedot",
      "kerättävät henkilötiedot",
      "käsittelemämme tiedot",
      "käsittelemämme henkilötiedot",
      "millaisia tietoja",
      "millaisia henkilötietoja",
      "minkälaisia tietoja",
      "minkälaisia henkilötietoja",
      "tallennettavat tiedot",
      "tallennettavat henkilötiedot",
      "tiedot, joita keräämme",
      "henkilötiedot, joita keräämme",
      "rekisteröidyistä kerättävät tiedot",
      "mitä tallennetaan",
      "mitä keräämme",
      "mitä tallennamme",
      "mitä .. tallentaa",
      "mitä .. kerää",
      "tallennetut tiedot",
      "tallentuvat tiedot"
    ],
    "sources": [
      "tietolähte*",
      "lähteet",
      "lähde",
      "lähteistä",
      "mistä saamme",
      "mistä tiedot saadaan",
      "mistä tietoja saadaan",
      "mistä keräämme",
      "mistä henkilötiedot saadaan",
      "tietojen lähteet",
      "miten keräämme",
      "kuinka keräämme",
      "näin keräämme"
    ],
    "security": [
      "suojau*",
      "tietoturva*",
      "suojaami*"
    ],
    "cookies": [
      "eväste*"
    ]
  },
  "shortAnswers": [
    "ei",
    "ei tehdä",
    "ei käytetä",
    "ei ole",
    "ei siirretä",
    "ei luovuteta",
    "ei sovelleta",
    "ei koske",
    "ei käsitellä",
    "ei suoriteta"
  ],
  "cookies": [
    "eväste*",
    "selai*",
    "cookie*"
  ],
  "controller": {
    "labels": [
      "rekisterinpitäjä*",
      "rekisterin pitäjä*",
      "rekisterin ylläpitäjä*",
      "rekisterinpidosta vastaava*",
      "yhteyshenkilö*",
      "rekisteriasioista vastaava*",
      "vastaa* henkilötietojen käsittelystä",
      "vastaa* .. tietojen käsittelystä",
      "vastaa* .. *sivuston toiminnasta",
      "vastaa* .. *sivuston ylläpidosta",
      "vastaa* .. *palvelun toiminnasta",
      "vastaa* .. *palvelun ylläpidosta",
      "sivuston ylläpitäjä*",
      "palvelun ylläpitäjä*",
      "tietojesi ylläpitäjä*",
      "tietojen ylläpitäjä*",
      "henkilötietojesi ylläpitäjä*",
      "henkilötietojen ylläpitäjä*"
    ],
    "companyForms": [
      "oy",
      "oyj",
      "oy:n",
      "oyj:n",
      "ky",
      "ay",
      "tmi",
      "ry",
      "ry:n",
      "rs",
      "osk",
      "kunta",
      "kaupunki",
      "y-tunnu*",
      "ytunnus"
    ],
    "contactForms": [
      "yhteydenottolomak*",
      "yhteystietolomak*",
      "palautelomak*",
      "verkkolomak*",
      "lomakkeella",
      "lomakkeen kautta"
    ],
    "processorRoles": [
      "henkilötietojen käsittelijä*",
      "toimii käsittelijänä",
      "toimimme käsittelijänä",
      "on käsittelijä",
      "käsittelijän roolissa",
      "asiakkaidemme lukuun",
      "asiakkaamme lukuun"
    ],
    "authorities": [
      "tietosuojavaltuutet*",
      "valvontaviranomai*",
      "tietosuojaviranomai*",
      "valvova* viranomai*"
    ]
  },
  "dpo": [
    "tietosuojavastaava*",
    "DPO"
  ],
  "purposes": [
    "käyttötarkoitu*",
    "käsittelytarkoitu*",
    "tarkoitukse*",
    "tarkoituksi*",
    "*käsittelyn tarkoitus",
    "*keräämisen tarkoitus",
    "*käytön tarkoitus",
    "*mistä varten",
    "*mista varten",
    {
      "all": [
        [
          "ovat välttämättömiä",
          "ovat välttämättömät",
          "on välttämätön"
        ],
        [
          "*miseen",
          "*miseksi",
          "*seurantaan",
          "varten"
        ]
      ],
      "none": [
        "säilyt*",
        "säilö*",
        "*säilytys*",
        "poiste*",
        "poistam*"
      ]
    },
    {
      "all": [
        [
          "käytämme",
          "käytetään",
          "käsittelemme",
          "käsitellään",
          "keräämme",
          "kerätään",
          "hyödynnämme",
          "hyödynnetään",
          "tallennamme",
          "tallennetaan",
          "käytän",
          "käsittelen",
          "kerään",
          "hyödynnän",
          "tallennan"
        ],
        [
          "*aksemme",
          "*äksemme",
          "*akseni",
          "*äkseni"
        ]
      ]
    },
    {
      "all": [
        [
          "käytämme",
          "käytetään",
          "käsittelemme",
          "käsitellään",
          "keräämme",
          "kerätään",
          "hyödynnämme",
          "hyödynnetään",
          "käytän",
          "käsittelen",
          "kerään",
          "hyödynnän"
        ],
        [
          "varten",
          "jotta",
          "hoitami*",
          "toimittami*",
          "toteuttami*",
          "ylläpitämi*",
          "markkinoin*",
          "laskutu*",
          "hallinnoi*",
          "tarjoami*",
          "kehittämi*",
          "*miseksi",
          "*miseen",
          "ylläpito*",
          "*hoitoon",
          "*hallintaan",
          "viestintä*",
          "yhteydenpito*",
          "tiedottami*",
          "tilastoi*",
          "analysoi*"
        ]
      ]
    },
    {
      "all": [
        [
          "kerää",
          "keräävät",
          "käyttää",
          "käyttävät",
          "käsittelee",
          "käsittelevät",
          "tallentaa",
          "tallentavat",
          "hyödyntää",
          "hyödyntävät"
        ],
        [
          "varten",
          "jotta",
          "*miseksi",
          "*miseen",
          "*akseen",
          "*äkseen"
        ]
      ]
    }
  ],
  "basis": {
    "markers": [
      "oikeusperust*",
      "käsittelyperust*",
      "käsittelyn perust*",
      "peruste",
      "perusteena",
      "perusteella",
      "perusteet",
      "perustuu",
      "perustuvat",
      "perustuva",
      "perustuen",
      "nojalla",
      "nojautuu",
      "artikla 6",
      "6 artikla*",
      "artiklan 6",
      "6 art*",
      "art. 6",
      "6(1)",
      "6.1",
      "käsittele* .. koska",
      "käsitellään .. koska",
      "velvoitteiden täyttämi*",
      "velvoitteen täyttämi*",
      "velvollisuuksien täyttämi*",
      "velvollisuuden täyttämi*",
      "velvoitteiden noudattami*",
      "velvoitteen noudattami*",
      "velvollisuuksien noudattami*",
      "välttämätön* .. sopimuksen täytäntöönpan*",
      "välttämätön* .. sopimuksen täyttämi*",
      "sopimusta edeltäv* toimenpit*"
    ],
    "consent": [
      "suostumu*"
    ],
    "contract": [
      "sopimu*",
      "*sopimukse*",
      "*sopimuks*",
      "*sopimus",
      "asiakassopimu*",
      "jäsensopimu*",
      "työsopimu*",
      "palvelusopimu*",
      "toimitussopimu*",
      "käyttöehdo*",
      "tilauksen toimittami*",
      "tilauksen toteuttami*"
    ],
    "legalObligation": [
      "lakisäätei*",
      "yhdistyslai*",
      "yhdistyslaki*",
      "*lain velvoit*",
      "*lain mukai* velvoit*",
      "*lakiin perustuv*",
      "*lain nojalla",
      "*lain edellyttäm*",
      "lakiin perustuv* velvoit*",
      "lain* velvoit*",
      "oikeudellis* velvoit*",
      "laillinen velvoite*",
      "laillis* velvoit*",
      "lakisääteinen velvollisuu*",
      "lakisääteisen velvoitteen",
      "kirjanpitolai*",
      "rahanpesulai*",
      "verolainsäädän*",
      "lainsäädännön velvoitt*",
      "lainsäädäntöön perustuv*",
      "lakiin perustuva*",
      "lain edellyttämä*",
      "lain nojalla"
    ],
    "vitalInterests": [
      "elintärke* etu*",
      "elintärkeiden etujen",
      "elintärkeän edun"
    ],
    "publicTask": [
      "yleistä etua koskev*",
      "yleisen edun",
      "yleisen edun mukais*",
      "julkisen vallan*",
      "julkisen tehtävän*",
      "lakisääteisen tehtävän*",
      "lakisääteiset tehtävä*",
      "yleisen edun nimissä"
    ],
    "legitimateInterests": [
      "oikeutettu etu",
      "oikeutettu etumme",
      "oikeutetun edun",
      "oikeutetun etumme",
      "oikeutettuun etuun",
      "oikeutettuun etuumme",
      "oikeutetut edut",
      "oikeutetut etumme",
      "oikeutettujen etujen",
      "oikeutettujen etujemme",
      "oikeutettuihin etuihin",
      "oikeutettuihin etuihimme",
      "oikeutettu intressi*",
      "oikeutetun intressi*"
    ],
    "citation": {
      "article": [
        "artikla*",
        "art."
      ],
      "paragraph": [
        "kohta*",
        "kohda*",
        "momentti*",
        "momentin*",
        "mom.",
        "k."
      ],
      "point": [
        "alakohta*",
        "alakohda*",
        "kohta",
        "kohdan",
        "kohdassa"
      ]
    },
    "disclosureCondition": [
      {
        "all": [
          [
            "luovute*",
            "luovuta*",
            "luovutta*",
            "luovutu*"
          ]
        ],
        "none": [
          "käsittel*",
          "käsitel*",
          "kerä*",
          "tallenn*",
          "säilyt*"
        ]
      }
    ],
    "relationshipOnly": [
      "asiakassuhde",
      "asiakassuhtee*",
      "asiakassuhtei*",
      "asiakkuu*",
      "jäsenyy*",
      "jäsensuhte*",
      "palvelusuhte*",
      "yhteistyösuhte*",
      "asiallinen yhteys",
      "asiakasyhteys*",
      "asukassuhde",
      "asukassuhte*",
      "osakkuussuhde",
      "osakkuussuhte*",
      "osakassuhde",
      "osakassuhte*",
      "vuokrasuhde",
      "vuokrasuhte*",
      "työsuhde",
      "työsuhte*",
      "palvelussuhde",
      "palvelussuhte*"
    ]
  },
  "legitimateInterestsTail": [
    "nojalla",
    "perusteella",
    "perusteena"
  ],
  "infinitiveExceptions": [
    "sekä",
    "tai",
    "ja",
    "mukaisesti",
    "osalta",
    "vuoksi",
    "kannalta",
    "nojalla",
    "perustu*",
    "nojautu*",
    "liittyv*",
    "koskev*"
  ],
  "legitimateInterestsIntro": [
    "on siinä",
    "on se, että",
    "on, että",
    "on",
    "ovat",
    "joka on",
    "jotka ovat",
    "joka koskee",
    "joka perustuu",
    "jotka perustuvat",
    "joka liittyy",
    "jotka liittyvät",
    "joka muodostuu",
    "eli",
    "kuten",
    "esimerkiksi",
    "esim.",
    "mm.",
    "muun muassa",
    "varten",
    "jotta",
    "turvata*",
    "toteuttaa*",
    "kehittää*",
    "markkinoi*",
    "estää*",
    "ehkäis*",
    "valvoa*",
    "varmista*",
    "ylläpitää*"
  ],
  "legitimateInterestsPurpose": [
    "*miseksi",
    "*mista varten",
    "varten",
    "takia",
    "vuoksi",
    "ts.",
    "toisin sanoen",
    "nimittäin",
    "tarkoituksena",
    "tarkoitus on",
    "tarkoituksena on",
    "jotta"
  ],
  "interestStatements": [
    "etumme on",
    "etumme ovat",
    "oikeutettu etumme on",
    "oikeutettu etumme ovat",
    "etu on siinä",
    "etuna on",
    "etunamme on"
  ],
  "balancingTest": [
    "tasapainotest*",
    "intressipunninta*",
    "punninta*",
    "intressivertailu*",
    "tasapainotus*"
  ],
  "basisFiller": [
    "tiedo*",
    "tieto*",
    "käsittel*",
    "käsitel*",
    "rekister*",
    "yhdisty*",
    "yrity*",
    "yhtiö*",
    "meidän",
    "sinun",
    "teidän",
    "niiden",
    "näiden",
    "kaikk*",
    "osalta",
    "mukai*",
    "yleise*",
    "yleinen",
    "gdpr",
    "eu:n",
    "artikl*",
    "kohda*",
    "kohta",
    "alakohd*",
    "alakohta",
    "lisäksi",
    "myös",
    "pääasiassa",
    "ensisijaisesti",
    "ovat",
    "olla",
    "täytäntöönpan*",
    "velvoit*",
    "noudattami*",
    "lakisääte*",
    "sopimu*",
    "suostumu*",
    "elintärkeä*",
    "yleisen edun",
    "julkisen vallan",
    "etu",
    "edun",
    "etuun",
    "etuumme",
    "etumme",
    "kerää*",
    "käytä*",
    "käyttä*",
    "säilytä*",
    "asiakas",
    "asiakkaan",
    "asiakkaat",
    "asiakkai*",
    "asiakkaamme",
    "jäsen",
    "jäsenen",
    "jäsenet",
    "jäseni*",
    "edustaj*",
    "yhteyshenkilö*",
    "työntekij*",
    "kävijö*",
    "henkilö*",
    "pääsääntöisesti",
    "yleensä",
    "tapahtuu",
    "osittain",
    "joitakin",
    "eräs",
    "eräät"
  ],
  "recipients": [
    "vastaanottaja*",
    "lähetetä mihinkään",
    {
      "all": [
        [
          "siirretä*",
          "siirretää*",
          "siirrettä*",
          "siirrämme",
          "lähetetään",
          "lähetetä"
        ],
        [
          "*palveluun",
          "*palvelulle",
          "*palveluille",
          "taholle",
          "taholla",
          "tahoille",
          "kenellekään",
          "millekään",
          "kolmansille",
          "ulkopuolisille",
          "muualle"
        ]
      ],
      "none": [
        "EU*",
        "ETA*",
        "ulkopuolelle",
        "maihin",
        "maahan",
        "maa",
        "sinulle",
        "sähköpostiisi"
      ]
    },
    "lähetetä minnekään",
    "ulkopuolisten .. saatavilla",
    "ulkopuolisten .. saataville",
    "ulkopuolisten .. käytettävissä",
    "ulkopuolisten .. nähtävillä",
    "kolmansien osapuolten saatavilla",
    "luovute*",
    {
      "all": [
        [
          "luovuta*",
          "luovutta*"
        ]
      ],
      "none": [
        "asiakas luovuttaa",
        "käyttäjä luovuttaa",
        "jäsen luovuttaa",
        "rekisteröity luovuttaa",
        "itse luovutta*",
        "itsensä luovutta*",
        "rekisteröidyn luovuttam*",
        "asiakkaan luovuttam*",
        "luovutat meille",
        "luovutatte meille",
        "luovuttamasi",
        "luovuttamiasi",
        "luovuttamanne"
      ]
    },
    "luovutu*",
    "jaamme",
    "jaetaan",
    "välitämme",
    "välitet*",
    "*toimittaj*",
    "käsittelijä*",
    "henkilötietojen käsittelijä*",
    "alihankkij*",
    "*palveluntarjoaj*",
    "joille annamme",
    "joille luovutamme",
    "kenelle annamme",
    "palveluntuottaj*",
    "kumppane*",
    "yhteistyökumppane*",
    "ulkoistet*",
    "ulkoista*",
    "lukuun toimiv*",
    "viranomaisille",
    "kolmansille osapuolille",
    "kolmansien osapuolten palvelu*",
    "kolmansien osapuolien palvelu*",
    "kolmannen osapuolen palvelu*",
    "kolmannen osapuolen palveluntarjoaj*",
    "kolmansien osapuolten palveluntarjoaj*",
    "kolmannelle osapuolelle",
    "kolmansien osapuolten käyttöön",
    "kolmannen osapuolen käyttöön",
    "ulkopuolisille",
    "myy* .. tietoja",
    "vain .. käsittelevät",
    "ainoastaan .. käsittelevät",
    "vain .. on pääsy",
    "ainoastaan .. on pääsy",
    "pääsy .. on rajattu",
    "käyttöoikeus on vain",
    "käyttöoikeudet on rajattu",
    "käsittelevät vain",
    "käsittelee vain",
    "käsittelevät ainoastaan",
    "käsittelee ainoastaan",
    "pääsy on vain",
    "on pääsy vain",
    "on pääsy ainoastaan"
  ],
  "transfers": {
    "statements": [
      {
        "all": [
          [
            "EU* .. alueella",
            "ETA* .. alueella",
            "EU:n* alueella",
            "ETA:n* alueella",
            "EU:n* sisällä",
            "ETA:n* sisällä",
            "EU* alueella",
            "EU-alue*",
            "ETA-alue*",
            "EU* sisällä",
            "ETA* sisällä",
            "Euroopan unionin alueella",
            "Euroopan talousalueella",
            "Euroopan talousalueen alueella"
          ]
        ],
        "none": [
          "asut",
          "asuva*",
          "asuvi*",
          "oleskelet",
          "oleskeleva*",
          "jos olet",
          "mikäli olet",
          "sijaitset"
        ]
      },
      "muihin maihin",
      "muissa maissa",
      "EU* .. ulkopuol*",
      "ETA* .. ulkopuol*",
      "EU:n* .. ulkopuol*",
      "ETA:n* .. ulkopuol*",
      "EU:n/ETA:n* .. ulkopuol*",
      "Euroopan unioni* .. ulkopuol*",
      "Euroopan talousalue* .. ulkopuol*",
      "Euroopan unionin sisällä",
      "Euroopan ulkopuol*",
      "kolmansiin maihin",
      "kolmanteen maahan",
      "kolmansissa maissa",
      "kolmannessa maassa",
      "kolmannen maan",
      "kolmansien maiden",
      "kolmas maa",
      "kansainväli* tiedonsiir*",
      "kansainväli* siir*"
    ],
    "within": [
      "EU* .. alueella",
      "ETA* .. alueella",
      "EU* .. sisällä",
      "ETA* .. sisällä",
      "Euroopan unionin alueella",
      "Euroopan talousalueella",
      "Euroopan talousalueen alueella",
      "Euroopan unionin sisällä",
      "Suomessa sijaitsev*",
      "sijaitsevat Suomessa",
      "sijaitsee Suomessa",
      "EU:n* alueella",
      "ETA:n* alueella",
      "EU:n* sisällä",
      "ETA:n* sisällä",
      "EU:n* sisäisi*",
      "EU:n* sisäise*",
      "ETA:n* sisäisi*",
      "ETA:n* sisäise*",
      "EU-alue*",
      "ETA-alue*",
      "EU/ETA-alue*"
    ],
    "safeguards": [
      "vakiosopimuslausek*",
      "mallisopimuslausek*",
      "vakiolausek*",
      "vakiomuotoi* tietosuojalausek*",
      "komission .. tietosuojalausek*",
      "EU:n tietosuojalausek*",
      "tietosuojalausekkei* avulla",
      "tietosuojalausekkeiden perusteella",
      "tietosuojalausekkeisiin perustu*",
      "tietosuojalausekkeita käyttäen",
      "tietosuojalausekkeilla",
      "komission hyväksym* .. lauseke*",
      "riittävyyspäätö*",
      "tietosuojan riittävyy*",
      "riittävän tietosuojan tason",
      "riittävä tietosuojan taso",
      "riittävän tietosuojatason",
      "sitovat yrityssäännöt",
      "sitovia yrityssääntöjä",
      "sitovi* yrityssään*",
      "Data Privacy Framework*",
      "DPF",
      "tietosuojakehy*",
      "asianmukai* suojatoim*",
      "SCC*",
      "standard contractual clauses"
    ],
    "foreignContext": [
      "sijaitse*",
      "palvelim*",
      "palvelinkesk*",
      "pilvipalvelu*",
      "palveluntarjoaj*",
      "toimittaj*",
      "siirr*",
      "siirtä*",
      "tallenne*",
      "käsitel*"
    ],
    "foreignWords": [
      "muihin maihin",
      "muissa maissa",
      "muuhun maahan",
      "amerikkalai*",
      "yhdysvaltalai*",
      "yhdysvaltain",
      "yhdysvalloissa",
      "yhdysvaltoihin",
      "EU:n ulkopuoli* palveluntarjoaj*"
    ],
    "lawWords": [
      "lain*",
      "lakien",
      "lakeja",
      "lakia",
      "oikeuden"
    ],
    "dataLocation": [
      "*palvelin*",
      "*palvelim*",
      "konesali*",
      "datakeskuk*",
      "tallennetaan",
      "tallennamme",
      "tallentuvat",
      "säilytetään",
      "säilytämme",
      "käsitellään",
      "käsittelemme",
      "pilvipalvelu*",
      "säilyttää",
      "säilyttävät"
    ],
    "outside": [
      "EU* .. ulkopuolella",
      "ETA* .. ulkopuolella",
      "EU:n* .. ulkopuolella",
      "ETA:n* .. ulkopuolella",
      "EU:n/ETA:n* .. ulkopuolella",
      "Euroopan unioni* .. ulkopuolella",
      "Euroopan talousalue* .. ulkopuolella"
    ],
    "sending": []
  },
  "retention": {
    "words": [
      "säilyt*",
      "säilö*",
      "poiste*",
      "poista*",
      "poisto*",
      "hävite*",
      "hävitä*",
      "hävittä*",
      "tuhota*",
      "tuhoam*",
      "anonymisoi*",
      "arkistoi*",
      "pidetään tallessa",
      "tallessa",
      "säilyy",
      "säilyvät",
      "ylikirjoit*",
      "päällekirjoit*",
      "tallentuvat päällekkäin",
      "tallentuu päälle"
    ],
    "units": [
      "vuosi",
      "vuotta",
      "vuoden",
      "vuodeksi",
      "vuodessa",
      "vuosiksi",
      "vuoteen",
      "vuosia",
      "v",
      "v.",
      "kk",
      "kk:n",
      "kuukausi",
      "kuukautta",
      "kuukauden",
      "kuukaudeksi",
      "kuukaudessa",
      "kuukausiksi",
      "kuukaudet",
      "päivä",
      "päivää",
      "päivän",
      "päiväksi",
      "päivässä",
      "vrk",
      "vuorokausi",
      "vuorokautta",
      "vuorokauden",
      "viikko",
      "viikkoa",
      "viikon",
      "viikoksi",
      "tunti",
      "tuntia",
      "tunnin"
    ],
    "numberWords": [
      "yksi",
      "yhden",
      "yhdeksi",
      "kaksi",
      "kahden",
      "kahdeksi",
      "kolme",
      "kolmen",
      "neljä",
      "neljän",
      "viisi",
      "viiden",
      "kuusi",
      "kuuden",
      "seitsemän",
      "kahdeksan",
      "yhdeksän",
      "kymmenen",
      "kaksitoista",
      "kahdentoista",
      "puoli",
      "puolen",
      "kaksikymmentäneljä",
      "kolmekymmentä",
      "yhteen",
      "yhtä",
      "kahteen",
      "kahta",
      "kolmeen",
      "kolmea",
      "neljään",
      "neljää",
      "viiteen",
      "viittä",
      "kuuteen",
      "kuutta",
      "seitsemään",
      "seitsemää",
      "kahdeksaan",
      "kahdeksaa",
      "yhdeksään",
      "yhdeksää",
      "kymmeneen",
      "kymmentä",
      "kahdeksitoista"
    ],
    "frequency": [
      "välein",
      "välin",
      "joka",
      "kerran"
    ],
    "criteria": [
      "niin kauan kuin .. on käytössä",
      "niin kauan kuin .. ovat käytössä",
      "niin kauan kuin käytät",
      "niin kauan kuin käyttäjä käyttää",
      "niin kauan kuin .. käytössäsi",
      "niin kauan kuin .. asennet*",
      "ei säilytetä .. jälkeen",
      "eikä .. säilytetä .. jälkeen",
      "heti .. jälkeen",
      "välittömästi .. jälkeen",
      "niin kauan kuin .. on aktiivi*",
      "niin kauan kuin .. on voimassa",
      "niin kauan kuin .. jatkuu",
      "niin kauan kuin .. kestää",
      "niin kauan kuin olet",
      "niin kauan kuin .. on jäsen*",
      "niin kauan kuin .. on asiakka*",
      "päättymi*",
      "päätyttyä",
      "päättyessä",
      "kunnes",
      "voimassaolo*",
      "kirjanpitolai*",
      "kirjanpitoa koskev*",
      "kirjanpitoaineisto*",
      "rahanpesulai*",
      "rahanpesun*",
      "verolai*",
      "työsopimuslai*",
      "arkistolai*",
      "lakisääteis* säilytysai*",
      "peruuttamise* asti",
      "peruuttamiseen asti",
      "peruutukseen asti",
      "irtisanomi*",
      "eroamise*",
      "eron jälkeen",
      "tilikauden* päättymi*",
      "tilikauden lopusta",
      "vuoden ajan",
      "kuukauden ajan",
      "viikon ajan",
      "vuorokauden ajan",
      "vuoden kuluttua",
      "kuukauden kuluttua",
      "vuoden päästä",
      "kalenterivuoden*",
      "asiakassuhteen ajan",
      "asiakassuhteen aikana",
      "asiakassuhteen jälkeen",
      "asiakassuhteen päätyttyä",
      "asiakassuhteen loppuun",
      "asiakassuhteen voimassaolon ajan",
      "asiakkuuden ajan",
      "asiakkuuden aikana",
      "asiakkuuden jälkeen",
      "asiakkuuden päätyttyä",
      "asiakkuuden loppuun",
      "asiakkuuden voimassaolon ajan",
      "jäsenyyden ajan",
      "jäsenyyden aikana",
      "jäsenyyden jälkeen",
      "jäsenyyden päätyttyä",
      "jäsenyyden loppuun",
      "jäsenyyden voimassaolon ajan",
      "jäsenyyden kesto*",
      "asiakkuuden kesto*",
      "asiakassuhteen kesto*",
      "sopimuksen kesto*",
      "kun asia on käsitelty",
      "kun asia on ratkaistu",
      "kun asia on hoidettu",
      "sopimuksen ajan",
      "sopimuksen aikana",
      "sopimuksen jälkeen",
      "sopimuksen päätyttyä",
      "sopimuksen loppuun",
      "sopimuksen voimassaolon ajan",
      "sopimussuhteen ajan",
      "sopimussuhteen aikana",
      "sopimussuhteen jälkeen",
      "sopimussuhteen päätyttyä",
      "sopimussuhteen loppuun",
      "sopimussuhteen voimassaolon ajan",
      "työsuhteen ajan",
      "työsuhteen aikana",
      "työsuhteen jälkeen",
      "työsuhteen päätyttyä",
      "työsuhteen loppuun",
      "työsuhteen voimassaolon ajan",
      "palvelusuhteen ajan",
      "palvelusuhteen aikana",
      "palvelusuhteen jälkeen",
      "palvelusuhteen päätyttyä",
      "palvelusuhteen loppuun",
      "palvelusuhteen voimassaolon ajan",
      "rekrytointiprosessin ajan",
      "rekrytointiprosessin aikana",
      "rekrytointiprosessin jälkeen",
      "rekrytointiprosessin päätyttyä",
      "rekrytointiprosessin loppuun",
      "rekrytointiprosessin voimassaolon ajan",
      "hakuprosessin ajan",
      "hakuprosessin aikana",
      "hakuprosessin jälkeen",
      "hakuprosessin päätyttyä",
      "hakuprosessin loppuun",
      "hakuprosessin voimassaolon ajan",
      "rekrytoinnin ajan",
      "rekrytoinnin aikana",
      "rekrytoinnin jälkeen",
      "rekrytoinnin päätyttyä",
      "rekrytoinnin loppuun",
      "rekrytoinnin voimassaolon ajan",
      "tilauksen ajan",
      "tilauksen aikana",
      "tilauksen jälkeen",
      "tilauksen päätyttyä",
      "tilauksen loppuun",
      "tilauksen voimassaolon ajan",
      "käyttäjätilin ajan",
      "käyttäjätilin aikana",
      "käyttäjätilin jälkeen",
      "käyttäjätilin päätyttyä",
      "käyttäjätilin loppuun",
      "käyttäjätilin voimassaolon ajan",
      "tilin ajan",
      "tilin aikana",
      "tilin jälkeen",
      "tilin päätyttyä",
      "tilin loppuun",
      "tilin voimassaolon ajan",
      "opintojen ajan",
      "opintojen aikana",
      "opintojen jälkeen",
      "opintojen päätyttyä",
      "opintojen loppuun",
      "opintojen voimassaolon ajan",
      "toimeksiannon ajan",
      "toimeksiannon aikana",
      "toimeksiannon jälkeen",
      "toimeksiannon päätyttyä",
      "toimeksiannon loppuun",
      "toimeksiannon voimassaolon ajan",
      "*suhteen .. ajan",
      "*suhteen .. aikana",
      "*suhteen .. päätyttyä",
      "*suhteen .. jälkeen",
      "*sopimuksen .. ajan",
      "*sopimuksen .. päätyttyä",
      "*jäsenyyden .. ajan",
      "*jäsenyyden .. päätyttyä",
      "*seen saakka",
      "*seen asti",
      "siihen asti",
      "siihen saakka",
      "kun .. valmistuu",
      "sulkemi*",
      "lopettami*",
      "vuoden loppuun",
      "*kauden loppuun",
      "loppuun asti",
      "loppuun saakka",
      "keston ajan",
      "kun .. päättyy",
      "kun .. päättyvät",
      "kun .. loppuu",
      "kun .. lakkaa",
      "tapahtuman ajan",
      "tapahtuman jälkeen",
      "tapahtuman päätyttyä",
      "kurssin ajan",
      "kurssin jälkeen",
      "kurssin päätyttyä",
      "koulutuksen ajan",
      "koulutuksen jälkeen",
      "koulutuksen päätyttyä",
      "projektin ajan",
      "projektin jälkeen",
      "projektin päätyttyä",
      "hankkeen ajan",
      "hankkeen jälkeen",
      "hankkeen päätyttyä",
      "leirin ajan",
      "leirin jälkeen",
      "leirin päätyttyä",
      "kilpailun ajan",
      "kilpailun jälkeen",
      "kilpailun päätyttyä"
    ],
    "vague": [
      "ajan ja sen jälkeen.",
      "ajan sekä sen jälkeen.",
      "niin kauan kuin .. tarpee*",
      "niin kauan kuin .. tarpeellis*",
      "niin kauan kuin .. tarvi*",
      "niin kauan kuin .. edellyttää",
      "tarpeen mukaan",
      "toistaiseksi",
      "ei ole enää tarpee*",
      "ei ole enää tarpeellis*",
      "ei enää ole tarpee*",
      "ei enää ole tarpeellis*",
      "ei enää tarvita",
      "ei tarvita enää",
      "ei ole enää tarvetta",
      "enää tarpeellis*",
      "enää tarpee*",
      "vanhentumissään*",
      "vanhentumisaik*",
      "lakivaatimu*",
      "lain edellyttämän ajan",
      "lainsäädännön edellyttämän ajan",
      "tarpeellisen ajan",
      "tarpeelliseksi katsotun ajan",
      "vain tarpeellisen ajan",
      "kohtuullisen ajan",
      "pidempään kuin .. tarpee*",
      "pidempään kuin .. tarpeellis*",
      "kunnes .. pyy* .. poist*",
      "kunnes .. pyy* .. poista*",
      "niin kauan kuin .. välttämät*",
      "välttämättömän ajan",
      "tarvittavan ajan",
      "tarpeen vaatiman ajan",
      "tarkoituksen edellyttämän ajan",
      "kunnes .. ei enää .. tarvi*",
      "kunnes .. ei enää .. tarpee*",
      "kunnes .. ei enää .. tarpeellis*",
      "kunnes .. ei .. tarvita",
      "kunnes .. tarpeettom*",
      "siihen asti .. tarvi*",
      "siihen asti .. tarpee*",
      "siihen saakka .. tarvi*",
      "siihen saakka .. tarpee*",
      "siihen asti, kun .. tarvi*",
      "siihen asti, kun .. tarpee*",
      "siihen saakka, kun .. tarvi*",
      "siihen saakka, kun .. tarpee*",
      "kunnes .. tarkoitu* .. täytty*",
      "kunnes .. tarkoitu* .. saavut*",
      "*tarkoituksen edellyttämän ajan",
      "*tarkoituksen vaatiman ajan",
      "niin kauan kuin .. tarkoitu* .. edellyttää",
      "niin kauan kuin .. tarkoitu* .. vaatii"
    ],
    "byDate": [
      "mennessä",
      "viimeistään",
      "asti",
      "saakka"
    ],
    "routine": [
      "säännöllisesti",
      "määräajoin",
      "jatkuvasti",
      "ajoittain",
      "vuosittain",
      "kerran vuodessa",
      "kerran kuukaudessa",
      "välein"
    ],
    "within": [
      "kuluessa",
      "sisällä",
      "aikana"
    ],
    "onRequest": [
      "pyynnöstä",
      "pyynnöstäsi",
      "pyyntö*",
      "pyytä*",
      "pyydä*",
      "oikeus*"
    ]
  },
  "rights": {
    "context": [
      "oikeus",
      "oikeutta",
      "oikeuden",
      "oikeudet",
      "oikeutesi",
      "oikeuksi*",
      "oikeuttasi",
      "voi",
      "voit",
      "voitte",
      "voivat",
      "pyytää*",
      "pyyntö*",
      "pyynnö*",
      "pyydä*",
      "vaatia*",
      "vaatimu*",
      "vaadi*",
      "voi vaatia",
      "halutessasi",
      "jos haluat",
      "mikäli haluat"
    ],
    "controllerRight": [
      "pidätämme oikeuden",
      "pidättää oikeuden",
      "pidättää itsellään oikeuden",
      "pidättävät oikeuden",
      "meillä on oikeus",
      "meillä on .. oikeus",
      "voimme poistaa",
      "voimme rajoittaa"
    ],
    "denial": [
      "ei ole oikeutta",
      "ei ole oikeus",
      "ei ole tarvetta",
      "ei ole tarpeita",
      "ei ole tarpeen",
      "ei ole mahdollista",
      "syrjäyttää*",
      "syrjäyttävät",
      "ei voi pyytää",
      "ei voi vaatia",
      "eivät voi pyytää",
      "eivät voi vaatia",
      "ei voida poistaa",
      "ei voida oikaista",
      "ei voida siirtää"
    ],
    "grant": [
      "on .. oikeus",
      "oikeus on",
      "voit",
      "voitte",
      "voi pyytää",
      "voivat pyytää",
      "voi vaatia",
      "voivat vaatia",
      "halutessasi"
    ],
    "listLead": [
      "oikeudet",
      "oikeuksia",
      "oikeuksista",
      "oikeuksiin"
    ],
    "access": {
      "terms": [
        {
          "all": [
            [
              "pyytää tieto*",
              "saada tieto*",
              "pyytää selvity*",
              "saada selvity*"
            ],
            [
              "sinusta",
              "hänestä",
              "itsestäsi",
              "itsestään",
              "kerätyistä",
              "tallennetuista",
              "kerätyt",
              "tallennetut",
              "tietojesi käsittely*",
              "tietojensa käsittely*",
              "henkilötietojesi käsittely*",
              "henkilötietojensa käsittely*"
            ]
          ],
          "none": [
            "poist*",
            "oikai*",
            "korja*",
            "rajoit*",
            "siirt*",
            "vastust*"
          ]
        },
        "yhteenvedo* .. *tiedoist*",
        "yhteenveto* .. *tiedoist*",
        "tarkastusoikeu*",
        "tarkastaa*",
        "tarkastami*",
        "tarkastuspyyn*",
        "tarkistaa*",
        "tarkistami*",
        "tarkistusoikeu*",
        "tarkistuspyyn*",
        "tarkastus- .. *pyyn*",
        "tarkastus-, .. *pyyn*",
        "tarkastus- .. *oikeu*",
        "tarkastus-, .. *oikeu*",
        "tarkistus- .. *pyyn*",
        "tarkistus-, .. *pyyn*",
        "tarkistus- .. *oikeu*",
        "tarkistus-, .. *oikeu*",
        "saada pääsy*",
        "pääsy* .. oikaisu*",
        "pääsyn, oikaisu*",
        "kooste* .. *tiedoist*",
        "pääsyoikeu*",
        "päästä .. tietoihin*",
        "saada tieto*",
        "saada tietää",
        "saada .. jäljennö*",
        "jäljennö*",
        "kopio",
        "kopion",
        "kopiota",
        "kopiot",
        "nähdä* .. tiedot",
        "tietojen tarkastus*",
        "tietojen tarkistus*",
        "oikeus saada pääsy*",
        "mitä tietoja .. on tallennettu",
        "mitä tietoja hänestä",
        "mitä tietoja sinusta",
        "mitä tietoja meillä on",
        "mitä henkilötietoja meillä on",
        "mitä tietoja .. olemme tallentaneet",
        "mitä tietoja .. olemme keränneet",
        "pyytää tieto* .. mitä henkilötie*",
        "pyytää tieto* .. mitä tieto*",
        "tieto* siitä .. mitä henkilötie*",
        "tieto* siitä .. mitä tietoja",
        "pääsy* .. tietoihi*",
        "pääsy* .. henkilötietoihi*",
        "otteen .. tiedoist*",
        "otteen .. henkilötiedoist*",
        "ote .. tiedoist*"
      ],
      "named": [
        "tarkastusoikeu*",
        "tarkistusoikeu*",
        "tarkastuspyyn*",
        "tarkistuspyyn*",
        "pääsyoikeu*",
        "nähtäväksesi",
        "nähtäväkseen",
        "oikeus nähdä*",
        "oikeus saada pääsy*",
        "oikeus tarkastaa*",
        "oikeus tarkistaa*",
        "tiedonsaantioikeu*",
        "oikeus tiedonsaanti*"
      ],
      "exclude": [
        "työntekijö*",
        "henkilöstö*",
        "salasan*",
        "käyttöoikeu*",
        "suojattu*",
        "käyttäjätunnu*",
        "vakiolausek*",
        "mallisopimuslausek*",
        "jäljennö* .. lausek*",
        "jäljennö* .. suojatoim*",
        "kenellä on pääsy",
        "keillä on pääsy",
        "kuka näkee",
        "ketkä näkevät"
      ]
    },
    "rectification": {
      "named": [
        "oikaisuoikeu*",
        "korjausoikeu*",
        "oikeus oikaista",
        "oikeus .. oikaisemiseen",
        "oikeus .. korjaamiseen",
        "oikeus vaatia .. korjaamista",
        "oikeus .. oikaisuun"
      ],
      "terms": [
        "oikaisu*",
        "oikaista*",
        "oikaise*",
        "korja*",
        "täydentä*",
        "täydennettävä*",
        "päivittää .. tiedot",
        "virheellis* .. tie*",
        "päivittä* .. tieto*",
        "muokat* .. tieto*",
        "muokat* .. *henkilötiet*",
        "muokkaa* .. tieto*",
        "muokkaa* .. *henkilötiet*",
        "pyytää .. päivittämi*",
        "vaatia .. päivittämi*",
        "pyytää .. päivittämään",
        "muuttaa .. tietoja*",
        "muuttaa .. henkilötietoja*",
        "tietojen muuttami*"
      ],
      "exclude": [
        "*tietosuojakäytän*",
        "*tietosuojaselost*",
        "*tietosuojaseloste",
        "tätä selostetta",
        "tätä käytäntöä"
      ]
    },
    "erasure": {
      "terms": [
        "poist*",
        "unohdetu*",
        "unohtami*",
        "hävittä*",
        "hävitet*",
        "tuhoam*",
        "tuhotaan"
      ],
      "named": [
        "poisto-oikeu*",
        "oikeus tulla unohdetuksi",
        "oikeus tulla kokonaan unohdetuksi",
        "oikeus .. poistamiseen",
        "oikeus poistaa*",
        "oikeus vaatia .. poistamista"
      ],
      "exclude": [
        "eväste*",
        "poistetaan automaattisesti",
        "poistuvat automaattisesti",
        "poistuu automaattisesti",
        "automaattisesti poistet*",
        "automaattisesti poistu*",
        "automaattinen poisto",
        "hävitetään sen jälkeen",
        "poistetaan sen jälkeen",
        "hävitetään, kun",
        "poistetaan, kun"
      ]
    },
    "restriction": {
      "terms": [
        "rajoitta*",
        "rajoitetaan",
        "rajoitettava*",
        "rajoitusoikeu*",
        "käsittelyn rajoit*",
        "rajoitusta .. käsittely*",
        "pyytää rajoitus*"
      ],
      "named": [
        "rajoittamisoikeu*",
        "rajoitusoikeu*",
        "oikeus .. rajoittamiseen",
        "oikeus rajoittaa",
        "oikeus .. käsittelyn rajoittami*"
      ],
      "exclude": [
        "pyyntöjen määr*",
        "pyyntöjen tiheyt*",
        "pyyntömäär*",
        "käyttömäärien rajoit*",
        "kyselyjen määr*",
        "pääsy on rajoitettu",
        "pääsy .. rajoitet*",
        "pääsy* .. voidaan rajoittaa",
        "rajoittaa pääsy*",
        "rajoittaa pääsyä*",
        "rajoitettu pääsy",
        "pääsyä rajoitetaan",
        "käyttöoikeu* .. rajoit*",
        "rajoit* .. käyttöoikeu*",
        "työntekijö*",
        "henkilöstö*",
        "eväste*",
        "oikeuksiin .. kohdistu* .. rajoitu*",
        "oikeuksia .. voidaan rajoittaa",
        "oikeuksia voi* .. rajoittaa",
        "rajoitu* .. oikeuksi*",
        "rajoitetussa tilassa",
        "rajoitetu* toiminnallisuu*",
        "toimii rajoitetusti",
        "toimivuut*",
        "käytettävyy*"
      ]
    },
    "object": {
      "named": [
        "vastustamisoikeu*",
        "kielto-oikeu*",
        "kieltoikeu*",
        "oikeus vastustaa",
        "oikeus kieltää",
        "*markkinointikiel*"
      ],
      "terms": [
        "vastust*",
        "lopettamaan .. käsittel*",
        "lopettamaan .. käyttämi*",
        "lopettaa .. käsittel*",
        "kieltää*",
        "kieltämi*",
        "kielto*",
        "kiello*",
        "kiellä*",
        "kieltäytyä* .. suoramarkkin*",
        "kieltäytyä* .. markkinointi*"
      ],
      "exclude": [
        "eväste*"
      ]
    },
    "portability": {
      "named": [
        "siirrettävyy*",
        "siirto-oikeu*",
        "oikeus siirtää .. toiseen",
        "oikeus .. siirtää .. järjestelmästä toiseen",
        "oikeus .. järjestelmästä toiseen"
      ],
      "terms": [
        {
          "all": [
            [
              "siirretyksi",
              "siirrettyä"
            ],
            [
              "tiedot",
              "tietosi",
              "tietonsa",
              "tietoni",
              "henkilötiedot",
              "henkilötietosi",
              "henkilötietonsa"
            ]
          ],
          "none": [
            "ulkopuol*",
            "kolmans*",
            "kolmante*",
            "maihin",
            "maahan",
            "EU*",
            "ETA*",
            "Euroopan*"
          ]
        },
        "siirrettävyy*",
        "järjestelmästä toiseen",
        "ladata .. tiedot*",
        "viedä .. tiedot*",
        "tiedostona",
        "koneluettava*",
        "koneellisesti luettava*",
        "rekisterinpitäjältä toiselle",
        "toiselle rekisterinpitäjälle",
        "siirtää .. toiselle",
        "siirtämään .. toiselle",
        "siirtoa .. toiselle",
        "tiedot .. toiselle palveluntarjoajalle",
        "yleisesti käytetyssä .. muodossa",
        "siirtämi* .. toiselle",
        "siirron .. toiselle",
        "siirre* .. toiselle",
        "siirre* .. toiseen palvelu*",
        {
          "all": [
            [
              "oikeus siirtää tiedot",
              "oikeus siirtää henkilötiedot",
              "oikeus siirtää omat tiedot",
              "oikeus siirtää tietoja",
              "oikeus siirtää tietosi",
              "oikeus siirtää henkilötietoja",
              "oikeus siirtää henkilötietosi",
              "oikeus siirtää omat tietonsa",
              "oikeus siirtää tietonsa"
            ]
          ],
          "none": [
            "ulkopuol*",
            "kolmans*",
            "kolmante*",
            "maihin",
            "maahan",
            "EU*",
            "ETA*",
            "Euroopan*",
            "meillä",
            "rekisterinpitäjällä",
            "käsittelijä*"
          ]
        },
        "siirtää .. toiseen palvelu*",
        {
          "all": [
            [
              "tietojen siirto*",
              "tietojen siirtämi*",
              "tietojen siirrot"
            ]
          ],
          "none": [
            "ulkopuol*",
            "kolmans*",
            "kolmante*",
            "maihin",
            "maahan",
            "EU*",
            "ETA*",
            "Euroopan*",
            "palveluntarjoaj*",
            "käsittelijä*",
            "alihankkij*"
          ]
        },
        {
          "all": [
            [
              "siirtoa",
              "siirtämistä",
              "siirto"
            ],
            [
              "oikaisu*",
              "korjaami*",
              "korjausta",
              "poisto*",
              "poistami*",
              "rajoittami*",
              "rajoitusta"
            ]
          ],
          "none": [
            "ulkopuol*",
            "kolmans*",
            "kolmante*",
            "maihin",
            "maahan",
            "EU*",
            "ETA*",
            "Euroopan*",
            "palveluntarjoaj*",
            "käsittelijä*",
            "alihankkij*",
            "palvelimel*",
            "palvelime*"
          ]
        },
        {
          "all": [
            [
              "siirtää tiedot",
              "siirtää tietonsa",
              "siirtää tietosi",
              "siirtää omat",
              "siirtää henkilötiedot*",
              "siirtämään tiedot*"
            ],
            [
              "oikaista",
              "poistaa",
              "rajoittaa",
              "korjata",
              "tarkastaa",
              "poistattaa",
              "korjauttaa"
            ]
          ],
          "none": [
            "ulkopuol*",
            "kolmans*",
            "kolmante*",
            "maihin",
            "maahan",
            "EU*",
            "ETA*",
            "Euroopan*",
            "palveluntarjoaj*",
            "käsittelijä*",
            "alihankkij*",
            "palvelimel*",
            "palvelime*",
            "meillä",
            "rekisterinpitäjällä",
            "voimme",
            "ylläpitäjä*",
            "arkisto*"
          ]
        },
        "siirrettävässä muodossa",
        "siirrettävään muotoon",
        "siirrettävässä tiedostomuodossa"
      ],
      "exclude": [
        "*tiedot siirtyvät",
        "*tiedot siirtyy",
        "*tietoja siirtyy"
      ]
    }
  },
  "consent": {
    "uses": [
      "suostumu*",
      "evästevalin*",
      "evästeasetu*",
      "evästesuostum*",
      "markkinointilupa*",
      "markkinointiluva*",
      "opt-in",
      "hyväksyt .. evästeet",
      "hyväksymällä evästee*",
      "hyväksyä evästee*",
      "uutiskirje* .. tilaa*",
      "tilaamalla uutiskirjee*",
      "luvallasi",
      "luvallanne",
      "huoltajan luvalla",
      "huoltajien luvalla",
      "vanhempien luvalla",
      {
        "all": [
          [
            "antanut",
            "antaneet",
            "antavat",
            "antaa",
            "annettu"
          ],
          [
            "kirjallisen luvan",
            "kirjallinen lupa",
            "kirjallisen suostumuksen"
          ]
        ]
      },
      {
        "all": [
          [
            "jos",
            "mikäli",
            "kun"
          ],
          [
            "suostut",
            "suostuvat",
            "suostuu",
            "annat luvan",
            "antavat luvan",
            "antaa luvan",
            "on antanut luvan",
            "ovat antaneet luvan"
          ]
        ]
      }
    ],
    "lawfulBefore": [],
    "notConsent": [
      "ei perustu suostumuk*",
      "emme pyydä suostumus*",
      "emme käsittele .. suostumuk*",
      "ilman suostumusta",
      "ilman .. suostumusta",
      "edellytä .. suostumus*",
      "edellytetä .. suostumus*",
      "vaadi .. suostumus*",
      "vaadita .. suostumus*",
      "tarvitse .. suostumus*",
      "ei tarvita .. suostumus*",
      "ei kysytä .. suostumus*",
      "ei pyydetä .. suostumus*",
      "emme kysy .. suostumus*",
      "suostumusta ei kysytä",
      "suostumusta ei pyydetä",
      "eikä tarvita .. suostumus*",
      "suostumusta ei tarvita",
      "suostumusta ei vaadita",
      "selaimen asetu*",
      "selaimesi asetu*",
      "selaimensa asetu*",
      "suostu* .. tähän tietosuojaselostee*",
      "suostu* .. tähän selostee*",
      "suostu* .. tähän tietosuojakäytäntöö*",
      "suostu* .. tietosuojaselosteeseen",
      "suostu* .. tietosuojakäytäntöön",
      "suostu* .. käyttöehtoihin",
      "suostu* .. muutoksiin"
    ],
    "withdrawal": [
      {
        "all": [
          [
            "peruuttaa*",
            "peruuta*",
            "peruutta*",
            "peruute*",
            "perua",
            "perumalla",
            "perumi*",
            "perut*",
            "perutta*",
            "vetää takaisin",
            "vetäminen takaisin",
            "peruuttamisoikeu*",
            "peruttavissa",
            "peruutettavissa"
          ],
          [
            "suostumu*",
            "luva*",
            "lupa*",
            "tilau*",
            "uutiskirje*",
            "markkinointilupa*"
          ]
        ]
      },
      "suostumuksen peruuttami*",
      "peruuttaa suostumuksen*",
      "tilauksen voi perua",
      "uutiskirjeen tilauksen voi perua",
      "lopettaa* .. tilau*",
      "perua .. tilau*",
      "peruutuslinki*",
      "poistua postituslistalta",
      {
        "all": [
          [
            "poistaa osoitteensa",
            "poistaa osoitteesi",
            "poistaa sähköpostiosoitteensa",
            "poistaa sähköpostiosoitteesi",
            "poistaa itsensä",
            "poistaa itsesi",
            "poistamaan osoitteensa",
            "poistamaan osoitteesi"
          ],
          [
            "*listalta",
            "luettelolta",
            "*luettelosta",
            "uutiskirje*",
            "linki*"
          ]
        ]
      },
      {
        "all": [
          [
            "poistaa",
            "poista",
            "poistamalla",
            "poistaminen",
            "poistetaan",
            "poistat"
          ],
          [
            "luvan",
            "luvat",
            "lupa",
            "luvasi",
            "lupasi",
            "sijaintiluvan",
            "sijaintiluvat",
            "käyttöluvan"
          ]
        ]
      },
      "kieltäytyä .. markkinointiviest*",
      "markkinointi* .. voi perua",
      "markkinointi* .. voit perua",
      "markkinointi* .. perua milloin*",
      {
        "all": [
          [
            "nollata",
            "nollaa",
            "nollaamalla",
            "muuttaa",
            "muuttamalla",
            "muuta",
            "vaihtaa",
            "päivittää",
            "hallinnoida"
          ],
          [
            "evästevalin*",
            "evästeasetu*",
            "evästesuostum*"
          ]
        ],
        "none": [
          "selain*",
          "selaime*"
        ]
      }
    ],
    "prospective": [
      {
        "all": [
          [
            "suostumu*"
          ],
          [
            "tulevaisuudessa",
            "mahdollinen tuleva",
            "mahdollisesti tuleva*",
            "tuleva* toiminto*",
            "tulevia toimintoja",
            "tarvittaessa otetaan käyttöön",
            "otetaan tarvittaessa käyttöön",
            "otamme tarvittaessa käyttöön",
            "jos otamme käyttöön",
            "mikäli otamme käyttöön",
            "jos alamme",
            "mikäli alamme",
            "uusi käyttötarkoitus",
            "uuteen käyttötarkoitukseen",
            "uutta käyttötarkoitusta",
            "uusiin käyttötarkoituksiin",
            "otetaan myöhemmin käyttöön",
            "otamme myöhemmin käyttöön"
          ]
        ]
      }
    ]
  },
  "complaint": [
    {
      "all": [
        [
          "valvontaviranomai*",
          "valvontaviran-omai*",
          "tietosuojavaltuutet*",
          "tietosuojavaltuutettu",
          "tietosuojaviranomai*",
          "valvova* viranomai*",
          "Tietosuojavaltuutetun toimisto*"
        ],
        [
          "valitu*",
          "valitta*",
          "valittaa",
          "kantelu*",
          "kantel*",
          "ratkaistavaksi",
          "käsiteltäväksi",
          "käänty*",
          "tehdä ilmoitu*",
          "saattaa asia*",
          "ilmoitus*",
          "yhteyttä",
          "oikeus"
        ]
      ]
    },
    "valitu* viranomaiselle",
    "valitta* viranomaiselle",
    "kantelu* viranomaiselle",
    "kannella viranomaiselle"
  ],
  "statutory": [
    {
      "all": [
        [
          "ei voi",
          "emme voi",
          "ei pysty",
          "emme pysty",
          "ei ole mahdollista",
          "ei onnistu"
        ],
        [
          "ilman"
        ]
      ]
    },
    {
      "all": [
        [
          "antaminen",
          "antamine*",
          "antaa",
          "antama*",
          "anna",
          "annettava*",
          "ilmoittami*",
          "luovuttaminen",
          "tietojen antami*"
        ],
        [
          "pakollis*",
          "vapaaehtoinen",
          "vapaaehtoista",
          "vapaaehtoisia",
          "vapaaehtoisesti",
          "vapaaehtoisuu*",
          "vapaaehtoisen",
          "vapaaehtoisena",
          "edellytys*",
          "edellyttää",
          "edellytyksenä",
          "lakisääteinen vaatimus",
          "sopimukseen perustuva vaatimus",
          "ei ole pakko",
          "välttämätön*",
          "välttämättö*"
        ]
      ]
    },
    "antamatta jättämi*",
    "jos et anna",
    {
      "all": [
        [
          "jos",
          "mikäli"
        ],
        [
          "ei saa",
          "emme saa",
          "eivät saa"
        ],
        [
          "tietoja",
          "*tietoja",
          "henkilötietoja"
        ],
        [
          "ei voida",
          "ei .. voida",
          "emme voi",
          "ei voi"
        ]
      ]
    },
    "henkilötietoja ei tarvita",
    {
      "all": [
        [
          "tarvitsemme tietosi",
          "tarvitsemme tietojasi",
          "tarvitsemme henkilötietojasi",
          "tarvitsemme yhteystietosi",
          "tarvitsemme .. tietoja*"
        ],
        [
          "sopimuksen täyttä*",
          "täyttää sopimuksen",
          "täyttääksemme sopimuksen",
          "sopimuksen solmi*",
          "solmia sopimuksen",
          "sopimuksen tekemi*",
          "tehdä sopimuksen",
          "sopimuksen toteutta*",
          "toteuttaa sopimuksen",
          "sopimuksen hoitami*"
        ]
      ]
    },
    "ei tarvitse antaa henkilötietoja*",
    {
      "all": [
        [
          "jos et anna lupaa*",
          "jos kiellät",
          "jos peruutat luva*",
          "jos perut luva*"
        ],
        [
          "toimii rajoitetusti",
          "rajoitetussa tilassa",
          "ei toimi",
          "ei voi käyttää",
          "toimii silti",
          "toimii edelleen",
          "toimii myös ilman"
        ]
      ]
    },
    "jos ette anna",
    "mikäli et anna",
    "mikäli ette anna",
    "jos tietoja ei anneta",
    "jos henkilötietoja ei anneta",
    "mikäli tietoja ei anneta",
    {
      "all": [
        [
          "ilman tarvittavia* .. tietoja",
          "ilman tarvittavia* henkilötietoja",
          "ilman näitä tietoja",
          "ilman tietoja",
          "ilman henkilötietoja",
          "ilman pyydettyjä tietoja",
          "ilman tarpeellisia* tietoja"
        ],
        [
          "ei voi",
          "ei voida",
          "emme voi",
          "et voi",
          "ette voi",
          "ei .. voi",
          "ei .. voida",
          "emme .. voi",
          "et .. voi",
          "ei pysty*",
          "emme pysty*",
          "et pysty*",
          "ei pystytä",
          "ei ole mahdollis*",
          "ei olisi mahdollis*",
          "mahdoton*",
          "ei onnistu",
          "ei .. onnistu",
          "ei toimi",
          "ei .. toimi",
          "ei .. käsitellä",
          "ei .. toimittaa"
        ]
      ]
    },
    {
      "all": [
        [
          "emme voi",
          "emme pysty",
          "ei voida",
          "ei ole mahdollista",
          "emme voisi",
          "ettemme pysty",
          "ettemme voi"
        ],
        [
          "ilman",
          "jos et",
          "mikäli et",
          "jos ette"
        ]
      ]
    },
    {
      "all": [
        [
          "ilman tunnistamista",
          "ilman tunnistautumista",
          "ilman henkilöllisyyden",
          "ilman vahvaa tunnistautumista"
        ],
        [
          "ei",
          "emme",
          "et"
        ]
      ],
      "none": [
        "pyyntö*",
        "pyynnö*",
        "pyytä*",
        "tarkastus*",
        "oikeu*",
        "luovut*",
        "tietojesi",
        "omat tietosi"
      ]
    },
    {
      "all": [
        [
          "*tieto",
          "*tiedot",
          "*tietoja",
          "*tietoa",
          "*tietojen",
          "nimi",
          "nimesi",
          "*osoite",
          "*osoitteet",
          "*sähköposti",
          "*sähköpostit",
          "*numero",
          "*numerot",
          "kenttä*",
          "*kentät",
          "tämä",
          "nämä"
        ],
        [
          "on pakollinen",
          "ei ole pakollinen",
          "ovat pakollisia",
          "eivät ole pakollisia",
          "on pakollista",
          "ei ole pakollista",
          "on vapaaehtoinen",
          "ei ole vapaaehtoinen",
          "on vapaaehtoista",
          "ovat vapaaehtoisia",
          "pakollinen tieto",
          "pakollisia tietoja",
          "pakolliset tiedot",
          "pakollisena",
          "vapaaehtoinen tieto",
          "vapaaehtoiset tiedot",
          "vapaaehtoisia tietoja",
          "pakollisiksi merkit*"
        ]
      ]
    },
    {
      "all": [
        [
          "vaaditaan",
          "edellytetään",
          "tarvitaan"
        ],
        [
          "nimi",
          "nimimerkki",
          "*osoite",
          "*numero",
          "*tiedot",
          "henkilötunnus",
          "syntymäaika"
        ]
      ],
      "none": [
        "säilyt*",
        "säilytys*",
        "suostumu*",
        "pyyntö*",
        "pyynnö*",
        "poistamiseksi",
        "tarkastamiseksi",
        "oikaisemiseksi",
        "korjaamiseksi",
        "tunnistetie*",
        "henkilöllisyy*"
      ]
    },
    {
      "all": [
        [
          "*tiedot",
          "tiedot"
        ],
        [
          "ovat välttämättömiä",
          "ovat välttämättömät",
          "ovat edellytys*",
          "ovat tarpeen"
        ]
      ],
      "none": [
        "vain",
        "ainoastaan",
        "jotka ovat",
        "mitkä ovat",
        "säilyt*",
        "säilö*"
      ]
    },
    {
      "all": [
        [
          "on annettava",
          "täytyy antaa",
          "tulee antaa",
          "pitää antaa"
        ]
      ],
      "none": [
        "rekisterinpitäjän",
        "rekisterinpitäjä",
        "meidän",
        "meillä",
        "yhdistyksen on",
        "yrityksen on",
        "pyynnö*",
        "viranomai*",
        "asiakkaalle",
        "rekisteröidylle",
        "jäsenelle",
        "sinulle",
        "hänelle"
      ]
    },
    {
      "all": [
        [
          "*lain vaatimat tiedot",
          "*lain vaatimia tietoja",
          "*lain edellyttämät tiedot",
          "*lain edellyttämiä tietoja",
          "lain vaatimat tiedot",
          "lain edellyttämät tiedot"
        ]
      ],
      "none": [
        "säilyt*",
        "säilö*",
        "säilytetään",
        "arkistoi*",
        "poiste*",
        "poistetaan"
      ]
    },
    "pakolliset kentät",
    "pakollinen kenttä",
    "pakollisiksi merkit*",
    {
      "all": [
        [
          "tähdellä merkit*"
        ],
        [
          "pakollis*",
          "vapaaehtoinen",
          "vapaaehtoisia",
          "vapaaehtoista",
          "täytettävä*"
        ]
      ]
    },
    "ei pakollinen",
    "(vapaaehtoinen*",
    "(vapaaehtoiset*",
    "(vapaaehtoisia*",
    "(valinnainen*",
    "(valinnaiset*",
    "(valinnaisia*",
    "(pakollinen*",
    "(pakolliset*",
    "(pakollisia*",
    "(ei pakollinen)",
    {
      "all": [
        [
          "valinnainen",
          "valinnaiset",
          "valinnaisia",
          "valinnaista"
        ],
        [
          "*tieto",
          "*tiedot",
          "*tietoja",
          "*tietoa",
          "*kuva",
          "*kuvia",
          "*teksti",
          "*tekstiä",
          "*numero",
          "*osoite",
          "kenttä*",
          "*kentät"
        ]
      ],
      "none": [
        "evästei*",
        "eväste",
        "analytiik*",
        "markkinoin*",
        "mainon*",
        "kurssi*",
        "opintojakso*"
      ]
    },
    "vapaaehtoisesti antama*",
    "annat .. vapaaehtoisesti",
    "antavat .. vapaaehtoisesti",
    "vapaaehtoisesti luovutta*",
    "olla luovuttamatta",
    "olla antamatta",
    {
      "all": [
        [
          "valinnaisesti"
        ],
        [
          "nime*",
          "nimi",
          "*osoitte*",
          "*osoite",
          "*numero*",
          "viesti*",
          "*tiedot",
          "*tietoja",
          "*tiedon",
          "kuva*",
          "*kuvan",
          "sähköpost*"
        ]
      ],
      "none": [
        "evästei*",
        "eväste",
        "analytiik*",
        "markkinoin*",
        "mainon*"
      ]
    },
    {
      "all": [
        [
          "tili",
          "tilin luominen",
          "tilin luomine*",
          "käyttäjätili",
          "rekisteröityminen",
          "rekisteröityä",
          "kirjautuminen",
          "sisäänkirjautuminen",
          "liittyminen",
          "tilaaminen",
          "tilaus",
          "osallistuminen",
          "jäsenyys"
        ],
        [
          "on valinnainen",
          "on valinnaista",
          "on vapaaehtoinen",
          "on vapaaehtoista",
          "on täysin vapaaehtoista",
          "on täysin vapaaehtoinen",
          "on aina vapaaehtoista",
          "ei ole pakollinen",
          "ei ole pakollista"
        ]
      ]
    },
    {
      "all": [
        [
          "käyttää",
          "käyttämään",
          "käytettävissä",
          "voi käyttää",
          "voit käyttää",
          "toimii"
        ],
        [
          "ilman tiliä",
          "ilman käyttäjätiliä",
          "ilman rekisteröitymistä",
          "ilman rekisteröintiä",
          "ilman kirjautumista",
          "rekisteröitymättä",
          "kirjautumatta"
        ]
      ]
    },
    {
      "all": [
        [
          "rekisteröitymistä",
          "rekisteröintiä",
          "kirjautumista",
          "sisäänkirjautumista",
          "käyttäjätiliä"
        ],
        [
          "ei vaadita",
          "ei tarvita",
          "ei edellytetä"
        ]
      ]
    }
  ],
  "automated": [
    {
      "all": [
        [
          "automaattisesti",
          "automaattisen",
          "automaattinen"
        ],
        [
          "pisteyt*",
          "arvioi*",
          "luokittel*",
          "profiloi*"
        ]
      ]
    },
    "*profiloi*",
    {
      "all": [
        [
          "*päätö*"
        ],
        [
          "automaattisesti",
          "automatisoidusti",
          "automaattisia",
          "automaattiset",
          "automaattisten"
        ]
      ]
    },
    "automaattis* *päätö*",
    "automatisoi* *päätö*",
    "automaattis* päätöksen*",
    "automaattis* päätöks*",
    "automatisoi* päätöksen*",
    "automatisoi* päätöks*",
    "automaattisesti tehtäv* päätö*",
    "automaattisia päätöksiä",
    "automaattisen päätöksenteon",
    "tietosuoja-asetuksen 22 artikla*",
    "22 artikla*",
    "artiklan 22",
    "art. 22"
  ],
  "automatedRight": [
    "oikeus olla joutumatta*",
    "oikeus .. olla joutumatta*",
    "oikeutta olla joutumatta*",
    "oikeus vastustaa automaattis*",
    "oikeus vastustaa profilointi*",
    "vastustaa .. automaattis* päätöks*",
    "automaattisen päätöksenteon olemassaolo*",
    "automaattiseen päätöksentekoon liittyvät oikeudet",
    "automaattisiin päätöksiin liittyvät oikeudet"
  ],
  "categories": {
    "statements": [
      {
        "all": [
          [
            "emme kerä* mitään",
            "emme tallenna mitään",
            "ei kerätä mitään",
            "emme kerää lainkaan"
          ]
        ],
        "none": [
          "ilman",
          "paitsi",
          "lukuun ottamatta",
          "muuta kuin",
          "arkaluont*",
          "erityis*",
          "lapsi*",
          "lasten",
          "alle"
        ]
      },
      {
        "all": [
          [
            "ei kerää .. mitään",
            "ei tallenna .. mitään",
            "ei käsittele .. mitään",
            "ei kerää lainkaan",
            "ei kerää henkilötietoja",
            "ei tallenna henkilötietoja",
            "emme kerää henkilötietoja",
            "emme tallenna henkilötietoja",
            "ei kerätä henkilötietoja",
            "emme kerää .. mitään",
            "emme tallenna .. mitään"
          ]
        ],
        "none": [
          "ilman",
          "paitsi",
          "lukuun ottamatta",
          "muuta kuin",
          "muita kuin",
          "arkaluont*",
          "erityis*",
          "lapsi*",
          "lasten",
          "alle",
          "markkinoin*",
          "mainon*"
        ]
      },
      {
        "all": [
          [
            "emme kerää",
            "ei kerää",
            "ei kerätä",
            "emme tallenna",
            "ei tallenna",
            "emme käsittele"
          ],
          [
            "muita tietoja kuin",
            "muita henkilötietoja kuin",
            "muuta kuin",
            "paitsi",
            "lukuun ottamatta"
          ],
          [
            "yhteystie*",
            "nim*",
            "sähköposti*",
            "puhelinnumero*",
            "ip-osoi*",
            "osoite*",
            "osoitteesi"
          ]
        ]
      },
      "käsittelemme seuraavia* .. tietoja",
      "keräämme seuraavia* .. tietoja",
      "tallennetaan seuraavat* .. tiedot",
      "rekisteri sisältää*",
      "rekisteriin tallennetaan",
      "rekisteriin voidaan tallentaa",
      "rekisteri voi sisältää",
      "käsittelemme .. seuraavia*",
      "keräämme .. seuraavia*",
      "seuraavia henkilötietoja",
      "seuraavat henkilötiedot",
      "seuraavia tietoja",
      "seuraavat tiedot",
      "tietosisältö*",
      "henkilötietoryhm*",
      "tietoryhm*",
      {
        "all": [
          [
            "kerätään",
            "keräämme",
            "kerää",
            "käsitellään",
            "käsittelemme",
            "tallennetaan",
            "tallennamme",
            "tallentuu",
            "tallentuvat"
          ],
          [
            "tietoja:",
            "tiedot:",
            "tietoa:",
            "henkilötietoja:",
            "henkilötiedot:"
          ]
        ]
      }
    ],
    "kinds": [
      "nimi",
      "nimesi",
      "nimeä",
      "nimen",
      "nimet",
      "nimiä",
      "osoitetta",
      "osoitteen",
      "osoitteet",
      "aikaleim*",
      "selaimen tunniste*",
      "selaintyyp*",
      "etunimi",
      "sukunimi",
      "etu- ja sukunimi",
      "sähköpostiosoi*",
      "sähköposti-osoi*",
      "sähköposti",
      "puhelinnumero*",
      "puhelin",
      "osoite",
      "osoitteesi",
      "osoitetie*",
      "postiosoi*",
      "laskutusosoi*",
      "syntymäai*",
      "syntymäpäivä*",
      "henkilötunnu*",
      "ip-osoi*",
      "ip numero",
      "yhteystie*",
      "laskutustie*",
      "maksutie*",
      "tilaustie*",
      "tilaushistori*",
      "ostohistori*",
      "asiakasnumero*",
      "käyttäjätunnu*",
      "sukupuol*",
      "ikä",
      "ammatti",
      "äidinkieli",
      "kieli",
      "tilinumero*",
      "pankkiyhteys*",
      "valokuva*",
      "kuva*",
      "jäsennumero*",
      "työnantaja*",
      "tehtävänimike*",
      "ansioluettelo*",
      "koulutus*",
      "työkokemu*",
      "ajoneuvo*",
      "rekisterinumero*",
      "terveystie*",
      "selaintie*",
      "evästetie*",
      "sijaintitie*",
      "matkapuhelin*",
      "postinumero*",
      "kotikun*",
      "asuinpaik*",
      "y-tunnu*",
      "yrityksen nimi",
      "allekirjoitu*",
      "kansalaisuu*",
      "videokuva*",
      "tallentei*",
      "kirjautumistie*",
      "lokitie*",
      "käyttötie*",
      "laitetie*",
      "selainversio*",
      "laitetyyp*",
      "laitemalli*",
      "käyttöjärjestelm*",
      "sovellusversio*",
      "kansallisuu*",
      "syntymävuo*",
      "huoltaja*",
      "jäsenmaksu*",
      "sopimustie*",
      "taloustie*",
      "luottotie*",
      "tunnistetie*",
      "perustie*",
      "asiakastie*",
      "henkilöllisyystie*",
      "tapahtumatie*",
      "käyttäjätie*",
      "kävijätie*",
      "jäsentie*",
      "opiskelijatie*",
      "työsuhdetie*",
      "palkkatie*",
      "verotie*",
      "viestintätie*",
      "markkinointitie*",
      "asiointitie*",
      "palautetie*",
      "profiilitie*",
      "tilitie*",
      "tunnistautumistie*",
      "yhteyshenkilötie*"
    ]
  },
  "collection": [
    "yhteydenottolomak*",
    "kerää*",
    "kerät*",
    "keruu*",
    "saadaan",
    "saamme",
    "tallentuu",
    "tallentuvat",
    "kirjautuu",
    "kirjautuvat",
    "ilmoittamat",
    "ilmoittama",
    "antamat",
    "antama",
    "luovuttamat",
    "syöttämät",
    "antamasi",
    "antamiasi",
    "antamanne",
    "ilmoittamasi",
    "ilmoittamiasi",
    "syöttämäsi",
    "lataamasi",
    "lataamiasi",
    "lähettämäsi",
    "täyttämäsi",
    "lähettää .. *lomakkee*",
    "lähettävät .. *lomakkee*",
    "täyttää .. *lomakkee*",
    "täyttävät .. *lomakkee*"
  ],
  "collectionLimits": [
    "siltä osin kuin",
    "miten keräämme",
    "miten .. keräämme",
    "miten .. kerää",
    "miten .. keräävät",
    "miten .. kerätään",
    "kuinka .. kerää",
    "kuinka .. kerätään",
    "seuraav*",
    "tapaa, jolla keräämme",
    "kuinka keräämme",
    "tarpeen",
    "tarpeellis*",
    "välttämätt*"
  ],
  "sources": [
    "tietolähte*",
    "itseltään",
    "itseltäsi",
    "itseltänne",
    "suoraan sinulta",
    "suoraan rekisteröidyltä",
    "suoraan asiakkaalta",
    "suoraan henkilöltä",
    "käyttäjän syöttämä*",
    "syöttämäsi",
    "syöttämiäsi",
    {
      "all": [
        [
          "tulee",
          "tulevat",
          "saadaan",
          "saamme",
          "saatu*",
          "saadut",
          "kerätään",
          "keräämme",
          "kerätty*",
          "kerättävät",
          "hankitaan",
          "hankimme",
          "päivitetään",
          "saada"
        ],
        [
          "asiakkaalta",
          "asiakkailta",
          "jäseneltä",
          "jäseniltä",
          "henkilöltä",
          "henkilöiltä",
          "sinulta",
          "teiltä",
          "hakijalta",
          "hakijoilta",
          "käyttäjältä",
          "käyttäjiltä",
          "rekisteröidyltä",
          "rekisteröidyiltä",
          "viranomaisilta",
          "yhteistyökumppaneilta",
          "kumppaneiltamme",
          "kumppaneilta",
          "lähteistä",
          "rekistereistä",
          "palveluntarjoajilta",
          "työnantajalta",
          "huoltajalta",
          "vanhemmilta",
          "väestötietojärjestelmä*",
          "alihankkijoilta",
          "evästei*",
          "tilauksista",
          "ostoksista",
          "rekisteröitymisi*",
          "ilmoituksista",
          "antamista",
          "yrityksiltä",
          "suosittelijoilta",
          "rekrytointipalvelu*"
        ]
      ]
    },
    {
      "all": [
        [
          "annat",
          "antamasi",
          "antamiasi",
          "ilmoitat",
          "ilmoittamasi",
          "voit antaa",
          "voit ilmoittaa",
          "syöttää",
          "syöttämä*",
          "syötät",
          "syöttämäsi"
        ],
        [
          "tietoja",
          "tiedot",
          "tietosi",
          "henkilötiedot",
          "henkilötietoja",
          "meille",
          "minulle",
          "nimesi",
          "yhteystietosi",
          "*osoitteesi",
          "*numerosi"
        ]
      ]
    },
    {
      "all": [
        [
          "saamme",
          "saadaan",
          "saatu*",
          "saadut",
          "saatavat",
          "saan",
          "kerätään",
          "keräämme",
          "kerään",
          "hankimme",
          "hankitaan",
          "hankitut",
          "vastaanotamme"
        ],
        [
          "*iltä",
          "*ilta",
          "*jältä",
          "*jalta",
          "*eltä",
          "*elta",
          "*ltään",
          "*ltaan"
        ]
      ],
      "none": [
        "siltä osin",
        "tältä osin",
        "kannalta",
        "ajalta",
        "puolelta",
        "sivulta",
        "sivuilta"
      ]
    },
    {
      "all": [
        [
          "kerätään",
          "kerää",
          "keräämme",
          "kerään",
          "keräävät",
          "keräämät",
          "keräämiä",
          "kerätyt",
          "kerättävät",
          "tallentuu",
          "tallentuvat",
          "tallennetaan",
          "tallennamme",
          "saadaan"
        ],
        [
          "automaattisesti",
          "avulla",
          "kautta",
          "yhteydessä",
          "*lomakkee*",
          "*lomakkeella",
          "kun käytät",
          "kun vierailet",
          "käytön yhteydessä",
          "kun täytät",
          "kun lähetät",
          "kun rekisteröidyt",
          "kun tilaat",
          "kun liityt",
          "kun otat yhteyttä",
          "kun ilmoittaudut"
        ]
      ],
      "none": [
        "miten keräämme",
        "miten .. keräämme",
        "miten .. kerää",
        "miten .. keräävät",
        "miten .. kerätään",
        "kuinka keräämme",
        "kuinka .. kerää",
        "kuinka .. kerätään",
        "tapaa",
        "jolla keräämme"
      ]
    },
    {
      "all": [
        [
          "itse"
        ],
        [
          "ilmoitta*",
          "ilmoittama*",
          "antaa",
          "antama*",
          "antamat",
          "toimitta*",
          "syöttä*",
          "kertoma*",
          "kertoo",
          "luovutta*",
          "täyttä*"
        ]
      ]
    }
  ],
  "negation": [
    "ei",
    "emme",
    "eivät",
    "et",
    "eikä"
  ],
  "conditional": [
    "jos",
    "mikäli",
    "silloin kun",
    "siltä osin kuin",
    "niissä tapauksissa"
  ]
};
