/**
 * GDPR Art. 13/14 completeness: which of the twenty items a notice states.
 * Computed once per notice (a derived view, cached), read by the `missing-<item>` rules and
 * by the report's `items` map. One module per concern: detect-simple.ts, legal-basis.ts,
 * transfers.ts, retention.ts, rights.ts; notice-kind.ts decides whether a file is a notice at all.
 */
import { derivedKey, getCached } from '../model/derived.js';
import type { Notice } from '../model/types.js';
import type { ItemResult } from '../report.js';
import {
  automatedDecisionMaking,
  complaintRight,
  controllerIdentity,
  dataCategories,
  dataSources,
  dpoContact,
  purposes,
  recipients,
  statutoryRequirement,
} from './detect-simple.js';
import { ITEM_IDS, type ItemId } from './ids.js';
import { analyzeBases } from './legal-basis.js';
import { isPrivacyNotice } from './notice-kind.js';
import { retentionPeriod } from './retention.js';
import { right } from './rights.js';
import { internationalTransfers } from './transfers.js';
import type { ItemEvidence, NoticeItems } from './types.js';
import { buildView } from './view.js';

export { ITEM_IDS, type ItemId };
export type { ItemEvidence, NoticeItems, Place } from './types.js';

const COMPLETENESS_ITEMS = derivedKey<NoticeItems>('completeness items');

/** Every item with its evidence, and whether the file is a notice at all; computed once per notice. */
export function analyzeNotice(notice: Notice): NoticeItems {
  return getCached(notice, COMPLETENESS_ITEMS, computeAnalyzeNotice);
}

function computeAnalyzeNotice(notice: Notice): NoticeItems {
  const view = buildView(notice);
  const bases = analyzeBases(view);
  const items: Record<ItemId, ItemEvidence> = {
    'controller-identity': controllerIdentity(view),
    'dpo-contact': dpoContact(view),
    purposes: purposes(view),
    'legal-basis': bases.legalBasis,
    'legitimate-interests': bases.legitimateInterests,
    recipients: recipients(view),
    'international-transfers': internationalTransfers(view),
    'retention-period': retentionPeriod(view),
    'right-of-access': right(view, 'access'),
    'right-to-rectification': right(view, 'rectification'),
    'right-to-erasure': right(view, 'erasure'),
    'right-to-restriction': right(view, 'restriction'),
    'right-to-object': right(view, 'object'),
    'right-to-portability': right(view, 'portability'),
    'consent-withdrawal': bases.consentWithdrawal,
    'complaint-right': complaintRight(view),
    'statutory-requirement': statutoryRequirement(view),
    'automated-decision-making': automatedDecisionMaking(view),
    'data-categories': dataCategories(view),
    'data-sources': dataSources(view),
  };
  const result: NoticeItems = { isNotice: isPrivacyNotice(view, items), items };
  return result;
}

/**
 * The report's `items` map: status and evidence line of each item, for every file (a dashboard
 * reads all twenty of each; for a file that is not a notice, `not-a-notice` says so besides).
 */
export function analyzeItems(notice: Notice): Partial<Record<ItemId, ItemResult>> {
  const { items } = analyzeNotice(notice);
  const out: Partial<Record<ItemId, ItemResult>> = {};
  for (const id of ITEM_IDS) {
    const it = items[id];
    const line = it.evidence?.line;
    out[id] = it.status === 'present' || it.status === 'vague' ? (line ? { status: it.status, line } : { status: it.status }) : { status: it.status };
  }
  return out;
}
