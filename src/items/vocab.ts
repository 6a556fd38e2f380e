/**
 * The item vocabulary of a set of languages: the phrases of the languages a notice is written in
 * (model/notice-languages.ts), compiled when a notice first needs that set and kept for the next
 * (at most seven sets). One language's phrases are not applied to another language's text: a
 * Finnish number word with an English unit would read an ordinary Swedish word as a period.
 */
import { LANGS, consentPhrases, itemPhrases } from '../lang/index.js';
import type { Cue, HeadingTopic, ItemPhrases, RightId } from '../lang/items-types.js';
import type { Lang } from '../model/types.js';
import { escapeRegExp } from '../matching/patterns.js';
import { compileCue, compilePhrases, type Matcher } from './compile.js';

export const TOPICS: readonly HeadingTopic[] = [
  'controller', 'dpo', 'purposes', 'basis', 'legitimate-interests', 'recipients', 'transfers', 'retention', 'rights',
  'consent', 'consent-withdrawal', 'complaint', 'statutory', 'automated', 'categories', 'sources', 'security', 'cookies',
];
export const RIGHTS: readonly RightId[] = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability'];

function compile(langs: readonly Lang[]) {
  const all = <T>(pick: (p: ItemPhrases) => readonly T[]): T[] => langs.flatMap((l) => pick(itemPhrases[l]));
  const phrases = (pick: (p: ItemPhrases) => readonly string[]): RegExp => compilePhrases(all(pick));
  const cues = (pick: (p: ItemPhrases) => readonly Cue[]): Matcher[] => compileCue(all(pick));
  return {
    languages: langs,
    noticeTitles: phrases((p) => p.noticeTitles),
    personalData: phrases((p) => p.personalData),
    headings: new Map(TOPICS.map((t) => [t, phrases((p) => p.headings[t])])),
    shortAnswer: new RegExp(`^(?:${all((p) => p.shortAnswers).map(escapeRegExp).join('|')})[\\s.!]*$`, 'iu'),
    cookies: phrases((p) => p.cookies),
    controllerLabels: phrases((p) => p.controller.labels),
    companyForms: phrases((p) => p.controller.companyForms),
    processorRoles: phrases((p) => p.controller.processorRoles),
    // Authorities are names, not prose: an English notice may send complaints to the "tietosuojavaltuutettu".
    authorities: compilePhrases(LANGS.flatMap((l) => itemPhrases[l].controller.authorities)),
    contactForms: phrases((p) => p.controller.contactForms),
    dpo: phrases((p) => p.dpo),
    purposes: cues((p) => p.purposes),
    basis: {
      markers: phrases((p) => p.basis.markers),
      consent: phrases((p) => p.basis.consent),
      contract: phrases((p) => p.basis.contract),
      legalObligation: phrases((p) => p.basis.legalObligation),
      vitalInterests: phrases((p) => p.basis.vitalInterests),
      publicTask: phrases((p) => p.basis.publicTask),
      legitimateInterests: phrases((p) => p.basis.legitimateInterests),
      relationshipOnly: phrases((p) => p.basis.relationshipOnly),
      disclosureCondition: cues((p) => p.basis.disclosureCondition ?? []),
      citation: {
        article: all((p) => p.basis.citation.article),
        paragraph: all((p) => p.basis.citation.paragraph),
        point: all((p) => p.basis.citation.point),
      },
    },
    legitimateInterestsIntro: all((p) => p.legitimateInterestsIntro),
    legitimateInterestsTail: all((p) => p.legitimateInterestsTail),
    infinitiveExceptions: all((p) => p.infinitiveExceptions ?? []),
    interestPurpose: phrases((p) => p.legitimateInterestsPurpose),
    interestStatements: phrases((p) => p.interestStatements),
    balancingTest: phrases((p) => p.balancingTest),
    basisFiller: phrases((p) => p.basisFiller),
    recipients: cues((p) => p.recipients),
    transfers: {
      statements: cues((p) => p.transfers.statements),
      within: phrases((p) => p.transfers.within),
      safeguards: phrases((p) => p.transfers.safeguards),
      genericSafeguards: phrases((p) => p.transfers.genericSafeguards ?? []),
      foreignContext: phrases((p) => p.transfers.foreignContext),
      foreignWords: phrases((p) => p.transfers.foreignWords),
      sending: phrases((p) => p.transfers.sending),
      dataLocation: phrases((p) => p.transfers.dataLocation),
      outside: phrases((p) => p.transfers.outside ?? []),
      lawWords: phrases((p) => p.transfers.lawWords),
    },
    retention: {
      words: phrases((p) => p.retention.words),
      criteria: phrases((p) => p.retention.criteria),
      vague: phrases((p) => p.retention.vague),
      byDate: phrases((p) => p.retention.byDate),
      routine: phrases((p) => p.retention.routine),
      onRequest: phrases((p) => p.retention.onRequest),
      within: all((p) => p.retention.within),
      units: all((p) => p.retention.units),
      numberWords: all((p) => p.retention.numberWords),
      frequency: all((p) => p.retention.frequency),
    },
    rights: {
      context: phrases((p) => p.rights.context),
      controllerRight: phrases((p) => p.rights.controllerRight),
      denial: phrases((p) => p.rights.denial),
      grant: phrases((p) => p.rights.grant),
      listLead: phrases((p) => p.rights.listLead),
      ...(Object.fromEntries(
        RIGHTS.map((r) => [
          r,
          {
            named: phrases((p) => p.rights[r].named ?? []),
            terms: cues((p) => p.rights[r].terms),
            exclude: phrases((p) => p.rights[r].exclude ?? []),
          },
        ]),
      ) as Record<RightId, { named: RegExp; terms: Matcher[]; exclude: RegExp }>),
    },
    consent: {
      uses: cues((p) => p.consent.uses),
      /** No consent relied on: "not based on consent", and Art. 7(3) said ("does not affect the lawfulness of ..."). */
      notConsent: phrases((p) => [...p.consent.notConsent, ...p.consent.lawfulBefore]),
      /** What makes a withdrawal no withdrawal: the same, less Art. 7(3), which is said beside a real withdrawal. */
      notWithdrawal: phrases((p) => p.consent.notConsent),
      withdrawal: cues((p) => p.consent.withdrawal),
      prospective: cues((p) => p.consent.prospective),
      /** "By using our website you …" (the consent-by-use rule's triggers but acts of giving data): acceptance by use, consent only where it says consent. */
      byUse: compilePhrases(langs.flatMap((l) => consentPhrases[l].useTriggers)),
      /** "By submitting the form you accept …": acceptance by an act of giving data is consent relied on. */
      byAct: compilePhrases(langs.flatMap((l) => consentPhrases[l].dataActs)),
      acceptance: compilePhrases(langs.flatMap((l) => consentPhrases[l].acceptance)),
      /** What is accepted must be the processing, the data, cookies or the notice (not the terms of use). */
      dataWords: compilePhrases(langs.flatMap((l) => consentPhrases[l].dataWords)),
    },
    complaint: cues((p) => p.complaint),
    statutory: cues((p) => p.statutory),
    automated: cues((p) => p.automated),
    automatedRight: phrases((p) => p.automatedRight),
    categories: { statements: cues((p) => p.categories.statements), kinds: all((p) => p.categories.kinds) },
    sources: cues((p) => p.sources),
    collection: phrases((p) => p.collection),
    collectionLimits: phrases((p) => p.collectionLimits),
    negation: phrases((p) => p.negation),
    conditional: phrases((p) => p.conditional),
  };
}

export type Vocabulary = ReturnType<typeof compile>;

const compiled = new Map<string, Vocabulary>();

/** The vocabulary of these languages (in any order; none means all three), compiled once per set. */
export function vocabulary(langs: readonly Lang[] = LANGS): Vocabulary {
  const set = LANGS.filter((l) => langs.length === 0 || langs.includes(l));
  const key = set.join(',');
  let v = compiled.get(key);
  if (!v) compiled.set(key, (v = compile(set)));
  return v;
}

/** What a module derives from a vocabulary (a joined RegExp, a global copy), built once per vocabulary. */
export function perVocabulary<T>(derive: (v: Vocabulary) => T): (v: Vocabulary) => T {
  const made = new WeakMap<Vocabulary, T>();
  return (v) => {
    let out = made.get(v);
    if (out === undefined) made.set(v, (out = derive(v)));
    return out;
  };
}
