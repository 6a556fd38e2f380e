/**
 * Rulings on cookie consent and "consent by use", as data for rule messages. The Helsinki
 * Administrative Court reviewed Traficom's decisions (it "held"; it did not "uphold" the Data
 * Protection Ombudsman, whose office it heard).
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
  helsinkiAdminCourt2021: {
    id: 'helsinkiAdminCourt2021',
    date: '2021-04-08',
    cite: 'the Helsinki Administrative Court (8.4.2021, H1515/2021 and H1516/2021)',
    holding: 'held that browser settings that allow cookies in general are not consent: consent under § 205 of the Act on Electronic Communications Services (917/2014) is consent as the GDPR defines it',
  },
  traficom2021: {
    id: 'traficom2021',
    date: '2021-09-13',
    cite: "Traficom's cookie guidance of 13.9.2021",
    holding: 'consent to non-essential cookies must be asked actively, before they are set',
  },
  helsinkiAdminCourt2024: {
    id: 'helsinkiAdminCourt2024',
    date: '2024-10-09',
    cite: 'the Helsinki Administrative Court (9.10.2024)',
    holding: "upheld Traficom's orders: refusing non-essential cookies must be possible on the consent tool's first layer",
  },
} as const satisfies Record<string, Ruling>;

/** Consent-management platforms whose name shows that the site asks cookie consent actively. */
export const CONSENT_PLATFORMS: readonly string[] = ['Cookiebot', 'OneTrust', 'CookieYes', 'Cookie Information', 'Usercentrics', 'Didomi', 'Complianz', 'CookieHub', 'Iubenda', 'Termly'];

/**
 * Web browsers by name: "Manage cookies in Chrome" is the browser's own setting, not the site's
 * consent tool. Case matters ("Edge" and "Opera" are words too), and "Edge" only after "Microsoft".
 */
export const BROWSERS: readonly string[] = ['Chrome', 'Firefox', 'Safari', 'Microsoft Edge', 'Internet Explorer', 'Opera', 'Brave', 'Vivaldi'];
