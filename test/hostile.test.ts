// Hostile input must not hang or crash. Each case has a loose time bound (the real measurement
// is `npm run bench`); every position must still lie inside the document.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import type { Format } from '../src/model/types.js';
import { checkResult } from './report-check.js';
import { ROOT, TODAY } from './helpers.js';

const BOUND_MS = 30_000; // loose: 100,000 Markdown headings take ~15 s under a parallel test run on two cores

function lintTimed(source: string, format: Format) {
  const start = performance.now();
  const { result } = lintSource(source, { filePath: `hostile.${format}`, format, today: TODAY });
  const ms = performance.now() - start;
  expect(ms, `${format}: ${ms.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
  checkResult(source, result);
  return result;
}

const ALL: Format[] = ['text', 'markdown', 'html'];
const repeat = (n: number, f: (i: number) => string, sep = '') => Array.from({ length: n }, (_, i) => f(i)).join(sep);

const cases: { name: string; formats: Format[]; source: () => string }[] = [
  { name: 'a 5 MB line without spaces', formats: ['text'], source: () => 'x'.repeat(5_000_000) },
  { name: 'a 5 MB line of letters without spaces', formats: ['markdown', 'html'], source: () => 'Tietosuojaseloste'.repeat(300_000) },
  { name: '100,000 numbered headings', formats: ['text'], source: () => repeat(100_000, (i) => `${(i % 99) + 1}. Otsikko ${i}\n`, '\n') },
  { name: '100,000 Markdown headings', formats: ['markdown'], source: () => repeat(100_000, (i) => `## Otsikko ${i}\n`, '\n') },
  { name: '100,000 HTML headings', formats: ['html'], source: () => repeat(100_000, (i) => `<h2>Otsikko ${i}</h2>`, '\n') },
  { name: 'a Markdown table of 80,000 rows (2 MB)', formats: ['markdown'], source: () => '| Eväste | Aika |\n| --- | --- |\n' + repeat(80_000, (i) => `| eväste${i} | 12 kk |\n`) },
  { name: 'a Markdown list of 20,000 items (0.7 MB)', formats: ['markdown'], source: () => '# Evästeet\n\n' + repeat(20_000, (i) => `- eväste${i} säilytetään 12 kk\n`) },
  { name: 'a list nested 2,000 deep (Markdown)', formats: ['markdown'], source: () => repeat(2000, (i) => ' '.repeat(i * 2) + '- kohta', '\n') },
  { name: 'a blockquote nested 5,000 deep (Markdown)', formats: ['markdown'], source: () => '>'.repeat(5000) + ' lainaus' },
  { name: 'lists nested 5,000 deep (HTML)', formats: ['html'], source: () => '<ul><li>'.repeat(5000) + 'kohta' + '</li></ul>'.repeat(5000) },
  { name: '20,000 unclosed divs (HTML)', formats: ['html'], source: () => '<div>'.repeat(20_000) + 'teksti' },
  { name: '"EU:n ulkopuolelle " 100,000 times', formats: ALL, source: () => 'EU:n ulkopuolelle '.repeat(100_000) },
  { name: 'a service named 40,000 times in one sentence', formats: ['text'], source: () => 'Google Analytics '.repeat(40_000) },
  { name: 'unbalanced HTML', formats: ['html', 'text'], source: () => '<p><b><i>teksti<ul><li>a<table><tr><td>b</p></div></span>'.repeat(20_000) + '<'.repeat(50_000) + '<a href="'.repeat(20_000) + '<!--' },
  { name: 'control characters (no NUL)', formats: ALL, source: () => repeat(200_000, (i) => String.fromCharCode(1 + (i % 31))) + '\u0085\u2028\u2029\uFEFF\uFFFD' },
  { name: 'lone surrogates and astral letters', formats: ALL, source: () => '\uD800 \uDC00 𝔗𝔦𝔢𝔱𝔬 '.repeat(50_000) },
  { name: 'white space only', formats: ALL, source: () => ' \t\r\n\u00a0'.repeat(200_000) },
  { name: 'an empty file', formats: ALL, source: () => '' },
  { name: 'dots, dashes, at signs and URLs', formats: ['text'], source: () => '1.'.repeat(300_000) + '@'.repeat(300_000) + 'http://'.repeat(100_000) + '1234567-'.repeat(100_000) },
  { name: 'repeated legal phrases', formats: ['text'], source: () => 'henkilötietolaki (523/1999) 10 §, Ratapihantie 9, 00521 Helsinki, '.repeat(20_000) },
];

describe('hostile input', () => {
  for (const c of cases) {
    for (const format of c.formats) {
      it(`${c.name} (${format})`, () => {
        lintTimed(c.source(), format);
      });
    }
  }

  it("200,000 sentences in one paragraph, under node's own stack size (the test workers have a larger one)", () => {
    // push(...items) passes every item on the stack: 200,000 sentences overflowed it in the command.
    const code = `import { lintSource } from './src/linter.ts';
for (const [source, format] of [['Rivi\\r'.repeat(200000), 'text'], ['Rivi\\n'.repeat(200000), 'markdown']]) {
  const { result } = lintSource(source, { filePath: 'hostile', format, today: '${TODAY}' });
  console.log(format, result.messages.map((m) => m.ruleId).join(','));
}`;
    const p = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    expect(p.stderr).not.toMatch(/Maximum call stack/u);
    expect(p.stdout).toBe('text not-a-notice\nmarkdown not-a-notice\n');
  }, 60_000);

  it('an empty file and a white-space-only file say they are not notices, once', () => {
    for (const source of ['', '   \n\t\n  ']) {
      const result = lintTimed(source, 'text');
      expect(result.messages.filter((m) => m.ruleId === 'not-a-notice')).toHaveLength(1);
    }
  });
});

describe('line endings', () => {
  const body = 'Käsittelemme asiakkaidemme henkilötietoja asiakassuhteen hoitamiseksi ja laskutusta varten. ';
  const lines = ['TIETOSUOJASELOSTE', '', 'Rekisterinpitäjä', '', 'Esimerkki Oy, Y-tunnus 1234567-1', '', body.repeat(3), '', 'Scroll to Top', ''];
  const endings = { LF: ['\n'], CRLF: ['\r\n'], CR: ['\r'], mixed: ['\r\n', '\n', '\r'] };
  const positions = (source: string) =>
    lintSource(source, { filePath: 'x.txt', format: 'text', today: TODAY }).result.messages.map((m) => `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`);
  const reference = positions(lines.join('\n'));

  it('the reference notice has a finding on line 9', () => {
    expect(reference).toContain('leftover-artifact 9:1-9:14');
  });

  for (const [name, list] of Object.entries(endings)) {
    it(`${name}: the same lines and columns`, () => {
      const source = lines.map((l, i) => l + (i < lines.length - 1 ? list[i % list.length] : '')).join('');
      expect(positions(source)).toEqual(reference);
      checkResult(source, lintSource(source, { filePath: 'x.txt', format: 'text', today: TODAY }).result);
    });
  }

  it('Markdown and HTML count CR and CRLF as line ends too', () => {
    for (const format of ['markdown', 'html'] as const) {
      const src = format === 'markdown' ? '# Otsikko\r\rTeksti\r\n\r\nScroll to Top\n' : '<h1>Otsikko</h1>\r<p>Teksti</p>\r\n<p>Scroll to Top</p>\n';
      const { result } = lintSource(src, { filePath: `x.${format}`, format, today: TODAY });
      checkResult(src, result);
      const artifact = result.messages.find((m) => m.ruleId === 'leftover-artifact');
      if (artifact) expect(artifact.line).toBe(format === 'markdown' ? 5 : 3);
    }
  });
});
