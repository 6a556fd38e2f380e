import { describe, expect, it } from 'vitest';
import { blockSpan, segmentBlock, sliceBlock, visibleText } from '../src/model/blocks.js';
import { parseNotice } from '../src/parse/notice.js';
import { LineIndex } from '../src/model/positions.js';
import { sentences } from '../src/model/sentences.js';
import type { Notice } from '../src/model/types.js';

const titles = (n: Notice) => n.sections.map((s) => `${s.level}:${s.number ?? ''}:${s.title}`);
const lineOf = (n: Notice, offset: number) => n.lines.position(offset).line;

describe('LineIndex', () => {
  it('counts LF, CRLF and CR line endings alike', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(2)).toEqual({ line: 2, column: 1 });
    expect(idx.position(5)).toEqual({ line: 3, column: 1 });
    expect(idx.position(7)).toEqual({ line: 4, column: 1 });
    expect(idx.lineCount).toBe(4);
  });
  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab');
    expect(idx.position(-5)).toEqual({ line: 1, column: 1 });
    expect(idx.position(99)).toEqual({ line: 1, column: 3 });
  });
});

describe('plain text', () => {
  it('does not take a line of links or a breadcrumb for a heading', () => {
    expect(titles(parseNotice('Etusivu | Palvelut | Tietosuoja\n\nTietosuojaseloste\n\nRekisterinpitäjä on Esimerkki Oy.\n', 'text'))).toEqual(['1::Tietosuojaseloste']);
    expect(titles(parseNotice('Home › Privacy\n\nWho we are\n\nExample Ltd is the controller.\n', 'text'))).toEqual(['1::Who we are']);
  });
  it('reads numbered headings with sub-sections and keeps their numbers', () => {
    const n = parseNotice('1. Rekisterinpitäjä\n\nEsimerkki Oy\n\n7.2 Säilytysaika\n\nKuusi vuotta.\n', 'text');
    expect(titles(n)).toEqual(['1:1:Rekisterinpitäjä', '2:7.2:Säilytysaika']);
  });
  it('does not take a date, an address or a sentence for a heading', () => {
    const n = parseNotice('Päivitetty 24.5.2018\n\nEsimerkki Oy\nKatu 1\n\nTämä on lause.\n', 'text');
    expect(n.sections).toHaveLength(0);
  });
  it('reads a label followed by a one-word answer as heading and body', () => {
    const n = parseNotice('Käsittelyn oikeusperuste\n\nSopimus\n\nKäsittelyn tarkoitus\n\nAsiakassuhteen hoitaminen ja laskutus, joita varten tiedot kerätään.\n', 'text');
    expect(titles(n)).toEqual(['1::Käsittelyn oikeusperuste', '1::Käsittelyn tarkoitus']);
    expect(n.sections[0].blocks.map((b) => b.text)).toEqual(['Sopimus']);
  });
  it('reads tab-separated rows as one section each, HTML tags blanked but offsets kept', () => {
    const src = 'Seloste\n\nNimi\tEsimerkki Oy\nTarkoitus\t<p>Laskutus.</p>\nSuostumus\t\nOikeudet\tTarkastus\n';
    const n = parseNotice(src, 'text');
    expect(titles(n)).toEqual(['1::Nimi', '1::Tarkoitus', '1::Suostumus', '1::Oikeudet']);
    const body = n.sections[1].blocks[0];
    expect(body.text.trim()).toBe('Laskutus.');
    const i = body.text.indexOf('Laskutus');
    const span = blockSpan(body, i, i + 8);
    expect(src.slice(span.start, span.end)).toBe('Laskutus');
    expect(n.sections[2].blocks).toHaveLength(0);
  });
  it('reads a numbered line directly above a short sentence, or an ALL-CAPS numbered line above any text, as a heading', () => {
    const n = parseNotice('3. REGISTRETS NAMN\nKund- och hyresavtalsregister\n\n5. Grund för behandlingen\nKundförhållandet mellan kunden och oss.\n', 'text');
    expect(titles(n)).toEqual(['1:3:REGISTRETS NAMN', '1:5:Grund för behandlingen']);
    expect(n.sections.map((s) => s.blocks.map((b) => b.text))).toEqual([['Kund- och hyresavtalsregister'], ['Kundförhållandet mellan kunden och oss.']]);
  });
  it('keeps a numbered list a list, in capitals too', () => {
    for (const list of ['1. Nimi\n2. Osoite\n3. Puhelinnumero\n', '1. NIMI\n2. OSOITE\n', '1. Asiakkaan nimi ja osoite\n2. Asiakkaan tilaukset ja maksut.\n']) {
      expect(parseNotice(list, 'text').sections, list).toHaveLength(0);
    }
  });
  it('reads a numbered heading whose number a no-break space follows', () => {
    const n = parseNotice('1.\u00a0Rekisterinpitäjä\n\nEsimerkki Oy\n\n10.\u00a0Oikeudet\n\nVoit tarkastaa tietosi.\n', 'text');
    expect(titles(n)).toEqual(['1:1:Rekisterinpitäjä', '1:10:Oikeudet']);
  });
  it('reads Word\'s pasted bullets ("o<TAB>item", "•<TAB>item") as list lines, not as rows of a two-column table', () => {
    const n = parseNotice('Mitä tietoja keräämme?\n\no\tnimi ja osoite\no\tpuhelinnumero\no\tostohistoria\n•\tmaksutiedot\n\nOikeutesi\n\nVoit tarkastaa tietosi.\n', 'text');
    expect(titles(n)).toEqual(['1::Mitä tietoja keräämme?', '1::Oikeutesi']);
  });
  it('reads headings numbered without dots ("1 Rekisterinpitäjä") when they count 1, 2, 3; a lone "12 Harbour Street" stays text', () => {
    const n = parseNotice('1 Rekisterinpitäjä\nEsimerkki Oy\n\n2 Rekisterin nimi\nAsiakasrekisteri\n\n3 Käsittelyn tarkoitus\nTilausten hoitaminen.\n', 'text');
    expect(titles(n)).toEqual(['1:1:Rekisterinpitäjä', '1:2:Rekisterin nimi', '1:3:Käsittelyn tarkoitus']);
    expect(parseNotice('Controller\n\nExample Ltd\n12 Harbour Street\nLeeds\n\n1 Walk In\n\n2 Call Us\n', 'text').sections.map((s) => s.title)).toEqual(['Controller']);
  });
  it('keeps line numbers right with CRLF and CR endings', () => {
    const n = parseNotice('OTSIKKO\r\n\r\nTeksti tässä.\r\rToinen kappale.', 'text');
    expect(lineOf(n, n.blocks[1].span.start)).toBe(3);
    expect(lineOf(n, n.blocks[2].span.start)).toBe(5);
  });
});

describe('headings glued to their text', () => {
  it('splits "OtsikkoTeksti" lines when several lines of the notice are glued', () => {
    const src = 'RekisterinpitäjäEsimerkki Oy, Katu 1, 00100 Helsinki.\nKäsittelyn tarkoitusTietoja käytetään laskutukseen ja asiakassuhteen hoitoon.\nSäilytysaikaTiedot poistetaan kahden vuoden kuluttua.\n';
    const n = parseNotice(src, 'text');
    expect(titles(n)).toEqual(['1::Rekisterinpitäjä', '1::Käsittelyn tarkoitus', '1::Säilytysaika']);
    expect(n.sections[2].blocks[0].text).toBe('Tiedot poistetaan kahden vuoden kuluttua.');
  });
  it('never splits brand names, nor a notice with a single glued-looking line', () => {
    const n = parseNotice('Käytämme LinkedIn-mainoksia ja MailChimp-palvelua.\n\nPalveluntarjoajaGoogle Ireland Limited käsittelee tietoja.\n', 'text');
    expect(n.sections).toHaveLength(0);
  });
});

describe('Markdown', () => {
  it('reads raw HTML blocks as part of the notice, at their place in the source', () => {
    const src = '# Tietosuoja\n\n<h2>Rekisterinpitäjä</h2>\n<p>Esimerkki Oy, Katu 1, Helsinki.</p>\n\n## Oikeudet\n\nVoit tarkastaa tietosi.\n';
    const n = parseNotice(src, 'markdown');
    expect(titles(n)).toEqual(['1::Tietosuoja', '2::Rekisterinpitäjä', '2::Oikeudet']);
    const para = n.blocks.find((b) => b.text.startsWith('Esimerkki'))!;
    const at = para.toSource(0);
    expect(src.slice(at, at + para.text.length)).toBe('Esimerkki Oy, Katu 1, Helsinki.');
    expect(lineOf(n, at)).toBe(4);
  });

  it('reads a numbered list of titles over their text as numbered sections, and a real list as a list', () => {
    const sections = parseNotice('# Rekisteriseloste\n\n1. Rekisterinpitäjä\n\n   Esimerkki Oy, Katu 1.\n\n2. Rekisterin nimi\n\n   Asiakasrekisteri.\n', 'markdown');
    expect(titles(sections)).toEqual(['1::Rekisteriseloste', '2::Rekisterinpitäjä', '2::Rekisterin nimi']);
    const oneByOne = parseNotice('# Seloste\n\n1. Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1.\n\n2. Tietojen käyttö\n\nAsiakkuuden hoito.\n', 'markdown');
    expect(titles(oneByOne)).toEqual(['1::Seloste', '2::Rekisterinpitäjä', '2::Tietojen käyttö']);
    const rights = parseNotice('# Oikeudet\n\n1. Voit tarkastaa tietosi.\n2. Voit pyytää korjausta.\n', 'markdown');
    expect(titles(rights)).toEqual(['1::Oikeudet']);
  });

  it('takes the front-matter title and the file name as what the document calls itself', () => {
    const n = parseNotice('---\ntitle: "Tietosuojaseloste"\nlayout: page\n---\n\nTekstiä.\n', 'markdown', { fileName: 'site/fi/rekisteri.md' });
    expect(n.titles).toEqual(['Tietosuojaseloste', 'rekisteri md']);
    expect(parseNotice('<title>Privacy | Shop</title><p>x</p>', 'html').titles).toEqual(['Privacy | Shop']);
  });
  const md = '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nEsimerkki **Oy**, [kotisivu](https://example.com).\n\n**Säilytysaika**\n\nKuusi vuotta.\n\n- yksi\n- kaksi\n\n| a | b |\n|---|---|\n| c | d |\n';
  const n = parseNotice(md, 'markdown');
  it('builds the tree from heading levels and bold-line headings', () => {
    expect(titles(n)).toEqual(['1::Tietosuojaseloste', '2:1:Rekisterinpitäjä', '3::Säilytysaika']);
  });
  it('reads a bold title on its own line at the top of a paragraph as a heading over the rest', () => {
    for (const src of ['**Säilytysaika**\nKuusi vuotta kirjanpitolain mukaan.\n', '**Säilytysaika**  \nKuusi vuotta kirjanpitolain mukaan.\n', '**Säilytysaika**\\\nKuusi vuotta kirjanpitolain mukaan.\n']) {
      const p = parseNotice(src, 'markdown');
      expect(titles(p), src).toEqual(['1::Säilytysaika']);
      const body = p.sections[0].blocks[0];
      expect(body.text.trim(), src).toBe('Kuusi vuotta kirjanpitolain mukaan.');
      const i = body.text.indexOf('Kuusi');
      expect(src.slice(blockSpan(body, i, i + 5).start, blockSpan(body, i, i + 5).end)).toBe('Kuusi');
    }
    // Bold words that open a sentence are no title; nor is a bold lead that ends like a sentence.
    expect(titles(parseNotice('**Huom.**\nTiedot poistetaan.\n\n**Tärkeää:** tiedot\novat salaisia.\n', 'markdown'))).toEqual([]);
  });
  it('leaves out a static site generator\'s front matter (YAML or TOML), keeping positions exact', () => {
    for (const src of [
      '---\ntitle: Tietosuojaseloste\nlayout: page\n---\n\n# Tietosuojaseloste\n\nKuusi vuotta.\n',
      '---\r\ntitle: Tietosuojaseloste\r\n...\r\n# Tietosuojaseloste\r\n\r\nKuusi vuotta.\r\n',
      '+++\ntitle = "Tietosuojaseloste"\n+++\n# Tietosuojaseloste\n\nKuusi vuotta.\n',
    ]) {
      const p = parseNotice(src, 'markdown');
      expect(titles(p), src).toEqual(['1::Tietosuojaseloste']);
      const b = p.sections[0].blocks[0];
      expect(src.slice(b.span.start, b.span.end)).toBe('Kuusi vuotta.');
    }
    // A file that opens with a thematic break has no front matter.
    expect(titles(parseNotice('---\n\n# Otsikko\n\nTeksti.\n\n---\n', 'markdown'))).toEqual(['1::Otsikko']);
  });
  it('reads a page whose text is kept in its front matter (a long block scalar), in place; a short one stays metadata', () => {
    const prose =
      'Esimerkkiyhdistys ry käsittelee jäsentensä nimiä ja sähköpostiosoitteita jäsenrekisterin ylläpitoon. ' +
      'Tietoja säilytetään jäsenyyden ajan ja poistetaan kuukauden kuluessa sen päättymisestä.';
    const src = `---\nlayout: notice\ndescription: >\n  Lyhyt kuvaus sivusta.\nbody: >-\n  ${prose}\n\n\n  * Rekisterinpitäjä on Esimerkkiyhdistys ry, info@esimerkki.fi.\ntitle: Tietosuojaseloste\n---\n\n# Lisätietoja\n\nKysy hallitukselta.\n`;
    const p = parseNotice(src, 'markdown');
    const texts = p.blocks.map((b) => src.slice(b.span.start, b.span.end));
    expect(texts[0]).toBe(prose);
    expect(texts).toContain('Rekisterinpitäjä on Esimerkkiyhdistys ry, info@esimerkki.fi.');
    expect(texts).toContain('Kysy hallitukselta.');
    expect(texts.join(' ')).not.toContain('Lyhyt kuvaus');
  });
  it("reads front-matter prose nested deep (a page builder's sections), its indent taken off, positions exact", () => {
    const src = [
      '---',
      'type: PageLayout',
      'sections:',
      '  - type: TextSection',
      "    title: 'Privacy policy'",
      '    text: >+',
      '      This privacy policy tells how the Example Studio handles the personal data of its customers and of the people',
      '      who contact it through the booking form on this site.',
      '',
      '',
      '      ###### What do we collect?',
      '',
      '',
      '      We collect your name, e-mail address and phone number, and delete them two years after your last booking.',
      '',
      '    elementId: ""',
      '---',
      '',
    ].join('\n');
    const p = parseNotice(src, 'markdown');
    expect(titles(p)).toContain('6::What do we collect?');
    const texts = p.blocks.map((b) => src.slice(b.span.start, b.span.end));
    expect(texts).toContain('We collect your name, e-mail address and phone number, and delete them two years after your last booking.');
    // A paragraph over two lines maps to the source with the second line's indent inside it.
    expect(texts[0]).toBe('This privacy policy tells how the Example Studio handles the personal data of its customers and of the people\n      who contact it through the booking form on this site.');
    const b = p.blocks.find((x) => x.text.startsWith('We collect'))!;
    expect(lineOf(p, b.span.start)).toBe(14);
    const i = b.text.indexOf('two years');
    const span = blockSpan(b, i, i + 9);
    expect(src.slice(span.start, span.end)).toBe('two years');
  });
  it('maps block text back to the source through inline markup', () => {
    const b = n.sections[1].blocks[0];
    expect(b.text).toBe('Esimerkki Oy, kotisivu.');
    const i = b.text.indexOf('kotisivu');
    const span = blockSpan(b, i, i + 8);
    expect(md.slice(span.start, span.end)).toBe('kotisivu');
    expect(lineOf(n, b.span.start)).toBe(5);
  });
  it('reads list items and table cells as blocks', () => {
    const kinds = n.sections[2].blocks.map((b) => `${b.kind}:${b.text}`);
    expect(kinds).toEqual(['paragraph:Kuusi vuotta.', 'list-item:yksi', 'list-item:kaksi', 'table-cell:a', 'table-cell:b', 'table-cell:c', 'table-cell:d']);
  });
  it('finds inline control comments', () => {
    const d = parseNotice('# A\n\n<!-- noticelint-disable empty-section -->\n\n## B\n', 'markdown');
    expect(d.directives).toEqual([{ kind: 'disable', ruleIds: ['empty-section'], line: 3 }]);
  });
});

describe('two-column tables', () => {
  it('an HTML table of heading | text rows becomes one section per row', () => {
    const n = parseNotice('<table><tr><td>Rekisterinpitäjä</td><td>Esimerkki Oy, Katu 1</td></tr><tr><td>Tarkoitus</td><td>Laskutus</td></tr><tr><td>Suostumus</td><td></td></tr></table>', 'html');
    expect(n.sections.map((s) => `${s.title}:${s.blocks.length}:${s.headingKind}`)).toEqual(['Rekisterinpitäjä:1:table-row', 'Tarkoitus:1:table-row', 'Suostumus:0:table-row']);
  });
  it('a Markdown header row of column labels stays text', () => {
    const n = parseNotice('# T\n\n| Kohta | Tieto |\n|---|---|\n| Rekisterinpitäjä | Esimerkki Oy |\n| Tarkoitus | Laskutus |\n', 'markdown');
    expect(titles(n)).toEqual(['1::T', '2::Rekisterinpitäjä', '2::Tarkoitus']);
    expect(n.sections[0].blocks.map((b) => b.text)).toEqual(['Kohta', 'Tieto']);
  });
  it('a numbered heading without a space after the dot ("1.Rekisterinpitäjä"), but not a date', () => {
    const n = parseNotice('1.Rekisterinpitäjä\n\nEsimerkki Oy\n\n2.Tarkoitus\n\nLaskutus.\n\n1.1.2019 alkaen\n', 'text');
    expect(titles(n)).toEqual(['1:1:Rekisterinpitäjä', '1:2:Tarkoitus']);
  });
});

describe('HTML headings written without heading elements', () => {
  it('reads <dt> terms and <p><strong>Title</strong><br>text</p> as headings over their text', () => {
    const n = parseNotice('<main><h1>Notice</h1><dl><dt>Controller</dt><dd>Example Ltd</dd></dl><p><strong>Retention</strong><br>Six years.</p><p><strong>Note:</strong> not a heading.</p></main>', 'html');
    expect(titles(n)).toEqual(['1::Notice', '6::Controller', '6::Retention']);
    expect(n.sections[2].blocks.map((b) => b.text)).toEqual(['Six years.', 'Note: not a heading.']);
  });
  it('reads <details>/<summary> and an accordion button over its panel as headings; a button inside text is no heading', () => {
    const n = parseNotice(
      '<main><details><summary>How long do we keep data?</summary><p>Six years.</p></details><div><button aria-expanded="false">Your rights</button><div class="panel"><p>You may ask for a copy.</p></div></div><p>Accept cookies <button>OK</button></p></main>',
      'html',
    );
    expect(titles(n)).toEqual(['6::How long do we keep data?', '6::Your rights']);
    expect(n.sections[1].blocks.map((b) => b.text)).toEqual(['You may ask for a copy.', 'Accept cookies OK']);
  });
  it('keeps a register table of label and value cells a table, one section per row, its cells\' paragraphs apart', () => {
    const src = '<table><tr><td><p>1. Rekisterinpitäjä</p></td><td><p>Esimerkki Oy</p><p>Kauppakatu 3</p></td></tr><tr><td><p>2. Tarkoitus</p></td><td><p>Laskutus.</p></td></tr><tr><td><p>3. Säilytysaika</p></td><td><p>Kuusi vuotta.</p></td></tr></table>';
    const n = parseNotice(src, 'html');
    expect(n.sections.map((s) => s.title)).toEqual(['Rekisterinpitäjä', 'Tarkoitus', 'Säilytysaika']);
    const cell = n.sections[0].blocks[0];
    expect(cell.text.trim()).toBe('Esimerkki Oy\nKauppakatu 3');
    const i = cell.text.indexOf('Kauppakatu');
    const span = blockSpan(cell, i, i + 'Kauppakatu 3'.length);
    expect(src.slice(span.start, span.end)).toBe('Kauppakatu 3');
  });
  it('cuts an old page\'s text at double line breaks into paragraphs, a bold title over its text a heading (in a <div>, a <p>, a layout cell)', () => {
    for (const src of [
      '<div><b>Rekisterinpitäjä</b><br>Esimerkki Oy<br><br><b>Säilytysaika</b><br>Kuusi vuotta.</div>',
      '<p><b>Rekisterinpitäjä</b><br>Esimerkki Oy<br>\n<br>\n<b>Säilytysaika</b><br>Kuusi vuotta.</p>',
      '<table><tr><td><font size="2"><b>Rekisterinpitäjä</b><br>Esimerkki Oy<br><br><b>Säilytysaika</b><br>Kuusi vuotta.<br><br>Loppu.</font></td></tr></table>',
    ]) {
      const n = parseNotice(src, 'html');
      expect(n.sections.map((s) => [s.title, s.blocks.map((b) => b.text.trim())[0]]), src).toEqual([['Rekisterinpitäjä', 'Esimerkki Oy'], ['Säilytysaika', 'Kuusi vuotta.']]);
    }
    // One line break is a line, not a paragraph; text runs apart in a table cell's lines.
    expect(parseNotice('<p><b>Huom</b> rivi yksi<br>rivi kaksi</p>', 'html').sections).toHaveLength(0);
  });
  it('unwraps a layout table whose cell wraps the page in <font>', () => {
    const n = parseNotice('<table><tr><td>Home<br>Donate</td><td><font><h2>Privacy</h2><p>We keep data six years.</p></font></td></tr></table>', 'html');
    expect(titles(n)).toEqual(['2::Privacy']);
  });
});

describe('HTML', () => {
  const html = '<!DOCTYPE html><html><head><title>T</title><style>p{}</style></head><body>\n<header>Valikko</header>\n<nav><a>Etusivu</a></nav>\n<main><h1>Tietosuojaseloste</h1>\n<h2>Rekisterinpitäjä</h2>\n<p>Esimerkki &amp; Oy</p>\n<script>var a = "Scroll to top";</script>\n</main>\n<footer>Yhteystiedot</footer></body></html>';
  const n = parseNotice(html, 'html');
  it('leaves out script, style, nav, header and footer', () => {
    const all = n.blocks.map((b) => b.text).join('|');
    expect(all).toBe('Tietosuojaseloste|Rekisterinpitäjä|Esimerkki & Oy');
  });
  it('keeps positions of headings and paragraphs', () => {
    expect(titles(n)).toEqual(['1::Tietosuojaseloste', '2::Rekisterinpitäjä']);
    expect(lineOf(n, n.sections[1].titleSpan!.start)).toBe(5);
    expect(lineOf(n, n.sections[1].blocks[0].span.start)).toBe(6);
  });
});

describe('HTML: a navigation, header or footer left open', () => {
  const para = 'Kerromme tässä osiossa, miten käsittelemme asiakkaidemme tietoja ja kuinka kauan niitä säilytämme rekisterissämme. '.repeat(8);
  it('keeps the notice that a broken <nav> tag swallowed (the browser shows it), and still drops the site menu inside it', () => {
    const html = `<html><body><nav { color: red; padding: 2px; }\n  .x { margin: 0; }\n</style><nav><a href="/">Etusivu</a></nav>\n<h1>Tietosuojaseloste</h1>\n<h2>Rekisterinpitäjä</h2>\n<p>${para}</p>\n<h2>Säilytysaika</h2>\n<p>${para}</p>\n</body></html>`;
    const n = parseNotice(html, 'html');
    expect(titles(n)).toEqual(['1::Tietosuojaseloste', '2::Rekisterinpitäjä', '2::Säilytysaika']);
    expect(n.blocks.map((b) => b.text)).not.toContain('Etusivu');
  });
  it('still drops a menu with headings of its own, and a footer with a heading and a short text', () => {
    const html = `<html><body><nav><h2>Valikko</h2><ul><li><a href="/a">${'Palvelut '.repeat(200)}</a></li></ul><h3>Tuotteet</h3><h3>Yhteystiedot</h3></nav><main><h1>Tietosuojaseloste</h1><p>Teksti.</p></main><footer><h2>Ota yhteyttä</h2><p>Puhelin 09 123 4567</p></footer></body></html>`;
    const n = parseNotice(html, 'html');
    expect(n.blocks.map((b) => b.text).join('|')).toBe('Tietosuojaseloste|Teksti.');
  });
  it('keeps a <header> inside <main>, <article> or <section> (the content’s own title block), and drops the site’s banner', () => {
    const html = `<html><body><header role="banner"><p>Kauppa Oy</p></header><main><header class="page-hero"><h1>Integritetspolicy</h1><p>Senast uppdaterad 1.3.2026.</p></header><h2>Personuppgiftsansvarig</h2><p>Text.</p></main></body></html>`;
    const n = parseNotice(html, 'html');
    expect(n.blocks.map((b) => b.text).join('|')).toBe('Integritetspolicy|Senast uppdaterad 1.3.2026.|Personuppgiftsansvarig|Text.');
    const inArticle = parseNotice(`<html><body><article><header><h1>Privacy notice</h1></header><p>Text.</p></article></body></html>`, 'html');
    expect(inArticle.blocks.map((b) => b.text).join('|')).toBe('Privacy notice|Text.');
  });
});

describe('invisible characters in block text', () => {
  it('a plain-text block leaves out soft hyphens, zero-width spaces, word joiners and inner BOMs, and maps back to the source', () => {
    const source = 'xx Rata\u00adpihan\u200btie 9\u2060\ufeff';
    const block = sliceBlock('paragraph', source.slice(3), 3);
    expect(block.text).toBe('Ratapihantie 9');
    expect(block.span).toEqual({ start: 3, end: source.length });
    const at = (s: string) => {
      const i = block.text.indexOf(s);
      const span = blockSpan(block, i, i + s.length);
      return source.slice(span.start, span.end);
    };
    expect(at('Ratapihantie 9')).toBe('Rata\u00adpihan\u200btie 9');
    expect(at('pihantie')).toBe('pihan\u200btie');
    expect(at('tie')).toBe('tie');
    expect(block.toSource(0)).toBe(3);
    expect(block.toSource(block.text.length)).toBe(source.length);
  });

  it('a Markdown or HTML block does the same over its pieces (&shy; is five characters of source)', () => {
    const block = segmentBlock('paragraph', [{ text: 'henkilö', source: { start: 0, end: 7 } }, { text: '\u00ad', source: { start: 7, end: 12 } }, { text: 'tiedot', source: { start: 12, end: 18 } }], { start: 0, end: 18 });
    expect(block.text).toBe('henkilötiedot');
    expect(blockSpan(block, 7, 13)).toEqual({ start: 12, end: 18 });
    expect(blockSpan(block, 0, 13)).toEqual({ start: 0, end: 18 });
  });

  it('positions after character references and escapes point at the source text (no drift)', () => {
    const cases: [string, 'html' | 'markdown'][] = [
      ['<p>Rekister&ouml;ity voi tehd&auml; valituksen: Ratapihantie 9.</p>', 'html'],
      ['<p>Rekister&#246;ity &#xE4;&#xe4; &#150; &amp; &auml valitus, Ratapihantie 9.</p>', 'html'],
      ['<p>Tieto&shy;suoja&nbsp;&nbsp;valtuutettu, Ratapihantie 9.</p>', 'html'],
      ['Rekister&ouml;ity voi tehd&auml; \\*valituksen\\*: Ratapihantie 9.\n', 'markdown'],
    ];
    for (const [source, format] of cases) {
      const n = parseNotice(source, format);
      const block = n.blocks.find((b) => b.text.includes('Ratapihantie'))!;
      const i = block.text.indexOf('Ratapihantie');
      const span = blockSpan(block, i, i + 'Ratapihantie 9'.length);
      expect(source.slice(span.start, span.end), source).toBe('Ratapihantie 9');
    }
  });

  it('HTML with &shy; reads as the words without it', () => {
    const n = parseNotice('<p>Tietosuoja&shy;valtuutetun toimisto</p>', 'html');
    expect(n.blocks[0].text).toBe('Tietosuojavaltuutetun toimisto');
    expect(visibleText('a\u00adb\u200bc')).toBe('abc');
  });
});

describe('sentences', () => {
  it('does not end a sentence at an abbreviation before a number ("Art. 6 para. 1 lit. f")', () => {
    const n = parseNotice('Käsittely perustuu Art. 6 para. 1 lit. f GDPR. Säilytämme tiedot. 5 vuotta on pitkä aika.\n', 'text');
    expect(sentences(n).map((s) => s.text)).toEqual(['Käsittely perustuu Art. 6 para. 1 lit. f GDPR.', 'Säilytämme tiedot.', '5 vuotta on pitkä aika.']);
  });
  it('splits at sentence ends and list lines, not at abbreviations or ordinal numbers', () => {
    const n = parseNotice('Otsikko\n\nTiedot säilytetään esim. kuusi vuotta. Poistamme ne sitten.\nyksi rivi\ntoinen rivi\n', 'text');
    expect(sentences(n).map((s) => s.text)).toEqual(['Otsikko', 'Tiedot säilytetään esim. kuusi vuotta.', 'Poistamme ne sitten.', 'yksi rivi', 'toinen rivi']);
  });
});

describe('language', () => {
  it('tells Finnish, Swedish and English apart, and says und for too little text', () => {
    expect(parseNotice('Käsittelemme asiakkaidemme henkilötietoja tilausten toimittamiseksi ja laskutusta varten. Tietoja säilytetään kuusi vuotta.', 'text').language).toBe('fi');
    expect(parseNotice('Vi behandlar våra kunders personuppgifter för att kunna leverera beställningar och skicka fakturor. Uppgifterna sparas i sex år.', 'text').language).toBe('sv');
    expect(parseNotice('We process our customers’ personal data to deliver orders and send invoices. The data is kept for six years.', 'text').language).toBe('en');
    expect(parseNotice('Oy Ab', 'text').language).toBe('und');
  });
  it('--lang overrides detection', () => {
    expect(parseNotice('We process personal data to deliver orders and to send invoices to customers.', 'text', { language: 'fi' }).language).toBe('fi');
  });
});

describe('code blocks map their text to where it stands', () => {
  const source = '# Title\n\nText before.\n\n```\nExample Ltd\nPhone 040 123 4567\n```\n\n    Indented Ltd\n    Street 1\n';
  const notice = parseNotice(source, 'markdown');
  const code = notice.root.children[0]!.blocks.filter((b) => b.kind === 'other');
  it('a fenced block: each word at its own place, not shifted by the fence line', () => {
    const b = code[0]!;
    const at = b.text.indexOf('Phone');
    const span = blockSpan(b, at, at + 'Phone 040 123 4567'.length);
    expect(source.slice(span.start, span.end)).toBe('Phone 040 123 4567');
  });
  it('an indented block: each line past its indent', () => {
    const b = code[1]!;
    const at = b.text.indexOf('Street');
    const span = blockSpan(b, at, at + 'Street 1'.length);
    expect(source.slice(span.start, span.end)).toBe('Street 1');
    expect(lineOf(notice, span.start)).toBe(11);
  });
});
