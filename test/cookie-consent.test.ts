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
  it('"privacy settings" are the site\'s tool in a sentence about cookies, not where they are a social network\'s', () => {
    const browserOnly = 'We use persistent cookies to track statistics about your visits. You can delete cookies at any time using the settings of your web browser.';
    expect(reported(`The data you share depends on the privacy settings of your social media account.\n\n${browserOnly}`)).toBe(true);
    expect(reported(`${browserOnly} You can also turn the statistics cookies off in the privacy settings at the foot of each page.`)).toBe(false);
  });
  it('a site tool named beside the browser with "and the", "sekä", "samt" is a second way to refuse', () => {
    expect(reported('We use analytics cookies. You can refuse them in your browser and the cookie controls at the foot of each page.')).toBe(false);
    expect(reported('Käytämme analytiikkaevästeitä. Voit estää ne selaimesi asetuksista sekä sivuston evästeasetuksista.')).toBe(false);
    expect(reported('Vi använder analyskakor. Du kan blockera dem i webbläsaren samt i webbplatsens cookieinställningar.')).toBe(false);
    // The browser's own settings, reached through the browser, are still the browser.
    expect(reported('We use analytics cookies. To refuse them, open your browser and find its cookie settings.')).toBe(true);
  });
  it('a heading that asks or names how ("How to manage cookies") offers no tool; a pop-up described in prose does', () => {
    const page = (heading: string, popup = '') =>
      `We use advertising cookies to follow your visits.\n\n## ${heading}\n\nYou can set your browser not to accept cookies.${popup}`;
    expect(reported(page('How to manage cookies'))).toBe(true);
    expect(reported(page('Hur hanterar jag cookies?'))).toBe(true);
    expect(reported(page('Miten hallitset evästeitä'))).toBe(true);
    // A heading that names the site's tool over its section still offers it.
    expect(reported(page('Cookie settings'))).toBe(false);
    expect(reported(page('How to manage cookies', '\n\nOn your first visit a cookie pop-up lets you opt out of the advertising cookies.'))).toBe(false);
  });
  it('consent as a condition already met ("if you have given your consent") is consent asked for the tracker', () => {
    expect(reported('If you have given your consent, the site counts visits with Google Analytics. You can block cookies in your browser settings.')).toBe(false);
    expect(reported('Om du har gett ditt samtycke använder vi analyskakor. Du kan blockera kakor i webbläsarens inställningar.')).toBe(false);
    expect(reported('Jos olet antanut suostumuksesi, käytämme analytiikkaevästeitä. Voit estää evästeet selaimen asetuksista.')).toBe(false);
  });
  it('a site that says it uses no cookies asks no consent, though it explains how browsers delete them', () => {
    const browser = 'A cookie is a small file; it stays in the browser until you delete it in your browser settings.';
    expect(reported(`${browser} This website does not use cookies.`)).toBe(false);
    expect(reported('En kaka raderas när du tar bort den i webbläsarens inställningar. Föreningen använder inte kakor.')).toBe(false);
    expect(reported('Evästeen voi poistaa selaimen asetuksista. Sivustomme ei käytä evästeitä.')).toBe(false);
    // A tracker named all the same: the denial does not cover it.
    expect(reported(`${browser} This website does not use cookies of its own, but we use Google Analytics advertising cookies.`)).toBe(true);
  });
  it('cookies named as technically necessary, and no tracker, need no consent', () => {
    expect(reported('The language you chose is kept in technically necessary cookies. You can delete cookies in your browser settings.')).toBe(false);
    expect(reported('Valt språk sparas i tekniskt nödvändiga kakor. Du kan radera kakor i webbläsarens inställningar.')).toBe(false);
    expect(reported('Kielivalinta tallennetaan teknisesti välttämättömiin evästeisiin. Voit poistaa evästeet selaimen asetuksista.')).toBe(false);
    expect(reported('We use technically necessary cookies and analytics cookies. You can delete cookies in your browser settings.')).toBe(true);
  });
  it('still reports browser settings as the only refusal', () => {
    expect(reported('Käytämme analytiikkaevästeitä. Voit estää evästeet selaimen asetuksista.')).toBe(true);
  });
  it('a heading that names the topic ("Cookie consent") offers no tool; one that names a tool does', () => {
    const body = 'We use Google Analytics cookies to count visits.\n\nIf you do not want cookies, you can block them in your browser settings.';
    expect(reported(`## Cookie consent\n\n${body}`)).toBe(true);
    expect(reported(`## Evästesuostumus\n\nKäytämme analytiikkaevästeitä.\n\nVoit estää evästeet selaimen asetuksista.`)).toBe(true);
    expect(reported(`## Manage cookie preferences\n\n${body}`)).toBe(false);
  });
  it("says consent is asked when the notice says its cookies require the visitor's consent", () => {
    expect(reported('Analytiikkaevästeiden käyttö edellyttää aina kävijän suostumusta. Kävijän selaimen kieli tallennetaan evästeeseen, ja se poistetaan vain kävijän niin tehdessä.')).toBe(false);
  });
  it('a first-visit choice to allow or disallow cookies is consent asked, in each language', () => {
    expect(reported('We use analytics cookies. On your first visit a cookie control panel lets you allow or disallow them. You can also block cookies in your browser settings.')).toBe(false);
    expect(reported('Vi använder statistikkakor. Vid första besöket kan du tillåta eller neka dem. Du kan även blockera kakor i webbläsarens inställningar.')).toBe(false);
    expect(reported('Käytämme analytiikkaevästeitä. Ensimmäisellä käynnillä voit sallia tai estää ne. Voit myös estää evästeet selaimen asetuksista.')).toBe(false);
  });
  it("a tracker refused only with its opt-out browser add-on is refused in the browser, though the notice never says 'cookie'", () => {
    expect(reported('Vi mäter besök med Google Analytics. Vill du inte det kan du förhindra insamlingen med Googles webbläsartillägg för att välja bort Google Analytics.')).toBe(true);
    expect(reported('We count visits with Google Analytics. To stop it, install the Google Analytics opt-out browser add-on.')).toBe(true);
    expect(reported('We count visits with Google Analytics only if you accept it in our consent banner. You can also install the Google Analytics opt-out browser add-on.')).toBe(false);
  });
});

describe('cookie-consent-browser-settings: the browser as where a cookie is kept', () => {
  it('a cookie "stored by your browser until it expires" is no refusal offered (en, fi, sv)', () => {
    expect(reported('Our site uses cookies. A lasting cookie is stored by your web browser and stays until its end date, unless the visitor deletes it earlier.')).toBe(false);
    expect(reported('Sivusto käyttää evästeitä. Pysyvä eväste tallennetaan käyttäjän selaimeen, kunnes se vanhenee tai käyttäjä poistaa sen.')).toBe(false);
    expect(reported('Webbplatsen använder kakor. En beständig kaka sparas i besökarens webbläsare tills den löper ut, om den inte raderas tidigare.')).toBe(false);
  });
  it('the browser offered as the way to refuse is still seen beside it', () => {
    expect(reported('Our site uses analytics cookies. A lasting cookie is stored in your browser; you can delete cookies in the settings of your browser.')).toBe(true);
  });
});

describe('cookie-consent-browser-settings: refusal said with the -ing form', () => {
  it('"Disabling cookies in your browser stops the counting" offers the browser as the way to refuse', () => {
    expect(reported('We count visits with analytics cookies. Disabling cookies in your web browser stops the counting of your visits.')).toBe(true);
  });
});

describe('cookie-consent-browser-settings: the browser set "not to accept" cookies', () => {
  it('setting one\'s own browser not to receive or accept cookies is the browser as the only refusal', () => {
    expect(reported("Our cookies tailor the offers we show you. If you do not want them stored on your device, you can set your tablet's browser not to receive them.")).toBe(true);
    expect(reported('Our cookies tailor the offers we show you. You may set your browser not to accept them.')).toBe(true);
  });
  it('a cookie banner that asks consent is still a second way', () => {
    expect(reported('Our cookies tailor the offers we show you, and are set only with your consent in the cookie banner. You may also set your browser not to accept them.')).toBe(false);
  });
});

describe('cookie-consent-browser-settings: the compound "verkkoselain" (web browser)', () => {
  it('refusal only in the web browser\'s settings, said with the compound, is the browser as the only refusal', () => {
    expect(reported('Käytämme evästeitä kävijämäärien seuraamiseen ja mainonnan kohdentamiseen. Kävijä voi estää evästeet nettiselaimensa asetuksista.')).toBe(true);
    expect(reported('Sivustolla käytetään analytiikkaevästeitä. Voit poistaa evästeet käytöstä verkkoselaimen asetuksista.')).toBe(true);
  });
  it('a site tool beside the compound is still a second way', () => {
    expect(reported('Sivustolla käytetään analytiikkaevästeitä. Voit estää ne verkkoselaimen asetuksista sekä sivuston evästeasetuksista.')).toBe(false);
  });
});
