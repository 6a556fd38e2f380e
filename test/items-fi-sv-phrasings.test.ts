/**
 * Finnish and Swedish ways of stating (or seeming to state) the GDPR items, met on real notices and
 * written here in our own sentences: what each must make of the item, and the near-misses that
 * must not count.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import { expectEach } from './item-cases.js';


describe('legal obligation said as "laillinen velvoite": a basis, not a description of an interest', () => {
  expectEach('present', [['fi', 'legal-basis', 'Käsittelyn oikeusperuste on laillinen velvoite.']]);
  expectEach('missing', [['fi', 'legitimate-interests', 'Tietosuoja-asetuksen mukaiset oikeusperusteet ovat yhdistyksen oikeutettu etu ja laillinen velvoite.']]);
});

describe('recipients: "on pääsy vain" (only insiders have access) says who receives the data', () => {
  expectEach('present', [['fi', 'recipients', 'Asiakasrekisteriin on pääsy vain niillä työntekijöillä, jotka hoitavat laskutusta.']]);
  expectEach('missing', [['fi', 'recipients', 'Sinulla on pääsy omiin tietoihisi palvelun kautta.']]);
});

describe("erasure: the controller's own schedule ('hävitetään sen jälkeen, kun ...') is retention, not the right", () => {
  expectEach('missing', [
    ['fi', 'right-to-erasure', '## Muut oikeudet', 'Kurssilaisten tiedot hävitetään sen jälkeen, kun kurssi on päättynyt.'],
    ['fi', 'right-to-erasure', '## Rekisteröidyn oikeudet', 'Hakemukset poistetaan, kun rekrytointi on päättynyt.'],
  ]);
  expectEach('present', [['fi', 'right-to-erasure', '## Rekisteröidyn oikeudet', 'Voit pyytää tietojesi poistamista, kun ne eivät ole enää tarpeen.']]);
});

describe('statutory requirement: a field marked optional, the person choosing not to give data', () => {
  expectEach('present', [
    ['fi', 'statutory-requirement', 'Tallennamme seuraavat tiedot:\n\n- Nimi\n- Syntymävuosi, ei pakollinen'],
    ['fi', 'statutory-requirement', 'Jos päätät olla luovuttamatta yhteystietojasi, emme voi ilmoittaa sinulle tuloksista.'],
  ]);
  expectEach('missing', [['fi', 'statutory-requirement', 'Tietoja ei luovuteta kolmansille osapuolille.']]);
});

describe('automated decisions named only as a right to object to them, or as what an access request tells', () => {
  expectEach('vague', [
    ['fi', 'automated-decision-making', 'Sinulla on oikeus tarkastaa tietosi sekä vastustaa sinuun kohdistuvaa automaattista päätöksentekoa.'],
    ['sv', 'automated-decision-making', 'Du har rätt att få veta ändamålen, mottagarna och förekomsten av automatiserat beslutsfattande.'],
  ]);
  expectEach('present', [
    ['fi', 'automated-decision-making', 'Emme tee automaattisia päätöksiä.'],
    ['sv', 'automated-decision-making', 'Vi använder inte automatiserat beslutsfattande.'],
  ]);
});

describe('Swedish names of the rights: besked om, ändra dina uppgifter, borttagning, rätten att flytta', () => {
  expectEach('present', [
    ['sv', 'right-of-access', 'Du har rätt att kostnadsfritt få besked om vilka personuppgifter vi behandlar om dig.'],
    ['sv', 'right-to-rectification', 'För att ändra dina uppgifter kan du skriva till föreningens sekreterare.'],
    ['sv', 'right-to-erasure', 'Du har rätt till insyn, rättelse och borttagning av dina uppgifter.'],
    ['sv', 'right-to-portability', 'Du har även rätten att flytta din data till en annan leverantör.'],
  ]);
  expectEach('missing', [
    ['sv', 'right-of-access', 'Vi lämnar besked om din ansökan inom två veckor.'],
    ['sv', 'right-to-rectification', 'Vi kan komma att ändra den här policyn.'],
  ]);
});

describe('statutory requirement in Swedish: fields marked in a list, who must give data, and the balancing test', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'Vi samlar in:\n\n- Namn\n- Telefonnummer (frivilligt)'],
    ['sv', 'statutory-requirement', 'Deltagare som vill bli kontaktade måste ange sina kontaktuppgifter i formuläret.'],
  ]);
  expectEach('missing', [
    ['sv', 'statutory-requirement', 'Vi har bedömt att behandlingen av personuppgifterna är nödvändig för att tillgodose vårt berättigade intresse av säkra IT-system.'],
  ]);
});

describe('controller contact in Swedish: a form the data is kept in is no way to reach the controller', () => {
  expectEach('missing', [['sv', 'controller-identity', 'Exempelklubben AB ansvarar för uppgifterna.', 'Anmälan görs i ett Google-formulär på klubbens Drive.']]);
  expectEach('present', [
    ['sv', 'controller-identity', 'Exempelklubben AB ansvarar för uppgifterna.', 'Du når oss via ett formulär på vår webbplats.'],
    ['sv', 'controller-identity', '## Kontaktinformation', 'Frågor om policyn besvaras på hej@granbacken.se.'],
  ]);
});

describe('a basis named only as the condition of a disclosure is no basis of the processing', () => {
  expectEach('missing', [
    ['fi', 'legal-basis', 'Käsittelemme tietoja jäsenyyden hoitamiseksi.', 'Muille tietoja luovutetaan vain jäsenen suostumuksella tai lain niin vaatiessa.'],
    ['fi', 'legal-basis', 'Tietoja voidaan luovuttaa poliisille, kun sillä on lakiin perustuva oikeus saada ne.'],
    ['sv', 'legal-basis', 'Vi använder uppgifterna för att administrera medlemskapet.', 'Uppgifterna lämnas bara ut med ditt samtycke eller när lag kräver det.'],
  ]);
  expectEach('present', [
    ['fi', 'legal-basis', 'Tietoja käsitellään ja luovutetaan suostumuksesi perusteella.'],
    ['sv', 'legal-basis', 'Vi behandlar och lämnar ut uppgifterna med stöd av ditt samtycke.'],
  ]);
});

describe('legitimate interests: a citation in brackets after the words says which basis, not what the interest is', () => {
  expectEach('missing', [
    ['sv', 'legitimate-interests', 'Vi behandlar uppgifter med stöd av:', '- Avtal (GDPR Art. 6.1.b)\n- Berättigat intresse (GDPR Art. 6.1.f)'],
    ['fi', 'legitimate-interests', 'Käsittelyn perusteet:', '- Sopimus (6 artiklan 1 kohdan b alakohta)\n- Oikeutettu etu (6 artiklan 1 kohdan f alakohta)'],
  ]);
  expectEach('present', [
    ['sv', 'legitimate-interests', 'Vi behandlar uppgifter med stöd av berättigat intresse (att förebygga bedrägerier i bokningssystemet).'],
    ['sv', 'legitimate-interests', 'Rättslig grund för kameraövervakningen: berättigat intresse (art. 6.1 f) — att skydda lokalerna.'],
  ]);
});

describe('retention: how often something happens ("en gång per kalenderår") is no criterion of how long data is kept', () => {
  expectEach('missing', [['sv', 'retention-period', 'Du har rätt att en gång per kalenderår få veta vilka uppgifter vi lagrar om dig.']]);
});

describe('retention: "tills dess att" an event, and a relationship "ja sen jälkeen" with no end', () => {
  expectEach('present', [
    ['sv', 'retention-period', 'Anmälan sparas tills dess att vi har skickat ut resultatlistan, därefter raderas den.'],
    ['fi', 'retention-period', 'Tiedot säilytetään asiakkuuden ajan ja sen jälkeen kuusi vuotta.'],
  ]);
  expectEach('vague', [['fi', 'retention-period', 'Tilaustiedot säilytetään asiakkuuden ajan ja sen jälkeen.']]);
});

describe('consent in Swedish: saying yes to cookies is consent, whose withdrawal must be told', () => {
  expectEach('missing', [['sv', 'consent-withdrawal', 'Statistikkakor sätts bara om du uttryckligen tackar ja till dem i kakrutan.']]);
  expectEach('not-applicable', [['sv', 'consent-withdrawal', 'Styrelsen tackar ja till inbjudningar från andra föreningar.']]);
});

describe('data categories in Swedish: a heading asking "Vilken data ...?" answered under it', () => {
  expectEach('present', [['sv', 'data-categories', '## Vilken data samlar appen in?', 'Appen sparar bara ditt användarnamn.']]);
});

describe('complaint right: a wrapped line cut before the authority name on the next line', () => {
  expectEach('present', [
    ['sv', 'complaint-right', 'Du kan alltid vända dig med ett klagomål till\nIntegritetsskyddsmyndigheten om du är missnöjd.'],
    ['fi', 'complaint-right', 'Jos koet, että tietojasi käsitellään väärin, voit tehdä valituksen\nTietosuojavaltuutetun toimistolle.'],
  ]);
  expectEach('missing', [
    ['sv', 'complaint-right', 'Du kan alltid vända dig till oss om du är missnöjd\n\nIntegritetsskyddsmyndigheten har gett ut riktlinjer om kameror.'],
  ]);
});

describe('consent only promised for what may come, or said to be needless, is no consent relied on', () => {
  expectEach('not-applicable', [
    ['fi', 'consent-withdrawal', 'Jos otamme tulevaisuudessa käyttöön analytiikkaevästeitä, pyydämme niihin suostumuksesi.'],
    ['fi', 'consent-withdrawal', 'Mahdollinen tuleva karttatoiminto otetaan käyttöön vasta, kun olet antanut siihen suostumuksen.'],
    ['fi', 'consent-withdrawal', 'Kielivalinta tallennetaan selaimeen, eikä se edellytä erillistä suostumusta.'],
    ['sv', 'consent-withdrawal', 'Om vi i framtiden börjar använda analyskakor kommer vi att be om ditt samtycke.'],
    ['sv', 'consent-withdrawal', 'Språkvalet sparas lokalt och behöver inte något separat samtycke.'],
  ]);
  expectEach('missing', [
    ['fi', 'consent-withdrawal', 'Lähetämme uutiskirjeen vain suostumuksellasi.'],
    ['sv', 'consent-withdrawal', 'Vi skickar nyhetsbrev endast med ditt samtycke.'],
  ]);
  expectEach('present', [
    ['fi', 'consent-withdrawal', 'Käytämme analytiikkaevästeitä suostumuksellasi.', 'Voit nollata evästevalintasi sivun alareunan linkistä.'],
    ['sv', 'consent-withdrawal', 'Vi använder analyskakor med ditt samtycke.', 'Du kan när som helst ändra dina cookieinställningar via länken i sidfoten.'],
  ]);
});

describe('rights said as bare verbs in a list under a rights lead-in; request limits of a server are no restriction', () => {
  expectEach('present', [
    ['fi', 'right-of-access', 'Sinulla on oikeus:\n\n- pyytää tietoa itsestäsi tallennetuista tiedoista\n- pyytää tietojen korjaamista'],
    ['sv', 'right-of-access', 'Du kan:\n\n- begära en sammanställning av dina personuppgifter\n- begära rättelse'],
    ['fi', 'right-to-portability', 'Sinulla on oikeus saada pääsy tietoihisi ja saada tietosi siirretyksi toiseen palveluun.'],
  ]);
  expectEach('missing', [
    ['fi', 'right-of-access', 'Sinulla on oikeus:\n\n- pyytää sinusta kerättyjen tietojen poistamista'],
    ['fi', 'right-to-restriction', '## Evästeet', '| Eväste | Tarkoitus |\n|---|---|\n| _lim | Rajoittaa pyyntöjen määrää |'],
    ['sv', 'right-to-restriction', '## Kakor', '| Kaka | Syfte |\n|---|---|\n| _lim | Begränsar antalet förfrågningar |'],
  ]);
});

describe('controller: a company that says it is only the processor is not the controller', () => {
  expectEach('missing', [
    ['sv', 'controller-identity', '## Vem ansvarar för dina uppgifter?', 'Exempel AB är personuppgiftsbiträde och behandlar uppgifterna åt din skola. Du når oss på hej@exempel.se.'],
    ['fi', 'controller-identity', '## Kuka vastaa tiedoistasi?', 'Esimerkki Oy toimii henkilötietojen käsittelijänä koulusi lukuun. Tavoitat meidät osoitteesta hei@esimerkki.fi.'],
  ]);
  expectEach('present', [
    ['sv', 'controller-identity', '## Vem ansvarar för dina uppgifter?', 'Exempel AB är personuppgiftsansvarig. Du når oss på hej@granbacken.se.'],
    ['fi', 'controller-identity', '## Kuka vastaa tiedoistasi?', 'Esimerkki Oy on rekisterinpitäjä ja Palvelu Oy henkilötietojen käsittelijä. Tavoitat meidät osoitteesta hei@kuusikko.fi.'],
  ]);
});

describe('automated decisions: a range of articles cites the rights chapter, not Art. 22', () => {
  expectEach('missing', [
    ['fi', 'automated-decision-making', '## Rekisteröidyn oikeudet (tietosuoja-asetuksen 15–22 artiklat)', 'Voit pyytää pääsyä tietoihisi.'],
    ['sv', 'automated-decision-making', '## Dina rättigheter (artiklarna 15-22 i GDPR)', 'Du kan begära tillgång till dina uppgifter.'],
  ]);
  expectEach('present', [['fi', 'automated-decision-making', 'Emme tee tietosuoja-asetuksen 22 artiklassa tarkoitettuja päätöksiä.']]);
});

describe("statutory requirement: 'under förutsättning att' (provided that) in a right is no prerequisite of giving data", () => {
  expectEach('missing', [['sv', 'statutory-requirement', 'Du kan begära att vi raderar dina uppgifter under förutsättning att vi inte behöver dem för att fullgöra avtalet.']]);
  expectEach('present', [['sv', 'statutory-requirement', 'Att du lämnar dina uppgifter är en förutsättning för att vi ska kunna leverera varan.']]);
});

describe('data sources: what the person gives, uploads or sends (second person, third person, verb-second order)', () => {
  expectEach('present', [
    ['fi', 'data-sources', 'Sovellus tallentaa antamasi asetustiedot laitteellesi.'],
    ['fi', 'data-sources', 'Käsittelemme tietoja vain, kun asiakas lähettää tilauslomakkeen.'],
    ['sv', 'data-sources', 'När du bokar ett bord samlar vi in:\n\n- namn\n- telefonnummer'],
  ]);
  expectEach('missing', [['fi', 'data-sources', 'Lähetämme uutiskirjeen kerran kuussa.']]);
});

describe('retention: as long as a feature is in use, or not kept after the task, is a concrete criterion', () => {
  expectEach('present', [
    ['fi', 'retention-period', 'Tietoja säilytetään niin kauan kuin muistutustoiminto on käytössä.'],
    ['fi', 'retention-period', 'Valokuva käsitellään palvelimella, eikä sitä säilytetä tunnistuksen jälkeen.'],
    ['sv', 'retention-period', 'Uppgifterna sparas så länge påminnelsefunktionen används.'],
    ['sv', 'retention-period', 'Bilden sparas inte efter analysen.'],
  ]);
  expectEach('vague', [['fi', 'retention-period', 'Tietoja säilytetään niin kauan kuin on tarpeen.']]);
});

describe("transfers: the country whose laws apply is not where data is kept", () => {
  expectEach('missing', [['sv', 'international-transfers', 'Uppgifter som du lämnar till oss behandlas enligt gällande lagar i Finland.']]);
  expectEach('present', [['sv', 'international-transfers', 'Uppgifter som du lämnar till oss behandlas på servrar i Finland.']]);
});

describe('recipients: data the person shares with us is a source, not a recipient', () => {
  expectEach('missing', [['sv', 'recipients', 'Uppgifter som du delar med oss när du bokar sparas i ett år.']]);
  expectEach('present', [
    ['sv', 'recipients', 'Vi delar med oss av medlemslistan till förbundet.'],
    ['sv', 'recipients', 'Vi delar inte dina uppgifter med någon annan.'],
  ]);
});

describe('controller: who answers for the processing or runs the site, with a way to reach them', () => {
  expectEach('present', [
    ['fi', 'controller-identity', 'Esimerkkiseura vastaa kuusikko.fi -sivuston toiminnasta.', 'Kysymyksiä voi lähettää osoitteeseen seura@kuusikko.fi.'],
    ['sv', 'controller-identity', 'Exempelföreningen ansvarar enligt lag för behandlingen av dina uppgifter.', 'Frågor skickas till info@granbacken.se.'],
  ]);
  expectEach('missing', [['fi', 'controller-identity', 'Sivusto toimii kaikilla selaimilla.', 'Kysymyksiä voi lähettää osoitteeseen seura@esimerkki.fi.']]);
});

describe("transfers: another company's 'tietosuojalausekkeet' (privacy statements) are no transfer safeguard", () => {
  expectEach('missing', [['fi', 'international-transfers', 'Sivuillamme on linkkejä kumppaneihin. Lue kumppaniemme tietosuojalausekkeet heidän sivuiltaan.']]);
  expectEach('present', [['fi', 'international-transfers', 'Siirrot Yhdysvaltoihin perustuvat komission hyväksymiin vakiomuotoisiin tietosuojalausekkeisiin.']]);
});

describe('purposes under a heading that asks how the data is used, subject first', () => {
  expectEach('present', [
    ['sv', 'purposes', '## Hur vi använder dina uppgifter', 'Uppgifterna används endast för:\n\n- att svara på dina frågor'],
    ['fi', 'purposes', '## Miten käytämme tietojasi', 'Tietoja käytetään vain:\n\n- kysymyksiisi vastaamiseen'],
  ]);
});

describe('automated decisions denied in a sentence under a heading that names other rights', () => {
  expectEach('present', [
    ['sv', 'automated-decision-making', '## Rätt till begränsning och invändning', 'Vi fattar inga automatiserade beslut om dig.'],
    ['fi', 'automated-decision-making', '## Oikeus vastustaa käsittelyä', 'Emme tee sinusta automaattisia päätöksiä.'],
  ]);
  // The scope of another right is still no statement about this controller's decisions.
  expectEach('missing', [['sv', 'automated-decision-making', '## Rätt till dataportabilitet', 'Rätten gäller när behandlingen sker automatiserat och grundar sig på samtycke.']]);
});

describe('rights and retention as small notices word them', () => {
  expectEach('present', [
    ['fi', 'right-of-access', '## Oikeutesi', '- Oikeus tiedonsaantiin: kysy, mitä tietoja meillä on sinusta.'],
    ['fi', 'right-to-portability', 'Sinulla on oikeus tarkastaa tietosi ja oikeus siirtää tietoja toiseen palveluun.'],
    ['sv', 'right-to-portability', 'Du har rätt att få dina uppgifter i ett strukturerat, vanligt använt och portabelt format.'],
    ['fi', 'retention-period', 'Kirjautumistiedot säilyy laitteella, kunnes kirjaudut ulos.'],
    ['fi', 'retention-period', '## Säilytysaika', 'Asiakkuuden kestoaika.'],
    ['sv', 'retention-period', 'Tjänsten håller IP-adressen i minnet i högst sex timmar.'],
    ['sv', 'retention-period', 'Mejl som du skickar raderas när ärendet är klart.'],
  ]);
  expectEach('missing', [
    ['fi', 'right-to-restriction', '## Oikeutesi', 'Voit estää evästeet selaimessasi. Huomaa, että tämä voi rajoittaa sivuston toimivuutta.'],
    ['sv', 'right-to-restriction', 'I begränsade fall kan vi lämna ut uppgifter till myndigheter om du ber oss.'],
    ['sv', 'right-of-access', 'Appen sparar men delar inte dina uppgifter med någon som du inte har godkänt får ta del av dem.'],
  ]);
});

describe('consent: no consent box shown is no consent relied on', () => {
  expectEach('not-applicable', [['sv', 'consent-withdrawal', 'Besöksstatistiken förs utan kakor. Därför visas ingen samtyckesruta.']]);
});

describe('controller: contact details hidden in an HTML comment reach no reader; "tietojesi ylläpitäjä" names the controller', () => {
  it('a commented-out address is no contact', () => {
    const html = (comment: string) =>
      `<html lang="fi"><body><h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy</p>${comment}<h2>Käsittelyn peruste</h2><p>Käsittely perustuu sopimukseen.</p></body></html>`;
    const controller = (text: string) => lintSource(text, { filePath: 'n.html', format: 'html' }).result.items['controller-identity']?.status;
    expect(controller(html('<!-- <p>joku@esimerkki.fi</p> -->'))).toBe('missing');
    expect(controller(html('<p>joku@kuusikko.fi</p>'))).toBe('present');
  });
  // The role named in a legal basis names nobody.
  expectEach('missing', [['fi', 'controller-identity', 'Käsittely perustuu rekisterinpitäjän oikeutettuun etuun.', 'Tiedot saadaan rekisteröidyltä itseltään verkkolomakkeen kautta.']]);
  expectEach('present', [['fi', 'controller-identity', 'Tietojesi ylläpitäjä on Esimerkkipiiri, jonka tavoitat osoitteesta piiri@kuusikko.org.']]);
});

describe('statutory requirement and recipients said by small apps', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'Det behövs inga personuppgifter för att använda appen.'],
    ['fi', 'statutory-requirement', 'Mikäli emme saa yhteystietoja, tilausta ei voida toimittaa.'],
    ['fi', 'recipients', 'Peli tallentaa edistymisen puhelimeen eikä tietoja lähetetä mihinkään.'],
  ]);
});

describe('legitimate interests: a subsection that opens with what the data serves and ends with the bare claim', () => {
  expectEach('present', [
    ['fi', 'legitimate-interests', '## Käsittelyn tarkoitukset', '### Sivuston kävijät', 'Keräämme kävijöistä tietoja, jotta voimme torjua väärinkäytöksiä.', 'Keräämme IP-osoitteen ja selaimen tyypin.', 'Käsittely perustuu oikeutettuun etuumme.'],
    ['fi', 'legitimate-interests', 'Tallennamme lokit, jotta voimme selvittää häiriöt. Käsittely perustuu oikeutettuun etuumme.'],
  ]);
  // Another basis stated in the same subsection: its purpose words may be that basis's.
  expectEach('missing', [['fi', 'legitimate-interests', '## Käsittelyn tarkoitukset', '### Asiakkaat', 'Käsittelemme tietoja, jotta voimme toimittaa tilaukset.', 'Käsittely perustuu sopimukseen.', 'Lisäksi käsittely perustuu oikeutettuun etuumme.']]);
});

describe("transfers: where the person is ('if you live in the EU/EEA') is no statement on where data goes", () => {
  expectEach('missing', [
    ['sv', 'international-transfers', 'Om du befinner dig i EU/EES har du rätt att klaga hos tillsynsmyndigheten i ditt land.'],
    ['fi', 'international-transfers', 'Jos asut EU-alueella, voit tehdä valituksen oman maasi valvontaviranomaiselle.'],
  ]);
  expectEach('present', [
    ['sv', 'international-transfers', 'Alla uppgifter lagras och behandlas inom EU/EES.'],
    ['fi', 'international-transfers', 'Tietoja käsitellään vain EU:n alueella.'],
  ]);
});

describe('retention: the periods in a list led in by a sentence about keeping data ("Vi sparar dina uppgifter:")', () => {
  expectEach('present', [
    ['sv', 'retention-period', '## Lagring', 'Vi sparar dina uppgifter:\n\n- så länge du är medlem\n- i högst sex månader efter att medlemskapet upphört'],
    ['fi', 'retention-period', '## Tietojen käsittely', 'Säilytämme tietojasi:\n\n- asiakkuuden ajan\n- enintään 3 kuukautta asiakkuuden päättymisen jälkeen'],
  ]);
  // The colon leads in data, not periods: a list of what is collected gives no period.
  expectEach('missing', [
    ['sv', 'retention-period', 'Vi sparar följande uppgifter:\n\n- namn\n- e-postadress'],
  ]);
});

describe('basis and consent: a reason that names a contract; agreeing to the notice is no consent', () => {
  expectEach('present', [['sv', 'legal-basis', 'Vi behandlar dina uppgifter eftersom vi behöver dem för att uppfylla vår överenskommelse med dig.']]);
  expectEach('missing', [['sv', 'legal-basis', 'Vi skickar dig nyhetsbrevet varje vecka.', 'Genom att registrera dig samtycker du till denna integritetspolicy.']]);
  expectEach('not-applicable', [['fi', 'consent-withdrawal', 'Lähetämme tilaajille viikkokirjeen.', 'Käyttämällä palvelua suostut tähän tietosuojaselosteeseen.']]);
});

describe('portability as a noun among the other rights; withdrawal as removing one\'s own address', () => {
  expectEach('present', [
    ['fi', 'right-to-portability', 'Voit pyytää tietojesi korjaamista, poistoa tai siirtoa.'],
    ['sv', 'right-to-portability', 'Du får begära rättelse, radering eller flytt av dina uppgifter.'],
    ['fi', 'consent-withdrawal', 'Lähetämme uutiskirjeen vain suostumuksellasi.', 'Voit milloin tahansa poistaa sähköpostiosoitteesi jakelulistalta.'],
  ]);
  expectEach('missing', [['fi', 'right-to-portability', 'Voit pyytää tietojesi korjaamista tai poistoa. Tietojen siirto EU:n ulkopuolelle ei ole mahdollista.']]);
});

describe("retention: a right's conditions listed under 'rätt att bli raderad:' are no periods", () => {
  expectEach('missing', [['sv', 'retention-period', 'Du har rätt att få dina uppgifter raderade:\n\n- om de inte längre behövs för ändamålet\n- om du återkallar ditt samtycke']]);
});

describe('legitimate interests: the purpose said in the sentence right after a bare claim, in the same paragraph', () => {
  expectEach('present', [
    ['fi', 'legitimate-interests', 'Käsittelyn oikeusperuste on yhdistyksen oikeutettu etu. Rekisterin tarkoitus on hoitaa jäsenten yhteydenpitoa.'],
    ['sv', 'legitimate-interests', 'Den rättsliga grunden är vårt berättigade intresse. Syftet med registret är att hålla kontakt med medlemmarna.'],
  ]);
  // A purpose in another paragraph, after a claim of its own, does not describe it.
  expectEach('missing', [['fi', 'legitimate-interests', 'Käsittelyn oikeusperuste on yhdistyksen oikeutettu etu.', 'Säilytämme tiedot kaksi vuotta.']]);
});

describe('an HTML table printed one cell a line: its rows are its <tr> rows, so the header names each column', () => {
  const html = (cells: string[][]) =>
    `<html><body><h1>Tietosuojaseloste</h1><h2>Käsittely</h2>\n<table>\n${cells
      .map((r, n) => `  <tr>\n${r.map((c) => (n === 0 ? `    <th>${c}</th>` : `    <td>${c}</td>`)).join('\n')}\n  </tr>`)
      .join('\n')}\n</table>\n</body></html>\n`;
  const retention = (cells: string[][]) => lintSource(html(cells), { filePath: 'n.html', format: 'html' }).result.items['retention-period']?.status;
  it('a period under a "Säilytysaika" column is the retention period', () => {
    expect(retention([['Tarkoitus', 'Peruste', 'Säilytysaika'], ['Laskutus', 'Sopimus', '6 vuotta']])).toBe('present');
  });
  it('a number of years under a column that is no retention column is none', () => {
    expect(retention([['Tarkoitus', 'Peruste', 'Ikäraja'], ['Kerho', 'Sopimus', '15 vuotta']])).toBe('missing');
  });
});

describe('Swedish: opting out of marketing is the right to object; a service that handles something receives the data', () => {
  expectEach('present', [
    ['sv', 'right-to-object', 'Du har rätt att:\n\n- få en kopia av dina uppgifter\n- välja bort reklamutskick'],
    ['sv', 'recipients', 'Kortbetalningar hanteras av en extern betaltjänst.'],
  ]);
  expectEach('missing', [['sv', 'recipients', 'Ditt ärende hanteras av oss inom två veckor.']]);
});

describe('statutory requirement: the service used without an account; a DPO said not to exist', () => {
  expectEach('present', [
    ['sv', 'statutory-requirement', 'Du kan använda tjänsten utan att registrera dig.'],
    ['fi', 'statutory-requirement', 'Sovellusta voi käyttää ilman käyttäjätiliä.'],
  ]);
  expectEach('missing', [['sv', 'dpo-contact', 'Exempel AB, Storgatan 1, 111 22 Stockholm, info@exempel.se.', 'Exempel AB är ett litet bolag utan utsett dataskyddsombud.']]);
});

describe("controller: a template's fields left in square brackets give no way of contact", () => {
  expectEach('missing', [['fi', 'controller-identity', '## Rekisterinpitäjä', 'Nimi: [YHDISTYKSEN NIMI]\n\nSähköposti: [info@esimerkki.fi]', '[Poista tämä kappale, jos lomakkeella ei kerätä tietoja.]']]);
  expectEach('present', [
    ['fi', 'controller-identity', '## Rekisterinpitäjä', 'Esimerkki ry, sähköposti [info@kuusikko.fi](mailto:info@kuusikko.fi)'],
    ['sv', 'controller-identity', '## Personuppgiftsansvarig', 'Exempel AB, e-post: info [at] exempel.se'],
  ]);
});
