import type { Rule } from './types.js';

export const duplicateSectionNumber: Rule = {
  meta: {
    id: 'duplicate-section-number',
    severity: 'warning',
    description: 'The same section number used for two sections.',
    reference: 'GDPR Art. 12(1): information in a concise, transparent, intelligible form',
    languages: ['fi', 'sv', 'en'],
  },
  check(notice, context) {
    const first = new Map<string, number>();
    for (const section of notice.sections) {
      if (!section.number || !section.titleSpan) continue;
      const seen = first.get(section.number);
      if (seen === undefined) {
        first.set(section.number, section.titleSpan.start);
        continue;
      }
      const line = notice.lines.position(seen).line;
      context.report({
        message: `Section number ${section.number} is used twice (first at line ${line}): renumber the sections so each number is unique.`,
        span: section.titleSpan,
      });
    }
  },
};
