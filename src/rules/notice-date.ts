import { noticeDate } from '../analysis/dates.js';
import { GDPR_APPLIES, NOTICE_REVIEW_MONTHS } from '../facts/gdpr.js';
import { analyzeNotice } from '../items/index.js';
import type { Rule } from './types.js';

/** "2018-05-24" as "24.5.2018". */
export function fiDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/** Whole months from `from` to `to` (ISO dates), rounded down. */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number);
  const [y2, m2, d2] = to.split('-').map(Number);
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** The ISO date `months` months before `iso` (clamped to the month's last day). */
function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}


/**
 * The notice's own date: before the GDPR applied (warning), older than the review interval
 * before `settings.today` (info), or missing (info, at line 1). One finding per notice.
 */
export const noticeDateRule: Rule = {
  meta: {
    id: 'notice-date',
    severity: 'info',
    description: 'The notice is undated, dated before the GDPR applied, or not reviewed for over two years (good practice, not a legal deadline).',
    reference: 'GDPR Art. 12(1), Art. 5(2); Art. 99(2)',
    languages: ['fi', 'sv', 'en'],
    messages: {
      undated:
        'The notice carries no date, so readers cannot tell whether it is current. Add the date of the last update near the title ("Päivitetty", "Senast uppdaterad" or "Last updated" and the date), and change it with every update.',
      'before-gdpr':
        '"{text}": the notice is dated {date}, before the GDPR began to apply on {gdprDate}, and has not been dated since: it may have been written for the old law. Review it against GDPR Art. 13 and 14 (legal basis, retention, rights, transfers, complaint right) and date the new version.',
      'stale-months': '"{text}": the notice was last dated {date}, {months} months before {today}. Recipients, services, transfers, retention and authority details change: check that it is still accurate and date the new version. No law sets a review interval; a review every {reviewYears} years, and whenever the processing changes, is good practice.',
      'stale-years': '"{text}": the notice was last dated {date}, over {years} years before {today}. Recipients, services, transfers, retention and authority details change: check that it is still accurate and date the new version. No law sets a review interval; a review every {reviewYears} years, and whenever the processing changes, is good practice.',
    },
  },
  check(notice, context) {
    const date = noticeDate(notice);
    const today = context.settings.today;
    if (!date) {
      // A file that is not a notice (an empty file, a README) gets not-a-notice's one finding, not this one.
      if (!analyzeNotice(notice).isNotice) return;
      context.report({
        messageId: 'undated',
        span: { start: 0, end: 0 },
      });
      return;
    }
    const shown = date.precision === 'day' ? fiDate(date.iso) : date.text;
    if (date.iso < GDPR_APPLIES) {
      context.report({
        severity: 'warning',
        messageId: 'before-gdpr',
        data: { text: date.text, date: shown, gdprDate: fiDate(GDPR_APPLIES) },
        span: date.span,
      });
      return;
    }
    if (date.iso > today) return;
    const months = monthsBetween(date.iso, today);
    if (date.iso < monthsBefore(today, NOTICE_REVIEW_MONTHS)) {
      context.report({
        ...(months < 24 ? { messageId: 'stale-months', data: { text: date.text, date: shown, months, today: fiDate(today), reviewYears: NOTICE_REVIEW_MONTHS / 12 } } : { messageId: 'stale-years', data: { text: date.text, date: shown, years: Math.floor(months / 12), today: fiDate(today), reviewYears: NOTICE_REVIEW_MONTHS / 12 } }),
        span: date.span,
      });
    }
  },
};
