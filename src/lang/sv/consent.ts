// Generated from lexicon/sv/consent.yaml by `npm run lexicon:build`: edit the YAML, not this file.
import type { ConsentPhrases } from '../topics.js';

export const consent: ConsentPhrases = {
  "lang": "sv",
  "useTriggers": [
    "användandet av",
    "användningen av",
    "din användning av",
    "genom att använda",
    "genom att fortsätta",
    "genom att besöka",
    "genom att surfa",
    "genom att navigera",
    "när du använder",
    "när du besöker",
    "om du fortsätter",
    "fortsatt deltagande",
    "fortsatt användning",
    "genom din användning",
    "genom att ladda ner",
    "genom att installera",
    "genom att du använder",
    "genom att du besöker",
    "genom att du fortsätter",
    "ska du inte använda",
    "bör du inte använda",
    "använd inte",
    "vänligen använd inte"
  ],
  "dataActs": [
    "genom att fylla i",
    "genom att skicka",
    "genom att registrera",
    "genom att anmäla",
    "genom att skapa ett konto",
    "genom att du registrerar",
    "genom att du anmäler",
    "genom att du skickar",
    "genom att du fyller i",
    "genom att prenumerera",
    "genom att du prenumererar",
    "genom att kontakta oss",
    "genom att du kontaktar oss"
  ],
  "acceptance": [
    "innebär ett godkännande",
    "innebär godkännande",
    "utgör ett godkännande",
    "innebär att du godkänner",
    "innebär att du accepterar",
    "innebär att du samtycker",
    "godkänner du",
    "godkänner ni",
    "samtycker du",
    "samtycker ni",
    "samtycker användaren",
    "användaren samtycker",
    "accepterar du",
    "accepterar ni",
    "ger du ditt samtycke",
    "ger du samtycke",
    "ger du .. samtycke",
    "ger ni ert samtycke",
    "anses du ha godkänt",
    "anses du ha samtyckt",
    "anses du ha accepterat",
    "medger du",
    "godkänner",
    "accepterar",
    "inte godkänner",
    "inte accepterar",
    "inte samtycker"
  ],
  "termsOfUse": [
    "villkor*",
    "användarvillkor*",
    "avtalsvillkor*",
    "köpvillkor*"
  ],
  "dataWords": [
    "personuppgift*",
    "uppgift*",
    "behandl*",
    "kak*",
    "cookie*",
    "integritet*",
    "dataskydd*",
    "spårning*"
  ],
  "cookies": [
    "kaka",
    "kakan",
    "kakor*",
    "*cookie*"
  ],
  "browser": [
    "webbläsar*"
  ],
  "refusal": [
    "blocker*",
    "radera*",
    "ta bort",
    "stäng* av",
    "avaktivera*",
    "inaktivera*",
    "neka*",
    "vägra*",
    "hantera*",
    "ändra*",
    "ställa in",
    "ställ in",
    "begränsa*",
    "inställning*"
  ],
  "consentTool": [
    "cookieinställning*",
    "kakinställning*",
    "cookie-inställning*",
    "cookiebanner*",
    "cookie-banner*",
    "kakbanner*",
    "samtyckesverktyg*",
    "samtyckesruta*",
    "cookieval*",
    "hantera kakor",
    "hantera cookies",
    "cookiesamtycke*"
  ],
  "alternatives": [
    "eller"
  ],
  "sessionEnd": [
    "stänger webbläsaren",
    "stänger din webbläsare",
    "stänger ner webbläsaren",
    "webbläsaren stängs",
    "webbläsarsession*"
  ],
  "consentAsked": [
    "med ditt samtycke",
    "ber om ditt samtycke",
    "ber vi om ditt samtycke",
    "om du samtycker",
    "när du har samtyckt",
    "godkänna eller neka",
    "godkänna eller avvisa",
    "bara om du godkänner",
    "endast om du godkänner",
    "acceptera eller avvisa",
    "acceptera eller neka",
    "acceptera eller avböja",
    "tackar ja",
    "tackat ja",
    "kräver .. samtycke",
    "förutsätter .. samtycke"
  ],
  "necessaryOnly": [
    "endast nödvändiga",
    "bara nödvändiga",
    "enbart nödvändiga",
    "endast strikt nödvändiga",
    "endast tekniskt nödvändiga",
    "bara tekniskt nödvändiga"
  ],
  "nonEssential": [
    "pixel*",
    "analys*",
    "statistik*",
    "marknadsföring*",
    "annons*",
    "spårning*",
    "tredjepart*",
    "tredje part*",
    "remarketing*"
  ],
  "consentTopicHeadings": [
    "samtycke till cookies",
    "samtycke till kakor",
    "cookies och samtycke",
    "kakor och samtycke"
  ]
};
