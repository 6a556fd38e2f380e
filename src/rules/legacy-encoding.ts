import type { Rule } from './types.js';

export const legacyEncoding: Rule = {
  meta: {
    id: 'legacy-encoding',
    severity: 'info',
    description: 'The file is not UTF-8 and was read as a legacy encoding (Windows-1252), or is UTF-8 with stray bytes that are not.',
    languages: ['fi', 'sv', 'en'],
    messages: {
      'stray-byte': 'The file is UTF-8 except for one byte that is not valid UTF-8 (here, read as Windows-1252: {character}), probably pasted from an older program. Check that character and save the file as valid UTF-8.',
      'stray-bytes': 'The file is UTF-8 except for {count} bytes that are not valid UTF-8 (the first here, read as Windows-1252: {character}), probably pasted from an older program. Check that character and save the file as valid UTF-8.',
      legacy: 'The file is not valid UTF-8; it was read as {encoding}. Check that ä, ö, å and quotes show correctly, and save it as UTF-8.',
    },
  },
  check(notice, context) {
    const encoding = notice.encoding;
    if (!encoding?.legacy) return;
    const stray = encoding.stray;
    if (stray) {
      const shown = JSON.stringify(notice.source.charAt(stray.first));
      context.report({
        ...(stray.count === 1 ? { messageId: 'stray-byte', data: { character: shown } } : { messageId: 'stray-bytes', data: { count: stray.count, character: shown } }),
        span: { start: stray.first, end: stray.first + 1 },
      });
      return;
    }
    context.report({
      messageId: 'legacy',
      data: { encoding: encoding.name },
      span: { start: 0, end: 0 },
    });
  },
};
