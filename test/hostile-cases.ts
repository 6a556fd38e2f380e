/**
 * Hostile inputs: shapes that once hung, crashed or exhausted memory, each made at a scale.
 * test/hostile.test.ts runs them small (no exception, every position inside the document);
 * test/stress/hostile.test.ts runs them at full size, each in a process of its own, and checks
 * its CPU time and peak memory against the promise (20 s of CPU, 1 GB).
 */
import type { Format } from '../src/model/types.js';

export const ALL: Format[] = ['text', 'markdown', 'html'];
const repeat = (n: number, f: (i: number) => string, sep = '') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

export interface HostileCase {
  name: string;
  formats: Format[];
  /** The text at a scale (1: full size; the default tier uses a fraction). */
  source: (scale: number) => string;
}

const n = (full: number, scale: number) => Math.max(1, Math.round(full * scale));

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'a 5 MB line without spaces', formats: ['text'], source: (s) => 'x'.repeat(n(5_000_000, s)) },
  { name: 'a 5 MB line of letters without spaces', formats: ['markdown', 'html'], source: (s) => 'Tietosuojaseloste'.repeat(n(300_000, s)) },
  { name: '100,000 numbered headings', formats: ['text'], source: (s) => repeat(n(100_000, s), (i) => `${(i % 99) + 1}. Otsikko ${i}\n`, '\n') },
  { name: '100,000 Markdown headings', formats: ['markdown'], source: (s) => repeat(n(100_000, s), (i) => `## Otsikko ${i}\n`, '\n') },
  { name: '100,000 Markdown headings with text (400,000 lines, 1.9 MB)', formats: ['markdown'], source: (s) => repeat(n(100_000, s), (i) => `## Otsikko ${i}\n\nA.\n`, '\n') },
  { name: '100,000 HTML headings', formats: ['html'], source: (s) => repeat(n(100_000, s), (i) => `<h2>Otsikko ${i}</h2>`, '\n') },
  { name: '8 MB of one-letter lines (read flat)', formats: ALL, source: (s) => 'a\n'.repeat(n(4_000_000, s)) },
  { name: '5 MB of empty lines (read flat)', formats: ['text', 'markdown'], source: (s) => '\n'.repeat(n(5_000_000, s)) },
  { name: 'a Markdown table of 80,000 rows (2 MB)', formats: ['markdown'], source: (s) => '| Eväste | Aika |\n| --- | --- |\n' + repeat(n(80_000, s), (i) => `| eväste${i} | 12 kk |\n`) },
  { name: 'a Markdown list of 20,000 items (0.7 MB)', formats: ['markdown'], source: (s) => '# Evästeet\n\n' + repeat(n(20_000, s), (i) => `- eväste${i} säilytetään 12 kk\n`) },
  { name: 'a list nested 2,000 deep (Markdown)', formats: ['markdown'], source: (s) => repeat(n(2000, s), (i) => ' '.repeat(i * 2) + '- kohta', '\n') },
  { name: 'a blockquote nested 5,000 deep (Markdown)', formats: ['markdown'], source: (s) => '>'.repeat(n(5000, s)) + ' lainaus' },
  { name: 'lists nested 5,000 deep (HTML)', formats: ['html'], source: (s) => '<ul><li>'.repeat(n(5000, s)) + 'kohta' + '</li></ul>'.repeat(n(5000, s)) },
  { name: '20,000 unclosed divs (HTML)', formats: ['html'], source: (s) => '<div>'.repeat(n(20_000, s)) + 'teksti' },
  { name: '"EU:n ulkopuolelle " 100,000 times', formats: ALL, source: (s) => 'EU:n ulkopuolelle '.repeat(n(100_000, s)) },
  { name: '200,000 transfer sentences', formats: ['text'], source: (s) => 'Tietoja siirretään EU:n ulkopuolelle. '.repeat(n(200_000, s)) },
  { name: 'a service named 40,000 times in one sentence', formats: ['text'], source: (s) => 'Google Analytics '.repeat(n(40_000, s)) },
  {
    name: 'unbalanced HTML',
    formats: ['html', 'text'],
    source: (s) => '<p><b><i>teksti<ul><li>a<table><tr><td>b</p></div></span>'.repeat(n(20_000, s)) + '<'.repeat(n(50_000, s)) + '<a href="'.repeat(n(20_000, s)) + '<!--',
  },
  { name: 'control characters (no NUL)', formats: ALL, source: (s) => repeat(n(200_000, s), (i) => String.fromCharCode(1 + (i % 31))) + '\u0085\u2028\u2029\uFEFF\uFFFD' },
  { name: 'lone surrogates and astral letters', formats: ALL, source: (s) => '\uD800 \uDC00 𝔗𝔦𝔢𝔱𝔬 '.repeat(n(50_000, s)) },
  { name: 'white space only', formats: ALL, source: (s) => ' \t\r\n\u00a0'.repeat(n(200_000, s)) },
  { name: 'an empty file', formats: ALL, source: () => '' },
  { name: 'dots, dashes, at signs and URLs', formats: ['text'], source: (s) => '1.'.repeat(n(300_000, s)) + '@'.repeat(n(300_000, s)) + 'http://'.repeat(n(100_000, s)) + '1234567-'.repeat(n(100_000, s)) },
  { name: 'repeated legal phrases', formats: ['text'], source: (s) => 'henkilötietolaki (523/1999) 10 §, Ratapihantie 9, 00521 Helsinki, '.repeat(n(20_000, s)) },
  // Issue 15, item 6: inside every size limit, they cost minutes or gigabytes before the Markdown reader had a work budget.
  { name: '496 KB of "*a* " (emphasis runs)', formats: ['markdown'], source: (s) => '*a* '.repeat(n(124_000, s)) },
  { name: 'a GFM table of 119,000 rows', formats: ['markdown'], source: (s) => '| a | b |\n|---|---|\n' + repeat(n(119_000, s), (i) => `| ${i} | x |\n`) },
  { name: 'a GFM table of 30,000 rows (0.4 MB, parsed in one piece)', formats: ['markdown'], source: (s) => '| a | b |\n|---|---|\n' + repeat(n(30_000, s), (i) => `| ${i} | x |\n`) },
];
