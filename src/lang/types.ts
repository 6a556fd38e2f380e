import type { Lang } from '../model/types.js';

/**
 * Phrases shared by the structural rules. Entries are literal text; a trailing `*` marks a stem.
 * Topic files beside each language's common.ts hold the phrases of other rule families.
 */
export interface CommonPhrases {
  lang: Lang;
  /** Page furniture left in a scraped notice, matched as a whole line. */
  furniture: string[];
  /** Words that, alone inside [brackets] or (parentheses), mark an unfilled template field. */
  placeholderWords: string[];
  /** Exact words: a drafter's verb before a field's word inside the brackets ("[Insert your email]", "[Ange er e-postadress]"). */
  placeholderLeads: string[];
  /** Words that a notice may put in square brackets in finished text ("info[at]example.fi", "[sic]"). */
  bracketWords: string[];
  /** A template's note to whoever fills it in ("this template should be adapted", "denna mall ska anpassas"). */
  templateNotes: string[];
  /**
   * A drafter's instruction where text should be, found only where a sentence starts (after a
   * label such as "DEMO:" too): "Add your company's details here", "Lisää yhteystiedot tähän",
   * "Fyll i föreningens namn här". Said mid-sentence the words may be the reader's ("you can add
   * them here").
   */
  templateInstructions: string[];
  /**
   * Exact words that, right before a template note, make it the writer's own statement or a
   * shop's button: "we reserve the right to adapt this policy", "Buy this template".
   */
  templateNoteClaims: string[];
  /** Labels before a business identifier ("y-tunnus", "org.nr"). */
  businessIdLabels: string[];
  /** Sample text that no finished notice contains: dummy names and date masks ("Matti Meikäläinen", "pp.kk.vvvv", "John Doe"). */
  sampleText: string[];
  /** Exact words that introduce an example just before an address ("e.g.", "esim.", "t.ex."): an example, not a placeholder left in. */
  exampleLeads: string[];
  /** Exact words: the name of a placeholder domain before its ending ("example", "exempel", "esimerkki"): "info@example.com" is a template's sample address. */
  placeholderDomains: string[];
  /** The text a page builder puts where it hides an e-mail address from spam robots ("This email address is being protected from spambots"). */
  hiddenEmailNotes: string[];
  /** A tool's credit line pasted with the text: a machine translator's watermark ("Translated with DeepL"). */
  toolCredits: string[];
  /**
   * Words that open a new clause inside a sentence ("mutta", "men", "but", "whereas"), as commas
   * and semicolons do: a negation before one does not reach past it. Exact words, read in every
   * language, since a clause's scope must not depend on which language a sentence was taken for.
   */
  clauseBreaks: string[];
}

/**
 * Phrases of the outdated-information rules (outdated-law-reference, stale-authority-contact,
 * stale-agency-name, invalidated-transfer-mechanism). Names of laws, bodies and mechanisms are
 * facts and live in src/facts/; these are the words around them.
 */
export interface OutdatedPhrases {
  lang: Lang;
  /** Words that make a mention historical: "kumottu", "upphävd", "repealed", "formerly". */
  historical: string[];
  /** Words that say a court annulled a mechanism ("invalidated", "mitätöi", "ogiltigförklarade"): strong enough that a sentence saying so without naming a mechanism refers to the one just named. */
  annulled: string[];
  /** Words that say a transfer mechanism is no longer valid: "mitätöi", "ogiltigförklarade", "invalidated". */
  invalidated: string[];
  /** Words that place a notice in Finland (deciding which "personuppgiftslagen" or authority it means). */
  finland: string[];
  /** Words that place a notice in Sweden. */
  sweden: string[];
  /** Parts of the authority's address around its number: the floor ("krs", "våningen", "floor"), as in "6. krs" or "floor 6". */
  floorWords: string[];
  /** Before the post box number 800: "PL", "PB", "P.O. Box". */
  postBoxWords: string[];
  /** A fax label before a number ("faksi", "telefax", "fax"); a word that begins with one counts ("faksinumero"). */
  faxWords: string[];
}
