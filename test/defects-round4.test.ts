/**
 * Defect rules on sentences written for these tests, for the patterns found on a fourth set of
 * real notices: a conditional choice to use a service taken as acceptance; an act the notice cites
 * as its Art. 6(1)(a) consent; consent asked for cookies under a cookie heading; a browsers' help
 * section whose heading names "cookie settings"; a service run in an EU region; a contact address
 * at a US mail service; a processor's country in a table cell; chatter left where text should be.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function lines(ruleId: string, ...paragraphs: string[]): number[] {
  return linesUnder('Notice', ruleId, ...paragraphs);
}
function linesUnder(title: string, ruleId: string, ...paragraphs: string[]): number[] {
  const text = `# ${title}\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === ruleId).map((m) => m.line);
}

describe('cookie-consent-browser-settings: where consent is asked, whose settings a heading names', () => {
  it('consent asked in a sentence under a cookie heading that names the cookies in a compound', () => {
    expect(lines('cookie-consent-browser-settings', '## Kakor', 'Statistikkakor används bara om du har tackat ja. Du kan ändra dig genom att rensa webbläsarens lagring.')).toEqual([]);
    expect(lines('cookie-consent-browser-settings', '## Cookies', 'Analytics runs only if you consent in the banner; to change your mind later, clear the data in your browser.')).toEqual([]);
  });
  it('a browsers\' help section under a "cookie settings" heading offers no tool of the site', () => {
    const help = ['## Change cookie settings', 'You can change cookie settings or delete cookies in your browser settings:', '- Chrome: delete and manage cookies\n- Firefox: clear cookies and site data'];
    expect(lines('cookie-consent-browser-settings', 'We use Google Analytics cookies to count visits.', ...help)).toEqual([7]);
    expect(lines('cookie-consent-browser-settings', 'We use Google Analytics cookies to count visits.', '## Change cookie settings', 'Open the cookie settings at the foot of each page to change your choice.')).toEqual([]);
  });
  it('deactivating cookies in the browser is a refusal', () => {
    expect(lines('cookie-consent-browser-settings', 'Our cookies remember your visits. You can deactivate cookies in your browser.')).toEqual([3]);
  });
});

describe('transfers: a service in an EU region, a contact address, a country in a table', () => {
  const claim = 'We do not transfer personal data outside the EU/EEA.';
  it('a service named with its EU region places the data there', () => {
    expect(lines('transfer-contradiction', claim, 'The files are kept in the AWS Stockholm region.')).toEqual([]);
    expect(lines('transfer-contradiction', claim, 'Backups run on Google Cloud (europe-north1).')).toEqual([]);
    expect(lines('transfer-contradiction', claim, 'The files are kept on AWS.')).toEqual([5]);
  });
  it('a Finnish and a Swedish region', () => {
    expect(linesUnder('Tietosuojaseloste', 'transfer-contradiction', 'Emme siirrä henkilötietoja EU:n ulkopuolelle.', 'Varmuuskopiot säilytetään AWS:n Frankfurtin alueella.')).toEqual([]);
    expect(linesUnder('Tietosuojaseloste', 'transfer-contradiction', 'Emme siirrä henkilötietoja EU:n ulkopuolelle.', 'Varmuuskopiot säilytetään AWS:ssä.')).toEqual([5]);
    expect(linesUnder('Integritetspolicy', 'transfer-contradiction', 'Vi överför inga personuppgifter utanför EU.', 'Filerna lagras i Google Cloud i regionen Stockholm.')).toEqual([]);
  });
  it('a contact address at a mail service is no processing there', () => {
    expect(lines('transfer-contradiction', claim, 'Write to me at jane.roe@gmail.com.')).toEqual([]);
    expect(lines('transfer-contradiction', claim, 'We answer e-mail with Gmail.')).toEqual([5]);
  });
  it('a table cell that is only a country is a processor\'s place', () => {
    const table = '| Processor | Service | Location |\n|---|---|---|\n| Example Host Inc. | Hosting | United States |\n| Example Mail Oy | E-mail | Finland |';
    expect(lines('transfer-safeguards', 'We use these processors:', table)).toEqual([7]);
    expect(lines('transfer-safeguards', 'We use these processors:', table, 'Transfers to the USA rely on the standard contractual clauses.')).toEqual([]);
    // A country in a cell with other words is no place by itself.
    expect(lines('transfer-safeguards', '| Topic | Note |\n|---|---|\n| Law | The law of the United States does not apply to us |')).toEqual([]);
  });
});


describe('cookie-consent-browser-settings: consent asked for a tracker', () => {
  it('consent asked for an analytics service is asked for its cookies', () => {
    const help = ['## Manage cookies', 'You can block cookies in your browser settings:', '- Chrome\n- Firefox'];
    expect(lines('cookie-consent-browser-settings', 'With your consent, Google Analytics counts the visits to this site.', ...help)).toEqual([]);
    expect(lines('cookie-consent-browser-settings', 'Google Analytics counts the visits to this site.', ...help)).toEqual([7]);
  });
});

