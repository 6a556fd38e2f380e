/**
 * The simple items (controller, purposes, recipients, statutory requirement, automated decisions,
 * data categories, data sources) on sentences written for these tests: the ways notices phrase
 * them, and near-misses that must not count.
 */
import { describe, expect, it } from 'vitest';
import type { ItemId } from '../src/items/index.js';
import { lintSource } from '../src/linter.js';

const TITLE = { fi: 'Tietosuojaseloste', sv: 'Integritetspolicy', en: 'Privacy notice' } as const;

/** The item's status in a small notice: a title and the given paragraphs. */
function status(lang: keyof typeof TITLE, item: ItemId, ...paragraphs: string[]): string | undefined {
  const text = `# ${TITLE[lang]}\n\n${paragraphs.join('\n\n')}\n`;
  return lintSource(text, { filePath: 'n.md', format: 'markdown' }).result.items[item]?.status;
}

describe('data sources', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Saamme tietoja myös yhteistyöseuroilta.'],
    ['fi', 'Tiedot saadaan yhteistyökumppanilta.'],
    ['fi', 'Laskuri kerää automaattisesti kävijämäärät.'],
    ['fi', 'Tietoja kerätään tilauslomakkeen kautta.'],
    ['fi', 'Voit ilmoittaa meille puhelinnumerosi, jos haluat tekstiviestin.'],
    ['sv', 'Uppgifterna du ger till oss när du bokar används för bokningen.'],
    ['sv', 'Vi sparar de uppgifter du anger när du skapar ett konto.'],
    ['sv', 'Vi samlar in ditt namn när du anmäler dig till kursen.'],
    ['en', 'We log the pages you visit and your IP address.'],
    ['en', 'Your device type is collected automatically when the app starts.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'data-sources', text)).toBe('present'));

  const missing: [keyof typeof TITLE, string][] = [
    ['fi', 'Henkilötietoja kerätään vain siltä osin kuin se on tarpeen.'],
    ['sv', 'Dina uppgifter lämnas aldrig ut till andra av föreningen.'],
    ['sv', 'Uppgifterna lämnas inte vidare till någon av våra partner.'],
    ['sv', 'Vem får ta del av uppgifterna? Bara styrelsen.'],
    ['en', 'We do not track you across other websites.'],
  ];
  for (const [lang, text] of missing) it(`missing: ${text}`, () => expect(status(lang, 'data-sources', text)).toBe('missing'));
});

describe('statutory requirement', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Puhelinnumero on vapaaehtoinen tieto.'],
    ['fi', 'Tähdellä merkityt kentät ovat pakollisia.'],
    ['fi', 'Lisäksi voit kertoa harrastuksesi. Tämä tieto ei ole pakollinen.'],
    ['fi', 'Ajanvaraukseen vaaditaan nimi ja puhelinnumero.'],
    ['fi', 'Nämä tiedot ovat välttämättömiä, jotta voimme hoitaa jäsenyytesi.'],
    ['fi', 'Rekisterissä on yhdistyslain edellyttämät tiedot jäsenistä.'],
    ['sv', 'Vill du ha svar behöver du ange en e-postadress.'],
    ['sv', 'Vid bokning måste du uppge namn och telefonnummer.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'statutory-requirement', text)).toBe('present'));

  const missing: [keyof typeof TITLE, string][] = [
    ['fi', 'Keräämme vain tietoja, jotka ovat välttämättömiä palvelun tuottamiseksi.'],
    ['fi', 'Kirjanpitolaissa edellytetään tositteiden säilyttämistä kuusi vuotta.'],
    ['fi', 'Palvelu ei vaadi kirjautumista.'],
    ['sv', 'Uppgifterna hanteras endast av de leverantörer som krävs för att sköta bokningen.'],
    ['en', 'If we are obliged to provide information to the police, we will do so.'],
  ];
  for (const [lang, text] of missing) it(`missing: ${text}`, () => expect(status(lang, 'statutory-requirement', text)).toBe('missing'));
});

describe('automated decision-making', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Päätöksiä ei tehdä automaattisesti.'],
    ['fi', 'Automaattisia hinnoittelupäätöksiä ei tehdä.'],
    ['sv', 'Vi fattar inga automatiska kreditbeslut.'],
    ['sv', 'Inga beslut fattas automatiskt.'],
    ['en', 'We do not use automated tools to make decisions about you.'],
    ['en', 'You have the right not to be subject to automated decisions, but we do not make any.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'automated-decision-making', text)).toBe('present'));

  const vague: [keyof typeof TITLE, string][] = [
    ['fi', 'Sinulla on oikeus olla joutumatta automaattisen päätöksenteon kohteeksi.'],
    ['sv', 'Du har rätt att inte bli föremål för automatiserat beslutsfattande.'],
    ['en', 'Right to object to automated decision-making and profiling.'],
  ];
  for (const [lang, text] of vague) it(`vague: ${text}`, () => expect(status(lang, 'automated-decision-making', text)).toBe('vague'));

  it('a heading on the right with the right under it is vague; with an answer under it, present', () => {
    const right = '## Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi\n\nSinulla on oikeus olla joutumatta yksinomaan automaattiseen käsittelyyn perustuvan päätöksen kohteeksi.';
    expect(status('fi', 'automated-decision-making', right)).toBe('vague');
    expect(status('fi', 'automated-decision-making', '## Automaattinen päätöksenteko\n\nEi tehdä.')).toBe('present');
  });
});

describe('controller identity', () => {
  it('a "Kontakt" section with the name, e-mail and phone under it is the controller', () => {
    expect(status('sv', 'controller-identity', '## Kontakt\n\nHar du frågor är du välkommen att höra av dig.\n\n**Exempelbyrån**  \nE-post: hej@exempelbyran.se  \nTelefon: 070-123 45 67')).toBe('present');
  });
  it('a name with only the supervisory authority’s address is no contact', () => {
    const text = [
      'Exempelföreningen är personuppgiftsansvarig. Frågor kan du ställa till styrelsen.',
      'Du kan lämna klagomål till Integritetsskyddsmyndigheten, Box 8114, 104 20 Stockholm.',
    ];
    expect(status('sv', 'controller-identity', ...text)).toBe('missing');
    expect(status('fi', 'controller-identity', 'Rekisterinpitäjä on Esimerkki ry.', 'Voit tehdä valituksen tietosuojavaltuutetulle. Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki.')).toBe('missing');
  });
  it('a Markdown link to an e-mail address is a contact', () => {
    expect(status('fi', 'controller-identity', 'Rekisteriä ylläpitää Esimerkkiseura ry. Kysymykset voit lähettää [hallitukselle](mailto:hallitus@esimerkkiseura.fi).')).toBe('present');
  });
});

describe('international transfers under the question of the WordPress skeleton', () => {
  it('"Where we send your data" answered "Nowhere" says no data leaves; answered with a destination, where it goes', () => {
    expect(status('en', 'international-transfers', '## Where we send your data', 'Nowhere: everything stays on our own server.')).toBe('present');
    expect(status('en', 'international-transfers', '## Where we send your data', 'Comments are checked by a spam filter run in the United States.')).toBe('present');
    expect(status('en', 'international-transfers', '## Where we send your data', 'To our mail provider.')).toBe('vague');
  });
});

describe('recipients, purposes and data categories', () => {
  it('third-party services used, in any Finnish case, are recipients', () => {
    expect(status('fi', 'recipients', 'Verkkokauppa hyödyntää kolmansien osapuolten palveluita maksujen käsittelyyn.')).toBe('present');
    expect(status('fi', 'recipients', 'Maksutiedot välitetään kolmannelle osapuolelle, maksunvälittäjälle.')).toBe('present');
  });
  it('data from third parties, or a third-party site the visitor opens, names no recipient', () => {
    expect(status('fi', 'recipients', 'Tietoja saadaan myös kolmansilta osapuolilta.')).toBe('missing');
    expect(status('fi', 'recipients', 'Upotetun videon katsominen vastaa käyntiä kolmannen osapuolen sivustolla.')).toBe('missing');
  });
  it('a purpose as "for doing X" (Finnish -mistA varten), and in the first person singular', () => {
    expect(status('fi', 'purposes', 'Pyydän sähköpostiosoitteesi uutiskirjeen lähettämistä varten.')).toBe('present');
    expect(status('fi', 'purposes', 'Käytän kävijätietoja, jotta tiedän, mitä kirjoituksia luetaan.')).toBe('present');
  });
  it('the notice’s own purpose, or a purpose word in the list of rights, states no purpose of the processing', () => {
    expect(status('en', 'purposes', 'The purpose of this policy is to tell you how the club looks after your details.')).toBe('missing');
    expect(status('en', 'purposes', '## Your rights', '- Right to withdraw consent: for purposes that rest on consent you may withdraw it at any time.')).toBe('missing');
    expect(status('en', 'purposes', '## Why we process your data', 'For the purposes of running the club.')).toBe('present');
  });
  it('"feel free to contact us" states no purpose', () => {
    expect(status('en', 'purposes', 'We handle all enquiries by e-mail: use the address below to contact us.')).toBe('missing');
  });
  it('a collection statement with a colon before the list names the data; a bare "we collect" does not', () => {
    expect(status('fi', 'data-categories', 'Käyttökerroista tallennetaan tietoja: ajankohta, laitteen malli ja kieliasetus.')).toBe('present');
    expect(status('en', 'data-categories', 'We collect data lawfully and fairly.')).toBe('missing');
  });
  it('kinds of data named with a cookie word ("browser information") still name the data; cookie text alone does not', () => {
    expect(status('en', 'data-categories', 'The statistics tool records your IP address, browser information and screen size.')).toBe('present');
    expect(status('en', 'data-categories', 'The web server log holds the type of web browser and the operating system of each visitor.')).toBe('present');
    expect(status('en', 'data-categories', 'You can block cookies in your browser; some pages may then not work.')).toBe('missing');
  });
});

describe('statutory requirement in English: the person gives data', () => {
  const present = [
    'Fields marked with an asterisk are mandatory.',
    'You are free to refuse, but then we cannot book a table for you.',
    'To join the club you must provide your date of birth.',
    'Reading the blog works without providing any personal data.',
    'If you withdraw your consent, we may not be able to send you reminders.',
  ];
  for (const text of present) it(`present: ${text}`, () => expect(status('en', 'statutory-requirement', text)).toBe('present'));
  const missing = [
    'We keep your data only as long as necessary to provide the service.',
    'We collect only what is necessary to provide the booking service.',
    'We never provide your address to advertisers; it is necessary for the courier only.',
  ];
  for (const text of missing) it(`missing: ${text}`, () => expect(status('en', 'statutory-requirement', text)).toBe('missing'));
});

describe('data sources in Swedish', () => {
  it('"Var kommer uppgifterna ifrån?" is a sources heading; "från dig när" a source', () => {
    expect(status('sv', 'data-sources', '## Var kommer uppgifterna ifrån?\n\nDe flesta kommer direkt vid anmälan.')).toBe('present');
    expect(status('sv', 'data-sources', 'Uppgifterna får vi från dig när du anmäler dig.')).toBe('present');
  });
});

describe('recipients in English', () => {
  it('"this policy discloses" and security against unauthorised disclosure name no recipient', () => {
    expect(status('en', 'recipients', 'This policy discloses how we handle your data.', 'We protect your data against loss and unauthorised access or disclosure.')).toBe('missing');
    expect(status('en', 'recipients', 'We disclose your order details to the courier.')).toBe('present');
  });
});

describe('controller identity in English', () => {
  it('"the responsible party" (a translation of Verantwortlicher) names the controller', () => {
    expect(status('en', 'controller-identity', 'Responsible party: Jane Doe, Hauptstraße 1, 50667 Köln, jane@example.org.')).toBe('present');
  });

  it("a service's own address (Mailchimp's, Google's) is not the controller's contact", () => {
    const service = 'Our newsletter runs on Mailchimp, operated by The Example Rocket Group, LLC, 12 Peach Street, Atlanta, GA 30308 USA.';
    expect(status('en', 'controller-identity', 'You can find our contact details in the imprint.', service)).toBe('missing');
    expect(status('en', 'controller-identity', 'Harbour Coders ry: write to us at hello@harbourcoders.example about Mailchimp.')).toBe('present');
  });

  it('a chat channel after a "Contact:" label, on the next line, is a way of contact', () => {
    const contact = '* Controller: Harbour Coders ry. Contact:\n  [the club chat](https://chat.example.org) (#general channel)';
    expect(status('en', 'controller-identity', contact)).toBe('present');
    expect(status('en', 'controller-identity', '* Controller: Harbour Coders ry. Contact:\n  [our website](https://example.org)')).toBe('missing');
  });
});

describe('common phrasings', () => {
  const present: [keyof typeof TITLE, ItemId, string][] = [
    ['fi', 'data-sources', 'Tiedot ilmoittaa jäsen itse liittyessään yhdistykseen.'],
    ['fi', 'data-sources', 'Tiedot tallennetaan, kun täytät yhteydenottolomakkeen.'],
    ['fi', 'statutory-requirement', 'Jäsenen on annettava nimensä ja osoitteensa.'],
    ['en', 'statutory-requirement', 'Some information is required to create an account.'],
    ['en', 'automated-decision-making', 'No decisions are made by automated means.'],
    ['fi', 'recipients', 'Tiedot välitetään kirjanpitäjälle.'],
    ['fi', 'recipients', 'Käytämme apuna IT-palveluiden toimittajia.'],
    ['sv', 'recipients', 'Uppgifterna överförs till vår redovisningsbyrå.'],
    ['en', 'recipients', 'Your data may be transferred to our payment provider.'],
    ['fi', 'purposes', 'Tietoja käytetään jäsenrekisterin ylläpitoon.'],
    ['sv', 'purposes', 'Uppgifterna används för medlemsadministration.'],
    ['en', 'purposes', 'Your data is processed for membership administration.'],
  ];
  for (const [lang, item, text] of present) it(`${item} present: ${text}`, () => expect(status(lang, item, text)).toBe('present'));
  const missing: [keyof typeof TITLE, ItemId, string][] = [
    ['fi', 'statutory-requirement', 'Rekisterinpitäjän on annettava pyydetyt tiedot kuukauden kuluessa.'],
    ['fi', 'statutory-requirement', 'Käyttötarkoituksen muutoksesta on annettava tieto asiakkaalle.'],
    ['en', 'statutory-requirement', 'Invoices are required to be kept for seven years, so this information is required to be retained.'],
    ['en', 'recipients', 'Your data is not transferred to countries outside the EU.'],
    ['sv', 'recipients', 'Uppgifterna överförs inte till land utanför EU.'],
  ];
  for (const [lang, item, text] of missing) it(`${item} missing: ${text}`, () => expect(status(lang, item, text)).toBe('missing'));
});

describe('near-misses', () => {
  it('a profile updated automatically is no automated decision', () => {
    expect(status('en', 'automated-decision-making', 'Your profile is automatically updated when you change your settings.')).toBe('missing');
    expect(status('en', 'automated-decision-making', 'Applications are automatically scored and ranked.')).toBe('present');
  });
  it('data needed for a purpose and then kept is a retention statement, not a requirement to give it', () => {
    expect(status('fi', 'statutory-requirement', 'Tiedot ovat tarpeen jäsenyyden hoitamiseksi, joten säilytämme ne jäsenyyden ajan.')).toBe('missing');
  });
});

describe('controller contact: a web form counts, a bare web address does not', () => {
  it('name and website only: missing; name and contact form: present', () => {
    expect(status('en', 'controller-identity', 'The controller is Example Society, https://example.org.')).toBe('missing');
    expect(status('en', 'controller-identity', 'The controller is Example Society. You can reach us through the contact form on our website.')).toBe('present');
    expect(status('sv', 'controller-identity', 'Personuppgiftsansvarig är Exempelföreningen. Kontakta oss via kontaktformuläret.')).toBe('present');
  });
});

describe('controller contact on a line of its own', () => {
  it('an e-mail line that reads as a heading with nothing under it still gives an address', () => {
    const text = 'Tietosuojaseloste\n\nRekisterinpitäjä on Esimerkki ry.\n\nKysymykset hallitukselle\n\nhallitus@kuusikko.fi\n';
    expect(lintSource(text, { filePath: 'n.txt', format: 'text' }).result.items['controller-identity']?.status).toBe('present');
  });
});

describe('data categories: tables and headings', () => {
  it('a table whose data column names one kind per row', () => {
    const table = '| Purpose | Data |\n|---|---|\n| Orders | Name |\n| Newsletter | E-mail address |';
    expect(status('en', 'data-categories', table)).toBe('present');
  });
  const headed: [keyof typeof TITLE, string][] = [
    ['fi', '## Minkälaisia tietoja keräämme?\n\nTilauksen toimittamiseen tarvittavat.'],
    ['sv', '## Vilken information samlar vi in?\n\nDet som behövs för bokningen.'],
    ['en', '## Which personal data do we process?\n\nWhat the booking needs.'],
  ];
  for (const [lang, text] of headed) it(`a heading that asks it: ${text.split('\n')[0]}`, () => expect(status(lang, 'data-categories', text)).toBe('present'));
  const compounds: [keyof typeof TITLE, string][] = [
    ['fi', 'Käsittelemme tunnistetietoja ja asiointitietoja.'],
    ['sv', 'Vi behandlar identitetsuppgifter och kunduppgifter.'],
    ['en', 'We hold identification data and transaction data.'],
  ];
  for (const [lang, text] of compounds) it(`two kinds named as compounds: ${text}`, () => expect(status(lang, 'data-categories', text)).toBe('present'));
});

describe('international transfers: where the data is kept', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Henkilötietoja säilytetään Suomessa sijaitsevilla palvelimilla.'],
    ['fi', 'Palvelimet sijaitsevat EU:n alueella.'],
    ['fi', 'Käytämme sähköpostipalvelua, jonka palvelimet ovat Irlannissa ja Alankomaissa.'],
    ['fi', 'Tietoja voidaan siirtää Yhdysvaltoihin vakiosopimuslausekkeiden perusteella.'],
    ['sv', 'Vi lagrar alla uppgifter på servrar i Sverige.'],
    ['en', 'Your data is stored on servers located in Germany.'],
    ['en', 'The data is processed exclusively in Finland.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'international-transfers', text)).toBe('present'));
  it('a place far from the words of keeping data is no location of the data', () => {
    const text = 'Tiedot tallennetaan väliaikaisesti kyselypalveluun, josta vastauksia käytetään kunnan päätöksenteon tueksi ja tilannekuvan saamiseksi Suomessa.';
    expect(status('fi', 'international-transfers', text)).toBe('missing');
  });
  it('the controller\'s own address is no location of the data', () => {
    expect(status('en', 'international-transfers', 'Example Ltd is a company located in Finland.')).toBe('missing');
  });
});

describe('statutory requirement: mandatory fields', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Pakolliset kentät on merkitty lomakkeeseen tähdellä.'],
    ['sv', 'Obligatoriska fält är markerade med en asterisk.'],
    ['en', 'Required fields are marked in the form.'],
    ['en', 'You do not have to give us your phone number.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'statutory-requirement', text)).toBe('present'));
});

describe('recipients: only named insiders have access', () => {
  const present: [keyof typeof TITLE, string][] = [
    ['fi', 'Tietoja käsittelevät vain yhdistyksen hallituksen jäsenet.'],
    ['sv', 'Endast styrelsen har tillgång till uppgifterna.'],
    ['en', 'Only our staff have access to your data.'],
  ];
  for (const [lang, text] of present) it(`present: ${text}`, () => expect(status(lang, 'recipients', text)).toBe('present'));
});

describe('DPO contact: the officer named with a way to reach them', () => {
  it('named with contact details in the same section is present', () => {
    expect(status('fi', 'dpo-contact', '## Tietosuojavastaava', 'Tietosuojavastaavamme tavoittaa osoitteesta tietosuoja@esimerkki.fi.')).toBe('present');
    expect(status('sv', 'dpo-contact', '## Kontakt', 'Vårt dataskyddsombud nås på 08-123 456 78 eller via dso@exempel.se.')).toBe('present');
  });
  it('named with only a pointer elsewhere is missing', () => {
    expect(status('fi', 'dpo-contact', '## Yhteystiedot', 'Seuralla on tietosuojavastaava. Hänen yhteystietonsa löytyvät verkkosivujemme Yhteystiedot-sivulta.')).toBe('missing');
    expect(status('sv', 'dpo-contact', '## Ansvar', 'Föreningen har utsett ett dataskyddsombud, som du når via föreningens kontaktsida.')).toBe('missing');
  });
  it('a line that only names the officer\'s title, below the controller\'s address, is a label, not an officer reached at that address', () => {
    expect(status('fi', 'dpo-contact', '## Rekisterinpitäjä', 'Kerhon sihteeri, sihteeri@kerho.example', '3 – Tietosuojavastaava', '## Tietosuojavastaava', 'Kerholla ei ole tietosuojavastaavaa.')).toBe('missing');
    expect(status('sv', 'dpo-contact', '## Personuppgiftsansvarig', 'Klubbens kansli, kansli@klubben.example', 'Dataskyddsombud', '## Dataskyddsombud', 'Klubben har inget dataskyddsombud.')).toBe('missing');
    expect(status('en', 'dpo-contact', '## Who we are', 'The club office, office@club.example', '2. Data Protection Officer', '## Data Protection Officer', 'We have not appointed one.')).toBe('missing');
  });
  it('a title line followed by the officer\'s details in its section is present', () => {
    expect(status('fi', 'dpo-contact', '## Yhteystiedot', 'Tietosuojavastaava', 'Maija Mallikas, tietosuoja@kerho.example')).toBe('present');
    expect(status('sv', 'dpo-contact', '## Kontakt', 'Dataskyddsombud', 'Eva Exempel, dso@klubben.example')).toBe('present');
  });
});

describe('what the right of access returns, and a named service that collects', () => {
  it('a sentence naming the right of access lists what the person may be told, not the purposes or recipients', () => {
    const right = 'You have the right to request information about your stored data, its recipients and the purpose of its processing.';
    expect(status('en', 'purposes', right)).toBe('missing');
    expect(status('en', 'recipients', right)).toBe('missing');
    expect(status('en', 'purposes', right, 'We use the members’ addresses to send the yearbook.')).toBe('present');
  });
  it('a named outside service that collects the data itself receives it; a denial or cookies of a named tool do not', () => {
    expect(status('en', 'recipients', 'The pages are served by Netlify, which collects the server logs of each visit.')).toBe('present');
    expect(status('en', 'recipients', 'Netlify does not collect any personal data from the visitors of this page.')).toBe('missing');
    expect(status('en', 'recipients', 'Google Analytics cookies are used to collect anonymous usage figures.')).toBe('missing');
  });
});
