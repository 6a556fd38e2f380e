import type { Rule } from './types.js';

/** Says when a Markdown or HTML file was read as plain text because its markup would cost too much to parse (parse/notice.ts). */
export const readAsPlainText: Rule = {
  meta: {
    id: 'read-as-plain-text',
    severity: 'info',
    description: 'A file was read plainly: its markup was nested too deep, or it would cost more to read than any notice could (too many emphasis marks, table cells, headings or lines).',
    languages: ['fi', 'sv', 'en'],
  },
  check(notice, context) {
    if (!notice.readPlainly) return;
    const kind = notice.format === 'html' ? 'HTML' : notice.format === 'markdown' ? 'Markdown' : 'text';
    const without = notice.format === 'text' ? 'its headings' : 'its markup';
    context.report({
      message: `This ${kind} file was read plainly, without ${without}: ${notice.readPlainly}, more than a privacy notice has. Its headings, lists and tables may be read less well; check that the file is the notice you meant.`,
      span: { start: 0, end: 0 },
    });
  },
};
