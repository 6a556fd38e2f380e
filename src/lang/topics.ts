/**
 * Phrase data of the transfer, consent, date and vague-language rules, one topic file per
 * language (lexicon/<lang>/transfers.yaml, consent.yaml, dates.yaml, vague.yaml, built into
 * src/lang/<lang>/*.ts), gathered here. Entries are phrases in the one phrase grammar
 * (src/matching/phrase-grammar.ts, docs/lexicon.md). Names of countries and services are facts
 * (src/facts/transfers.ts); these are the words around them.
 */
import type { Lang } from '../model/types.js';
import { consent as enConsent } from './en/consent.js';
import { dates as enDates } from './en/dates.js';
import { transfers as enTransfers } from './en/transfers.js';
import { vague as enVague } from './en/vague.js';
import { consent as fiConsent } from './fi/consent.js';
import { dates as fiDates } from './fi/dates.js';
import { transfers as fiTransfers } from './fi/transfers.js';
import { vague as fiVague } from './fi/vague.js';
import { consent as svConsent } from './sv/consent.js';
import { dates as svDates } from './sv/dates.js';
import { transfers as svTransfers } from './sv/transfers.js';
import { vague as svVague } from './sv/vague.js';

/** Words of international transfers. Also the EU/EEA vocabulary other rules may use. */
export interface TransferPhrases {
  lang: Lang;
  /** The EU or the EEA as a region: "EU", "ETA", "Euroopan talousalue*", "EES", "EEA". */
  euArea: string[];
  /** "Outside" after the region (fi: "EU:n ulkopuolelle"). */
  outsideAfter: string[];
  /** "Outside" before the region (sv: "utanför EU", en: "outside the EEA"). */
  outsideBefore: string[];
  /** Third countries as a term: "kolmansiin maihin", "tredje land", "third countries". */
  thirdCountry: string[];
  /** Data inside the region or at home: "EU:n alueella", "inom EU/EES", "within the EEA", "in Finland". */
  inside: string[];
  /** "Only": vain, endast, only. */
  only: string[];
  /** Verbs of staying: "pysyvät", "stannar", "stays". */
  stay: string[];
  /** Negation words: "ei", "inte", "not". */
  negation: string[];
  /** Conjunctions that open a clause carrying on the negation before it: "ei luovuteta …, tai siirretä …", "not sold, or transferred". */
  negationCarriers: string[];
  /** Exceptions that turn a claim into an admission: "ellei", "om inte", "unless". */
  exception: string[];
  /**
   * Hedges that announce exceptions without stating one: "ei pääsääntöisesti", "i regel inte",
   * "not as a rule". The denial has exceptions (a mention in its section may be one), but the
   * hedge alone states no transfer.
   */
  hedges: string[];
  /**
   * A country's level of protection: "data protection laws", "tietosuojan taso", "skyddsnivå".
   * "The US may not have the same data protection laws" describes the place, not a transfer.
   */
  protectionLevel: string[];
  /**
   * A condition that makes a denial a rule for transfers rather than a claim that data stays:
   * "ei siirretä EU:n ulkopuolelle ilman asianmukaisia suojatoimia", "utan standardavtalsklausuler",
   * "not transferred outside the EU without appropriate safeguards". Where data goes is not said.
   */
  condition: string[];
  /** A condition word that keeps the denial whole: "ilman poikkeuksia", "utan undantag", "without exception". */
  unconditional: string[];
  /** Words that limit a claim to the rest of the data: "muita tietoja", "övriga uppgifter", "all other data". */
  otherData: string[];
  /** Words that tie data to a place: transfer, disclose, store, process, server, located. */
  transferWords: string[];
  /** Words for a recipient: provider, company, service, partner. */
  recipientNouns: string[];
  /** Words of where data is kept: servers, data centres, stored, hosted. A statement with one places the notice's own data. */
  storageWords: string[];
  /**
   * Words of a cloud provider's region or data centre ("region", "alueella", "regionen",
   * "datakeskus"): with a place in the EU/EEA after a service (src/facts EU_REGION_PLACES, "AWS
   * Stockholm region") they place the service's processing there.
   */
  regionWords: string[];
  /** Words that open a relative clause ("that", "which", "joissa", "som"): a negation after one belongs to that clause, not to a place before it. */
  relativeWords: string[];
  /**
   * The first word of a question that does not end in a question mark, as form templates ask it
   * ("Siirretäänkö tietoja EU:n ulkopuolelle:", with a box to tick under it): a question states no transfer.
   */
  questionOpeners: string[];
  /** Advertising and analytics tools of a brand: "uudelleenmarkkinointi", "pixel", "ad tools". */
  adTools: string[];
  /** Mechanisms that cover one destination: an adequacy decision, the Data Privacy Framework (and the invalidated Privacy Shield and Safe Harbor). */
  adequacyMechanisms: string[];
  /** Mechanisms that cover any destination: SCCs, BCRs, Art. 46/49, consent to the transfer. */
  generalMechanisms: string[];
  /**
   * Explicit consent (the Art. 49(1)(a) derogation): a mechanism only where the notice speaks of
   * transfers (its sentence or section); elsewhere it is a basis for sharing or for special
   * categories (Art. 9(2)(a)). "explicit consent", "uttryckligt samtycke", "nimenomainen suostumus".
   */
  consentDerogations: string[];
  /**
   * Consent that is a derogation only in the sentence that sends data outside the EU/EEA ("with
   * the student's consent, also to universities outside the EU and EEA"): plain consent, where
   * the transfer and the consent are said together. "suostumuksella", "med ditt samtycke".
   */
  consentToTransfer: string[];
}

/** Words of consent by use and of cookie refusal. */
export interface ConsentPhrases {
  lang: Lang;
  /** "By using", "kun käytät", "genom att använda". */
  useTriggers: string[];
  /**
   * A clause of use before the main clause: "when you visit", "när du besöker", "kun vierailet".
   * Consent by use only when the acceptance opens the main clause right after its comma ("When
   * you visit our site, you consent to ..."), not "when you visit, we ask whether you consent".
   */
  useClauses: string[];
  /** "By submitting", "täyttämällä", "genom att skicka": acts of giving data; acceptance by one is consent relied on. */
  dataActs: string[];
  /** "You accept", "hyväksyt", "godkänner du". */
  acceptance: string[];
  /**
   * Consent the controller presumes, whatever the act: "we assume that you consent", "oletamme,
   * että suostut", "vi utgår från att du samtycker". Said alone, it is consent implied.
   */
  presumedConsent: string[];
  /** Terms of use: acceptance of these alone is not a data-processing basis. */
  termsOfUse: string[];
  /** Words about personal data, processing, cookies or this notice. */
  dataWords: string[];
  /** Cookies and similar technologies. */
  cookies: string[];
  /** The browser: "selaimen asetuks*", "webbläsar*", "browser*". */
  browser: string[];
  /** Refusing, blocking or deleting: "estää", "blockera", "disable". */
  refusal: string[];
  /** Other ways offered beside the browser ("by browser settings or otherwise", "tai muulla tavoin"): the browser is then not the only refusal. */
  otherWays: string[];
  /** A browser add-on: "lisäosa", "tillägg", "add-on"; an opt-out add-on for one tracker is a refusal only afterwards. */
  browserAddOn: string[];
  /** A consent tool on the site: "evästeasetukset", "cookieinställningar", "cookie settings". */
  consentTool: string[];
  /**
   * A tool named without saying cookies or consent: "privacy settings". The site's tool only in a
   * sentence about cookies (or right after one); elsewhere it may be another's ("the privacy
   * settings of each participant's social media").
   */
  consentToolOnCookies: string[];
  /**
   * A heading that names the topic, not a tool: "Cookie consent", "Evästesuostumus" over a
   * section whose only refusal is the browser. Such a heading, whole, offers no consent tool.
   */
  consentTopicHeadings: string[];
  /** Exact words: the first word of a heading that asks or names the topic ("How to manage cookies"), so offers no tool. */
  questionHeadingOpeners: string[];
  /**
   * Words that join alternatives ("or", "tai", "eller"): a consent tool and the browser with one
   * between them are two ways ("in the cookie settings or in your browser"), not the browser's tool.
   */
  alternatives: string[];
  /**
   * The browser closing or its session ending, where session cookies go: "when you close your
   * browser", "kun suljet selaimen", "webbläsarsessionen". A browser there is no refusal offered.
   */
  sessionEnd: string[];
  /** Cookie consent asked actively: "suostumuksellasi", "med ditt samtycke", "with your consent". */
  consentAsked: string[];
  /** Only strictly necessary cookies: "vain välttämättömiä", "endast nödvändiga", "only strictly necessary". */
  necessaryOnly: string[];
  /** Signs of non-essential cookies: analytics, marketing, tracking. */
  nonEssential: string[];
}

/** Words of the notice's own date. */
export interface DatePhrases {
  lang: Lang;
  /** Labels before the notice's own date: "Päivitetty", "Senast uppdaterad", "Last updated". */
  labels: string[];
  /** Month names (stems) by month number, 1-12. */
  months: [number, string[]][];
  /** Short words allowed between a label and its date: "on", "den", "alkaen". */
  filler: string[];
}

/** Words of vague language (WP260). */
export interface VaguePhrases {
  lang: Lang;
  /** Qualifiers that leave the scope open: "mahdollisesti", "joissain tapauksissa", "i vissa fall", "some". */
  hedges: string[];
  /** Modal verbs that leave open whether it happens: "saatetaan", "voidaan", "kan komma att", "may". */
  modals: string[];
  /** Modal verbs that hedge only before a passive verb (sv "kan delas"). */
  modalsBeforePassive: string[];
  /** Words before a modal that make it the reader's own choice ("you may request"). */
  readerSubjects: string[];
  /** A stated condition says when it happens, so a modal is no hedge there: "jos", "om", "if", "unpaid". */
  conditions: string[];
  /** Words of purposes, sharing and transfers: the sentences where hedging hides what is done. */
  topics: string[];
  /** Words of the reader's rights: such sentences are not statements of what is done. */
  rights: string[];
}

export const transferPhrases: Readonly<Record<Lang, TransferPhrases>> = { fi: fiTransfers, sv: svTransfers, en: enTransfers };
export const consentPhrases: Readonly<Record<Lang, ConsentPhrases>> = { fi: fiConsent, sv: svConsent, en: enConsent };
export const datePhrases: Readonly<Record<Lang, DatePhrases>> = { fi: fiDates, sv: svDates, en: enDates };
export const vaguePhrases: Readonly<Record<Lang, VaguePhrases>> = { fi: fiVague, sv: svVague, en: enVague };
