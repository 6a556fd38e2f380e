import type { HeadingKind } from '../model/types.js';
import type { Rule } from './types.js';

/**
 * Heading kinds whose end is certain. A short-line heading in plain text is recognised only
 * when text follows it, so it is never empty; a table row or a Markdown heading can be.
 */
const CERTAIN: ReadonlySet<HeadingKind> = new Set(['table-row', 'markup', 'numbered', 'bold-line']);

export const emptySection: Rule = {
  meta: {
    id: 'empty-section',
    severity: 'warning',
    description: 'A section heading with no text under it.',
    reference: 'GDPR Art. 12(1): information in a concise, transparent, intelligible form',
    languages: ['fi', 'sv', 'en'],
  },
  check(notice, context) {
    for (const section of notice.sections) {
      if (!section.headingKind || !CERTAIN.has(section.headingKind)) continue;
      if (section.children.length > 0) continue;
      if (section.blocks.some((b) => b.text.trim() !== '')) continue;
      context.report({
        message: `Section "${section.title}" is empty: state what applies under it (or that nothing does), or remove the heading.`,
        span: section.titleSpan!,
      });
    }
  },
};
