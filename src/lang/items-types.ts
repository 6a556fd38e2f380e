/**
 * Vocabulary of the GDPR Art. 13/14 completeness analysis (src/items/), one file per language:
 * lexicon/<lang>/items.yaml, built into src/lang/<lang>/items.ts by npm run lexicon:build.
 *
 * Phrases are in the one phrase grammar (src/matching/phrase-grammar.ts, docs/lexicon.md): words
 * separated by spaces; a word ending in `*` is a stem (Finnish and Swedish inflect); `..` stands
 * for up to five words. A `Cue` is a phrase, or a conjunction: one phrase of every `all` group,
 * and none of the `none` phrases, in the same sentence.
 */
import type { Lang } from '../model/types.js';

export type Cue = string | { all: string[][]; none?: string[] };

/** What a section heading can be about. */
export type HeadingTopic =
  | 'controller'
  | 'dpo'
  | 'purposes'
  | 'basis'
  | 'legitimate-interests'
  | 'recipients'
  | 'transfers'
  | 'retention'
  | 'rights'
  | 'consent'
  | 'consent-withdrawal'
  | 'complaint'
  | 'statutory'
  | 'automated'
  | 'categories'
  | 'sources'
  | 'security'
  | 'cookies';

export type RightId = 'access' | 'rectification' | 'erasure' | 'restriction' | 'object' | 'portability';

export interface RightPhrases {
  /** Words that name the right (in a sentence with a rights cue, or in a rights section). */
  terms: Cue[];
  /** Names of the right that need no other cue ("tarkastusoikeus", "right of access"). */
  named?: string[];
  /** Sentences that use the words for something else (staff access, restricted premises). */
  exclude?: string[];
}

export interface ItemPhrases {
  lang: Lang;
  /** Words in a title that name a document a privacy notice ("Tietosuojaseloste", "Integritetspolicy", "Privacy notice"). */
  noticeTitles: string[];
  /** Words that make a text about personal data at all (not-a-notice). */
  personalData: string[];
  /** Heading vocabulary: a heading matching a topic's phrases opens that topic's section. */
  headings: Record<HeadingTopic, string[]>;
  /** Answers that are complete under a heading: "Ei tehdä.", "Nej.", "None." */
  shortAnswers: string[];
  /** Cookie vocabulary: a sentence about cookies is not about the data subject's rights. */
  cookies: string[];
  controller: {
    /** Words for the controller: "rekisterinpitäjä", "personuppgiftsansvarig", "controller". */
    labels: string[];
    /** Company forms after a name: "Oy", "AB", "Ltd". */
    companyForms: string[];
    /** An organisation saying it processes the data for another ("toimii henkilötietojen käsittelijänä", "är personuppgiftsbiträde", "acts as a processor"): a processor, not the controller. */
    processorRoles: string[];
    /** The supervisory authority, whose address and phone number are not the controller's. */
    authorities: string[];
    /** A web form to contact the controller (a way of contact; a bare web address is not). */
    contactForms: string[];
  };
  /** Words for a data protection officer. */
  dpo: string[];
  /** Sentences that state a purpose. */
  purposes: Cue[];
  basis: {
    /** Words that make a sentence a statement of the legal basis ("oikeusperuste", "based on"). */
    markers: string[];
    /** The six bases of Art. 6(1). */
    consent: string[];
    contract: string[];
    legalObligation: string[];
    vitalInterests: string[];
    publicTask: string[];
    legitimateInterests: string[];
    /** The words of a citation of Art. 6(1)(x): the article, its paragraph, its point. */
    citation: { article: string[]; paragraph: string[]; point: string[] };
    /**
     * A disclosure with no word of the processing itself ("luovutetaan vain suostumuksellasi", "lämnas ut när lag kräver"):
     * a basis named there is the condition of handing data over, not the basis of the processing. Not every language has it.
     */
    disclosureCondition?: Cue[];
    /** Relationships that are not a basis by themselves ("asiakassuhde", "membership"). */
    relationshipOnly: string[];
  };
  /** After the words "legitimate interest": what introduces the interest itself ("joka on", "such as"). */
  legitimateInterestsIntro: string[];
  /** Right after the words "legitimate interest": the rest of the basis phrase ("nojalla", "perusteella", "basis", "grund"), skipped before the interest is looked for. */
  legitimateInterestsTail: string[];
  /**
   * Finnish: an infinitive right after the interest says what it is ("oikeutettuun etuumme tarjota
   * …"); these words after it are no infinitive ("sekä", "mukaisesti", "liittyv*"). A language
   * without the construction has no list.
   */
  infinitiveExceptions?: string[];
  /** Shortly after the words "legitimate interest": a purpose that says what the interest serves ("jäsentoiminnan järjestämiseksi", "i syfte att", "in order to", "particularly for"). */
  legitimateInterestsPurpose: string[];
  /** A sentence that states the interest itself, next to the claim ("Vårt intresse är att ...", "Our interest is ..."). */
  interestStatements: string[];
  /** A balancing test mentioned: the interests were weighed. */
  balancingTest: string[];
  /**
   * Words of a basis sentence that name no processing ("käsittely", "personal data", "our", "GDPR"):
   * a legitimate-interests claim with nothing but these ("Processing is based on our legitimate
   * interest.") does not say what the interest is; one word more ("… for sending newsletters") does.
   */
  basisFiller: string[];
  /** Sentences that name recipients or say there are none. */
  recipients: Cue[];
  transfers: {
    /** Statements on data leaving (or staying in) the EU/EEA. */
    statements: Cue[];
    /** Data kept or processed inside the EU/EEA (or one member state): an answer by itself. */
    within: string[];
    /** Safeguards and adequacy. */
    safeguards: string[];
    /**
     * Safeguard words that name no transfer mechanism by themselves ("appropriate safeguards"): a
     * safeguard of a transfer only where the paragraph or the section speaks of data leaving the EU/EEA.
     */
    genericSafeguards?: string[];
    /** A provider or server abroad, with words that tie it to the data ("located", "palvelimet"). */
    foreignContext: string[];
    /** Where data is kept or handled ("palvelimet", "tallennetaan", "lagras", "hosted"): with a place, it says whether data leaves the EU/EEA. */
    dataLocation: string[];
    /**
     * Outside the EU/EEA as a place ("EU:n ulkopuolella", "utanför EU/EES"): with a word of keeping data in one breath
     * ("palveluntarjoajat voivat säilyttää tietoja EU:n ulkopuolella"), data is said to be kept there, which answers.
     */
    outside?: string[];
    /** Words for a law ("lagar", "legislation"): a place just after one is where the law applies ("enligt gällande lagar i Sverige"), not where data is kept. */
    lawWords: string[];
    /** Adjectives of foreign origin ("amerikkalainen", "amerikansk", "US-based"). */
    foreignWords: string[];
    /** Data said to be sent somewhere ("your browser transmits data to", "is sent to"): with a country outside the EU/EEA in the same sentence, a transfer there. */
    sending: string[];
  };
  retention: {
    /** Verbs and nouns of keeping and deleting. */
    words: string[];
    /** Time units; a number before one makes a period ("7 vuotta", "90 days"). */
    units: string[];
    /** Numbers written as words. */
    numberWords: string[];
    /** Words around a number that make it a frequency, not a period ("välein", "every"). */
    frequency: string[];
    /** Criteria that decide the period ("asiakassuhteen päättymisestä", "until the contract ends"). */
    criteria: string[];
    /** Phrases that say nothing concrete ("as long as necessary"). */
    vague: string[];
    /** Words of a deadline given as a calendar date ("poistetaan 31.12.2025 mennessä", "raderas senast den 31 december 2025"): with a full date in a sentence about keeping or deleting data, a period. */
    byDate: string[];
    /** A deletion routine with no period ("poistetaan säännöllisesti", "raderas löpande", "deleted regularly"): vague. */
    routine: string[];
    /** Words of a time limit for acting on a request ("within", "inom", "kuluessa"): "we delete it within 30 days of your request" is a response time, not a period. */
    within: string[];
    /** Deletion on request (a right, not a period). */
    onRequest: string[];
  };
  rights: {
    /** Words that make a sentence about the data subject's rights ("oikeus", "voit pyytää", "right"). */
    context: string[];
    /** The controller's own right, not the data subject's ("pidätämme oikeuden", "we reserve the right"). */
    controllerRight: string[];
    /** A right set aside or said to be needless ("syrjäyttää", "har inte rätt", "does not apply"): named only to be denied. */
    denial: string[];
    /** What grants a right despite a denial word in the sentence ("on oikeus", "du har rätt", "you may"). */
    grant: string[];
    /** Plural names of the rights that lead in a list even without a colon ("Sinulla on seuraavat oikeudet", "You have the following rights"). */
    listLead: string[];
  } & Record<RightId, RightPhrases>;
  consent: {
    /** Consent-based processing described. */
    uses: Cue[];
    /** Words that make a consent mention not consent ("by using the site you accept"). */
    notConsent: string[];
    /** Art. 7(3) said ("withdrawal does not affect the lawfulness of earlier processing"): no consent basis claimed, but a withdrawal said with it still counts. */
    lawfulBefore: string[];
    /** Withdrawal of consent (or unsubscribing from what consent allowed). */
    withdrawal: Cue[];
    /** Consent only for processing that may come later ("if we start using analytics cookies in the future, we will ask for your consent"): no consent relied on now. */
    prospective: Cue[];
  };
  complaint: Cue[];
  statutory: Cue[];
  automated: Cue[];
  /**
   * The Art. 22 right named as a right ("oikeus olla joutumatta ...", "right not to be subject to ..."), or automated decisions
   * named as something an access request tells ("förekomsten av automatiserat beslutsfattande"): it does not say whether such decisions are made.
   */
  automatedRight: string[];
  categories: {
    /** Statements that introduce the data processed. */
    statements: Cue[];
    /** Kinds of personal data; two in one paragraph or list make a list of categories. */
    kinds: string[];
  };
  sources: Cue[];
  /** Data collected, obtained or given, with no word on from whom: the person or their device is then the source. */
  collection: string[];
  /** A collection statement about how much or what is collected, not from whom ("only what is necessary", "the following data"). */
  collectionLimits: string[];
  /** Negation words ("ei", "inte", "not"), for statements like "we do not transfer". */
  negation: string[];
  /** Words that make a sentence conditional ("jos", "om", "if"): "if processing is based on legitimate interests, you may object". */
  conditional: string[];
}
