/**
 * Writes fixtures/documents/: one invented notice per language as a Word document and as the
 * HTML of the same document (`<lang>-notice.docx`, `<lang>-notice.html`), and printed to a PDF
 * of small pages and as its plain text (`<lang>-notice.pdf`, `<lang>-notice.txt`), for the tests
 * that each pair gives the same findings (test/docx.test.ts, test/pdf.test.ts). Each Word
 * document also has what the HTML must not get: a tracked deletion and a comment naming an
 * outdated law or mechanism, and a header and a footer, so reading any of them would show up
 * as a finding.
 *
 *   npx tsx scripts/make-document-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocSpec, docxOf, htmlOf } from './docx-writer.js';
import { pdfOf, textOf } from './pdf-writer.js';

export const NOTICES: Record<'fi' | 'sv' | 'en', DocSpec> = {
  fi: {
    lang: 'fi',
    header: 'Henkilötietolaki (523/1999) – luonnos, älä jaa',
    footer: 'Sivu 1 / 2 – Privacy Shield -sertifioitu',
    blocks: [
      { title: 'Tietosuojaseloste: Kuusirinteen kuntosalin asiakasrekisteri' },
      { p: 'Laadittu 3.11.2026. Tässä selosteessa kerromme, miten käsittelemme asiakkaidemme henkilötietoja EU:n yleisen tietosuoja-asetuksen (EU 2016/679) mukaisesti.' },
      { h: 1, text: '1. Rekisterinpitäjä' },
      { p: 'Kuusirinteen Kuntosali Oy, Havukatu 14, 33950 Pirkkamaa. Sähköposti: tietosuoja@kuusirinteensali.example' },
      { h: 1, text: '2. Yhteyshenkilö rekisteriä koskevissa asioissa' },
      { p: 'Asiakaspalvelupäällikkö Liisa Esimerkki, liisa.esimerkki@kuusirinteensali.example, puh. 040 000 0000.' },
      { h: 1, text: '3. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste' },
      { p: 'Käsittelemme tietoja jäsenyyden hallintaan, laskutukseen ja kulunvalvontaan.[-Käsittely perustuu henkilötietolain (523/1999) 8 §:ään.-] Käsittelyn oikeusperuste on [+asiakkaan kanssa tehty jäsenyyssopimus (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)+].[#Tarkista vielä Privacy Shield -maininta.#]' },
      { h: 1, text: '4. Rekisterin tietosisältö' },
      { ul: ['nimi, syntymäaika ja yhteystiedot', 'jäsenyyden tyyppi ja voimassaolo', 'laskutus- ja maksutiedot', 'kulkukortin käyttötiedot'] },
      { h: 1, text: '5. Säännönmukaiset tietolähteet' },
      { p: 'Tiedot saadaan asiakkaalta itseltään jäsenyyttä solmittaessa sekä kulunvalvontajärjestelmästä.' },
      { pageBreak: true },
      { h: 1, text: '6. Tietojen luovutukset ja siirrot' },
      { p: 'Tietoja ei luovuteta ulkopuolisille. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.' },
      { h: 1, text: '7. Tietojen säilytysaika' },
      { table: [['Tieto', 'Säilytysaika'], ['Jäsenyystiedot', '2 vuotta jäsenyyden päättymisestä'], ['Laskutustiedot', '6 vuotta kirjanpitolain mukaisesti']] },
      { h: 1, text: '8. Rekisteröidyn oikeudet' },
      { bold: 'Oikeus tarkastaa ja oikaista tiedot' },
      { p: 'Sinulla on oikeus tarkastaa sinusta tallennetut tiedot ja vaatia virheellisen tiedon oikaisemista, oikeus tietojen poistamiseen, käsittelyn rajoittamiseen ja siirtämiseen järjestelmästä toiseen sekä oikeus vastustaa käsittelyä.' },
      { bold: 'Oikeus valittaa valvontaviranomaiselle' },
      { p: 'Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle, jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta.' },
    ],
  },
  sv: {
    lang: 'sv',
    header: 'Personuppgiftslagen (1998:204) – utkast',
    footer: 'Sida 1 av 2',
    blocks: [
      { title: 'Dataskyddsbeskrivning för Granbackens bokklubb' },
      { p: 'Uppdaterad 2.11.2026. Här berättar vi hur vi behandlar medlemmarnas personuppgifter enligt dataskyddsförordningen (EU) 2016/679.' },
      { h: 1, text: '1. Personuppgiftsansvarig' },
      { p: 'Granbackens Bokklubb rf, Tallvägen 3, 10600 Ekestad. E-post: dataskydd@granbacken.example' },
      { h: 1, text: 'Ändamål och rättslig grund' },
      { p: 'Vi behandlar uppgifterna för att sköta medlemskapet och skicka medlemsbrev.[-Behandlingen grundar sig på personuppgiftslagen (1998:204).-] Den rättsliga grunden är [+avtalet om medlemskap (artikel 6.1 b i dataskyddsförordningen)+].[#Står det rätt om Safe Harbor?#]' },
      { h: 1, text: 'Vilka uppgifter vi behandlar' },
      { ul: ['namn och kontaktuppgifter', 'medlemsnummer och medlemsavgifter', 'vilka böcker medlemmen har lånat'] },
      { h: 1, text: 'Varifrån uppgifterna kommer' },
      { p: 'Uppgifterna fås av medlemmen själv när hen ansluter sig till klubben.' },
      { h: 1, text: 'Utlämnande och överföring' },
      { p: 'Uppgifterna lämnas inte ut till utomstående och överförs inte utanför EU eller EES.' },
      { h: 1, text: 'Hur länge uppgifterna sparas' },
      { table: [['Uppgift', 'Lagringstid'], ['Medlemsuppgifter', 'ett år efter att medlemskapet upphört'], ['Bokföring', 'sex år enligt bokföringslagen']] },
      { h: 1, text: 'Dina rättigheter' },
      { p: 'Du har rätt att få tillgång till dina uppgifter, att få dem rättade eller raderade, [/]att begära begränsning av behandlingen, att invända mot behandlingen och att få dina uppgifter överförda.' },
      { p: 'Du har rätt att lämna in klagomål till dataombudsmannens byrå.' },
    ],
  },
  en: {
    lang: 'en',
    header: 'Directive 95/46/EC – internal draft',
    footer: 'Page 1 of 2',
    blocks: [
      { title: 'Privacy notice of the Larchfield Rowing Club' },
      { p: 'Last updated 1 November 2026. This notice explains how we process the personal data of our members under the General Data Protection Regulation (EU) 2016/679.' },
      { h: 1, text: '1. Controller' },
      { p: 'Larchfield Rowing Club, 8 Quay Lane, Larchfield. Email: privacy@larchfield-rowing.example' },
      { h: 1, text: '2. Why we process your data and on what basis' },
      { p: 'We process your data to manage your membership, to book the boats and to send the club newsletter.[-We rely on Directive 95/46/EC.-] The legal basis is [+the membership contract (Article 6(1)(b) GDPR)+].[#Mention the Privacy Shield here?#]' },
      { h: 1, text: '3. What data we process' },
      { ul: ['name, date of birth and contact details', 'membership type and fees paid', 'boat bookings'] },
      { h: 1, text: '4. Where the data comes from' },
      { p: 'We receive the data from you when you join the club.' },
      { h: 1, text: '5. Recipients and transfers' },
      { p: 'Our booking system is provided by a processor in the United States, and the transfer relies on the EU-U.S. Privacy Shield.' },
      { h: 1, text: '6. How long we keep the data' },
      { table: [['Data', 'Retention'], ['Membership data', 'two years after the membership ends'], ['Accounting records', 'six years']] },
      { h: 1, text: '7. Your rights' },
      { p: 'You have the right to access your data, to have it rectified or erased, to restrict or object to its processing and to data portability.' },
      { p: 'You have the right to lodge a complaint with a supervisory authority.' },
    ],
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'documents');
  mkdirSync(dir, { recursive: true });
  for (const [lang, spec] of Object.entries(NOTICES)) {
    writeFileSync(join(dir, `${lang}-notice.html`), htmlOf(spec));
    writeFileSync(join(dir, `${lang}-notice.docx`), docxOf(spec));
    writeFileSync(join(dir, `${lang}-notice.txt`), textOf(spec));
    writeFileSync(join(dir, `${lang}-notice.pdf`), pdfOf(spec));
  }
  console.log(`wrote ${Object.keys(NOTICES).length * 4} files to fixtures/documents/`);
}
