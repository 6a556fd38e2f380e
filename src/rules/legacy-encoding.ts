import type { Rule } from './types.js';

export const legacyEncoding: Rule = {
  meta: {
    id: 'legacy-encoding',
    severity: 'info',
    description: 'The file is not UTF-8 and was read as a legacy encoding (Windows-1252), or is UTF-8 with stray bytes that are not.',
    languages: ['fi', 'sv', 'en'],
  },
  check(notice, context) {
    const encoding = notice.encoding;
    if (!encoding?.legacy) return;
    const stray = encoding.stray;
    if (stray) {
      const shown = JSON.stringify(notice.source.charAt(stray.first));
      const bytes = stray.count === 1 ? 'one byte that is not' : `${stray.count} bytes that are not`;
      const first = stray.count === 1 ? 'here' : 'the first here';
      context.report({
        message: `The file is UTF-8 except for ${bytes} valid UTF-8 (${first}, read as Windows-1252: ${shown}), probably pasted from an older program. Check that character and save the file as valid UTF-8.`,
        span: { start: stray.first, end: stray.first + 1 },
      });
      return;
    }
    context.report({
      message: `The file is not valid UTF-8; it was read as ${encoding.name}. Check that ä, ö, å and quotes show correctly, and save it as UTF-8.`,
      span: { start: 0, end: 0 },
    });
  },
};
