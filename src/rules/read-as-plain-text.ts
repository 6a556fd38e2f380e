import type { Rule } from './types.js';

/** Says when a Markdown or HTML file was read as plain text because its markup would cost too much to parse (parse/notice.ts). */
export const readAsPlainText: Rule = {
  meta: {
    id: 'read-as-plain-text',
    severity: 'info',
    description: 'A file was read plainly: its markup was nested too deep, or it would cost more to read than any notice could (too many emphasis marks, table cells, headings or lines).',
    languages: ['fi', 'sv', 'en'],
    messages: {
      html: 'This HTML file was read plainly, without its markup: {reason}, more than a privacy notice has. Its headings, lists and tables may be read less well; check that the file is the notice you meant.',
      markdown: 'This Markdown file was read plainly, without its markup: {reason}, more than a privacy notice has. Its headings, lists and tables may be read less well; check that the file is the notice you meant.',
      text: 'This text file was read plainly, without its headings: {reason}, more than a privacy notice has. Its headings, lists and tables may be read less well; check that the file is the notice you meant.',
    },
  },
  check(notice, context) {
    if (!notice.readPlainly) return;
    context.report({
      messageId: notice.format === 'html' || notice.format === 'markdown' ? notice.format : 'text',
      data: { reason: notice.readPlainly },
      span: { start: 0, end: 0 },
    });
  },
};
