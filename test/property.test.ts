// Random text, Markdown and HTML shaped like notices (headings, numbered lines, tabs, tags,
// Finnish, Swedish and English words, "EU:n", dates, Y-tunnus-like numbers) through the
// library: no exception, every position inside the document, every report valid against the
// JSON Schema, the same input gives the same output, searched list by list or with the phrase
// trie. Fixed seed, bounded runs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import type { Format } from '../src/model/types.js';
import { PHRASE_TRIE_AFTER_TEXTS, usePhraseTrieAfter } from '../src/matching/phrase-regexp.js';
import { formatOfPath, NO_SHARED, readSeed, ROOT, SEEDS, TODAY } from './helpers.js';
import { checkResult } from './report-check.js';

const WORDS = [
  'Rekisterinpitäjä', 'henkilötietoja', 'käsittelemme', 'tietosuojaseloste', 'oikeus', 'tarkastaa', 'poistaa', 'säilytämme', 'vuotta',
  'EU:n', 'ETA:n', 'ulkopuolelle', 'Yhdysvaltoihin', 'Google Analytics', 'Facebook', 'suostumus', 'sopimus', 'oikeutettu etu',
  'tietosuojavaltuutettu', 'Ratapihantie 9', 'Henkilötietolaki', '523/1999', 'evästeet', 'selaimen asetuksista', 'Scroll to Top',
  'personuppgifter', 'behandlar', 'rätt', 'Integritetsskyddsmyndigheten', 'personal data', 'we process', 'Privacy Shield', 'consent',
  '(s-postiosoite)', '[email protected]', 'info@esimerkki.fi', 'www.esimerkki.fi', 'puh. 040 123 4567', '§', '10 §', '–', '“', '”', '…', '€',
];
const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}.${m}.${y}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9 })).map(([n, c]) => `${String(n).padStart(7, '0')}-${c}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
);
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).chain((ws) => fc.constantFrom('.', '', '?', ':', ';').map((end) => ws.join(' ') + end));
const title = fc.array(word, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n');

const textLine = fc.oneof(
  sentence,
  title,
  title.map((t) => t.toUpperCase()),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.option(fc.integer({ min: 1, max: 9 })), title).map(([n, sub, t]) => `${n}${sub ? `.${sub}` : '.'} ${t}`),
  fc.tuple(title, sentence).map(([t, s]) => `${t}\t${s}`),
  fc.tuple(fc.constantFrom('<p>', '<ul style="x">', '</p>', '<br>', '<li>'), sentence).map(([tag, s]) => tag + s),
  fc.constant(''),
  fc.constantFrom(' ', '\t', '\u00a0'),
);
const markdownLine = fc.oneof(
  textLine,
  fc.tuple(fc.integer({ min: 1, max: 7 }), title).map(([n, t]) => `${'#'.repeat(n)} ${t}`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', '    - ', '> ', '> > '), sentence).map(([p, s]) => p + s),
  title.map((t) => `**${t}**`),
  fc.tuple(title, sentence).map(([a, b]) => `| ${a} | ${b} |`),
  fc.constantFrom('| --- | --- |', '```', '---', '<!-- noticelint-disable -->', '<!-- noticelint-disable-next-line leftover-artifact -->', '<!-- noticelint-enable -->', '[linkki](https://esimerkki.fi)', '<div>', '</div>'),
);
const htmlPiece = fc.oneof(
  sentence,
  fc.tuple(fc.constantFrom('h1', 'h2', 'h3', 'p', 'li', 'td', 'th', 'strong', 'b', 'div', 'span', 'nav', 'footer', 'script', 'style', 'main'), sentence).map(([t, s]) => `<${t}>${s}</${t}>`),
  fc.constantFrom('<ul>', '</ul>', '<table><tr>', '</tr></table>', '<br>', '<p>', '</div>', '<!--', '-->', '<!-- noticelint-disable -->', '&amp;', '&nbsp;', '&#228;', '<html><body>', '</body></html>', '<p hidden>', '<a href="x">', '</a>', '<'),
  fc.constantFrom('\n', '\r\n', '\r', ' '),
);

const documents: Record<Format, fc.Arbitrary<string>> = {
  text: fc.array(fc.tuple(textLine, ending), { maxLength: 60 }).map((ls) => ls.map(([l, e]) => l + e).join('')),
  markdown: fc.array(fc.tuple(markdownLine, ending), { maxLength: 60 }).map((ls) => ls.map(([l, e]) => l + e).join('')),
  html: fc.array(htmlPiece, { maxLength: 80 }).map((ps) => ps.join('')),
};

describe('property: any notice-like input', () => {
  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: no exception, positions inside the document, a valid report, the same output twice`, () => {
      fc.assert(
        fc.property(documents[format], (source) => {
          const first = lintSource(source, { filePath: `random.${format}`, format, today: TODAY }).result;
          checkResult(source, first);
          const second = lintSource(source, { filePath: `random.${format}`, format, today: TODAY }).result;
          expect(second).toEqual(first);
        }),
        { seed: Number(process.env.PROPERTY_SEED ?? 20261121), numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
      );
    });
  }
});

/** The result of linting with the phrase trie from the first text (0) or never (Infinity). */
function lintWith(after: number, source: string, format: Format, filePath = `random.${format}`) {
  usePhraseTrieAfter(after);
  try {
    return lintSource(source, { filePath, format, today: TODAY }).result;
  } finally {
    usePhraseTrieAfter(PHRASE_TRIE_AFTER_TEXTS);
  }
}

describe('property: the phrase trie changes no finding', () => {
  it('every project notice and seed: the same result with the phrase trie as list by list', () => {
    const dirs = ['fixtures/corpus', 'fixtures/blind', 'fixtures/blind2', 'fixtures/blind3', 'fixtures/blind4', 'examples'];
    const files = dirs.flatMap((d) => readdirSync(join(ROOT, d)).filter((f) => /\.(txt|md|html)$/u.test(f)).map((f) => join(ROOT, d, f)));
    const notices = [...files.map((f) => ({ name: f, source: readFileSync(f, 'utf8') })), ...(NO_SHARED ? [] : Object.values(SEEDS)).map((s) => ({ name: s, source: readSeed(s) }))]; // the seeds when ../shared is beside the project
    expect(notices.length).toBeGreaterThan(80);
    for (const { name, source } of notices) {
      const format = formatOfPath(name);
      expect(lintWith(0, source, format, name), name).toEqual(lintWith(Infinity, source, format, name));
    }
  });

  for (const format of ['text', 'markdown', 'html'] as const) {
    it(`${format}: the same result with the phrase trie as list by list`, () => {
      fc.assert(
        fc.property(documents[format], (source) => {
          expect(lintWith(0, source, format)).toEqual(lintWith(Infinity, source, format));
        }),
        { seed: Number(process.env.PROPERTY_SEED ?? 20261122), numRuns: Number(process.env.PROPERTY_RUNS ?? 100) },
      );
    });
  }
});
