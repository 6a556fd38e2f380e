/**
 * What a notice says about transfers outside the EU/EEA, computed once per notice and shared by
 * `transfer-contradiction` and `transfer-safeguards` (and open to the completeness analysis):
 *
 * - claims: "data is not transferred outside the EU/EEA" / "data stays in the EU" (with or
 *   without an exception such as "unless technically necessary");
 * - admissions: statements that data is or may be transferred outside the EU/EEA;
 * - mentions: places outside the EU/EEA where data goes (a country in a transfer context, a
 *   recipient of a given nationality) and named services that process data in the USA;
 * - mechanism: the first transfer mechanism the notice names (SCCs, adequacy, DPF, BCRs, Art. 49).
 */
import type { MessageRef, TermRef } from '../i18n/format.js';
import { derivedKey, getCached } from '../model/derived.js';
import { CASE_SENSITIVE_SERVICES, COUNTRIES, type Country, EU_REGION_CODE, EU_REGION_PLACES, US_BRANDS, US_SERVICES, US_STATE_CODES } from '../facts/transfers.js';
import { LANGS } from '../lang/index.js';
import { transferPhrases } from '../lang/index.js';
import { blockSpan, isDraftingNote } from '../model/blocks.js';
import { type Sentence, sentences } from '../model/sentences.js';
import { parentOf } from '../model/sections.js';
import type { Notice, Section, Span } from '../model/types.js';
import { allMatches, caseless, hasPhrase, phrasePattern } from '../matching/patterns.js';
import { isTemplateLabel } from './template-notes.js';
import { allLangs, casePattern, clauseAt, clauseHas, inLangs, perLanguages, phraseSource } from './patterns.js';

/** Mechanism names are read in any language: "standard contractual clauses" in a Finnish notice is the same mechanism. */
const mechanismWords = (pick: (p: (typeof transferPhrases)['fi']) => readonly string[]) => allLangs(transferPhrases, pick);
/** Transfer mechanisms, in any language. */
export const MECHANISM = phrasePattern(mechanismWords((p) => [...p.adequacyMechanisms, ...p.generalMechanisms, ...p.consentDerogations]), 'iu');
/** Mechanisms named anywhere in the notice (explicit consent aside: see CONSENT_DEROGATION). */
const NAMED_MECHANISM = phrasePattern(mechanismWords((p) => [...p.adequacyMechanisms, ...p.generalMechanisms]), 'iu');
/** Mechanisms that cover any destination (not an adequacy decision or the DPF, which cover one country). */
const GENERAL_MECHANISM = phrasePattern(mechanismWords((p) => p.generalMechanisms), 'iu');
/** Explicit consent, a mechanism (Art. 49(1)(a)) only where the notice speaks of transfers. */
const CONSENT_DEROGATION = phrasePattern(mechanismWords((p) => p.consentDerogations), 'iu');

/** The transfer phrases of a notice's languages (model/notice-languages.ts), compiled once per language set. */
export const transferPatterns = perLanguages((langs) => {
  const words = (pick: (p: (typeof transferPhrases)['fi']) => readonly string[]) => inLangs(langs, transferPhrases, pick);
  const EU_AREA = phraseSource(words((p) => p.euArea));
  const OUTSIDE_AFTER = phraseSource(words((p) => p.outsideAfter));
  const OUTSIDE_BEFORE = phraseSource(words((p) => p.outsideBefore));
  const THIRD_COUNTRY = phraseSource(words((p) => p.thirdCountry));
  return {
    /** "EU:n tai ETA:n ulkopuolelle", "utanför EU/EES", "outside the EEA", "kolmansiin maihin", "third countries". */
    OUTSIDE_EU: caseless(
      `(?:${EU_AREA})[^.!?;\\n]{0,45}?(?:${OUTSIDE_AFTER})|(?:${OUTSIDE_BEFORE})[^.!?;\\n]{0,15}?(?:${EU_AREA})|(?:${THIRD_COUNTRY})`,
    ),
    /** "EU:n alueella", "inom EU/EES", "within the EEA", "in Finland". */
    INSIDE_EU: phrasePattern(words((p) => p.inside), 'iu'),
    INSIDE_EU_ALL: phrasePattern(words((p) => p.inside), 'giu'),
    ONLY: phrasePattern(words((p) => p.only), 'iu'),
    STAY: phrasePattern(words((p) => p.stay), 'iu'),
    /** Negation words ("ei", "inte", "not"): also the cookie rule's. */
    NEGATION: phrasePattern(words((p) => p.negation), 'iu'),
    NEGATION_ALL: phrasePattern(words((p) => p.negation), 'giu'),
    /** Words that open a relative clause ("that", "joissa", "som"): a negation past one is that clause's. */
    RELATIVE: phrasePattern(words((p) => p.relativeWords), 'iu'),
    RELATIVE_ALL: phrasePattern(words((p) => p.relativeWords), 'giu'),
    CARRIER: new RegExp(`^\\s*(?:${phraseSource(words((p) => p.negationCarriers))})`, 'iu'),
    EXCEPTION: phrasePattern(words((p) => p.exception), 'iu'),
    EXCEPTION_ALL: phrasePattern(words((p) => p.exception), 'giu'),
    HEDGE: phrasePattern(words((p) => p.hedges), 'iu'),
    PROTECTION_LEVEL: phrasePattern(words((p) => p.protectionLevel), 'iu'),
    CONDITION: phrasePattern(words((p) => p.condition), 'iu'),
    UNCONDITIONAL: phrasePattern(words((p) => p.unconditional), 'iu'),
    OTHER_DATA: phrasePattern(words((p) => p.otherData), 'iu'),
    TRANSFER_WORD: phrasePattern(words((p) => p.transferWords), 'iu'),
    RECIPIENT: phrasePattern(words((p) => p.recipientNouns), 'iu'),
    /** "palvelimet", "servrar", "servers", "stored": the statement places where data is kept. */
    STORAGE: phrasePattern(words((p) => p.storageWords), 'iu'),
    AD_TOOL: phrasePattern(words((p) => p.adTools), 'iu'),
    /** A question a form asks ("Siirretäänkö tietoja ...:"), though it ends in a colon. */
    QUESTION: new RegExp(`^\\s*(?:${phraseSource(words((p) => p.questionOpeners))})`, 'iu'),
    /** "region", "alueella", "regionen", "data centre": with an EU place after a service, where it processes. */
    REGION_WORD: phrasePattern(words((p) => p.regionWords), 'iu'),
    /** Plain consent, a derogation only in the sentence that sends data outside the EU/EEA. */
    CONSENT_TO_TRANSFER: phrasePattern(words((p) => p.consentToTransfer), 'iu'),
    /** Recipient words as bare stems, to find them as the head of a compound ("sähköpostimarkkinointipalvelun"). */
    RECIPIENT_STEMS: words((p) => p.recipientNouns).map((w) => w.replace(/\*$/u, '').toLowerCase()),
  };
});
type Patterns = ReturnType<typeof transferPatterns>;

interface NamePattern {
  country: Country;
  ci: RegExp;
  cs: RegExp;
  adjectives: RegExp;
}
const COUNTRY_PATTERNS: NamePattern[] = COUNTRIES.map((country) => ({
  country,
  ci: phrasePattern(LANGS.flatMap((l) => country.names[l])),
  cs: casePattern(country.caseSensitiveNames ?? []),
  adjectives: phrasePattern(LANGS.flatMap((l) => country.adjectives?.[l] ?? [])),
}));
/** Every country name and adjective at once: most sentences name no place, and skip the per-country scans. */
const ANY_PLACE = phrasePattern(COUNTRIES.flatMap((c) => LANGS.flatMap((l) => [...c.names[l], ...(c.adjectives?.[l] ?? [])])));
const ANY_PLACE_CS = casePattern(COUNTRIES.flatMap((c) => c.caseSensitiveNames ?? []));
const SERVICES = phrasePattern(US_SERVICES);
const EU_REGION = phrasePattern(EU_REGION_PLACES);
/** How far after a service's name its region is looked for ("AWS, in its Stockholm region"). */
const REGION_WINDOW = 60;
const SERVICES_CS = casePattern(CASE_SENSITIVE_SERVICES);
const BRANDS = phrasePattern(US_BRANDS);
const BRAND_TOOL_WINDOW = 80;

/**
 * A country in round brackets after a provider's name says where the provider is: "Hosting:
 * Acme (USA)", "palvelussa (Acme, Inc., Yhdysvallat)", "Acme (USA, certifierad)". The country is
 * an item of the brackets (apart by commas), and a name stands right before them or as another
 * item: a capitalised word that is no place ("our offices (Helsinki, Finland)" names a place,
 * "some countries (USA, Canada)" no provider), said of a provider (a recipient or storage word,
 * or a US service, just before the brackets or in them): "studied at Stanford (USA)", "the
 * recommendations of NIST (USA)" place no data. Where data goes, as a table cell's country is.
 */
function providerLocation(P: Patterns, text: string, a: number, b: number): boolean {
  // Brackets of at most 80 characters: looked for only that far on either side (bounded work per country).
  const before = text.slice(Math.max(0, a - 80), a);
  const open = before.lastIndexOf('(') < 0 ? -1 : a - before.length + before.lastIndexOf('(');
  if (open < 0 || text.slice(open + 1, a).includes(')')) return false;
  const after = text.slice(b, b + 80).indexOf(')');
  const close = after < 0 ? -1 : b + after;
  if (close < 0 || close - open > 80 || text.slice(b, close).includes('(')) return false;
  // A provider: a recipient or storage word ("service", "palvelussa", "hosted") in the words just
  // before the brackets or inside them, or a US service named with them ("Netlify (USA)").
  const lead = text.slice(Math.max(clauseAt(text, open)[0], open - 60), close);
  if (!hasPhrase(P.RECIPIENT, lead) && !hasPhrase(P.STORAGE, lead) && !hasPhrase(SERVICES, lead) && !hasPhrase(SERVICES_CS, lead)) return false;
  const items = text.slice(open + 1, close).split(/,\s*/u).map((i) => i.trim());
  const country = text.slice(a, b);
  if (!items.includes(country)) return false;
  const isName = (w: string) => /^\p{Lu}[\p{L}\p{N}&.+-]*$/u.test(w) && !hasPhrase(ANY_PLACE, w) && !hasPhrase(ANY_PLACE_CS, w);
  const name = /(\S+)\s*$/u.exec(text.slice(Math.max(0, open - 40), open))?.[1] ?? '';
  return isName(name) || items.some((i) => i !== country && isName(i.split(/\s+/u)[0]));
}

/** A nationality adjective places a recipient abroad only when a recipient word is in its clause or follows it. */
function namesRecipient(P: Patterns, text: string, a: number, b: number): boolean {
  if (clauseHas(P.RECIPIENT, text, a)) return true;
  const next = text.slice(b, b + 60).toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter(Boolean).slice(0, 2);
  return next.some((w) => P.RECIPIENT_STEMS.some((r) => r.length >= 5 && w.includes(r)));
}

export type MentionKind = 'country' | 'nationality' | 'service';

export interface TransferMention {
  kind: MentionKind;
  /** The text as written ("Venäjälle", "yhdysvaltalaisen", "Google Analytics"). */
  text: string;
  span: Span;
  sentence: Sentence;
  /** The country: for services, the USA. */
  country: Country;
}

export interface TransferClaim {
  sentence: Sentence;
  /** The "outside the EU" or "inside the EU" phrase. */
  span: Span;
  /** The claim names an exception ("unless technically necessary") or announces one ("not as a rule"): transfers may happen. */
  exception: boolean;
}

export interface TransferStatement {
  sentence: Sentence;
  span: Span;
  /** The statement places where data is kept ("servers may be located outside the EU"), not only where it may go. */
  storage: boolean;
}

export interface TransferAnalysis {
  claims: TransferClaim[];
  /** Statements that transfers happen or may happen (claims with an exception included). */
  admissions: TransferStatement[];
  mentions: TransferMention[];
  /** The first transfer mechanism named anywhere in the notice, or null. */
  mechanism: Span | null;
  /** The first mechanism that can cover any destination (SCCs, BCRs, Art. 46/49), or null. */
  generalMechanism: Span | null;
}

const USA = COUNTRIES.find((c) => c.id === 'usa')!;
/**
 * A US postal address's last line: a capitalised city, a comma, a state's code and a ZIP code
 * ("Philadelphia, PA 19106", "Mountain View, CA 94043-1351"). A recipient given with such an
 * address is located in the USA, whether or not the notice says "transfer".
 */
const US_ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}])\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,3}, (?:${US_STATE_CODES.join('|')}) \\d{5}(?:-\\d{4})?(?![\\p{L}\\p{N}])`, 'gu');
const TRANSFERS = derivedKey<TransferAnalysis>('transfers');

function spanOf(s: Sentence, from: number, to: number): Span {
  return blockSpan(s.block, s.index + from, s.index + to);
}

/** How many clauses back a negation carries ("ei luovuteta A:lle, tai siirretä B:hen, tai …"). */
const MAX_CARRIED = 3;

/**
 * Whether the clause around `at` is negated: by its own negation word, or by the clause before
 * it when it opens with a conjunction that carries the negation on ("Tietoja ei luovuteta
 * kolmansille, tai siirretä EU:n ulkopuolelle"; "We do not sell data, or transfer it abroad").
 */
function negatedIn(P: Patterns, text: string, at: number, depth = 0): boolean {
  if (clauseHas(P.NEGATION, text, at) && !onlyInRelativeClause(P, text, at) && !glossAfterRelativeClause(P, text, at)) return true;
  if (depth >= MAX_CARRIED) return false;
  const [start, end] = clauseAt(text, at);
  if (start === 0) return false;
  if (!P.CARRIER.test(text.slice(start, start + 30)) && !listItem(P, text, start, end)) return false;
  let before = start - 1;
  while (before > 0 && /[\s,;:]/u.test(text[before])) before--;
  return negatedIn(P, text, before, depth + 1);
}

/** The negations and relative words of one clause, by their places: kept for the clause last asked about. */
let scopeOf: { text: string; start: number; negations: number[]; relatives: number[] } | null = null;

/**
 * Whether every negation of the clause around `at` comes after it inside a relative clause that
 * opens after it ("countries outside the EEA that do not have data protection laws", "maihin
 * EU:n ulkopuolella, joissa ei ole ..."): that negation is the relative clause's, not the place's.
 * A negation before `at`, or after it with no relative word between, negates the place.
 */
function onlyInRelativeClause(P: Patterns, text: string, at: number): boolean {
  if (!clauseHas(P.RELATIVE, text, at)) return false;
  const [start, end] = clauseAt(text, at);
  if (!scopeOf || scopeOf.text !== text || scopeOf.start !== start) {
    const clause = text.slice(start, end);
    const places = (re: RegExp) => allMatches(re, clause).map((m) => start + m.index);
    scopeOf = { text, start, negations: places(P.NEGATION_ALL), relatives: places(P.RELATIVE_ALL) };
  }
  const { negations, relatives } = scopeOf;
  if (negations.length === 0 || negations[0] < at) return false;
  // The first relative word after `at` must come before the first negation after it.
  const relative = relatives.find((r) => r >= at);
  return relative !== undefined && relative < negations[0];
}

/**
 * Whether the place is a gloss in round brackets after a relative clause that holds the clause's
 * negations: "providers in countries that do not have laws equivalent to the EU's (third
 * countries)", "maihin, joissa ei ole vastaavaa suojaa (kolmannet maat)". The negation is the
 * relative clause's (what those countries lack); the bracket names the countries, unnegated.
 * The clause's first relative word comes before its first negation, and no negation is inside
 * the brackets. "We do not send data to countries that ... (third countries)" stays negated.
 */
function glossAfterRelativeClause(P: Patterns, text: string, at: number): boolean {
  const [start] = clauseAt(text, at);
  // Brackets of at most 60 characters before the place (bounded work).
  const open = text.lastIndexOf('(', at);
  if (open < start || at - open > 60 || text.slice(open, at).includes(')')) return false;
  const before = text.slice(start, open);
  const negation = P.NEGATION.exec(before);
  const relative = P.RELATIVE.exec(before);
  if (!negation || !relative || relative.index > negation.index) return false;
  return !hasPhrase(P.NEGATION, text.slice(open, at));
}

/**
 * A clause that is the next item of a list the clause before it began ("Tietoja ei luovuteta
 * kolmansille Suomessa, EU- tai ETA-alueella tai niiden ulkopuolelle"): after a comma, with no
 * transfer verb of its own and no exception ("paitsi", "except"), it is still that clause's.
 */
function listItem(P: Patterns, text: string, start: number, end: number): boolean {
  if (!/,\s*$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const clause = text.slice(start, end);
  return !hasPhrase(P.TRANSFER_WORD, clause) && !hasPhrase(P.EXCEPTION, clause);
}

/**
 * Whether a denial is only a condition on transfers: "ei siirretä EU:n ulkopuolelle ilman
 * asianmukaisia suojatoimia", "Inga överföringar utanför EU utan standardavtalsklausuler", "not
 * transferred outside the EU without appropriate safeguards". It says how data may leave, not
 * that it stays: no claim (and, since it names no transfer either, no admission). "Without
 * exception" keeps the denial whole.
 */
function conditional(P: Patterns, text: string, at: number): boolean {
  const [start, end] = clauseAt(text, at);
  const clause = text.slice(start, end);
  return hasPhrase(P.CONDITION, clause) && !hasPhrase(P.UNCONDITIONAL, clause);
}

/**
 * Whether the words after a service place it in a region in the EU/EEA, in the same clause: "AWS
 * Stockholm region", "Azure (West Europe region)", "Google Cloud europe-north1", "AWS:n
 * Frankfurtin alueella", "Google Cloud i regionen Stockholm". Then it processes the data there.
 * Past a comma the place may be another service's ("Google Analytics, Azure West Europe").
 */
function inEuRegion(P: Patterns, text: string, end: number): boolean {
  const [, clauseEnd] = clauseAt(text, end);
  const after = text.slice(end, Math.min(clauseEnd, end + REGION_WINDOW));
  if (EU_REGION_CODE.test(after)) return true;
  return hasPhrase(EU_REGION, after) && hasPhrase(P.REGION_WORD, text.slice(Math.max(0, end - 12), Math.min(clauseEnd, end + REGION_WINDOW)));
}

/**
 * The first "outside the EU/EEA" a sentence states. A label that names the topic before a colon,
 * "Tietojen siirto EU:n ulkopuolelle: Tietoja ei siirretä EU:n ulkopuolelle", "Transfers outside
 * the EEA: none", is no statement: where the text after the colon names the place again, that
 * one is read (a denial there is a denial, not an admission by the label's "transfer").
 */
function statedOutside(OUTSIDE_EU: RegExp, text: string): { index: number; 0: string } | null {
  const first = OUTSIDE_EU.exec(text);
  if (!first) return null;
  const end = first.index + first[0].length;
  const label = /^[\s*_]*:\s/u.exec(text.slice(end, end + 8));
  if (!label || /[.!?;]/u.test(text.slice(0, first.index))) return first;
  const bodyAt = end + label[0].length;
  const again = OUTSIDE_EU.exec(text.slice(bodyAt));
  return again ? { index: bodyAt + again.index, 0: again[0] } : first;
}

/**
 * Whether every negation of a sentence denies a place's level of protection, not a transfer:
 * "providers located in countries that do not have data protection laws equivalent to the EU's",
 * "maihin, joissa ei ole riittävää tietosuojan tasoa", "länder som inte har samma skyddsnivå".
 * The protection words follow the negation closely (within 40 characters) with no transfer word
 * between; "we do not transfer data to countries without the same level of protection" keeps
 * its transfer word after the negation, and stays a denial.
 */
function negatesOnlyProtection(P: Patterns, text: string): boolean {
  const negations = allMatches(P.NEGATION_ALL, text);
  if (negations.length === 0) return false;
  return negations.every((n) => {
    const after = text.slice(n.index + n[0].length, n.index + n[0].length + 60);
    const level = P.PROTECTION_LEVEL.exec(after);
    return !!level && level.index <= 40 && !P.TRANSFER_WORD.test(after.slice(0, level.index));
  });
}

/**
 * The first "in the EU" of a sentence that names the place, not half of a compound name: "in
 * the EU-US Data Privacy Framework", "EU-U.S.", "EU-Swiss" (a hyphen and a capital) name an
 * arrangement between two places. "in EU-based data centres" is still the place.
 */
function placeInside(INSIDE_EU_ALL: RegExp, text: string): { index: number; 0: string } | null {
  for (const m of allMatches(INSIDE_EU_ALL, text)) {
    if (!/^[-\u2010-\u2013]\p{Lu}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) return m;
  }
  return null;
}

/** True when the section or one of its ancestors is about transfers outside the EU/EEA (by its title). */
export function isTransferSection(notice: Notice, section: Section): boolean {
  const { OUTSIDE_EU } = transferPatterns(notice);
  for (let s: Section | undefined = section; s && s.level > 0; s = parentOf(notice, s)) {
    if (OUTSIDE_EU.test(s.title)) return true;
  }
  return false;
}

/**
 * [start, end) ranges sorted by start: while they are disjoint, an overlap test is a binary
 * search. (A linear scan per match was quadratic in a sentence naming a service 40,000 times.)
 */
class Intervals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Index of the first range starting at or after `b`. */
  private after(b: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < b) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether no two ranges overlap (then only the last one starting before b can overlap [a, b)). */
  private disjoint = true;

  overlaps(a: number, b: number): boolean {
    if (!this.disjoint) return this.starts.some((x, k) => a < this.ends[k] && x < b);
    const i = this.after(b) - 1;
    return i >= 0 && this.ends[i] > a;
  }

  add(a: number, b: number): void {
    if (this.disjoint && this.overlaps(a, b)) this.disjoint = false;
    const i = this.after(a);
    this.starts.splice(i, 0, a);
    this.ends.splice(i, 0, b);
  }
}

export function analyzeTransfers(notice: Notice): TransferAnalysis {
  return getCached(notice, TRANSFERS, computeAnalyzeTransfers);
}

function computeAnalyzeTransfers(notice: Notice): TransferAnalysis {
  const P = transferPatterns(notice);
  const { OUTSIDE_EU, ONLY, STAY, EXCEPTION, HEDGE, OTHER_DATA, TRANSFER_WORD, AD_TOOL, STORAGE } = P;
  const negatedAt = (text: string, at: number) => negatedIn(P, text, at);
  const claims: TransferClaim[] = [];
  const admissions: TransferStatement[] = [];
  const mentions: TransferMention[] = [];
  let mechanism: Span | null = null;
  let generalMechanism: Span | null = null;

  // Under a heading that is a template's own label ("Rubriker att fylla i", "Headings to fill in"),
  // the text lists what the drafter is to write: topics, not statements of this notice. Asked once a section.
  const labelSections = new Map<Section, boolean>();
  const underTemplateLabel = (section: Section): boolean => {
    let label = labelSections.get(section);
    if (label === undefined) labelSections.set(section, (label = isTemplateLabel(section.title)));
    return label;
  };
  for (const s of sentences(notice)) {
    const text = s.text;
    // "[Recipients and transfers outside the EU/EEA.]": a template's placeholder tells the writer what to fill in; it states nothing.
    if (isDraftingNote(s.block.text)) continue;
    if (underTemplateLabel(s.section)) continue;
    if (!mechanism) {
      const m = NAMED_MECHANISM.exec(text);
      if (m) mechanism = spanOf(s, m.index, m.index + m[0].length);
    }
    if (!generalMechanism) {
      const m = GENERAL_MECHANISM.exec(text);
      if (m) generalMechanism = spanOf(s, m.index, m.index + m[0].length);
    }
    // "Med ditt uttryckliga samtycke" in a list of when data is shared is no transfer derogation.
    if (!generalMechanism || !mechanism) {
      const m = CONSENT_DEROGATION.exec(text);
      if (m && (OUTSIDE_EU.test(text) || isTransferSection(notice, s.section) || hasPhrase(ANY_PLACE, text))) {
        const span = spanOf(s, m.index, m.index + m[0].length);
        mechanism ??= span;
        generalMechanism ??= span;
      }
    }
    // "Opiskelijan suostumuksella ... myös EU- ja ETA-alueen ulkopuolelle": consent said with the transfer itself (Art. 49(1)(a)).
    if (!generalMechanism || !mechanism) {
      const m = P.CONSENT_TO_TRANSFER.exec(text);
      const outside = m ? OUTSIDE_EU.exec(text) : null;
      if (m && outside && !negatedAt(text, outside.index)) {
        const span = spanOf(s, m.index, m.index + m[0].length);
        mechanism ??= span;
        generalMechanism ??= span;
      }
    }
    if (s.block.kind === 'heading' || /\?\s*$/u.test(text) || P.QUESTION.test(text) || !/\p{Ll}/u.test(text)) continue;

    const outside = statedOutside(OUTSIDE_EU, text);
    // "Muuten kuin ..." (other than) states an exception; its "muuten" (otherwise) is no other data.
    const partial = OTHER_DATA.test(EXCEPTION.test(text) ? text.replace(P.EXCEPTION_ALL, (m) => ' '.repeat(m.length)) : text);
    if (outside) {
      const span = spanOf(s, outside.index, outside.index + outside[0].length);
      if (negatedAt(text, outside.index)) {
        // "The United States and other countries may not have the same data protection laws":
        // what a place lacks, with no word of data going anywhere, is no claim that data stays.
        const describesPlace = P.PROTECTION_LEVEL.test(text) && (!TRANSFER_WORD.test(text) || negatesOnlyProtection(P, text));
        if (!partial && !describesPlace && !conditional(P, text, outside.index)) {
          // "Unless ...", "paitsi ..." states when data goes; a hedge ("not as a rule") only
          // announces that it may: the claim has exceptions, but no transfer is admitted by it.
          const stated = EXCEPTION.test(text);
          // "... without standard contractual clauses": a mechanism named in the denial's paragraph is the case where data goes.
          claims.push({ sentence: s, span, exception: stated || HEDGE.test(text) || NAMED_MECHANISM.test(s.block.text) });
          if (stated) admissions.push({ sentence: s, span, storage: false });
        }
      } else if (TRANSFER_WORD.test(text)) {
        admissions.push({ sentence: s, span, storage: hasPhrase(STORAGE, text) });
      }
    } else {
      const inside = placeInside(P.INSIDE_EU_ALL, text);
      if (inside && (ONLY.test(text) || STAY.test(text)) && !partial && !negatedAt(text, inside.index)) {
        // "Only in the EU/EEA, or with companies that keep the same level of protection under the
        // Data Privacy Framework": a mechanism named in the claim's paragraph is a second place data may go.
        const exception = EXCEPTION.test(text) || HEDGE.test(text) || NAMED_MECHANISM.test(s.block.text);
        claims.push({ sentence: s, span: spanOf(s, inside.index, inside.index + inside[0].length), exception });
      }
    }

    // Places: a country named where data goes; a recipient of a given nationality.
    const transferContext = TRANSFER_WORD.test(text) || !!outside || isTransferSection(notice, s.section);
    const taken = new Intervals();
    const overlaps = (a: number, b: number) => taken.overlaps(a, b);
    const namesPlace = hasPhrase(ANY_PLACE, text) || hasPhrase(ANY_PLACE_CS, text);
    // A table cell that is only a country's name is a row's place: "Location: United States" beside a processor.
    const cell = s.block.kind === 'table-cell' ? text.trim().replace(/[.:;,]+$/u, '') : null;
    for (const p of namesPlace ? COUNTRY_PATTERNS : []) {
      if (transferContext || cell !== null || text.includes('(')) {
        for (const m of [...allMatches(p.ci, text), ...allMatches(p.cs, text)]) {
          const a = m.index;
          const b = a + m[0].length;
          if (!transferContext && m[0] !== cell && !providerLocation(P, text, a, b)) continue;
          if (overlaps(a, b) || negatedAt(text, a)) continue;
          taken.add(a, b);
          mentions.push({ kind: 'country', text: m[0], span: spanOf(s, a, b), sentence: s, country: p.country });
        }
      }
      for (const m of allMatches(p.adjectives, text)) {
        const a = m.index;
        const b = a + m[0].length;
        if (overlaps(a, b) || negatedAt(text, a)) continue;
        if (!namesRecipient(P, text, a, b)) continue;
        taken.add(a, b);
        const noun = /^\s+[\p{L}-]{2,40}/u.exec(text.slice(b))?.[0] ?? '';
        mentions.push({ kind: 'nationality', text: m[0] + noun, span: spanOf(s, a, b), sentence: s, country: p.country });
      }
    }
    // A recipient's US postal address: a place in the USA, named wherever it stands.
    for (const m of text.includes(', ') ? allMatches(US_ADDRESS, text) : []) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlaps(a, b)) continue;
      taken.add(a, b);
      mentions.push({ kind: 'country', text: m[0], span: spanOf(s, a, b), sentence: s, country: USA });
    }
    // Services that process data in the USA, by name or as a brand's advertising tools.
    for (const m of [...allMatches(SERVICES, text), ...allMatches(SERVICES_CS, text)]) {
      const a = m.index;
      const b = a + m[0].length;
      if (overlaps(a, b) || negatedAt(text, a)) continue;
      // A contact address at the service ("name@gmail.com") is how readers write, not where the notice's data is processed.
      if (text.charAt(a - 1) === '@') continue;
      if (inEuRegion(P, text, b)) continue;
      taken.add(a, b);
      mentions.push({ kind: 'service', text: m[0].replace(/[\s-]+$/u, ''), span: spanOf(s, a, b), sentence: s, country: USA });
    }
    for (const m of allMatches(BRANDS, text)) {
      const a = m.index;
      // A brand inside a web or e-mail address ("www.google.com/settings/ads") is no service.
      // (Only the characters around the match: slicing the whole rest per match was quadratic.)
      if (/[./@]/u.test(text.charAt(a - 1)) || /^\.\p{L}/u.test(text.slice(a + m[0].length, a + m[0].length + 3))) continue;
      const window = text.slice(a, a + BRAND_TOOL_WINDOW).split(/https?:|www\./u)[0];
      const tool = AD_TOOL.exec(window);
      if (!tool || overlaps(a, a + 1) || negatedAt(text, a)) continue;
      let b = a + tool.index + tool[0].length;
      while (b < text.length && /[\p{L}\p{N}]/u.test(text[b])) b++; // the whole word, past the stem's reach
      taken.add(a, b);
      const shown = b - a <= 60 ? text.slice(a, b) : `${m[0]} … ${text.slice(a + tool.index, b)}`;
      mentions.push({ kind: 'service', text: shown, span: spanOf(s, a, b), sentence: s, country: USA });
    }
  }
  const result = { claims, admissions, mentions, mechanism, generalMechanism };
  return result;
}

/** "line 75" for a span, for messages that point at a second place. */
export function lineOf(notice: Notice, span: Span): number {
  return notice.lines.position(span.start).line;
}

/**
 * The messages a rule that names mentions takes into its own (`meta.messages`): a mention as
 * words, "Google Analytics", "Russia ("Venäjälle")", with the country's name in the reader's
 * language (the catalogues' term `country-<id>`).
 */
export const MENTION_MESSAGES = {
  'mention-service': '"{name}"',
  'mention-recipient': '"{name}", a recipient in {country}',
  'mention-country': '{country} ("{name}")',
} as const;

/** A mention as a message (one of MENTION_MESSAGES). */
export function describeMention(m: TransferMention): MessageRef {
  if (m.kind === 'service') return { messageId: 'mention-service', data: { name: m.text } };
  return { messageId: m.kind === 'nationality' ? 'mention-recipient' : 'mention-country', data: { name: m.text, country: countryName(m.country) } };
}

/** A country's name for messages ("Russia", "the USA"; "Venäjä", "Ryssland"): a term of the catalogues. */
export function countryName(c: Country): TermRef {
  return { term: `country-${c.id}` };
}

/** A mention's name whatever its case and white space ("GOOGLE ANALYTICS", "Google&nbsp;Analytics"). */
export function nameKey(m: TransferMention): string {
  return m.text.toLowerCase().replace(/\s+/gu, ' ');
}

/** One mention per name (the first), for lists in messages. */
export function uniqueByName(mentions: TransferMention[]): TransferMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = nameKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
