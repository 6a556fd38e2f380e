import { parentOf } from '../model/sections.js';
import type { Notice, Section } from '../model/types.js';
import type { Rule } from './types.js';

/**
 * The part of the notice a section's number counts in. A file may hold two documents, each
 * under its own unnumbered heading ("# Jäsenrekisteri" 1-12, "# Kameravalvonnan
 * rekisteriseloste" 1-11): numbering that starts again at 1 under such a heading is that
 * part's own. Any other numbering counts in the whole notice (the root).
 */
function scopeOf(notice: Notice, section: Section, startsAtOne: (scope: Section) => boolean): Section | undefined {
  let s = parentOf(notice, section);
  while (s && s.level > 0 && s.number) s = parentOf(notice, s);
  return s && s.level > 0 && startsAtOne(s) ? s : undefined;
}

export const duplicateSectionNumber: Rule = {
  meta: {
    id: 'duplicate-section-number',
    severity: 'warning',
    description: 'The same section number used for two sections.',
    reference: 'GDPR Art. 12(1): information in a concise, transparent, intelligible form',
    languages: ['fi', 'sv', 'en'],
    messages: {
      duplicate: 'Section number {number} is used twice: renumber the sections so each number is unique.',
      first: 'section {number} first used here',
    },
  },
  check(notice, context) {
    // The first number met under each unnumbered heading (whatever its depth below it).
    const firstNumber = new Map<Section, string>();
    const startsAtOne = (scope: Section) => firstNumber.get(scope) === '1';
    for (const section of notice.sections) {
      if (!section.number) continue;
      for (let s = parentOf(notice, section); s && s.level > 0; s = parentOf(notice, s)) {
        if (s.number) continue;
        if (!firstNumber.has(s)) firstNumber.set(s, section.number);
        break;
      }
    }
    const first = new Map<Section | undefined, Map<string, number>>();
    for (const section of notice.sections) {
      if (!section.number || !section.titleSpan) continue;
      const scope = scopeOf(notice, section, startsAtOne);
      let numbers = first.get(scope);
      if (!numbers) first.set(scope, (numbers = new Map()));
      const seen = numbers.get(section.number);
      if (seen === undefined) {
        numbers.set(section.number, section.titleSpan.start);
        continue;
      }
      context.report({
        messageId: 'duplicate',
        data: { number: section.number },
        span: section.titleSpan,
        related: [{ messageId: 'first', data: { number: section.number }, span: { start: seen, end: seen } }],
      });
    }
  },
};
