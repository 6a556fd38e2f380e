/** Phrase data, one folder per language. Rules read phrases only through here. */
import type { Lang } from '../model/types.js';
import { common as en } from './en/common.js';
import { items as enItems } from './en/items.js';
import { outdated as enOutdated } from './en/outdated.js';
import { common as fi } from './fi/common.js';
import { items as fiItems } from './fi/items.js';
import { outdated as fiOutdated } from './fi/outdated.js';
import type { ItemPhrases } from './items-types.js';
import { common as sv } from './sv/common.js';
import { items as svItems } from './sv/items.js';
import { outdated as svOutdated } from './sv/outdated.js';
import type { CommonPhrases, OutdatedPhrases } from './types.js';

export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

/** The language to write a notice's own details in (a fix, a suggestion): its language, Finnish when undetermined. */
export function noticeLang(notice: { language: Lang | 'und' }): Lang {
  return notice.language === 'und' ? 'fi' : notice.language;
}

export const commonPhrases: Readonly<Record<Lang, CommonPhrases>> = { fi, sv, en };

/** Phrases of the outdated-information rules (laws, authorities, agencies, transfer mechanisms). */
export const outdatedPhrases: Readonly<Record<Lang, OutdatedPhrases>> = { fi: fiOutdated, sv: svOutdated, en: enOutdated };

/** Vocabulary of the GDPR Art. 13/14 completeness analysis (src/items/). */
export const itemPhrases: Readonly<Record<Lang, ItemPhrases>> = { fi: fiItems, sv: svItems, en: enItems };

/** Phrases of the transfer, consent, date and vague-language rules (gathered in ./topics.ts). */
export { consentPhrases, datePhrases, transferPhrases, vaguePhrases } from './topics.js';
export type { ConsentPhrases, DatePhrases, TransferPhrases, VaguePhrases } from './topics.js';
