import type { HeadingTopic } from '../lang/items-types.js';
import type { Span } from '../model/types.js';
import type { ItemStatus } from '../report.js';
import type { ItemId } from './ids.js';

/** A place in the notice: the text that proves an item, or the section where it belongs. */
export interface Place {
  line: number;
  span: Span;
  text: string;
}

/** One item as the analysis found it, with what the rules need to report it. */
export interface ItemEvidence {
  status: ItemStatus;
  /** present: the text that states the item; vague: the text that is too unspecific. */
  evidence?: Place;
  /** The section where the item belongs (a heading that names it), when the notice has one. */
  home?: Place;
  /** What makes a vague item vague, or why a conditional item applies. */
  note?: string;
  /** International transfers: US services the notice names. */
  usServices?: string[];
}

export interface NoticeItems {
  /** False for a file that does not read as a privacy notice (a README, a cookie banner, nothing). */
  isNotice: boolean;
  items: Record<ItemId, ItemEvidence>;
}

export type { HeadingTopic };
