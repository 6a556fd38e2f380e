/** Small helpers shared by the detectors: the first unit that says something, and where an item belongs. */
import type { HeadingTopic } from '../lang/items-types.js';
import type { Place } from './types.js';
import type { NoticeView, Unit } from './view.js';

export function place(u: Unit): Place {
  return { line: u.line, span: u.span, text: u.text };
}

export function first(view: NoticeView, test: (u: Unit) => boolean): Unit | undefined {
  return view.units.find(test);
}

/** The first section whose own heading is about one of the topics (in the order given). */
export function home(view: NoticeView, ...topics: HeadingTopic[]): Place | undefined {
  for (const t of topics) {
    for (const s of view.notice.sections) {
      if (!s.titleSpan || !view.ownTopics.get(s)?.has(t)) continue;
      const line = view.notice.lines.position(s.titleSpan.start).line;
      return { line, span: s.titleSpan, text: s.title };
    }
  }
  return undefined;
}

/** The unit's text and, for a table cell, its row with the header: what the unit is about. */
export function about(u: Unit): string {
  return u.row ? `${u.row} | ${u.text}` : u.text;
}
