/** Dates of the GDPR itself (FACTS §3). */

/** The day the GDPR (Regulation (EU) 2016/679) began to apply, Art. 99(2). */
export const GDPR_APPLIES = '2018-05-25';

/** How old a notice may be before `notice-date` suggests a review (months). */
export const NOTICE_REVIEW_MONTHS = 24;

/** The legal bases of GDPR Art. 6(1), by the letter of its point. */
export type LegalBasis = 'consent' | 'contract' | 'legalObligation' | 'vitalInterests' | 'publicTask' | 'legitimateInterests';
export const ART_6_1_POINTS: Readonly<Record<string, LegalBasis>> = {
  a: 'consent',
  b: 'contract',
  c: 'legalObligation',
  d: 'vitalInterests',
  e: 'publicTask',
  f: 'legitimateInterests',
};

/**
 * Regulation (EU) 2018/1725, the GDPR's counterpart for EU institutions and bodies: the notices
 * of EU bodies cite the lawfulness of processing as its Art. 5(1), whose points come in another
 * order than the GDPR's Art. 6(1).
 */
export const EUDPR = '2018/1725';
export const EUDPR_ART_5_1_POINTS: Readonly<Record<string, LegalBasis>> = {
  a: 'publicTask',
  b: 'legalObligation',
  c: 'contract',
  d: 'consent',
  e: 'vitalInterests',
};
