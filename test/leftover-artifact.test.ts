/**
 * leftover-artifact on sentences written for these tests: sample text, share and print buttons,
 * and a template's note to whoever fills it in, in each language.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function leftovers(...paragraphs: string[]): number[] {
  const text = `# Notice\n\n${paragraphs.join('\n\n')}\n`;
  const { result } = lintSource(text, { filePath: 'n.md', format: 'markdown' });
  return result.messages.filter((m) => m.ruleId === 'leftover-artifact').map((m) => m.line);
}

describe('leftover-artifact', () => {
  const found: string[][] = [
    ['Yhteyshenkilö: Matti Meikäläinen, puh. 040 000 0000.'],
    ['Päivitetty pp.kk.vvvv.'],
    ['Last updated: DD.MM.YYYY'],
    ['Contact person: John Doe.'],
    ['Käsittelemme tietoja.', 'Tulosta sivu'],
    ['Vi behandlar uppgifter.', 'Dela på Facebook'],
    ['We process data.', 'Share on LinkedIn'],
    ['Tämä on malliseloste: muokkaa se vastaamaan omaa toimintaasi.'],
    // A template field in capitals, and page navigation that says where the page begins.
    ['Questions about this notice: write to [EMAIL/PHONE NUMBER].'],
    ['Rekisterinpitäjä on [YRITYKSEN NIMI] Oy.'],
    ['We process data.', '[Back to top of page](#start)'],
    ['Vi behandlar uppgifter.', 'Till sidans början'],
    // A link to the writer's own preview server.
    ['Write to us through the [feedback page](http://localhost:4000/feedback/).'],
    // A field whose brackets hold the drafter's verb too.
    ['Questions: write to [Enter your e-mail address].'],
    ['Frågor besvaras på [Ange er e-postadress].'],
    ['Yhteydenotot: [Lisää sähköpostiosoite].'],
    // A link field filled in twice: the target is itself a link's markup.
    ['Supervisory authorities are listed at this [Link]([Link](https://example.org/authorities)).'],
    // A page published in place of the notice, and a link back to the page's top.
    ['Information on how we handle personal data will follow here. This page is under construction.'],
    ['Här publiceras snart information om personuppgifter. Den här sidan är under uppbyggnad.'],
    ['Tietosuojaseloste julkaistaan pian. Tämä sivu on vielä rakenteilla.'],
    ['We process data.', '[Back to top page](#start)'],
    // A request to whoever publishes the draft to check it first.
    ['Status: draft. Please review the contact details before publication.'],
    ['Utkast: vänligen granska texten innan publicering.'],
    ['Luonnos: tarkista yhteystiedot ennen julkaisua.'],
    // A template note is still found after words that are not the writer's own.
    ['Remember to adapt this to how your club works.'],
    // Filler X's: alone, after a country code, or as a whole number's digits.
    ['Kirjoita meille: puh. XXXX.'],
    ['VAT number: FI-XXXXXXXX.'],
    ['Y-tunnus: XXXXXXX-X.'],
    // An address on a placeholder domain, in each language; a web address too.
    ['Questions about your data: privacy@example.com.'],
    ['Frågor om dina uppgifter skickas till kontakt@exempel.se.'],
    ['Tietosuoja-asiat: tietosuoja@esimerkki.fi'],
    ['Read more at https://www.example.org/privacy.'],
    // A page builder's text where it hid an e-mail address; a translator's watermark.
    ['Contact: This e-mail address is being protected from spambots. You need JavaScript enabled to view it.'],
    ['E-post: Den här e-postadressen skyddas mot spambots. Du måste ha JavaScript aktiverat för att kunna se den.'],
    ['We process data.', 'Translated with www.DeepL.com/Translator (free version)'],
    ['Käsittelemme tietoja.', 'Käännetty DeepL-kääntäjällä.'],
    // A date still in the template's brackets.
    ['Last updated: [March 2024].'],
    ['Senast uppdaterad: [12 mars 2024]'],
    ['Päivitetty [1.3.2024].'],
    // A note that a field will be filled in later, and a generator's disclaimer to the site owner.
    ['Föreningen Exempel · org.nr fylls i senare'],
    ['Y-tunnus lisätään myöhemmin.'],
    ['We recommend consulting a legal professional before relying on this policy.'],
    // A template's name for the organisation, never replaced.
    ['If you have questions about Our Company\'s privacy policy, write to us.'],
    ['The Our Company website links to other sites.'],
    // A field's label with its own name as the value; a sample address; a style sheet rule as text.
    ['Telephone: Telephone number'],
    ['E-post: e-postadress'],
    ['Puhelin: puhelinnumero'],
    ['Visiting address: Any Street 1, Helsinki.'],
    ['Vi behandlar uppgifter.', '.back-link:hover { gap: 0.75rem; }'],
    // A field's value left in brackets after its label: a lost link's text or a template's field.
    ['Personuppgiftsansvarig: [Se Kontaktsidan]'],
    ['Rekisterinpitäjä: [Katso Yhteystiedot]'],
    ['The body that decides on your data: [Named On Contact Page]'],
  ];
  for (const paragraphs of found) it(`reports: ${paragraphs.join(' / ')}`, () => expect(leftovers(...paragraphs)).toEqual([1 + 2 * paragraphs.length]));

  it('a bracketed value on the line after its label is found there; a link, a defined reference or a redaction is not', () => {
    expect(leftovers('The club that decides on your data is:\n[See Contact Page]')).toEqual([4]);
    expect(leftovers('Read our terms: [Terms](https://example.org/terms)')).toEqual([]);
    expect(leftovers('Read our terms: [Terms]', '[Terms]: https://example.org/terms')).toEqual([]);
    expect(leftovers('Name of the officer: [redacted]')).toEqual([]);
    expect(leftovers('Sources: [1]')).toEqual([]);
    expect(leftovers('We use the [Matomo] tool: it runs on our own server.')).toEqual([]);
  });

  it('a note\'s words as the writer\'s own statement or a shop\'s button are no template note', () => {
    expect(leftovers('We may adapt this notice when our services change; the new version applies from its date.')).toEqual([]);
    expect(leftovers('We reserve the right to customise this policy to new legal requirements.')).toEqual([]);
    expect(leftovers('Vi förbehåller oss rätten att anpassa denna policy när lagen ändras.')).toEqual([]);
    expect(leftovers('We process data.', 'Buy this template')).toEqual([]);
    // The writer as the note's subject: a statement of what the writer does.
    expect(leftovers('We adapt this notice whenever our services or the law change.')).toEqual([]);
    expect(leftovers('We regularly adapt this page to new legal requirements.')).toEqual([]);
    expect(leftovers('Käsittelemme tietoja.', 'Osta tämä pohja')).toEqual([]);
  });

  it('an example domain given as an example, a bare domain, a real domain, and "our company" in prose are no leftovers', () => {
    expect(leftovers('Your user name is your e-mail address, for example anna@example.com.')).toEqual([]);
    expect(leftovers('Användarnamnet är din e-postadress, t.ex. anna@exempel.se.')).toEqual([]);
    expect(leftovers('A cookie set on example.org cannot be read from another domain.')).toEqual([]);
    expect(leftovers('Write to privacy@examplebank.com with your request.')).toEqual([]);
    expect(leftovers('Everyone at our company is bound by confidentiality.')).toEqual([]);
    expect(leftovers('We process data.', '## About Our Company', 'We sell bicycles.')).toEqual([]);
    expect(leftovers('Lomake täytetään rekisteröitymisen yhteydessä, ja tiedot lisätään asiakasrekisteriin.')).toEqual([]);
    expect(leftovers('Formuläret fylls i av dig när du anmäler dig.')).toEqual([]);
    expect(leftovers('The notice was updated in [2] places in March 2024.')).toEqual([]);
  });

  it('a field with a real value, a label with a longer value and braces without a style rule are no leftovers', () => {
    expect(leftovers('Telephone: 09 8765 4321', 'Name: Anna Berg', 'Company: Companyhouse Ltd')).toEqual([]);
    expect(leftovers('Email: email address of the association\'s secretary, see below.')).toEqual([]);
    expect(leftovers('Tiedot: nimi, osoite ja puhelinnumero.')).toEqual([]);
    expect(leftovers('We send the form as {"name": "value"} to our server.')).toEqual([]);
  });

  it('a style sheet rule says what it is', () => {
    const { result } = lintSource('# Notice\n\nWe process data.\n\n.last-updated { color: #94a3b8; font-size: 0.9rem; }\n', { filePath: 'n.md', format: 'markdown' });
    expect(result.messages.filter((m) => m.ruleId === 'leftover-artifact').map((m) => [m.line, m.column, m.message])).toEqual([
      [5, 1, '".last-updated { color: #94a3b8; font-..." is a style sheet rule shown as text: the page\'s code was copied into the notice. Remove it.'],
    ]);
  });

  it("X's joined to a code's own letters show a number's form, not an unfilled field", () => {
    expect(leftovers('Each member gets a card number (form: CLUB-XXX-XXX) at sign-up.')).toEqual([]);
    expect(leftovers('Jäsennumero on muotoa SEURA-XXXX, ja se näkyy kortissa.')).toEqual([]);
    expect(leftovers('Kundnumret skrivs KUND-XXX-XX på fakturan.')).toEqual([]);
  });

  it('an abbreviation or a link in capitals is no template field; a published link is no local address', () => {
    expect(leftovers('The regulation [EU] 2016/679 applies.', 'Read the [GDPR FAQ](https://www.tietosuoja.fi/faq) or our page at https://www.tietosuoja.fi/localhost-tips.')).toEqual([]);
  });

  it('a link to a local server in a page counts only as a link, not in a script', () => {
    const page = '<html><body><script>const dev = "http://localhost:3000";</script><h1>Notice</h1><p>We keep your data safe.</p><p>See the <a href="http://127.0.0.1:8080/contact">contact page</a>.</p></body></html>';
    const { result } = lintSource(page, { filePath: 'n.html', format: 'html' });
    expect(result.messages.filter((m) => m.ruleId === 'leftover-artifact').map((m) => m.message)).toEqual([
      '"http://127.0.0.1:8080/contact" is an address on the writer\'s own computer (a local preview server), left in the notice: readers cannot open it. Link the published page instead.',
    ]);
  });

  it("a page's skip link to its main content is the page's navigation, not the notice's", () => {
    const page = '<html><body><div class="skip-wrapper"><a href="#main" class="skip-to-main-link">Hoppa till huvudinnehåll</a></div><main id="main"><h1>Integritetspolicy</h1><p>Vi behandlar personuppgifter.</p></main></body></html>';
    const { result } = lintSource(page, { filePath: 'n.html', format: 'html' });
    expect(result.messages.filter((m) => m.ruleId === 'leftover-artifact')).toEqual([]);
  });

  it("a page's share buttons, named by their class, are the page's furniture; the same word in a plain-text notice is not", () => {
    const page = (cls: string) => `<html><body><main><h1>Integritetspolicy</h1><p>Vi behandlar personuppgifter för att leverera våra tjänster.</p><div class="${cls}"><span class="label">Dela</span> <a href="https://twitter.com/intent/tweet" aria-label="Twitter"><i class="icon"></i></a></div></main></body></html>`;
    const run = (cls: string) => lintSource(page(cls), { filePath: 'n.html', format: 'html' }).result.messages.filter((m) => m.ruleId === 'leftover-artifact');
    expect(run('share-wrapper')).toEqual([]);
    expect(run('post-tail')).not.toEqual([]);
    expect(leftovers('Vi behandlar uppgifter.', 'Dela')).toEqual([5]);
  });

  it('finished text that mentions sharing or printing is no leftover', () => {
    expect(leftovers('We share data with our accounting firm.', 'You may print this notice for your records.')).toEqual([]);
  });
  it("a drafter's instruction where text should be, where a sentence starts, is a template note", () => {
    expect(leftovers('## Yhteystiedot', 'Täydennä yhdistyksen virallinen nimi ja y-tunnus tähän ennen julkaisua.')).toEqual([5]);
    expect(leftovers('Vi behandlar uppgifter.', 'OBS: Fyll i bolagets postadress här.')).toEqual([5]);
    expect(leftovers('We process data.', '**DEMO: Insert the full cookie list here**')).toEqual([5]);
  });

  it('the same words said to the reader mid-sentence are no template note', () => {
    expect(leftovers('In your account you can add a second e-mail address here, if you wish.', 'Lisää tietoa tähän liittyen saat asiakaspalvelusta.')).toEqual([]);
  });
  it("a field word in round brackets after a service's name says what the service is; alone or after an ordinary word it is a field", () => {
    expect(leftovers('- Mailchimp (sähköposti)\n- Google/Gmail (sähköposti)\n- Teams (telefon)', 'We send the newsletter with Brevo (email).')).toEqual([]);
    expect(leftovers('Ota yhteyttä sähköpostitse (s-postiosoite).', 'Yhteyshenkilö (nimi)', 'E-post: (e-postadress)')).toEqual([3, 5, 7]);
  });
  it('a role word in round brackets after a name set in bold says what the named party is; after a bold field label it is a field', () => {
    expect(leftovers('Frågor om bokningen:  \n**Din frisör** (personuppgiftsansvarig)', 'Kysymykset:  \n**Kotikuntasi** (rekisterinpitäjä)')).toEqual([]);
    expect(leftovers('**Yhteyshenkilö** (nimi)', 'Kontakt: **Kontaktperson:** (e-postadress)')).toEqual([3, 5]);
  });
});

describe('leftover-artifact and a site page\'s own navigation in HTML', () => {
  const html = (body: string) => {
    const { result } = lintSource(`<!DOCTYPE html><html lang="en"><head><title>Privacy</title></head><body>${body}</body></html>`, { filePath: 'p.html', format: 'html' });
    return result.messages.filter((m) => m.ruleId === 'leftover-artifact' || m.ruleId === 'empty-section').map((m) => m.ruleId);
  };
  const notice = '<h1 id="top">Privacy notice</h1><p>We keep the names and e-mail addresses of our members to send them the club letter.</p>';
  it('a link within the page, first in the body, is a skip link whatever its class', () => {
    expect(html(`<a class="hop" href="#top">Skip to content</a>${notice}`)).toEqual([]);
  });
  it('the same words inside the notice are still left-over navigation', () => {
    expect(html(`${notice}<p>Skip to content</p>`)).toEqual(['leftover-artifact']);
  });
  it('a menu named by its class, all links to other pages, is the site\'s, not the notice\'s', () => {
    expect(html(`<div class="top-menu"><ul><li><a href="index.html">Home</a></li><li><a href="share.html">Share</a></li></ul></div>${notice}`)).toEqual([]);
  });
  it('a menu of dummy links ("#") named by its class is the site\'s too', () => {
    expect(html(`<div class="second-nav"><a href="#">Products</a> <a href="#">Share</a></div>${notice}`)).toEqual([]);
  });
  it('a button labelled with navigation words is the page\'s control; the same words as text are left over', () => {
    expect(html(`<div class="outline"><button type="button">Back to top</button></div>${notice}`)).toEqual([]);
    expect(html(`${notice}<div><button>Return to top</button></div>`)).toEqual([]);
    expect(html(`${notice}<p>Return to top</p>`)).toEqual(['leftover-artifact']);
  });
  it('a link in square brackets is a reference, not a choice left from a template', () => {
    expect(html(`${notice}<p>The survey found the same [<a href="https://example.org/paper">source</a>].</p>`)).toEqual([]);
    expect(html(`${notice}<p>We send the letter by [post] or e-mail.</p>`)).toEqual(['leftover-artifact']);
  });
  it('a menu under its own heading is left whole, so the heading is not left empty', () => {
    expect(html(`${notice}<h4>Menu</h4><div class="footer-nav"><ul class="nav-list"><li><a href="index.html">Home</a></li></ul></div>`)).toEqual([]);
  });
});

describe('leftover-artifact and an unrendered shortcode', () => {
  it('a name with attributes in square brackets is a shortcode left in', () => {
    expect(leftovers('Questions go to our data protection officer: [show-field id="officer"]')).toEqual([3]);
    expect(leftovers('Ota yhteyttä lomakkeella: [contact-form id=12]')).toEqual([3]);
  });
  it('a Markdown link or a word in brackets is no shortcode', () => {
    expect(leftovers('Read the [terms of use](https://example.org/terms) and write to us [by e-mail].')).toEqual([]);
  });
});

describe("leftover-artifact: a writing guide's words about the drafter's own notice", () => {
  it('an instruction to explain something "in your privacy policy" is a leftover (en, fi, sv)', () => {
    expect(leftovers('If the shop uses a payment service, explain this clearly in your privacy policy.')).toEqual([3]);
    expect(leftovers('Jos käytät uutiskirjepalvelua, kerro siitä tietosuojaselosteessasi.')).toEqual([3]);
    expect(leftovers('Om appen delar data med andra är det viktigt att förklara det i integritetspolicyn.')).toEqual([3]);
  });
  it('the controller saying what its own policy explains is no leftover', () => {
    expect(leftovers('We explain in our privacy policy how long we keep data.')).toEqual([]);
    expect(leftovers('Vi förklarar i integritetspolicyn hur länge vi sparar uppgifter.')).toEqual([]);
  });
});

describe('leftover-artifact: numbers of zeros, test addresses and work markers in names', () => {
  it('a number of zeros only is a template\'s value (fi, sv, en)', () => {
    expect(leftovers('Rekisterinpitäjä on Pajapuu Oy (Y-tunnus 0000000-0), Oulu.')).toEqual([3]);
    expect(leftovers('Personuppgiftsansvarig är Snickeri AB, org.nr 000000-0000.')).toEqual([3]);
    expect(leftovers('We are Brightfield Ltd, company number 00000000.')).toEqual([3]);
  });
  it('a number with other digits, or a short run of zeros, is no placeholder', () => {
    expect(leftovers('Rekisterinpitäjä on Pajapuu Oy (Y-tunnus 2000700-1), puh. 040 000 1234.')).toEqual([]);
    expect(leftovers('We keep logs for 000 days at most and answer on 0800 100 200.')).toEqual([]);
  });
  it('an address at test.com is a generator\'s test value', () => {
    expect(leftovers('Questions about this notice: write to test@test.com.')).toEqual([3]);
  });
  it('a work marker joined by a hyphen to a word is part of a name, not a note', () => {
    expect(leftovers('This notice explains how the TODO-App handles data. Contact the TODO-App team.')).toEqual([]);
    expect(leftovers('Appen Handla-TODO sparar listan på din telefon.')).toEqual([]);
    expect(leftovers('We keep logs for a period TODO: decide.')).toEqual([3]);
  });
});

describe('leftover-artifact and a drafting note in square brackets', () => {
  it("a bracketed note on when a clause applies, or to delete it, is the template's note (en)", () => {
    expect(leftovers('You may ask us to send your data to another club (where applicable) [Only applies where the processing is based on consent].')).toEqual([3]);
    expect(leftovers('We keep match results for five years [delete as appropriate].')).toEqual([3]);
    // Also escaped and in italics, as a Markdown template writes it.
    expect(leftovers('You may object to the processing \\[_Only applies if we rely on legitimate interests_\\].')).toEqual([3]);
  });
  it("the same condition said by the notice itself is no note", () => {
    expect(leftovers('The right to portability only applies where the processing is based on consent or a contract.')).toEqual([]);
    expect(leftovers('The right to portability (it only applies where the processing is based on consent) is yours.')).toEqual([]);
  });
});
