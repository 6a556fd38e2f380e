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
    expect(retention('en', 'Personal data is retained in line with our retention policy.')).toBe('vague');
    expect(retention('sv', 'Loggarna raderas enligt leverantörens rutiner.')).toBe('vague');
    expect(retention('en', 'We keep invoices for 6 years under our retention policy.')).toBe('present');
  });

  it('the time taken to act on a request is no period; a broad "while" or "after the" is no criterion', () => {
    expect(retention('en', 'If you ask us to delete your data, we will do so within 30 days.', 'Your rights')).toBe('missing');
    expect(retention('sv', 'Vi raderar uppgifterna inom en månad efter din begäran.', 'Dina rättigheter')).toBe('missing');
    expect(retention('en', 'We keep your data for 2 years; you can request earlier deletion.', 'Your rights')).toBe('present');
    expect(retention('en', 'After the form is submitted, your data is stored in our CRM.', 'Contact form')).toBe('missing');
    expect(retention('en', 'While we store your data, it is encrypted.', 'Security')).toBe('missing');
    expect(retention('en', 'We keep the data while your account is open.')).toBe('present');
    expect(retention('en', 'Registration data is deleted after the event.')).toBe('present');
    expect(retention('en', 'After you submit the form, we store your information in our CRM.', 'Contact form')).toBe('missing');
    expect(retention('en', 'We delete your data 30 days after you close your account.')).toBe('present');
    expect(retention('sv', 'När du avslutar ett köp lagras dina uppgifter i vårt system.', 'Köp')).toBe('missing');
    expect(retention('sv', 'Uppgifterna raderas när du avslutar ditt konto.')).toBe('present');
  });

  it('"until it is no longer needed" is "as long as necessary" in other words: vague', () => {
    expect(retention('en', 'We keep the data until it is no longer needed.')).toBe('vague');
    expect(retention('en', 'We keep the data until we no longer need it.')).toBe('vague');
    expect(retention('fi', 'Tietoja säilytetään, kunnes niitä ei enää tarvita.')).toBe('vague');
    expect(retention('fi', 'Tietoja säilytetään siihen asti, kun niitä tarvitaan.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna sparas till dess att de inte längre behövs.')).toBe('vague');
    expect(retention('en', 'We keep your data until you close your account.')).toBe('present');
    expect(retention('sv', 'Uppgifterna sparas tills medlemskapet upphör.')).toBe('present');
    expect(retention('en', 'We keep data as long as necessary, after which it is deleted.')).toBe('vague');
    expect(retention('en', 'We keep data for 2 years, after which it is deleted.')).toBe('present');
  });

  it('"until the purpose is fulfilled" is "as long as needed for the purpose": vague', () => {
    expect(retention('fi', 'Tiedot säilytetään, kunnes käsittelyn tarkoitus on täyttynyt.')).toBe('vague');
    expect(retention('fi', 'Tietoja säilytetään käyttötarkoituksen edellyttämän ajan.')).toBe('vague');
    expect(retention('en', 'We keep the data until the purpose of processing has been fulfilled.')).toBe('vague');
    expect(retention('en', 'We keep the data for as long as the purpose requires.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna sparas tills ändamålet med behandlingen har uppfyllts.')).toBe('vague');
    expect(retention('en', 'We keep the data as long as the contract is in force.')).toBe('present');
  });

  it('Finnish "-seen saakka/asti" and the end of a year are criteria; so is a named body of law', () => {
    expect(retention('fi', 'Tiedot säilytetään tilin sulkemiseen saakka.')).toBe('present');
    expect(retention('fi', 'Tiedot säilytetään suostumuksen peruuttamiseen asti.')).toBe('present');
    expect(retention('fi', 'Tiedot säilytetään kuluvan vuoden loppuun.')).toBe('present');
    expect(retention('sv', 'Uppgifterna sparas till årets slut.')).toBe('present');
    expect(retention('en', 'Invoices are stored as required by tax law.')).toBe('present');
    expect(retention('en', 'Invoices are stored as required by law.')).toBe('vague');
  });

  it('a frequency is no period: a review or deletion "once a year", "at 6-month intervals" is a routine (vague)', () => {
    expect(retention('en', 'We review the data once a year and delete what is no longer needed.')).toBe('vague');
    expect(retention('en', 'Backups are checked at 6-month intervals and deleted.')).toBe('vague');
    expect(retention('fi', 'Tiedot tarkistetaan kerran vuodessa ja tarpeettomat poistetaan.')).toBe('vague');
    expect(retention('fi', 'Vanhentuneet tiedot poistetaan 6 kuukauden välein.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna gallras med 12 månaders mellanrum.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna gallras en gång per år.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna sparas i 12 månader.')).toBe('present');
  });

  it('"a monthly newsletter" is no month: English units are whole words', () => {
    expect(retention('en', 'We store your e-mail address to send you a monthly newsletter.', 'Newsletter')).toBe('missing');
    expect(retention('en', 'Logs are kept for a 12-month period.')).toBe('present');
    expect(retention('sv', 'Vi sparar din e-postadress för att skicka ett månadsbrev.', 'Nyhetsbrev')).toBe('missing');
    expect(retention('sv', 'Loggar sparas i 24 timmar.')).toBe('present');
  });

  it('a number in words with the digits in brackets: "six (6) years", "kuusi (6) vuotta"', () => {
    expect(retention('en', 'We keep invoices for six (6) years.')).toBe('present');
    expect(retention('fi', 'Laskut säilytetään kuusi (6) vuotta.')).toBe('present');
    expect(retention('sv', 'Fakturor sparas i sju (7) år.')).toBe('present');
  });

  it('criteria with words inserted: "asiakassuhteen keston ajan", "under hela medlemskapet", "during your membership"', () => {
    expect(retention('fi', 'Tiedot säilytetään asiakassuhteen keston ajan.')).toBe('present');
    expect(retention('sv', 'Uppgifterna sparas under hela medlemskapet.')).toBe('present');
    expect(retention('en', 'We keep the data during your membership.')).toBe('present');
    expect(retention('en', 'We keep the data for the term of the contract.')).toBe('present');
  });

  it('"for the time necessary", "tarvittavan ajan", "den tid som är nödvändig" are vague', () => {
    expect(retention('en', 'We keep the data only for the time necessary.')).toBe('vague');
    expect(retention('en', 'We keep your data for as long as we have a legitimate business need.')).toBe('vague');
    expect(retention('fi', 'Tiedot säilytetään tarvittavan ajan.')).toBe('vague');
    expect(retention('fi', 'Tiedot säilytetään vain niin kauan kuin on välttämätöntä.')).toBe('vague');
    expect(retention('sv', 'Uppgifterna sparas den tid som är nödvändig.')).toBe('vague');
  });

  it('"as long as the account is active" is a criterion in Finnish too', () => {
    expect(retention('fi', 'Käyttäjätilin tiedot säilytetään niin kauan kuin tili on aktiivinen.')).toBe('present');
    expect(retention('fi', 'Jäsentiedot säilytetään niin kauan kuin olet yhdistyksen jäsen.')).toBe('present');
    expect(retention('fi', 'Tiedot säilytetään niin kauan kuin se on tarpeellista.')).toBe('vague');
  });
});

const RIGHTS_HEAD = { fi: 'Rekisteröidyn oikeudet', sv: 'Dina rättigheter', en: 'Your rights' } as const;
const rightIn = (item: string, lang: Lang, body: string, heading: string = RIGHTS_HEAD[lang]) => statusOf(item, lang, heading, body);

describe('the six rights', () => {
  it('a list led in by "you have the right to:" gives its items their context, however the lead-in is worded', () => {
    const list = (lead: string, items: string[]) => `${lead}\n\n${items.map((i) => `- ${i}`).join('\n')}`;
    const fi = list('Rekisteröidyllä on tietosuoja-asetuksen mukaisesti oikeus:', ['pyytää tietonsa tiedostona ja viedä ne toiselle rekisterinpitäjälle']);
    expect(rightIn('right-to-portability', 'fi', fi, 'Muuta tietoa')).toBe('present');
    const en = list('You have the right to:', ['receive your data in a machine-readable format']);
    expect(rightIn('right-to-portability', 'en', en, 'Other information')).toBe('present');
    const noColon = list('Sinulla on seuraavat oikeudet', ['saada tietosi koneluettavassa muodossa']);
    expect(rightIn('right-to-portability', 'fi', noColon, 'Muuta tietoa')).toBe('present');
    const other = list('Voit lukea lisää alta', ['tiedot ovat koneluettavassa muodossa']);
    expect(rightIn('right-to-portability', 'fi', other, 'Tietojen käsittely')).toBe('missing');
    // A list after a colon that grants nothing stays a plain list.
    const plain = list('Tiedot tallennetaan seuraavasti:', ['koneluettavassa muodossa palvelimelle']);
    expect(rightIn('right-to-portability', 'fi', plain, 'Tietojen käsittely')).toBe('missing');
  });

  it("the controller's own right is not the data subject's", () => {
    expect(rightIn('right-to-restriction', 'en', 'We reserve the right to remove posts and restrict access to the forum at our discretion.', 'Forum rules')).toBe('missing');
    expect(rightIn('right-to-erasure', 'fi', 'Pidätämme oikeuden poistaa asiattomat kommentit.', 'Kommentointi')).toBe('missing');
    expect(rightIn('right-to-erasure', 'sv', 'Vi förbehåller oss rätten att ta bort olämpliga inlägg.', 'Forum')).toBe('missing');
    expect(rightIn('right-to-erasure', 'en', 'We may remove any content that violates our terms.', 'Forum rules')).toBe('missing');
    expect(rightIn('right-to-erasure', 'sv', 'Vi kan ta bort inlägg som bryter mot reglerna.', 'Forum')).toBe('missing');
    expect(rightIn('right-to-restriction', 'en', 'We may restrict your account if you break the rules.', 'Forum rules')).toBe('missing');
    expect(rightIn('right-to-erasure', 'fi', 'Meillä on oikeus poistaa asiattomat viestit.', 'Keskustelupalsta')).toBe('missing');
    expect(rightIn('right-to-erasure', 'sv', 'Du kan be oss ta bort dina uppgifter.', 'Kontakt')).toBe('present');
    expect(rightIn('right-to-erasure', 'en', 'If you ask us, we will delete your data.', 'Contact')).toBe('present');
    expect(rightIn('right-to-restriction', 'en', 'You have the right to restrict the processing of your data.')).toBe('present');
  });

  it('a right named only to be denied or set aside is not given', () => {
    expect(rightIn('right-to-erasure', 'fi', 'Koska palvelu ei tallenna henkilötietoja, käyttäjillä ei ole tarvetta pyytää tietojen poistamista.', 'Käyttäjän oikeudet')).not.toBe('present');
    expect(rightIn('right-to-erasure', 'fi', 'Lakisääteinen säilytysvelvollisuus syrjäyttää poisto-oikeuden.', 'Huomautus')).not.toBe('present');
    expect(rightIn('right-to-erasure', 'en', 'Our statutory duty to keep the register overrides the right to erasure.', 'Note')).not.toBe('present');
    // A grant with its limits is still a grant.
    expect(rightIn('right-to-object', 'en', 'You have the right to object unless our compelling legitimate grounds override your interests.')).toBe('present');
    expect(rightIn('right-to-object', 'fi', 'Sinulla on oikeus vastustaa käsittelyä, ellei rekisterinpitäjän oikeutettu etu syrjäytä sitä.')).toBe('present');
  });

  it('a heading that names a right is answered by its text: a denial under it gives no right', () => {
    expect(rightIn('right-to-rectification', 'fi', 'Asiakkaalla ei ole oikeutta vaatia tietojen korjaamista, koska tiedot tulevat suoraan laitteista.', 'Oikeus tietojen korjaamiseen')).toBe('vague');
    expect(rightIn('right-to-erasure', 'sv', 'Du har inte rätt att få uppgifterna raderade, eftersom arkivet ska bevaras enligt lag.', 'Rätt till radering')).toBe('vague');
    // A grant under the same heading, beside its limit, still grants.
    expect(rightIn('right-to-rectification', 'fi', 'Voit pyytää virheellisten tietojen korjaamista. Lokitietoja ei voida oikaista.', 'Oikeus tietojen korjaamiseen')).toBe('present');
  });

  it('English "access" counts for the person\'s own data, not access times or third parties', () => {
    expect(rightIn('right-of-access', 'en', 'You can request access to the personal data we hold about you.', 'Contact')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'You may review the information we have collected about you by writing to us.', 'Reviewing your data')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'You have the right to information, correction and deletion.')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'When you browse the site, your IP address and access times may be logged.', 'Log data')).toBe('missing');
    expect(rightIn('right-of-access', 'en', 'We may change or withdraw access to this site at any time.', 'Changes')).toBe('missing');
    expect(rightIn('right-of-access', 'en', 'Advertising third parties may have access to your device identifier.', 'Advertising')).toBe('missing');
  });

  it('opting out of promotional e-mails is an objection to direct marketing', () => {
    expect(rightIn('right-to-object', 'en', 'You may opt out of receiving promotional e-mails from us at any time.', 'Marketing')).toBe('present');
    expect(rightIn('right-to-object', 'en', 'You can opt out of the use of cookies in your browser.', 'Cookies')).toBe('missing');
  });

  it('Finnish consonant gradation: "kielto" is "kiellon" in the genitive', () => {
    expect(rightIn('right-to-object', 'fi', 'Jos et halua tietojasi julkaistavan, voit esittää siitä kiellon.', 'Tulosten julkaiseminen')).toBe('present');
  });

  it('a copy of the transfer safeguards, and who sees the data, are not access', () => {
    expect(rightIn('right-of-access', 'fi', 'Rekisteröidyllä on oikeus saada jäljennös vakiolausekkeista.', 'Siirrot')).toBe('missing');
    expect(rightIn('right-of-access', 'en', 'You can obtain a copy of the standard contractual clauses by contacting us.', 'Transfers')).toBe('missing');
    expect(rightIn('right-of-access', 'sv', 'Vem får ta del av uppgifterna? Uppgifterna lämnas till vår bokföringsbyrå.', 'Mottagare')).toBe('missing');
    expect(rightIn('right-of-access', 'sv', 'Du har rätt att ta del av de uppgifter vi har om dig.', 'Kontakt')).toBe('present');
  });

  it('a request to inspect names the right of access ("tarkastuspyyntö", "right to request information")', () => {
    expect(rightIn('right-of-access', 'fi', 'Tarkastuspyyntö tulee tehdä kirjallisesti rekisterinpitäjälle.', 'Muuta')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'Data subjects have the right to request information about their personal data.', 'Other')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'You have the right to be informed about how we use your data.', 'Other')).toBe('missing');
  });

  it('a request for information on what data is processed is access', () => {
    expect(rightIn('right-of-access', 'fi', 'Voit pyytää tietoa siitä, mitä henkilötietoja sinusta käsitellään.', 'Yhteydenotot')).toBe('present');
    expect(rightIn('right-of-access', 'sv', 'Du har rätt att begära information om vilka personuppgifter vi behandlar.', 'Kontakt')).toBe('present');
    expect(rightIn('right-of-access', 'sv', 'Du kan begära ett utdrag av dina personuppgifter.', 'Kontakt')).toBe('present');
  });

  it('"tietojen siirto" in a rights list is portability; a transfer abroad is not', () => {
    expect(rightIn('right-to-portability', 'fi', 'Voit pyytää tietojen siirtoa toiseen palveluun.')).toBe('present');
    expect(rightIn('right-to-portability', 'fi', 'Voit pyytää lisätietoja tietojen siirrosta EU:n ulkopuolelle.')).toBe('missing');
  });

  it('Swedish "only stored and not used" is restriction', () => {
    expect(rightIn('right-to-restriction', 'sv', 'Du har rätt att kräva att dina uppgifter endast lagras och inte används.')).toBe('present');
  });

  it('an English lead-in offering options: "options for removing their information"', () => {
    expect(rightIn('right-to-erasure', 'en', 'We give users the following options for removing their information from our database.', 'Choice')).toBe('present');
  });
});

describe("the controller's own deletion and third parties' reading are no rights", () => {
  it('data deleted automatically is the retention schedule, not the right to erasure', () => {
    expect(rightIn('right-to-erasure', 'fi', 'Istuntotiedot ovat tilapäisiä ja ne poistetaan automaattisesti, kun voit kirjautua ulos.', 'Tekniset tiedot')).toBe('missing');
    expect(rightIn('right-to-erasure', 'sv', 'Loggar raderas automatiskt efter 30 dagar, du kan inte påverka det.', 'Loggar')).toBe('missing');
    expect(rightIn('right-to-erasure', 'en', 'Session records are deleted automatically; you can sign out at any time.', 'Sessions')).toBe('missing');
    expect(rightIn('right-to-erasure', 'en', 'You can ask us to delete your data at any time.', 'Contact')).toBe('present');
  });

  it('a heading under the rights that only uses the words does not count over a denial', () => {
    const body = 'Huomautus tietojen poistamisesta\n\nJäsenrekisterin ylläpito on lakisääteistä. Tämä velvoite syrjäyttää poisto-oikeuden.';
    expect(rightIn('right-to-erasure', 'fi', body)).not.toBe('present');
    const granted = 'Tietojen poistaminen\n\nVoit pyytää tietojesi poistamista.';
    expect(rightIn('right-to-erasure', 'fi', granted)).toBe('present');
    // A heading that names the right over text that grants it without its words still counts.
    expect(rightIn('right-to-erasure', 'en', 'Erasure\n\nYou can ask us to do this at any time.')).toBe('present');
  });

  it('an authority or auditor examining the data is not the right of access', () => {
    expect(rightIn('right-of-access', 'sv', 'Granskare från en statlig myndighet kan få granska uppgifterna vid behov.', 'Tillsyn')).toBe('missing');
    expect(rightIn('right-of-access', 'sv', 'Du har rätt att granska de uppgifter vi har om dig.', 'Kontakt')).toBe('present');
  });
});

describe('negation scope in a right', () => {
  it('"ei voi pyytää" / "cannot request" denies; a grant beside a limit still grants', () => {
    expect(rightIn('right-to-erasure', 'fi', 'Tietojen poistamista ei voi pyytää, koska säilytys perustuu lakiin.', 'Huomautus')).toBe('vague');
    expect(rightIn('right-to-erasure', 'en', 'You cannot request deletion of invoices, which we must keep by law.', 'Note')).toBe('vague');
    expect(rightIn('right-to-erasure', 'sv', 'Du kan inte begära att fakturor raderas, eftersom vi måste spara dem enligt lag.', 'Obs')).toBe('vague');
    expect(rightIn('right-to-erasure', 'en', 'You can request deletion, but invoices cannot be deleted.', 'Note')).toBe('present');
    expect(rightIn('right-to-erasure', 'en', 'If you do not have an account, you can ask us to delete your data.', 'Note')).toBe('present');
  });

  it('access asked for as "pääsyä tietoihisi" or "which data we store about you"', () => {
    expect(rightIn('right-of-access', 'fi', 'Voit pyytää pääsyä tietoihisi.', 'Yhteydenotot')).toBe('present');
    expect(rightIn('right-of-access', 'en', 'Upon request we will tell you which data we store about you.', 'Contact')).toBe('present');
  });
});

describe('more ways of saying the rights, and their near-misses', () => {
  it('access that may be restricted is no right to restriction', () => {
    expect(rightIn('right-to-restriction', 'en', 'Access may be restricted where disclosure would harm another person.', 'Access')).toBe('missing');
    expect(rightIn('right-to-restriction', 'sv', 'Tillgången kan begränsas om uppgifterna rör andra personer.', 'Insyn')).toBe('missing');
    expect(rightIn('right-to-restriction', 'fi', 'Pääsyä tietoihin voidaan rajoittaa, jos ne koskevat muita henkilöitä.', 'Tarkastus')).toBe('missing');
  });

  it('rights limited by law are no right to restriction', () => {
    expect(rightIn('right-to-restriction', 'sv', 'Dina rättigheter kan i vissa fall begränsas av lag.', 'Övrigt')).toBe('missing');
    expect(rightIn('right-to-restriction', 'en', 'Your rights may be restricted by law.', 'Other')).toBe('missing');
    expect(rightIn('right-to-restriction', 'fi', 'Oikeuksiisi voi kohdistua rajoituksia lain nojalla.', 'Muuta')).toBe('missing');
    expect(rightIn('right-to-restriction', 'sv', 'Du har rätt att begära begränsning av behandlingen.', 'Övrigt')).toBe('present');
  });

  it('portability: "tietojen siirtämistä toiselle", "in a structured format"', () => {
    expect(rightIn('right-to-portability', 'fi', 'Voit pyytää tietojen siirtämistä toiselle palveluntarjoajalle.', 'Muuta')).toBe('present');
    expect(rightIn('right-to-portability', 'en', 'You have the right to receive your data in a structured format.', 'Other')).toBe('present');
    expect(rightIn('right-to-portability', 'en', 'We may transfer your data to our service providers.', 'Other')).toBe('missing');
    expect(rightIn('right-to-portability', 'en', 'You have the right to request that we transfer the data to you or to a third party.', 'Other')).toBe('present');
  });

  it('opting out of marketing, not of a newsletter, is objection', () => {
    expect(rightIn('right-to-object', 'fi', 'Voit milloin tahansa kieltäytyä markkinointiviesteistä.', 'Markkinointi')).toBe('present');
    expect(rightIn('right-to-object', 'sv', 'Du kan tacka nej till marknadsföring.', 'Marknadsföring')).toBe('present');
    expect(rightIn('right-to-object', 'en', 'You can unsubscribe from our marketing emails at any time.', 'Marketing')).toBe('present');
    expect(rightIn('right-to-object', 'en', 'You can unsubscribe from the newsletter.', 'Newsletter')).toBe('missing');
    expect(rightIn('right-to-object', 'sv', 'Lagen förbjuder oss att lämna ut uppgifterna.', 'Utlämnande')).toBe('missing');
  });

  it('updating the policy, or correct as an adjective, is no rectification', () => {
    expect(rightIn('right-to-rectification', 'sv', 'Vi har uppdaterat vår integritetspolicy så att du kan läsa om dina rättigheter.', 'Om policyn')).toBe('missing');
    expect(rightIn('right-to-rectification', 'en', 'Please give us correct information so we can serve you.', 'Other')).toBe('missing');
    expect(rightIn('right-to-rectification', 'sv', 'Du kan uppdatera dina uppgifter på Mina sidor.', 'Övrigt')).toBe('present');
    expect(rightIn('right-to-rectification', 'en', 'You can correct your details at any time.', 'Other')).toBe('present');
  });

  it('rectification by updating one\'s own data ("päivittää tietosi")', () => {
    expect(rightIn('right-to-rectification', 'fi', 'Voit päivittää tietosi itse palvelussa.', 'Muuta')).toBe('present');
    expect(rightIn('right-to-rectification', 'fi', 'Päivitämme ohjelmiston tiedot säännöllisesti.', 'Muuta')).toBe('missing');
  });
});

describe('the finding for a right named only to be denied', () => {
  it('quotes the denial and says the right must still be told', () => {
    const text = 'Tietosuojaseloste\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy, Kauppakatu 3, 33100 Tampere, info@esimerkki.fi.\n\n2. Tarkoitus\n\nKäsittelemme asiakkaiden henkilötietoja laskutusta varten.\n\n3. Oikeudet\n\nVoit tarkastaa ja oikaista tietosi. Lakisääteinen säilytysvelvollisuus syrjäyttää poisto-oikeuden.\n';
    const { result } = lintSource(text, { filePath: 'n.txt', format: 'text' });
    const m = result.messages.filter((x) => x.ruleId === 'missing-right-to-erasure');
    expect(m.map((x) => x.line)).toEqual([13]);
    expect(m[0].message).toContain('only to deny or set it aside');
  });
});

describe('non-native English names of the rights', () => {
  it('"right to transfer your data", "right of opposition", "modify your data"', () => {
    expect(rightIn('right-to-portability', 'en', 'You have right to transfer your data.', 'Other')).toBe('present');
    expect(rightIn('right-to-object', 'en', 'You have the right of opposition to the processing.', 'Other')).toBe('present');
    expect(rightIn('right-to-rectification', 'en', 'You can modify your data in the profile.', 'Other')).toBe('present');
    expect(rightIn('right-to-portability', 'en', 'We transfer your data to our payment provider.', 'Payments')).toBe('missing');
  });
});

describe('Finnish compounds with the key word as their second half', () => {
  it('"suoramarkkinointikielto" is objection; "tiedonsaantioikeus" is access; "siirretään toiseen palveluun" is portability', () => {
    expect(rightIn('right-to-object', 'fi', 'Suoramarkkinointikiellon voi ilmoittaa sähköpostitse.', 'Markkinointi')).toBe('present');
    expect(rightIn('right-of-access', 'fi', 'Rekisteröidyn tiedonsaantioikeus toteutetaan pyynnöstä.', 'Muuta')).toBe('present');
    expect(rightIn('right-to-portability', 'fi', 'Voit pyytää, että tietosi siirretään toiseen palveluun.', 'Muuta')).toBe('present');
    expect(rightIn('right-to-portability', 'fi', 'Tiedot siirretään toiselle palvelimelle varmuuskopiointia varten.', 'Tietoturva')).toBe('missing');
  });
});

describe('rights said in other words', () => {
  const right = (item: string, lang: Lang, body: string) => statusOf(item, lang, { fi: 'Rekisteröidyn oikeudet', sv: 'Dina rättigheter', en: 'Your rights' }[lang], body);
  const cases: [string, Lang, string][] = [
    ['right-to-rectification', 'fi', 'Jokaisella on oikeus tietää, mitä tietoja hänestä on tallennettu, ja pyytää niiden päivittämistä.'],
    ['right-to-rectification', 'sv', 'Du har rätt att få veta vilka uppgifter vi har om dig och att få dem uppdaterade.'],
    ['right-to-rectification', 'en', 'You can request a copy of the data we hold about you and ask us to update it if it is wrong.'],
    ['right-of-access', 'en', 'You are entitled to obtain confirmation as to whether we process your data.'],
    ['right-to-object', 'sv', 'Du kan när som helst säga nej till direktmarknadsföring.'],
  ];
  for (const [item, lang, body] of cases) it(`${item}: ${body}`, () => expect(right(item, lang, body)).toBe('present'));
});

describe('retention: recordings overwritten', () => {
  it('a period of overwriting is a retention period', () => {
    expect(retention('en', 'Camera recordings are overwritten automatically after 14 days.')).toBe('present');
    expect(retention('sv', 'Inspelningarna skrivs över automatiskt efter 30 dagar.')).toBe('present');
    expect(retention('fi', 'Tallenteet ylikirjoitetaan automaattisesti 30 päivän kuluttua.')).toBe('present');
  });
});

describe('retention: the end of a relationship or an event as the criterion', () => {
  it('counts when said as a clause or as a duration', () => {
    expect(retention('fi', 'Tiedot poistetaan, kun asiakkuus päättyy.')).toBe('present');
    expect(retention('fi', 'Tietoja säilytetään asiakkuuden keston ajan.')).toBe('present');
    expect(retention('fi', 'Ilmoittautumistiedot säilytetään tapahtuman ajan ja poistetaan sen jälkeen.')).toBe('present');
    expect(retention('sv', 'Uppgifterna sparas så länge medlemskapet varar.')).toBe('present');
  });
  it('"as long as needed" stays vague', () => {
    expect(retention('fi', 'Tiedot hävitetään tietoturvallisesti, kun niitä ei enää tarvita.')).toBe('vague');
  });
});

describe('English rights said in other words', () => {
  it('an exported file of the data, or the data handed over to you or to another, is portability', () => {
    expect(statusOf('right-to-portability', 'en', 'Your rights', 'If you wish, we send you an exported file of the personal data you gave us when you joined.')).toBe('present');
    expect(statusOf('right-to-portability', 'en', 'Your rights', 'You may have the data you gave us handed over to you or to another service (Article 20 GDPR).')).toBe('present');
  });
  it('the controller keeping its own copy is no right of access', () => {
    expect(statusOf('right-of-access', 'en', 'Invoices', 'If you ask for a receipt, the law obliges us to retain a copy of it, with your personal details, for seven years.')).toBe('missing');
    expect(statusOf('right-of-access', 'en', 'Your rights', 'You may ask for a copy of the personal data we hold about you.')).toBe('present');
  });
});
