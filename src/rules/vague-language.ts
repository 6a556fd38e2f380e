import { analyzeVague } from '../analysis/vague.js';
import type { Rule } from './types.js';

/** More findings than this say nothing new: the last one counts the rest. */
const MAX_FINDINGS = 5;

function excerpt(text: string): string {
  const t = text.replace(/\s+/gu, ' ').trim();
  return t.length <= 80 ? t : `${t.slice(0, 77)}...`;
}

/**
 * One info finding per hedged sentence about purposes, sharing or transfers, at its first
 * qualifier, at most MAX_FINDINGS per notice (the last one says how many more there are).
 * The same sentences give the report's `vagueSentenceRate`.
 */
export const vagueLanguage: Rule = {
  meta: {
    id: 'vague-language',
    severity: 'info',
    description: 'Qualifiers ("may", "some", "saatetaan", "voidaan", "kan komma att") that hide what is done with the data.',
    reference: 'GDPR Art. 12(1), Art. 13(1)(c), (e), (f); WP29/EDPB transparency guidelines (WP260 rev.01), para. 13',
    languages: ['fi', 'sv', 'en'],
    messages: {
      hedged:
        '"{hedges}" in "{sentence}" leaves open whether and when it happens. Say what is done, with which data, and for what purpose or with whom (WP260 rev.01 names "may", "might", "some", "possibly" as poor practice).{more}',
      more: ' {more} more such sentences follow ({hedged} of {statements} statements of purpose, sharing or transfer hedge).',
    },
  },
  check(notice, context) {
    const { hedged, topicSentences } = analyzeVague(notice);
    hedged.slice(0, MAX_FINDINGS).forEach((h, i) => {
      const more = i === MAX_FINDINGS - 1 && hedged.length > MAX_FINDINGS ? { messageId: 'more', data: { more: hedged.length - MAX_FINDINGS, hedged: hedged.length, statements: topicSentences } } : '';
      context.report({
        messageId: 'hedged',
        data: { hedges: h.hedges.join('", "'), sentence: excerpt(h.sentence.text), more },
        span: h.span,
      });
    });
  },
};
