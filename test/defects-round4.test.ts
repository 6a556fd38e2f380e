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

describe('consent-by-use: a conditional choice to use, an act cited as consent', () => {
  it('reports a choice to use the service taken as acceptance, in each language', () => {
    expect(lines('consent-by-use', 'If you choose to use our app, you agree to the collection of the data described below.')).toEqual([3]);
    expect(lines('consent-by-use', 'Mikäli päätät käyttää palvelua, hyväksyt tietojesi käsittelyn tämän selosteen mukaisesti.')).toEqual([3]);
    expect(lines('consent-by-use', 'Om du väljer att använda tjänsten godkänner du att vi behandlar uppgifterna enligt denna policy.')).toEqual([3]);
  });
  it('reports further use deemed to constitute consent', () => {
    expect(lines('consent-by-use', 'Continued use of the service after an update shall be deemed to constitute your consent to the new terms of processing.')).toEqual([3]);
  });
  it('says nothing of use that takes nothing as consent', () => {
    expect(lines('consent-by-use', 'If you use our contact form, we store your message for a year.')).toEqual([]);
    expect(lines('consent-by-use', 'Jos käytät sovellusta, keräämme laitteen tyypin.')).toEqual([]);
  });
  it('an act the notice cites as its Art. 6(1)(a) consent is an active choice', () => {
    expect(lines('consent-by-use', 'By signing up for the mailing list, you consent to receiving it (Art. 6(1)(a) GDPR). You may unsubscribe at any time.')).toEqual([]);
    // Mere use named as consent is implied consent, cited or not.
    expect(lines('consent-by-use', 'By using the site, you consent to analytics cookies under Art. 6(1)(a) GDPR.')).toEqual([3]);
    // An act with no basis cited is still read as acceptance.
    expect(lines('consent-by-use', 'By submitting the form, you agree to this privacy notice.')).toEqual([3]);
  });
});

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

describe('leftover-artifact: chatter where text should be', () => {
  it('reports "blabla" in each language', () => {
    expect(lines('leftover-artifact', 'Integritetspolicy blabla')).toEqual([3]);
    expect(lines('leftover-artifact', 'Tietosuojaseloste blaa blaa.')).toEqual([3]);
    expect(lines('leftover-artifact', 'Privacy notice: blah blah.')).toEqual([3]);
  });
});

describe('cookie-consent-browser-settings: consent asked for a tracker', () => {
  it('consent asked for an analytics service is asked for its cookies', () => {
    const help = ['## Manage cookies', 'You can block cookies in your browser settings:', '- Chrome\n- Firefox'];
    expect(lines('cookie-consent-browser-settings', 'With your consent, Google Analytics counts the visits to this site.', ...help)).toEqual([]);
    expect(lines('cookie-consent-browser-settings', 'Google Analytics counts the visits to this site.', ...help)).toEqual([7]);
  });
});
