/**
 * empty-section on notices written for these tests: a heading with an image, a video or a form
 * embedded under it is not empty, though it has no text; a heading with nothing under it is.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';

function empty(source: string, format: 'markdown' | 'html'): number[] {
  const { result } = lintSource(source, { filePath: format === 'html' ? 'n.html' : 'n.md', format });
  return result.messages.filter((m) => m.ruleId === 'empty-section').map((m) => m.line);
}

describe('empty-section', () => {
  it('an image or an embedded frame under a heading is something there', () => {
    const md = '# Tietosuojaseloste\n\nTeksti.\n\n## Kaavio\n\n![Tietojen kulku](kaavio.png)\n\n## Lomake\n\n<iframe src="https://example.fi/lomake"></iframe>\n\n## Tyhjä\n\n## Loppu\n\nTeksti.\n';
    expect(empty(md, 'markdown')).toEqual([13]);
    const html = '<html><body><h1>Privacy notice</h1><p>Text.</p>\n<h2>Video</h2>\n<video src="v.mp4"></video>\n<h2>Empty</h2>\n<h2>End</h2><p>Text.</p></body></html>';
    expect(empty(html, 'html')).toEqual([4]);
  });
  it('a button read as a heading is a control the reader uses, not an empty section', () => {
    const md = '# Tietosuojaseloste\n\nTeksti.\n\n## Upotukset\n\nKäytämme upotuksia.\n\n### Suostumuksen hallinta\n\n<div class="box">\n  <button type="button" class="btn">Peru upotusten lupa</button>\n  <div class="status"></div>\n</div>\n\n## Loppu\n\nTeksti.\n';
    expect(empty(md, 'markdown')).toEqual([]);
  });
  it("a drafter's instruction set as a heading is a leftover, not an empty section", () => {
    const md = '# Privacy notice\n\nText about us.\n\n## Overview\n\n**DEMO: Add the complete privacy policy here**\n\n### General information\n\nWe process data.\n';
    expect(empty(md, 'markdown')).toEqual([]);
  });
});

describe('empty-section: a section\'s number on a line over its heading', () => {
  const page = (between: string) =>
    '<html><body><h1>Tietosuojaseloste</h1><p>Tämä seloste kertoo, miten käsittelemme tietoja.</p>\n' +
    '<div class="part"><p class="num">01. Rekisterinpitäjä</p>\n<h2>Kuka vastaa tiedoistasi</h2>\n<p>Rekisterinpitäjä on Esimerkkipaja Oy.</p></div>\n' +
    `<div class="part"><p class="num">02. Säilytys</p>\n${between}<h2>Kuinka kauan säilytämme tiedot</h2>\n<p>Säilytämme tiedot vuoden.</p></div></body></html>`;
  it('a numbered line right over an unnumbered heading labels it: no empty section', () => {
    expect(empty(page(''), 'html')).toEqual([]);
  });
  it('a numbered line over a heading with its own number is an empty section', () => {
    const html = '<html><body><h1>Privacy notice</h1><p>This notice says how we handle data.</p>\n<h2>2. Who we are</h2>\n<p>We are a bakery.</p>\n<p>3. Retention</p>\n<h2>4. Your rights</h2>\n<p>You may ask for a copy.</p></body></html>';
    expect(empty(html, 'html')).toEqual([4]);
  });
});

describe('empty-section on a page with one heading', () => {
  it('a page whose only heading has nothing under it is an empty page, not an empty section', () => {
    expect(empty('# Coming soon\n', 'markdown')).toEqual([]);
    expect(empty('Sivun kuvaus: yhdistyksen tietosuojaselosteet kootaan tähän.\n\n# Tulossa\n', 'markdown')).toEqual([]);
  });
  it('with a second heading the empty one is still reported', () => {
    expect(empty('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nYhdistys ry, Katu 1, 00100 Helsinki.\n\n## Tietojen säilytys\n', 'markdown')).toEqual([7]);
  });
});

describe("empty-section: a site's menu read as a heading", () => {
  it('a bold line of links set side by side with bars is navigation, not an empty section', () => {
    const md = '**[Etusivu](index.md) | [Palvelut](palvelut.md) | [Yhteystiedot](yhteys.md) | [Tietosuoja](tietosuoja.md)**\n\n# Tietosuojaseloste\n\nKäsittelemme jäsentemme tietoja.\n\n## Rekisterinpitäjä\n\nYhdistys ry.\n';
    expect(empty(md, 'markdown')).toEqual([]);
    const sv = '# Integritetspolicy\n\nVi behandlar uppgifter om våra kunder.\n\n**Start · Om oss · Kontakt · Integritet**\n\n## Lagring\n\nVi sparar uppgifterna i ett år.\n';
    expect(empty(sv, 'markdown')).toEqual([]);
  });
  it('a heading with one bar in it is still a section, and is reported when empty', () => {
    const md = '# Privacy notice\n\nWe handle data about our members.\n\n## Retention | Storage\n\n## Contact\n\nWrite to us.\n';
    expect(empty(md, 'markdown')).toEqual([5]);
  });
});

describe("empty-section: a definition list's term right over another term", () => {
  it('consecutive terms share the description after them or need none: no empty section', () => {
    const md = '# Privacy notice\n\nWe run a choir.\n\n## Why we use your data\n\n<dl>\n  <dt>Planning rehearsals</dt>\n  <dd>We use your phone number to tell you about changes.</dd>\n  <dt>Answering the messages you send us.</dt>\n  <dt>Keeping a list of who sings in each concert.</dt>\n  <dt>Taking photos at concerts</dt>\n  <dd>Photos are shown on our website.</dd>\n</dl>\n\n## Contact\n\nWrite to us.\n';
    expect(empty(md, 'markdown')).toEqual([]);
    const html = '<html><body><h1>Tietosuojaseloste</h1><p>Käsittelemme jäsenten tietoja.</p>\n<dl><dt>Jäsenrekisteri</dt>\n<dt>Tapahtumailmoittautumiset</dt>\n<dd>Tiedot kerätään jäseniltä itseltään.</dd></dl>\n<h2>Säilytys</h2><p>Säilytämme tiedot vuoden.</p></body></html>';
    expect(empty(html, 'html')).toEqual([]);
  });
  it('a term with nothing after it, or a heading after it, is still reported', () => {
    const md = '# Privacy notice\n\nWe run a choir.\n\n<dl>\n  <dt>Planning rehearsals</dt>\n  <dd>We use your phone number.</dd>\n  <dt>Storage</dt>\n</dl>\n\n## Contact\n\nWrite to us.\n';
    expect(empty(md, 'markdown')).toEqual([8]);
  });
});
