// The same notice in the shapes web pages (and Markdown files) give it: headings as <h2>, a register table of label and
// value cells (with <th>, or <strong> labels and <p>s in the cells, as Word writes them), a
// definition list, bold paragraphs, bold labels over <br>, an accordion of buttons and panels,
// <details>/<summary>, old pages' bold titles and double line breaks in one <div>, <font> or <p>. Each seed, rendered in each shape, must give the <h2> page's items and
// findings: a shape the reader does not understand loses sections, and with them the answers
// that only a heading gives ("90 päivää" under "Kuinka kauan säilytämme tietoja?").
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import { parseNotice } from '../src/parse/notice.js';
import type { FileResult } from '../src/report.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NO_SHARED, readSeed, ROOT, SEEDS, TODAY } from './helpers.js';

const CORPUS_TEXTS = ['sv-01-webbutik-fragor.txt', 'sv-03-pul-versaler.txt', 'en-02-register-description-caps.txt', 'sv-02-numrerad-byggfirma.txt', 'en-01-bike-rental-questions.txt', 'en-07-recruitment-numbered.txt'];

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
const paragraphs = (body: string[]) => body.map((b) => `<p>${esc(b)}</p>`).join('');

function shapes(text: string): Record<string, string> {
  const n = parseNotice(text, 'text');
  const sections = n.sections.map((s) => ({ title: s.heading ? s.heading.text : s.title, body: s.blocks.map((b) => b.text) }));
  const page = (inner: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tietosuojaseloste</title></head><body><main>\n${paragraphs(n.root.blocks.map((b) => b.text))}\n${inner}\n</main></body></html>\n`;
  const each = (f: (s: { title: string; body: string[] }) => string) => sections.map(f).join('\n');
  return {
    h2: page(each((s) => `<h2>${esc(s.title)}</h2>\n${paragraphs(s.body)}`)),
    'table of <strong> labels and <p> values': page(`<table>\n${each((s) => `<tr><td><p><strong>${esc(s.title)}</strong></p></td><td>${paragraphs(s.body)}</td></tr>`)}\n</table>`),
    'table of <th> labels': page(`<table>\n${each((s) => `<tr><th>${esc(s.title)}</th><td>${s.body.map(esc).join('<br>')}</td></tr>`)}\n</table>`),
    'definition list': page(`<dl>\n${each((s) => `<dt>${esc(s.title)}</dt><dd>${paragraphs(s.body)}</dd>`)}\n</dl>`),
    'bold paragraphs': page(each((s) => `<p><strong>${esc(s.title)}</strong></p>\n${paragraphs(s.body)}`)),
    'bold labels over <br>': page(each((s) => `<p><strong>${esc(s.title)}</strong><br>\n${s.body.map(esc).join('<br>\n')}</p>`)),
    accordion: page(each((s) => `<div class="accordion"><button type="button" aria-expanded="false">${esc(s.title)}</button><div class="panel">${paragraphs(s.body)}</div></div>`)),
    // The WAI-ARIA accordion: each panel hidden until its button is pressed, a region labelled by the button.
    'ARIA accordion with hidden panels': page(
      sections
        .map((s, i) => `<h3><button type="button" id="b${i}" aria-expanded="false" aria-controls="p${i}">${esc(s.title)}</button></h3><div id="p${i}" role="region" aria-labelledby="b${i}" hidden>${paragraphs(s.body)}</div>`)
        .join('\n'),
    ),
    'details and summary': page(each((s) => `<details><summary>${esc(s.title)}</summary>${paragraphs(s.body)}</details>`)),
    'bold titles and line breaks in one <div>': page(`<div>${sections.map((s) => `<b>${esc(s.title)}</b><br>\n${s.body.map(esc).join('<br>\n')}`).join('<br><br>\n')}</div>`),
    'the same in <font> in a layout cell': page(`<table><tr><td><font face="Arial" size="2">${sections.map((s) => `<strong>${esc(s.title)}</strong><br>${s.body.map(esc).join('<br>')}`).join('<br><br>\n')}</font></td></tr></table>`),
    'the same in one <p>': page(`<p>${sections.map((s) => `<b>${esc(s.title)}</b><br>\n${s.body.map(esc).join('<br>\n')}`).join('<br><br>\n')}</p>`),
  };
}

/** Items, and findings other than the completeness ones (their "belongs under" lines differ by shape) and empty sections (a parent heading written flat is empty). */
const outcome = (r: FileResult) => ({
  items: Object.fromEntries(Object.entries(r.items).map(([k, v]) => [k, v.status])),
  findings: r.messages.filter((m) => !m.ruleId.startsWith('missing-') && m.ruleId !== 'empty-section').map((m) => m.ruleId).sort(),
});

/** Four real Finnish notices, and Swedish and English ones written for the corpus. */
const NOTICES: Record<string, () => string> = {
  ...Object.fromEntries([SEEDS.s000, SEEDS.s002, SEEDS.s003, SEEDS.s004].map((s) => [s, () => readSeed(s)])),
  ...Object.fromEntries(CORPUS_TEXTS.map((f) => [f, () => readFileSync(join(ROOT, 'fixtures', 'corpus', f), 'utf8')])),
};
/** The seeds are in ../shared: without it their cases skip. */
const needsShared = (name: string) => NO_SHARED && (Object.values(SEEDS) as string[]).includes(name);

describe('one notice in the shapes of web pages', () => {
  for (const [name, read] of Object.entries(NOTICES)) {
    it.skipIf(needsShared(name))(`${name}: every shape gives the <h2> page's items and findings`, () => {
      const pages = shapes(read());
      const lint = (html: string) => outcome(lintSource(html, { filePath: 'p.html', format: 'html', today: TODAY }).result);
      const reference = lint(pages.h2);
      expect(reference.items['purposes']).toBe('present');
      for (const [shape, html] of Object.entries(pages)) expect(lint(html), shape).toEqual(reference);
    });
  }
});

describe('one notice in the shapes of Markdown', () => {
  function markdown(text: string): Record<string, string> {
    const n = parseNotice(text, 'text');
    const pre = n.root.blocks.map((b) => b.text).join('\n\n');
    const sections = n.sections.map((s) => ({ title: (s.heading ? s.heading.text : s.title).replace(/\s+/gu, ' '), body: s.blocks.map((b) => b.text).join('\n\n') }));
    const doc = (f: (s: { title: string; body: string }) => string) => `${pre}\n\n${sections.map(f).join('\n\n')}\n`;
    return {
      '## headings': doc((s) => `## ${s.title}\n\n${s.body}`),
      'bold lines': doc((s) => `**${s.title}**\n\n${s.body}`),
      'bold titles over their text': doc((s) => `**${s.title}**\n${s.body}`),
      'bold titles and a hard break': doc((s) => `**${s.title}**  \n${s.body}`),
    };
  }
  for (const [name, read] of Object.entries(NOTICES)) {
    it.skipIf(needsShared(name))(`${name}: every shape gives the ## page's items and findings`, () => {
      const docs = markdown(read());
      const lint = (md: string) => outcome(lintSource(md, { filePath: 'n.md', format: 'markdown', today: TODAY }).result);
      const reference = lint(docs['## headings']);
      for (const [shape, md] of Object.entries(docs)) expect(lint(md), shape).toEqual(reference);
    });
  }
});

describe('a site\'s page around the notice', () => {
  /** Elements a site puts around its notice: [before <main>, after it]. */
  const chrome: Record<string, [string, string]> = {
    'skip link': ['<a class="skip-link screen-reader-text" href="#content">Siirry sisältöön</a>', ''],
    breadcrumbs: ['<div class="breadcrumbs"><a href="/">Etusivu</a> › <a href="/tietoa">Tietoa meistä</a> › Tietosuojaseloste</div>', ''],
    search: ['<form role="search"><label>Hae sivustolta <input type="search" name="s"></label><button type="submit">Hae</button></form>', ''],
    'language switcher': ['<ul class="language-switcher"><li><a href="/fi">Suomi</a></li><li><a href="/sv">Svenska</a></li><li><a href="/en">English</a></li></ul>', ''],
    sidebar: ['', '<aside class="sidebar"><h3>Ajankohtaista</h3><ul><li><a href="/a">Kevään aukioloajat</a></li></ul><h3>Seuraa meitä</h3><p><a href="https://facebook.com/x">Facebook</a> <a href="https://instagram.com/x">Instagram</a></p></aside>'],
    'share buttons': ['', '<div class="share-buttons">Jaa sivu: <a href="https://www.facebook.com/sharer">Facebook</a> | <a href="https://twitter.com/share">Twitter</a> | <a href="https://www.linkedin.com/share">LinkedIn</a></div>'],
    'cookie banner': ['', '<div id="cookie-notice"><p>Käytämme sivustollamme evästeitä parantaaksemme käyttökokemusta.</p><button>Hyväksy kaikki</button> <button>Vain välttämättömät</button></div>'],
    'cookie banner that deems consent': ['', '<div class="cookie-banner" role="dialog"><p>Jatkamalla sivuston selaamista hyväksyt evästeet.</p><button>Selvä</button></div>'],
    'consent bar by its framework\'s class': ['', '<div class="xy-cc-banner_wrapper"><p>Käyttämällä sivustoa hyväksyt evästeiden käytön.</p></div>'],
    'Bootstrap 5 skip link': ['<a class="visually-hidden-focusable" href="#content">Siirry sisältöön</a>', ''],
    'skip link by its place, first in the body': ['<a class="ohita" href="#content">Siirry sisältöön</a>', ''],
    'site menu by its class, without <nav>': ['<div id="menu-wrap"><ul class="site-menu"><li><a href="/">Etusivu</a></li><li><a href="jaa.html">Jaa</a></li><li><a href="yhteys.html">Ota yhteyttä</a></li></ul></div>', ''],
  };
  const all = (r: FileResult) => ({ items: outcome(r).items, findings: r.messages.map((m) => m.ruleId).sort() });
  for (const seed of Object.values(SEEDS)) {
    it.skipIf(NO_SHARED)(`${seed}: each piece of a site's page around the notice changes no item and no finding`, () => {
      const n = parseNotice(readSeed(seed), 'text');
      const body = [...n.root.blocks.map((b) => `<p>${esc(b.text)}</p>`), ...n.sections.map((s) => `<h2>${esc(s.heading ? s.heading.text : s.title)}</h2>${paragraphs(s.blocks.map((b) => b.text))}`)].join('\n');
      const page = ([before, after]: [string, string]) =>
        `<!DOCTYPE html><html lang="fi"><head><title>Tietosuojaseloste</title></head><body>${before}<main id="content"><h1>Tietosuojaseloste</h1>\n${body}\n</main>${after}<footer><p>© 2025</p></footer></body></html>`;
      const lint = (html: string) => all(lintSource(html, { filePath: 'p.html', format: 'html', today: TODAY }).result);
      const reference = lint(page(['', '']));
      for (const [name, parts] of Object.entries(chrome)) expect(lint(page(parts)), name).toEqual(reference);
    });
  }
});
