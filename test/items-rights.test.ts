/**
 * Retention period and the six rights of Art. 15-18, 20, 21 on sentences written for these tests:
 * each pattern with sentences that must count and near-misses that must not.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

const TITLE = { fi: 'Tietosuojaseloste', sv: 'Integritetspolicy', en: 'Privacy notice' } as const;
type Lang = keyof typeof TITLE;

/** A short notice: a title and one section (heading, body), in plain text. */
function statusOf(item: string, lang: Lang, heading: string, body: string): string | undefined {
  const text = `${TITLE[lang]}\n\n1. ${heading}\n\n${body}\n`;
  const items = lintSource(text, { filePath: 'n.txt', format: 'text' }).result.items as Record<string, { status: string } | undefined>;
  return items[item]?.status;
}

const HEAD = { fi: 'Tietojen säilytys', sv: 'Lagring av uppgifter', en: 'Data retention' } as const;
const retention = (lang: Lang, body: string, heading: string = HEAD[lang]) => statusOf('retention-period', lang, heading, body);

describe('retention period', () => {
  it('a preposition or article is not a number with a unit ("av", "a v")', () => {
    expect(retention('sv', 'Vi raderar uppgifterna om du begär det, i den mån vi inte är skyldiga att spara dem av andra skäl.', 'Radering')).not.toBe('present');
    expect(retention('en', 'The text below was archived from a web page; see the original snapshot.', 'About this page')).not.toBe('present');
  });

  it('"the following" introduces a list, it is no criterion', () => {
    expect(retention('en', 'We collect and store the following data: name, e-mail address.', 'What we collect')).toBe('missing');
    expect(retention('en', 'We keep the data for two years following the end of the contract.')).toBe('present');
  });

  it('"no longer than necessary" and "so long as necessary" are vague', () => {
    expect(retention('en', 'We will not keep your data for any longer than is necessary for these purposes.')).toBe('vague');
    expect(retention('en', 'We retain the information only for so long as necessary.')).toBe('vague');
    expect(retention('sv', 'Vi sparar inte uppgifterna längre än vad som är nödvändigt.')).toBe('vague');
    expect(retention('fi', 'Emme säilytä tietoja pidempään kuin on tarpeen.')).toBe('vague');
  });

  it('"until you ask us to delete them" sets no period', () => {
    expect(retention('fi', 'Tiedot säilytetään, kunnes asiakas pyytää niiden poistamista.')).toBe('vague');
    expect(retention('en', 'We keep your details until you ask us to delete them.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna sparas tills du begär att de raderas.')).toBe('vague');
    expect(retention('en', 'We keep your details until your membership ends.')).toBe('present');
    expect(retention('fi', 'Tiedot säilytetään, kunnes asiakassuhde päättyy.')).toBe('present');
  });

  it('a deletion routine with no period ("we delete data regularly") is vague', () => {
    expect(retention('sv', 'Vi raderar kontinuerligt uppgifter som inte längre används.')).toBe('vague');
    expect(retention('en', 'Old records are deleted regularly.')).toBe('vague');
    expect(retention('fi', 'Vanhat tiedot poistetaan säännöllisesti.')).toBe('vague');
    expect(retention('en', 'Records older than 24 months are deleted regularly.')).toBe('present');
  });

  it('"as long as the account is active" is a criterion in Finnish too', () => {
    expect(retention('fi', 'Käyttäjätilin tiedot säilytetään niin kauan kuin tili on aktiivinen.')).toBe('present');
    expect(retention('fi', 'Jäsentiedot säilytetään niin kauan kuin olet yhdistyksen jäsen.')).toBe('present');
    expect(retention('fi', 'Tiedot säilytetään niin kauan kuin se on tarpeellista.')).toBe('vague');
  });
});
