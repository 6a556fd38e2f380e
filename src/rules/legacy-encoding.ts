import type { Rule } from './types.js';

export const legacyEncoding: Rule = {
  meta: {
    id: 'legacy-encoding',
    severity: 'info',
    description: 'The file is not UTF-8 and was read as a legacy encoding (Windows-1252).',
    languages: ['fi', 'sv', 'en'],
  },
  check(notice, context) {
    if (!notice.encoding?.legacy) return;
    context.report({
      message: `The file is not valid UTF-8; it was read as ${notice.encoding.name}. Check that ä, ö, å and quotes show correctly, and save it as UTF-8.`,
      span: { start: 0, end: 0 },
    });
  },
};
