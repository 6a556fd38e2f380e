/**
 * The supervisory authorities' contact details (FACTS §2), as data. When the Finnish
 * authority moves again, change `FINNISH_AUTHORITY` and add the old values to the stale
 * tables below: the rule `stale-authority-contact` and its fixes read only this file.
 */
import type { Lang } from '../model/types.js';

/** Current details of Tietosuojavaltuutetun toimisto (checked on its own pages, still so in 2026). */
export const FINNISH_AUTHORITY = {
  name: { fi: 'Tietosuojavaltuutetun toimisto', sv: 'Dataombudsmannens byrå', en: 'Office of the Data Protection Ombudsman' } as Record<Lang, string>,
  /** Visiting address street, per the language of the street name a notice used. */
  street: { fi: 'Lintulahdenkuja 4', sv: 'Fågelviksgränden 4', en: 'Lintulahdenkuja 4' } as Record<Lang, string>,
  visitingPostalCode: '00530',
  postBox: { fi: 'PL 800', sv: 'PB 800', en: 'P.O. Box 800' } as Record<Lang, string>,
  postBoxPostalCode: '00531',
  city: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } as Record<Lang, string>,
  switchboard: { fi: '029 566 6700', sv: '029 566 6700', en: '+358 29 566 6700' } as Record<Lang, string>,
  registry: { fi: '029 566 6768', sv: '029 566 6768', en: '+358 29 566 6768' } as Record<Lang, string>,
  email: 'tietosuoja@om.fi',
  web: 'https://tietosuoja.fi',
};

/**
 * Names that place a detail next to the Finnish authority (stems end in `*`). Old street
 * addresses and postal codes are flagged only near one of these, because the same street
 * address belongs to other offices.
 */
export const FINNISH_AUTHORITY_NAMES: readonly string[] = [
  'tietosuojavaltuute*',
  'tietosuojavaltuutettu*',
  'apulaistietosuojavaltuute*',
  'dataombudsman*',
  'Data Protection Ombudsman*',
  'Data Protection Ombudsman’s',
  'Office of the Data Protection Ombudsman',
];

/** The authority's post box, which also places a detail next to it. */
export const FINNISH_AUTHORITY_POST_BOX = /(?<![\p{L}\p{N}])(?:PL|PB|P\.\s?O\.\s?Box|PO\s?Box|Postilokero|Postbox|Box)\s?800(?![\p{N}])/giu;

/**
 * Other offices that share or shared the old street address (Ratapihantie 9): a detail nearer
 * to one of these than to the Ombudsman belongs to that office.
 */
export const OTHER_OFFICES_AT_OLD_ADDRESS: readonly string[] = [
  'aluehallintoviras*',
  'AVI',
  'regionförvaltningsverk*',
  'Regional State Administrative Agenc*',
  'työsuojelu*',
  'arbetarskydd*',
  'Occupational Safety and Health',
  'oikeusministeri*',
  'justitieministeri*',
  'Ministry of Justice',
  'Etelä-Suomen',
  'Södra Finlands',
  'Southern Finland',
];

/** Old visiting addresses, by the street name as written, with the current street in the same language. */
export const OLD_STREETS: readonly { street: string; current: string }[] = [
  { street: 'Ratapihantie 9', current: FINNISH_AUTHORITY.street.fi },
  { street: 'Bangårdsvägen 9', current: FINNISH_AUTHORITY.street.sv },
];

/** Postal codes that came with the old visiting address. */
export const OLD_VISITING_POSTAL_CODES: readonly string[] = ['00520'];

/** Old postal codes and what replaced them. */
export const OLD_POSTAL_CODES: readonly { code: string; current: string; what: string }[] = [
  { code: '00521', current: FINNISH_AUTHORITY.postBoxPostalCode, what: 'the old postal code of the authority\'s post box 800 (on its pages in 2018, replaced by 00531 by 2023)' },
];

/** Telephone numbers no longer listed, as digits in national form. No current equivalent: no fix. */
export const STALE_PHONES: readonly { digits: string; what: string }[] = [
  { digits: '0295666735', what: 'the old fax number (the office lists no fax any more)' },
  { digits: '0295616670', what: 'the old advice line' },
];

/** What any fax number given for the authority is: it lists none now. */
export const STALE_FAX = 'a fax number, and the office lists no fax any more';

/** Paths of the authority's old web site (dead since 2018), matched after the host name. */
export const OLD_URL_PATHS: readonly string[] = ['fi/index', 'sv/index', 'en/index', 'material/attachments'];
export const AUTHORITY_HOST = 'tietosuoja.fi';

/** Wrong e-mail addresses and the right one. */
export const WRONG_EMAILS: readonly { email: string; current: string }[] = [{ email: 'tietosuoja@tietosuoja.fi', current: FINNISH_AUTHORITY.email }];

/** Sweden's authority, renamed (FACTS §4). */
export const SWEDISH_AUTHORITY = {
  renamedOn: '2021-01-01',
  renamedOnText: '1.1.2021',
  /** Old names as written, with what replaces each form. */
  oldNames: [
    { name: 'Datainspektionen', current: 'Integritetsskyddsmyndigheten' },
    { name: 'Datainspektionens', current: 'Integritetsskyddsmyndighetens' },
    { name: 'Swedish Data Inspection Board', current: 'Swedish Authority for Privacy Protection' },
    { name: 'Swedish Data Protection Inspectorate', current: 'Swedish Authority for Privacy Protection' },
  ],
  oldHost: 'datainspektionen.se',
  currentHost: 'imy.se',
  currentName: { fi: 'Integritetsskyddsmyndigheten (IMY)', sv: 'Integritetsskyddsmyndigheten (IMY)', en: 'the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)' } as Record<Lang, string>,
};
