/** The item vocabularies of all three languages, compiled once. A notice may mix languages. */
import { LANGS, consentPhrases, itemPhrases } from '../lang/index.js';
import type { Cue, HeadingTopic, ItemPhrases, RightId } from '../lang/items-types.js';
import { escapeRegExp } from '../matching/patterns.js';
import { compileCue, compilePhrases, type Matcher } from './compile.js';

const all = <T>(pick: (p: ItemPhrases) => readonly T[]): T[] => LANGS.flatMap((l) => pick(itemPhrases[l]));
const phrases = (pick: (p: ItemPhrases) => readonly string[]): RegExp => compilePhrases(all(pick));
const cues = (pick: (p: ItemPhrases) => readonly Cue[]): Matcher[] => compileCue(all(pick));

export const TOPICS: readonly HeadingTopic[] = [
  'controller', 'dpo', 'purposes', 'basis', 'legitimate-interests', 'recipients', 'transfers', 'retention', 'rights',
  'consent', 'consent-withdrawal', 'complaint', 'statutory', 'automated', 'categories', 'sources', 'security', 'cookies',
];
export const RIGHTS: readonly RightId[] = ['access', 'rectification', 'erasure', 'restriction', 'object', 'portability'];

export const V = {
  noticeTitles: phrases((p) => p.noticeTitles),
  personalData: phrases((p) => p.personalData),
  headings: new Map(TOPICS.map((t) => [t, phrases((p) => p.headings[t])])),
  shortAnswer: new RegExp(`^(?:${all((p) => p.shortAnswers).map(escapeRegExp).join('|')})[\\s.!]*$`, 'iu'),
  cookies: phrases((p) => p.cookies),
  controllerLabels: phrases((p) => p.controller.labels),
  companyForms: phrases((p) => p.controller.companyForms),
  authorities: phrases((p) => p.controller.authorities),
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
    citation: {
      article: all((p) => p.basis.citation.article),
      paragraph: all((p) => p.basis.citation.paragraph),
      point: all((p) => p.basis.citation.point),
    },
  },
  legitimateInterestsIntro: all((p) => p.legitimateInterestsIntro),
  interestPurpose: phrases((p) => p.legitimateInterestsPurpose),
  interestStatements: phrases((p) => p.interestStatements),
  balancingTest: phrases((p) => p.balancingTest),
  basisFiller: phrases((p) => p.basisFiller),
  recipients: cues((p) => p.recipients),
  transfers: {
    statements: cues((p) => p.transfers.statements),
    within: phrases((p) => p.transfers.within),
    safeguards: phrases((p) => p.transfers.safeguards),
    foreignContext: phrases((p) => p.transfers.foreignContext),
    foreignWords: phrases((p) => p.transfers.foreignWords),
    dataLocation: phrases((p) => p.transfers.dataLocation),
  },
  retention: {
    words: phrases((p) => p.retention.words),
    criteria: phrases((p) => p.retention.criteria),
    vague: phrases((p) => p.retention.vague),
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
    notConsent: phrases((p) => p.consent.notConsent),
    withdrawal: cues((p) => p.consent.withdrawal),
    /** "By using our website you …" (the consent-by-use rule's triggers): acceptance by use, consent only where it says consent. */
    byUse: compilePhrases(LANGS.flatMap((l) => consentPhrases[l].useTriggers)),
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
