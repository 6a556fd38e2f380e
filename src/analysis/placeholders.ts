/**
 * A template's sample values left where the real ones belong: an address on a placeholder
 * domain ("info@example.com") and a made-up number ("040 1234567", "0000000-0"). Read by the
 * leftover-artifact rule, which reports them, and by the completeness analysis, for which such
 * a value is no way of contacting the controller.
 */
import { commonPhrases, LANGS } from '../lang/index.js';
import { escapePhrase } from '../matching/patterns.js';

/**
 * An e-mail or web address on a placeholder domain, "info@example.com", "www.esimerkki.fi"
 * (lexicon common.placeholderDomains): a template's sample left where the real address should
 * be. A bare domain is no address ("a subdomain of example.org" explains cookies), and one
 * introduced as an example ("e.g. name@example.com") illustrates a format.
 */
const domains = LANGS.flatMap((l) => commonPhrases[l].placeholderDomains).map(escapePhrase).join('|');
export const PLACEHOLDER_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}._%+-])(?:[\\p{L}\\p{N}._%+-]{1,64}@|https?:\\/\\/(?:www\\.)?|www\\.)(?:[\\p{L}\\p{N}-]{1,63}\\.){0,3}(?:${domains})\\.(?:com|org|net|fi|se|eu|co\\.uk|ax)(?![\\p{L}\\p{N}-])`,
  'giu',
);
/**
 * A number written as a run of digits and separators ("123456-7890", "+46-70-123 45 67"), to
 * find the dummy a template fills its fields with: one whose digits run 1234567, or all zeros.
 */
export const NUMBER_RUN = /(?<![\p{L}\p{N}])\+?\d[\d .-]{5,24}\d(?![\p{N}])/gu;
const DUMMY_DIGITS = '1234567';
/** Only where a dummy can be: a text with neither holds none, and NUMBER_RUN need not run. */
export const mayHoldDummyNumber = (text: string): boolean => text.includes('123') || text.includes('0000');

/** What kind of template dummy a run of digits (NUMBER_RUN) is: its digits run 1234567, or seven or more are all zeros; null for a real number. */
export function dummyNumberKind(run: string): 'dummy-number' | 'zero-number' | null {
  const digits = run.replace(/\D/gu, '');
  if (digits.includes(DUMMY_DIGITS)) return 'dummy-number';
  return digits.length >= 7 && /^0+$/u.test(digits) ? 'zero-number' : null;
}

/** The text with a template's sample addresses and numbers blanked out (same length: positions hold). */
export function withoutSampleValues(text: string): string {
  let out = text.includes('.') ? text.replace(PLACEHOLDER_ADDRESS, (m) => ' '.repeat(m.length)) : text;
  if (mayHoldDummyNumber(out)) out = out.replace(NUMBER_RUN, (m) => (dummyNumberKind(m) ? ' '.repeat(m.length) : m));
  return out;
}
