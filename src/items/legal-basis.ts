/**
 * Legal basis (Art. 13(1)(c)), legitimate interests (13(1)(d)) and consent withdrawal (13(2)(c)).
 * A basis counts where the notice states it as one: in a sentence with a basis word
 * ("oikeusperuste", "grundar sig på", "based on", "Art. 6(1)"), or under a basis heading.
 * A relationship alone ("asiakassuhde", "kundförhållandet", "customer relationship") is not a
 * basis: vague. Legitimate interests apply when claimed as a basis; they are present when the
 * notice says what they are. Consent withdrawal applies when consent is used.
 */
import { phraseSource } from '../matching/phrase-grammar.js';
import { withFlags } from '../matching/patterns.js';
import { citedBases, legitimateInterestsCitation, withoutCitations } from './citations.js';
import { matches } from './compile.js';
import { first, home, place } from './find.js';
import { describesRight, listLabel } from './right-text.js';
import type { ItemEvidence } from './types.js';
import type { NoticeView, Unit } from './view.js';
import { perVocabulary, type Vocabulary } from './vocab.js';

/** An example or a bracket that says what something covers ("(t.ex. ...)", "esim.", "such as"). */
const NAMES_EXAMPLE = /[(]|(?<![\p{L}])(?:t\.\s?ex|esim|e\.\s?g|till exempel|esimerkiksi|for example|such as|kuten|såsom)(?![\p{L}])/iu;
const RIGHT_NAMES = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability'] as const;
const SAFEGUARDS_ALL = perVocabulary((V) => withFlags(V.transfers.safeguards, 'giu'));
const realBases = perVocabulary(({ basis: B }) => [B.consent, B.contract, B.legalObligation, B.vitalInterests, B.publicTask, B.legitimateInterests]);

/** "You may object to processing based on legitimate interests": the right, not a claim of the basis. */
function namesObjection(V: Vocabulary, u: Unit): boolean {
  return V.rights.object.named.test(u.text) || matches(V.rights.object.terms, u.text);
}

/** A sentence about the data subject's right to object when a basis applies, not a claim of that basis. */
function conditionalRight(V: Vocabulary, u: Unit): boolean {
  return V.conditional.test(u.text) && namesObjection(V, u);
}

/** "If we process your data based on your consent, you may withdraw it": the right to withdraw, not a claim of the basis. */
function conditionalWithdrawal(V: Vocabulary, u: Unit): boolean {
  return V.conditional.test(u.text) && matches(V.consent.withdrawal, u.text);
}

function inBasisContext(V: Vocabulary, u: Unit): boolean {
  const B = V.basis;
  return B.markers.test(u.text) || u.topics.has('basis') || u.topics.has('legitimate-interests') || (u.row !== '' && B.markers.test(u.row)) || bracketedBasis(V, u);
}

/**
 * A purpose with its basis in brackets, the bracket holding nothing but the basis's name ("To manage
 * your booking (performance of a contract)", "Laskutus (lakisääteinen velvoite)"): under a purposes
 * heading, the bracket is the basis stated. A bracket with other words ("(e.g. contracts with
 * suppliers)") is not.
 */
function bracketedBasis(V: Vocabulary, u: Unit): boolean {
  if (!u.topics.has('purposes') || u.heading) return false;
  for (const m of u.text.matchAll(/\(([^()]{3,80})\)/gu)) {
    const inside = m[1];
    if (realBases(V).some((r) => r.test(inside)) && !namesProcessing(V, inside)) return true;
  }
  return false;
}

/** How many list items after a lead-in naming the bases ("The lawful bases we rely on are:") read it as their context. */
const LEAD_IN_REACH = 12;

/**
 * One item of a list whose lead-in names the bases ("The lawful bases we rely on are:" "- We have
 * a legitimate interest."): the item states a basis though it has no basis word of its own. Not a
 * list naming (nearly) every basis: that is the law's list.
 */
function underBasisLeadIn(view: NoticeView, u: Unit): boolean {
  if (u.block.kind !== 'list-item') return false;
  const V = view.vocab;
  let i = u.index - 1;
  while (i >= 0 && u.index - i <= LEAD_IN_REACH && view.units[i].block.kind === 'list-item' && view.units[i].section === u.section) i--;
  const lead = view.units[i];
  if (!lead || lead.heading || lead.section !== u.section || lead.block.kind === 'list-item') return false;
  if (!lead.text.trimEnd().endsWith(':') || !V.basis.markers.test(lead.text)) return false;
  // "Under the GDPR, you have the right to:": a list of the person's rights, not of bases.
  if (V.rights.context.test(lead.text) && V.rights.grant.test(lead.text)) return false;
  let end = i + 1;
  while (end < view.units.length && end - i <= LEAD_IN_REACH && view.units[end].block.kind === 'list-item' && view.units[end].section === u.section) end++;
  const list = view.units.slice(i + 1, end).map((x) => x.text).join(' ');
  const bases = realBases(V);
  return bases.filter((r) => r.test(list)).length < bases.length - 1;
}

/** "Processing is lawful if based on consent, a contract, …, or legitimate interests": the law's list, not this notice's bases. */
function listsEveryBasis(V: Vocabulary, u: Unit): boolean {
  const bases = realBases(V);
  return bases.filter((r) => r.test(u.text)).length + citedBases(u.text).size >= bases.length - 1;
}

/** A legitimate-interests claim, not a mention in the right to object or in the law's list of bases. */
function claimsInterest(V: Vocabulary, u: Unit): boolean {
  return !namesObjection(V, u) && !listsEveryBasis(V, u);
}

function consentMention(V: Vocabulary, u: Unit): boolean {
  return V.basis.consent.test(u.text) && !V.consent.notConsent.test(u.text) && !onlyProspective(V, u);
}

/** "If we start using analytics cookies in the future, we will ask for your consent": consent for what may come, none relied on now (a withdrawal said there still counts). */
function onlyProspective(V: Vocabulary, u: Unit): boolean {
  return matches(V.consent.prospective, u.text) && !matches(V.consent.withdrawal, u.text);
}

/**
 * "**Your consent**" over "By using the app you consent to this policy": a heading names consent as
 * the basis only when the text under it speaks of consent to processing (or of withdrawing it).
 */
function unansweredConsentHeading(view: NoticeView, u: Unit): boolean {
  if (!u.heading) return false;
  const V = view.vocab;
  return !view.units.some((x) => x.section === u.section && !x.heading && !V.consent.notConsent.test(x.text) && (consentMention(V, x) || matches(V.consent.uses, x.text) || matches(V.consent.withdrawal, x.text)));
}

/**
 * "Can I opt out of cookies?" over "You can delete cookies in your web browser.": a cookie heading read
 * as a withdrawal, whose text speaks of the browser's own tools and of no other way to take
 * consent back, says no consent can be taken back from us.
 */
function answeredInTheBrowser(view: NoticeView, u: Unit): boolean {
  const V = view.vocab;
  if (!u.heading || !V.cookies.test(u.text)) return false;
  const body = view.units.filter((x) => x.section === u.section && !x.heading);
  return body.some((x) => V.consent.notWithdrawal.test(x.text)) && !body.some((x) => matches(V.consent.withdrawal, x.text) && !V.consent.notWithdrawal.test(x.text));
}

export interface BasisAnalysis {
  legalBasis: ItemEvidence;
  legitimateInterests: ItemEvidence;
  consentWithdrawal: ItemEvidence;
}

export function analyzeBases(view: NoticeView): BasisAnalysis {
  const V = view.vocab;
  const B = V.basis;
  const REAL_BASES = realBases(V);
  let present: Unit | undefined;
  let vague: Unit | undefined;
  let liClaim: Unit | undefined;
  let consentBasis: Unit | undefined;
  let onlyConsent = true;
  for (const unit of view.units) {
    // "transferred under the standard contractual clauses" names a transfer safeguard, not a contract basis.
    const u = V.transfers.safeguards.test(unit.text) ? { ...unit, text: unit.text.replace(SAFEGUARDS_ALL(V), ' ') } : unit;
    // "Right to data portability: ... applies only where the processing is based on consent or a contract": the right's scope, no claim.
    if (describesRight(view, unit)) continue;
    if (conditionalRight(V, u) || conditionalWithdrawal(V, u) || (V.cookies.test(u.text) && !u.topics.has('basis'))) continue;
    // "Tietoja luovutetaan vain suostumuksellasi tai lain niin vaatiessa": when data is handed over, not why it is processed.
    if (matches(B.disclosureCondition, u.text)) continue;
    // "Art. 6(1)(f)", "6 artiklan 1 kohdan b alakohta": a citation by point is a basis stated, wherever it stands.
    const cited = citedBases(u.text);
    if (cited.size) {
      present ??= unit;
      if ([...cited].some((b) => b !== 'consent')) onlyConsent = false;
      if (cited.has('legitimateInterests') && claimsInterest(V, u)) liClaim ??= unit;
      if (cited.has('consent')) consentBasis ??= unit;
      continue;
    }
    // Processing "with your consent", or consent that can be withdrawn, names consent as the
    // basis wherever it is said; the other bases need a basis word or a basis heading.
    if (!inBasisContext(V, u) && !underBasisLeadIn(view, unit)) {
      // One item of a list of the person's rights ("Du har rätt att: ... – dra tillbaka ett samtycke du har gett oss"): the law's right, no consent this notice relies on.
      // Unless it says what the consent covers ("återkalla samtycke (t.ex. koppla bort hälsoappen)").
      if (unit.block.kind === 'list-item' && unit.topics.has('rights') && matches(V.consent.withdrawal, u.text) && !NAMES_EXAMPLE.test(u.text)) continue;
      if (consentMention(V, u) && !unansweredConsentHeading(view, unit)) {
        present ??= unit;
        consentBasis ??= unit;
      }
      continue;
    }
    const real = REAL_BASES.some((r) => (r === B.consent ? consentMention(V, u) : r.test(u.text)));
    if (real) {
      present ??= unit;
      if (!consentMention(V, u) || REAL_BASES.some((r) => r !== B.consent && r.test(u.text))) onlyConsent = false;
      if (B.legitimateInterests.test(u.text) && claimsInterest(V, u)) liClaim ??= unit;
      if (consentMention(V, u)) consentBasis ??= unit;
    } else if (B.relationshipOnly.test(u.text) && (!vague || (B.markers.test(u.text) && !B.markers.test(vague.text)))) vague = unit;
  }
  // A legitimate-interests heading with text under it is a claim (and describes the interest).
  const liHeading = first(view, (u) => u.heading && (view.ownTopics.get(u.section)?.has('legitimate-interests') ?? false));
  if (liHeading) {
    present ??= liHeading;
    liClaim ??= liHeading;
  }

  // "Behandlingen grundar sig på medlemskapet" with consent only for extras (photos): the main
  // processing still has no basis.
  if (present && vague && onlyConsent && B.markers.test(vague.text)) present = undefined;
  const legalBasis: ItemEvidence = present
    ? { status: 'present', evidence: place(present) }
    : vague
      ? { status: 'vague', evidence: place(vague), note: 'relationship' }
      : { status: 'missing', home: home(view, 'basis', 'purposes') };

  let legitimateInterests: ItemEvidence = { status: 'not-applicable' };
  if (liClaim) {
    const described = liHeading ?? first(view, (u) => describesInterest(V, u) || describedBefore(view, u));
    legitimateInterests = described
      ? { status: 'present', evidence: place(described) }
      : { status: 'missing', evidence: place(liClaim), home: { line: liClaim.line, span: liClaim.span, text: liClaim.text } };
  }

  const withdrawal = first(view, (u) => matches(V.consent.withdrawal, u.text) && !V.consent.notWithdrawal.test(u.text) && !answeredInTheBrowser(view, u));
  // "By using our website you accept the use of cookies": acceptance by use, with no word for consent, relies on no consent.
  // "By submitting the form you accept that we store your data": acceptance by an act of giving data does.
  const used =
    consentBasis ??
    first(view, (u) => !V.consent.notConsent.test(u.text) && !onlyProspective(V, u) && !unansweredConsentHeading(view, u) && ((matches(V.consent.uses, u.text) && !(V.consent.byUse.test(u.text) && !B.consent.test(u.text))) || (V.consent.byAct.test(u.text) && V.consent.acceptance.test(u.text) && V.consent.dataWords.test(u.text))));
  let consentWithdrawal: ItemEvidence = { status: 'not-applicable' };
  if (withdrawal) consentWithdrawal = { status: 'present', evidence: place(withdrawal) };
  else if (used) {
    const h = home(view, 'consent-withdrawal', 'consent', 'rights');
    consentWithdrawal = { status: 'missing', home: h ?? { line: used.line, span: used.span, text: used.text }, note: used.text };
  }
  return { legalBasis, legitimateInterests, consentWithdrawal };
}

/**
 * "The server processes IP addresses to limit use and prevent abuse. The processing is based on our
 * legitimate interest.": the sentence before the claim (or right after it), in the same paragraph, says what the interest serves.
 */
function describedBefore(view: NoticeView, u: Unit): boolean {
  const V = view.vocab;
  if (!V.basis.legitimateInterests.test(u.text) || !claimsInterest(V, u)) return false;
  const at = u.index;
  const before = view.units[at - 1];
  // Not a sentence that states a basis itself ("..., det vill säga fullgörande av avtal"): its purpose words are that basis's.
  const statesBasis = (x: Unit) => V.basis.markers.test(x.text) || realBases(V).some((r) => r.test(x.text));
  // "Käsittelyn peruste on oikeutettu etu. Rekisterin tarkoitus on ...": so does the sentence right after the bare claim.
  const next = view.units[at + 1];
  if (next && next.block === u.block && !next.heading && !statesBasis(next) && V.interestPurpose.test(next.text)) return true;
  if (before && before.block === u.block && !before.heading && !statesBasis(before)) return V.interestPurpose.test(before.text);
  // A subsection for one group of people that opens with what the data serves and ends with the
  // bare claim ("### Site visitors" "We collect ... so that we can ..." ... "The basis is our
  // legitimate interest."): the subsection's own purpose describes the interest, when it states no other basis.
  const s = u.section;
  if (!s.heading || s.level < 2) return false;
  const body = view.units.filter((x) => x.section === s && !x.heading);
  if (body.some((x) => x !== u && statesBasis(x))) return false;
  return body.slice(0, body.indexOf(u)).some((x) => V.interestPurpose.test(x.text));
}

/** The rest of a basis phrase after "legitimate interest", and the words after it that are no Finnish infinitive (none when no language of the notice has the construction). */
const TAIL_PATTERNS = perVocabulary((V) => ({
  TAIL: new RegExp(`^\\s*(?:(?:${V.legitimateInterestsTail.map(phraseSource).join('|')})(?![\\p{L}\\p{N}]))?`, 'iu'),
  NOT_INFINITIVE: V.infinitiveExceptions.length ? new RegExp(`^\\s*(?:${V.infinitiveExceptions.map(phraseSource).join('|')})\\s`, 'iu') : null,
}));

const INTRO = perVocabulary((V) => new RegExp(
  `^[\\s,;()–—-]{0,4}(?::|\\(|–|—|(?:${V.legitimateInterestsIntro.map(phraseSource).join('|')})(?![\\p{L}\\p{N}]))`,
  'iu',
));

/** How far after the words "legitimate interest" a purpose still describes it (characters). */
const PURPOSE_WITHIN = 80;

/** "oikeutettu etumme, joka on ...", "legitimate interest in keeping ...", "berättigat intresse av att ...". */
function describesInterest(V: Vocabulary, u: Unit): boolean {
  const B = V.basis;
  if (V.balancingTest.test(u.text) || V.interestStatements.test(u.text)) return true;
  // "oikeus vastustaa oikeutettuun etuun perustuvaa käsittelyä" is the right to object, not a description.
  if (namesObjection(V, u)) return false;
  const m = B.legitimateInterests.exec(u.text) ?? legitimateInterestsCitation(u.text);
  if (!m) return false;
  // In a table, the row's purpose cell is the interest ("Security monitoring | Art. 6(1)(f) legitimate interests").
  if (u.row && u.row.split('|').filter((c) => /\p{L}{3,}/u.test(c)).length >= 2 && !B.legitimateInterests.test(u.row.split('|')[0])) return true;
  // A row read as a section, its first cell the title ("Analys och förbättring | Berättigat intresse"): the title is the interest.
  // Not a label of the basis itself ("Käsittelyn peruste | oikeutettu etu").
  if (u.block.kind === 'table-cell' && u.section.headingKind === 'table-row' && /\p{L}{3,}/u.test(u.section.title) && !B.legitimateInterests.test(u.section.title) && !B.markers.test(u.section.title)) return true;
  // A list of purposes, each item labelled with its processing and giving its basis ("- Answering
  // enquiries – so that we can reply. Basis: legitimate interest."): the label is the interest, as a
  // table row's first cell is. Not a label that is the basis itself ("- Legitimate interest: ...") or a right.
  const label = listLabel(u);
  if (label !== undefined && /\p{L}{3,}/u.test(label) && !B.markers.test(label) && !realBases(V).some((r) => r.test(label)) && !legitimateInterestsCitation(label) && !RIGHT_NAMES.some((r) => V.rights[r].named.test(label))) return true;
  const rest = u.text.slice((m.index ?? 0) + m[0].length);
  // Skip the rest of the basis phrase ("oikeutetun etumme nojalla, joka on ...").
  const { TAIL, NOT_INFINITIVE } = TAIL_PATTERNS(V);
  const tail = rest.replace(TAIL, '');
  // A Finnish infinitive right after the interest says what it is: "oikeutettuun etuumme tarjota ...".
  if (NOT_INFINITIVE && /^\s*\p{L}{3,}(?:[aä])(?![\p{L}\p{N}])\s+\p{L}{2,}/u.test(tail) && !NOT_INFINITIVE.test(tail)) return true;
  // A purpose soon after it says what the interest serves: "oikeutettu etu jäsentoiminnan järjestämiseksi", "particularly for the following purposes:".
  if (V.interestPurpose.test(tail.slice(0, PURPOSE_WITHIN))) return true;
  const intro = INTRO(V).exec(tail);
  if (intro) {
    const after = tail.slice(intro[0].length);
    // "Berättigat intresse (GDPR Art. 6.1.f)": a citation in brackets says which basis, not what the
    // interest is; words in the brackets or after them may ("(art. 6.1 f) — trygghet").
    const close = after.indexOf(')');
    if (intro[0].trimEnd().endsWith('(') && close >= 0) {
      if (namesProcessing(V, after.slice(0, close)) || /\p{L}{2,}/u.test(after.slice(close + 1))) return true;
    } else if ((after.match(/\p{L}{2,}/gu) ?? []).length >= 2) return true;
  }
  return namesProcessing(V, sentenceAround(u.text, m.index ?? 0));
}

/** "Art. 6(1)(f)", "lit. f": a short word's period before a number or a letter point ends no sentence (as in model/sentences.ts). */
const ABBREVIATION_END = /(?<![\p{L}\p{N}])\p{L}{1,4}\.\s+(?:\p{N}|\p{Ll}(?![\p{L}]))/uy;
const endsSentence = (text: string, at: number) => {
  const from = Math.max(0, at - 5);
  for (let i = from; i <= at; i++) {
    ABBREVIATION_END.lastIndex = i;
    const m = ABBREVIATION_END.exec(text);
    if (m && i + m[0].lastIndexOf('.') === at) return false;
  }
  return true;
};

/** The sentence of a text around a position (a table cell or a list item may hold several). */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(...[...text.slice(0, at).matchAll(/[.!?]\s+/gu)].filter((x) => endsSentence(text, x.index ?? 0)).map((x) => (x.index ?? 0) + x[0].length), 0);
  const end = [...text.slice(at).matchAll(/[.!?](?:\s|$)/gu)].find((x) => endsSentence(text, at + (x.index ?? 0)));
  return text.slice(start, end ? at + (end.index ?? 0) + 1 : text.length);
}

const FILLER = perVocabulary((V) => [V.basis.markers, ...realBases(V), V.personalData, V.basisFiller].map((r) => withFlags(r, 'giu')));

/**
 * The claim names the processing it covers ("Muistutusviestien lähettäminen perustuu oikeutettuun
 * etuumme", "The legal basis for sending newsletters is our legitimate interest"): a word is left
 * when the basis words and the words that name no processing are taken out. A bare claim
 * ("Processing is based on our legitimate interest.") or a list of bases leaves none.
 */
function namesProcessing(V: Vocabulary, text: string): boolean {
  let rest = withoutCitations(text);
  for (const r of FILLER(V)) rest = rest.replace(r, ' ');
  return /\p{L}{4,}/u.test(rest);
}
