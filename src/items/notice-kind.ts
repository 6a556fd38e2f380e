/**
 * Whether a file is a privacy notice at all. A README, a cookie banner, a random text or an empty
 * file talks little about personal data and states few of the items every notice has; linting it
 * for twenty missing items would bury the one useful answer: this is not a notice.
 */
import type { ItemId } from './ids.js';
import type { ItemEvidence } from './types.js';
import type { NoticeView } from './view.js';
import { V } from './vocab.js';
import { withFlags } from '../text/patterns.js';

/** Items every notice, even a poor one, tends to state. */
const CORE: readonly ItemId[] = [
  'controller-identity',
  'purposes',
  'legal-basis',
  'recipients',
  'retention-period',
  'right-of-access',
  'right-to-rectification',
  'right-to-erasure',
  'complaint-right',
  'data-categories',
  'data-sources',
];
/** How many core items a notice states (present or vague), at least. */
export const MIN_CORE_ITEMS = 4;
/** How often the text names personal data, privacy or a register, at least. */
export const MIN_PERSONAL_DATA_MENTIONS = 2;

export function isPrivacyNotice(view: NoticeView, items: Record<ItemId, ItemEvidence>): boolean {
  const global = withFlags(V.personalData, 'giu');
  let mentions = 0;
  for (const _ of view.notice.source.matchAll(global)) if (++mentions >= MIN_PERSONAL_DATA_MENTIONS) break;
  if (mentions < MIN_PERSONAL_DATA_MENTIONS) return false;
  const stated = CORE.filter((id) => items[id].status === 'present' || items[id].status === 'vague').length;
  return stated >= MIN_CORE_ITEMS;
}
