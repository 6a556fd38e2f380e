/** Dates of the GDPR itself (FACTS §3). */

/** The day the GDPR (Regulation (EU) 2016/679) began to apply, Art. 99(2). */
export const GDPR_APPLIES = '2018-05-25';

/** How old a notice may be before `notice-date` suggests a review (months). */
export const NOTICE_REVIEW_MONTHS = 24;
