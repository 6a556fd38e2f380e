/**
 * cookie-consent-browser-settings on notices written for these tests: cookie words inside
 * compounds ("analytiikkaevästeet", "cookieinställningarna") are cookie words, so consent asked
 * in such a sentence is seen.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

const reported = (text: string) =>
  lintSource(`# Notice\n\n${text}\n`, { filePath: 'n.md', format: 'markdown' }).result.messages.some((m) => m.ruleId === 'cookie-consent-browser-settings');

describe('cookie-consent-browser-settings', () => {
  it('sees consent asked in a sentence that names cookies in a compound', () => {
    expect(reported('Käytämme analytiikkaevästeitä vain suostumuksellasi. Voit myös estää evästeet selaimen asetuksista.')).toBe(false);
  });
  it('still reports browser settings as the only refusal', () => {
    expect(reported('Käytämme analytiikkaevästeitä. Voit estää evästeet selaimen asetuksista.')).toBe(true);
  });
});
