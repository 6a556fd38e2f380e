/**
 * Rulings on cookie consent and "consent by use" (FACTS §6), as data for rule messages.
 * A new ruling is a new entry; rules cite them by id.
 */

export interface Ruling {
  id: string;
  /** ISO date of the decision or guidance. */
  date: string;
  /** Short citation used in messages, in English. */
  cite: string;
  holding: string;
}

export const RULINGS = {
  planet49: {
    id: 'planet49',
    date: '2019-10-01',
    cite: 'CJEU C-673/17 Planet49 (1.10.2019)',
    holding: 'pre-ticked boxes or implied consent are not valid consent to cookies',
  },
  ombudsman2020: {
    id: 'ombudsman2020',
    date: '2020-05-14',
    cite: "the Deputy Data Protection Ombudsman's decision of 14.5.2020",
    holding: 'browser settings and "by continuing to browse you accept" banners are not valid consent',
  },
  helsinkiAdminCourt2021: {
    id: 'helsinkiAdminCourt2021',
    date: '2021-04-08',
    cite: 'the Helsinki Administrative Court (8.4.2021)',
    holding: "upheld the Deputy Ombudsman's decision of 14.5.2020",
  },
  traficom2021: {
    id: 'traficom2021',
    date: '2021-09-13',
    cite: "Traficom's cookie guidance of 13.9.2021",
    holding: 'consent to non-essential cookies must be asked actively, before they are set',
  },
} as const satisfies Record<string, Ruling>;

/** Consent-management platforms whose name shows that the site asks cookie consent actively. */
export const CONSENT_PLATFORMS: readonly string[] = ['Cookiebot', 'OneTrust', 'CookieYes', 'Cookie Information', 'Usercentrics', 'Didomi', 'Complianz', 'CookieHub', 'Iubenda', 'Termly'];
