/**
 * consent-by-use on sentences written for these tests: use taken as acceptance, said forwards
 * ("by using … you accept"), backwards ("if you do not agree, do not use") and as a noun ("use of
 * the website implies acceptance"); and sentences about use that take nothing as consent.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function reported(text: string): boolean {
  const { result } = lintSource(`# Notice\n\n${text}\n`, { filePath: 'n.md', format: 'markdown' });
  return result.messages.some((m) => m.ruleId === 'consent-by-use');
}

describe('consent-by-use', () => {
  const found = [
    'If you do not agree with this policy, please do not use our website.',
    'Use of this website implies your acceptance of this privacy policy.',
    'Mikäli et hyväksy tätä selostetta, älä käytä palvelua.',
    'Om du inte godkänner denna policy ska du inte använda webbplatsen.',
    // Use read as acceptance in the passive, the acceptance named after the verb.
    'Jos jatkat sovelluksen käyttöä päivityksen jälkeen, sitä pidetään päivitetyn selosteen hyväksymisenä.',
    'Om du fortsätter att använda appen efter en ändring betraktas det som ditt godkännande av den.',
    'If you keep using the app after an update, this will be taken as your acceptance of the new notice.',
  ];
  for (const text of found) it(`reports: ${text}`, () => expect(reported(text)).toBe(true));
  const fine = [
    'If you do not accept cookies, we do not use analytics.',
    'When you use our website, we collect your IP address.',
    'Kun käytät sivustoa, keräämme IP-osoitteesi.',
    'När du använder webbplatsen samlar vi in din IP-adress.',
    // The passive words about the data, not about the reader's acceptance.
    'When you use the app, your messages are treated as confidential and consent can be withdrawn at any time.',
    'Kun käytät palvelua, tietoja pidetään luottamuksellisina, ja suostumuksen voi perua.',
  ];
  for (const text of fine) it(`silent: ${text}`, () => expect(reported(text)).toBe(false));
  it('agreement set as the condition of visiting the site is consent implied by use; a request for a service of its own is not', () => {
    expect(reported('You need to agree to the tracking of your visit by the analytics tool if you want to visit this blog.')).toBe(true);
    expect(reported('Jos haluat vierailla blogissa, sinun on hyväksyttävä käyntisi seuranta.')).toBe(true);
    expect(reported('Om du vill besöka bloggen godkänner du att ditt besök spåras.')).toBe(true);
    expect(reported('If you want to receive the newsletter, you need to agree to it by ticking the box.')).toBe(false);
  });
  it('consent the controller presumes is implied consent, whatever the act', () => {
    expect(reported('You may send us photos by e-mail; we will assume that you consent to their publication on the site.')).toBe(true);
    expect(reported('Voit lähettää kuvia sähköpostitse, jolloin oletamme, että suostut niiden julkaisemiseen.')).toBe(true);
    expect(reported('Du kan mejla bilder till oss, och vi utgår från att du samtycker till att de publiceras.')).toBe(true);
    // Assuming the reader has others' consent is no consent presumed from the reader.
    expect(reported('When you send us data about others, we assume you have their consent.')).toBe(false);
  });
  it('acceptance with an adverb ("you hereby agree") and Swedish "godta" after continued use', () => {
    expect(reported('By using the app, you hereby agree to the collection of usage figures.')).toBe(true);
    expect(reported('Vi behandlar dina personuppgifter enligt den här policyn och dataskyddsförordningen. Er fortsatta användning av portalen efter en uppdatering innebär att ni godtar den nya texten.')).toBe(true);
    // Agreeing to something asked for on its own is no acceptance by use.
    expect(reported('If you agree, we send you the newsletter.')).toBe(false);
  });
});

describe('consent-by-use: a clause of use, then the acceptance as the main clause', () => {
  it('"When you visit ..., you consent" takes the visit as consent (en, sv, fi)', () => {
    expect(reported('When you visit our shop online or join our mailing list, you consent to the processing described here.')).toBe(true);
    expect(reported('När du besöker vår webbutik eller prenumererar på nyhetsbrevet, samtycker du till behandlingen som beskrivs här.')).toBe(true);
    expect(reported('Vieraillessasi verkkokaupassamme tai tilatessasi uutiskirjeen, hyväksyt tässä kuvatun käsittelyn.')).toBe(true);
  });
  it('a question put after the visit, or a choice offered, is no consent by use', () => {
    expect(reported('When you visit our shop online, we ask whether you consent to analytics cookies.')).toBe(false);
    expect(reported('When you visit our shop online, a banner lets you choose which cookies you accept.')).toBe(false);
    expect(reported('När du besöker webbutiken, frågar vi om du samtycker till statistikkakor.')).toBe(false);
  });
});

describe('consent-by-use: giving the data, said as a time clause, taken as consent', () => {
  it('"ilmoittautuessasi / kun annat tietosi ..., annat suostumuksen" and "godkänner du när du fyller i" report (fi, sv)', () => {
    expect(reported('Kun annat tietosi meille (esimerkiksi rekisteröityessäsi kurssille), annat meille samalla suostumuksen niiden säilyttämiseen.')).toBe(true);
    expect(reported('Ilmoittautuessasi leirille annat yhdistykselle suostumuksen tietojesi käsittelyyn.')).toBe(true);
    expect(reported('Integritetspolicyn för kören godkänner du när du fyller i anmälningsformuläret på webbplatsen.')).toBe(true);
  });
  it('the act with no acceptance taken from it is silent', () => {
    expect(reported('Ilmoittautuessasi leirille pyydämme nimesi ja puhelinnumerosi.')).toBe(false);
    expect(reported('När du fyller i anmälningsformuläret sparar vi ditt namn och din e-postadress.')).toBe(false);
  });
});
