// Generated from lexicon/sv/common.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { CommonPhrases } from '../types.js';

export const common: CommonPhrases = {
  "lang": "sv",
  "furniture": [
    "hoppa till innehåll",
    "hoppa till huvudinnehåll",
    "till toppen",
    "tillbaka till toppen",
    "välj sida",
    "öppna meny",
    "stäng meny",
    "dela sidan",
    "skriv ut",
    "skriv ut sidan",
    "dela",
    "dela på facebook",
    "dela på twitter",
    "dela på linkedin",
    "till sidans början",
    "till början av sidan",
    "tillbaka till början",
    "tillbaka till sidans början"
  ],
  "bracketWords": [
    "at",
    "snabel-a",
    "punkt",
    "sic"
  ],
  "templateNotes": [
    "förklara .. i din integritetspolicy",
    "ange .. i din integritetspolicy",
    "beskriv .. i din integritetspolicy",
    "nämn .. i din integritetspolicy",
    "viktigt att förklara .. i integritetspolicyn",
    "viktigt att ange .. i integritetspolicyn",
    "föreslagen text:",
    "denna mall",
    "den här mallen",
    "mallen bör",
    "anpassa mallen",
    "fyll i här",
    "lägg till här",
    "anpassa denna",
    "anpassas till er",
    "anpassas efter er",
    "en grundmall",
    "är en mall",
    "anpassa* .. innan publicering",
    "anpassa* .. före publicering",
    "anpassa* .. innan den publiceras",
    "vänligen granska .. innan publicering",
    "vänligen granska .. före publicering",
    "vänligen kontrollera .. innan publicering",
    "vänligen kontrollera .. före publicering",
    "sidan är under uppbyggnad",
    "sida är under uppbyggnad",
    "sidan är under konstruktion",
    "sida under uppbyggnad",
    "fylls i senare",
    "fylls i vid registrering*",
    "fylls i när .. registrera*",
    "läggs till senare",
    "kompletteras senare",
    "kompletteras när .. registrera*",
    "kompletteras vid registrering*",
    "rubriker att fylla i",
    "underlag att fylla i",
    "avsnitt att fylla i",
    "publicera denna fil",
    "publicera den här filen"
  ],
  "templateInstructions": [
    "fyll i .. här",
    "lägg till .. här",
    "infoga .. här",
    "klistra in .. här"
  ],
  "templateNoteClaims": [
    "rätten att",
    "rätt att",
    "vi kan",
    "vi får",
    "vi kommer att",
    "köp",
    "ladda ner"
  ],
  "placeholderWords": [
    "e-postadress",
    "e-post",
    "adress",
    "postadress",
    "telefonnummer",
    "telefon",
    "företagets namn",
    "företag",
    "namn",
    "datum",
    "org.nr",
    "organisationsnummer",
    "kontaktperson",
    "personuppgiftsansvarig",
    "webbplats",
    "vilken",
    "vilka"
  ],
  "placeholderLeads": [
    "ange",
    "ange er",
    "ange din",
    "infoga",
    "fyll i",
    "lägg till"
  ],
  "businessIdLabels": [
    "fo-nummer",
    "fo-nr",
    "fo nr",
    "företagssignum",
    "org.nr",
    "org. nr",
    "org nr",
    "orgnr",
    "organisationsnummer",
    "momsregistreringsnummer"
  ],
  "sampleText": [
    "åååå-mm-dd",
    "dd.mm.åååå",
    "företaget ab",
    "lorem ipsum",
    "exempelgatan",
    "bla bla",
    "blabla"
  ],
  "clauseBreaks": [
    "men",
    "medan"
  ],
  "exampleLeads": [
    "t.ex.",
    "till exempel",
    "såsom",
    "som"
  ],
  "placeholderDomains": [
    "exempel",
    "exempelforetag",
    "dindoman"
  ],
  "hiddenEmailNotes": [
    "e-postadressen skyddas mot spambots",
    "e-postadressen skyddas mot spam*",
    "du måste ha javascript aktiverat för att kunna se*"
  ],
  "toolCredits": [
    "översatt med .. deepl*",
    "översatt med google translate",
    "översatt med google översätt"
  ]
};
