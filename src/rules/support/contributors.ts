/**
 * The contributors: what each file's result carries besides findings, from the analyses the
 * rules share. The kernel (src/linter.ts) runs them after the rules; the registry
 * (src/rules/index.ts) exports them beside the rules.
 */
import { noticeDate } from '../../analysis/dates.js';
import { analyzeVague } from '../../analysis/vague.js';
import { analyzeItems, ITEM_IDS } from '../../items/index.js';
import type { ItemResult } from '../../report.js';
import type { Notice } from '../../model/types.js';
import type { Contributor } from '../types.js';

/** The report's `items` map: the status and evidence line of each of the twenty items, in their order. */
const items: Contributor = {
  name: 'items',
  contribute(notice) {
    const analysed = analyzeItems(notice);
    const out: Record<string, ItemResult> = {};
    for (const id of ITEM_IDS) {
      const r = analysed[id];
      if (r) out[id] = r;
    }
    return { items: out };
  },
};

/** `vagueSentenceRate`: the same sentences as the vague-language rule's findings (src/analysis/vague.ts). */
const vagueSentenceRate: Contributor = {
  name: 'vagueSentenceRate',
  contribute(notice) {
    const rate = analyzeVague(notice).rate;
    return rate === undefined ? {} : { vagueSentenceRate: Math.round(rate * 1000) / 1000 };
  },
};

/** Every contributor, in the order their fields appear in the report. */
export const contributors: readonly Contributor[] = [items, vagueSentenceRate];

/** The notice's own date (yyyy-mm-dd), for a report that shows the notice: the kernel knows no analysis, so it asks here. */
export function noticeDateIso(notice: Notice): string | undefined {
  return noticeDate(notice)?.iso;
}
