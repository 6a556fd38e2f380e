/**
 * GDPR Art. 13/14 completeness: which of the twenty items a notice states.
 * Computed once per notice (a derived view, cached), read by the `missing-<item>` rules and
 * by the report's `items` map.
 */
import type { Notice } from '../model/types.js';
import type { ItemResult } from '../report.js';

export const ITEM_IDS = [
  'controller-identity',
  'dpo-contact',
  'purposes',
  'legal-basis',
  'legitimate-interests',
  'recipients',
  'international-transfers',
  'retention-period',
  'right-of-access',
  'right-to-rectification',
  'right-to-erasure',
  'right-to-restriction',
  'right-to-object',
  'right-to-portability',
  'consent-withdrawal',
  'complaint-right',
  'statutory-requirement',
  'automated-decision-making',
  'data-categories',
  'data-sources',
] as const;

export type ItemId = (typeof ITEM_IDS)[number];

/** Placeholder until the completeness analysis lands: no statuses. */
export function analyzeItems(_notice: Notice): Partial<Record<ItemId, ItemResult>> {
  return {};
}
