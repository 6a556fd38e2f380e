import { analyzeNotice } from '../items/index.js';
import type { Rule } from './types.js';

export const notANotice: Rule = {
  meta: {
    id: 'not-a-notice',
    severity: 'error',
    description: 'The file does not read as a privacy notice (an empty file, a README, a cookie banner); reported once instead of twenty missing items.',
    reference: 'GDPR Art. 12-14',
    languages: ['fi', 'sv', 'en'],
    messages: {
      empty: 'The file is empty: there is no privacy notice to check. Lint the notice itself, or leave this file out.',
      'not-a-notice':
        'This file does not read as a privacy notice: it barely talks about personal data and states almost none of what GDPR Art. 13 and 14 require (who the controller is, purposes, legal basis, recipients, retention, rights). If it is meant to be a notice, it lacks nearly everything; if not, leave it out of the files linted.',
    },
  },
  check(notice, context) {
    if (analyzeNotice(notice).isNotice) return;
    const empty = notice.source.trim() === '';
    context.report({
      messageId: empty ? 'empty' : 'not-a-notice',
      span: { start: 0, end: 0 },
    });
  },
};
