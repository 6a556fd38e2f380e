/**
 * Facts the language-version comparison needs besides src/facts/: which service names in
 * src/facts/transfers.ts name the same service, and which laws every notice cites by name
 * rather than by number.
 */

/** Names of one service (renamed, or written per language); the first is the one reported. */
export const SAME_SERVICE: readonly (readonly string[])[] = [
  ['Facebook pixel*', 'Facebook-pikseli*', 'Facebook-pixel*', 'Facebook Pixel*', 'Meta pixel*', 'Meta-pikseli*', 'Meta-pixel*'],
  ['Google Ads*', 'Google AdWords*', 'AdWords*'],
  ['Google Workspace*', 'G Suite*'],
  ['Microsoft 365*', 'Office 365*'],
  ['Microsoft Azure*', 'Azure*'],
  ['Amazon Web Services*', 'AWS'],
  ['Firebase*', 'Google Firebase*'],
  ['Facebook Business Manager*', 'Meta Business Suite*'],
];

/**
 * The GDPR's number: one version writes "Regulation (EU) 2016/679" where another says "the
 * GDPR"; that is wording, not a different law.
 */
export const UNCOUNTED_LAWS: readonly string[] = ['2016/679'];

/**
 * Items whose wording varies most, so the completeness analysis finds them less surely in one
 * language than in another ("optional, except that ... is required"). A difference in one of
 * them is reported only when the structure agrees: the stating versions give it a heading of
 * its own and the version without it has none.
 */
export const LOOSELY_WORDED_ITEMS: readonly string[] = ['statutory-requirement', 'data-sources', 'legitimate-interests', 'recipients', 'purposes', 'data-categories'];

/**
 * Top-level domains under which a name without "https://" or "www." ("tietosuoja.fi/sv", a
 * link's text) is read as a web address: those of the notices' countries and the common ones.
 */
export const WEB_TLDS: readonly string[] = ['fi', 'ax', 'se', 'nu', 'eu', 'com', 'org', 'net', 'info', 'io', 'app', 'dev'];
