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
