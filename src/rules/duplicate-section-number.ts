import type { Rule } from './types.js';

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
    const first = new Map<string, number>();
    for (const section of notice.sections) {
      if (!section.number || !section.titleSpan) continue;
      const seen = first.get(section.number);
      if (seen === undefined) {
        first.set(section.number, section.titleSpan.start);
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
