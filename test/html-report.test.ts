/**
 * The HTML report (--format html, --output-dir) read as text: what each notice's part holds,
 * that untrusted text is shown and never run, the words in three languages, the overview's size
 * at 2,000 notices, and the command's options. What a browser shows is test/browser.test.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport, lint } from '../src/api.js';
import { ITEM_IDS } from '../src/items/index.js';
import { lintSource } from '../src/linter.js';
import type { FileResult, LintMessage } from '../src/report.js';
import { escapeHtml } from '../src/reporters/escape.js';
import { html, htmlSite, pageName } from '../src/reporters/html.js';
import { OVERVIEW_SCRIPT } from '../src/reporters/html/page.js';
import { REPORT_WORDS } from '../src/reporters/html/words.js';
import { json } from '../src/reporters/json.js';
import { markdown } from '../src/reporters/markdown.js';
import { stylish, wrapText } from '../src/reporters/stylish.js';
import { ROOT, runCli } from './helpers.js';

const OPTS = { color: false, cwd: ROOT };
const TODAY = '2026-12-07';
const EXAMPLES = ['examples/tietosuojaseloste.txt', 'examples/dataskyddsbeskrivning.md', 'examples/privacy-notice.html'];

const examplesReport = () => lint(EXAMPLES, { cwd: ROOT, today: TODAY, keepText: true, concurrency: 1 });

/** The opening tags of the elements of a document, by name (a crude reader: enough to count). */
const tags = (doc: string, name: string) => doc.match(new RegExp(`<${name}[\\s>]`, 'giu')) ?? [];

const DOCS = 'https://github.com/noticelint/noticelint/blob/main/docs/rules';
const finding = (over: Partial<LintMessage>): LintMessage => ({
  ruleId: 'leftover-artifact',
  severity: 'warning',
  message: 'a finding',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  url: `${DOCS}/leftover-artifact.md`,
  ...over,
});

describe('a notice in the HTML report', () => {
  it('shows its title, language, date, the checklist with the JSON report\'s counts, and every finding with its note, legal source and fix', async () => {
    const report = await examplesReport();
    const doc = html(report, OPTS);
    report.results.forEach((r, i) => {
      const id = `n${i + 1}`;
      const part = doc.slice(doc.indexOf(`<article class="notice" id="${id}"`), doc.indexOf('</article>', doc.indexOf(`id="${id}"`)));
      expect(part).toContain(`<h2 id="${id}-h">${escapeHtml(r.text!.title!)}</h2>`);
      expect(part).toContain(`<time datetime="${r.text!.date}">`);
      const count = (s: string) => ITEM_IDS.filter((item) => r.items[item]?.status === s).length;
      expect(part).toContain(`data-present="${count('present')}" data-vague="${count('vague')}" data-missing="${count('missing')}" data-not-applicable="${count('not-applicable')}"`);
      expect(tags(part, 'tr').length - 1).toBe(Object.keys(r.items).length);
      r.messages.forEach((m, k) => {
        const n = k + 1;
        // The note beside the text, the pin in the text pointing at it, and the entry in the list by severity.
        const note = part.slice(part.indexOf(`id="${id}-n${n}"`), part.indexOf('</div>', part.indexOf(`id="${id}-n${n}"`)));
        expect(note).toContain(escapeHtml(m.message));
        if (m.reference) expect(note).toContain(escapeHtml(m.reference));
        if (m.suggestion) expect(note).toContain(escapeHtml(m.suggestion));
        expect(part).toContain(`href="#${id}-n${n}"`);
        if (!(m.line === 1 && m.column === 1 && m.endLine === 1 && m.endColumn === 1)) expect(part).toContain(`id="${id}-m${n}" href="#${id}-n${n}"`);
      });
      // Every item with evidence links to its line, which exists.
      for (const item of Object.values(r.items)) if (item.line) expect(part).toContain(`id="${id}-L${item.line}"`);
    });
    expect(report.results.map((r) => r.messages.length)).toEqual([14, 1, 3]);
  });

  it('marks the span of a finding, in the colour of the worst finding over it', () => {
    const r: FileResult = {
      ...lintSource('Ab cd ef\nsecond line\n', { filePath: 'x.txt', format: 'text', today: TODAY, rules: [], keepText: true }).result,
      messages: [finding({ column: 4, endColumn: 9, severity: 'warning' }), finding({ column: 7, endLine: 2, endColumn: 3, severity: 'error' })],
    };
    const doc = html(buildReport([r]), OPTS);
    expect(doc).toContain('<div class="s">Ab <a class="pin w" id="n1-m1" href="#n1-n1" aria-label="Finding 1">1</a><mark class="w">cd </mark><a class="pin e" id="n1-m2" href="#n1-n2" aria-label="Finding 2">2</a><mark class="e">ef</mark></div>');
    expect(doc).toContain('<div class="s"><mark class="e">se</mark>cond line</div>');
  });

  it('shows a Word document\'s findings by paragraph, without its text', async () => {
    const report = await lint(['fixtures/documents/sv-notice.docx'], { cwd: ROOT, today: TODAY, keepText: true });
    expect(report.results[0].text?.source).toBeUndefined();
    const doc = html(report, OPTS);
    expect(doc).toContain(escapeHtml(REPORT_WORDS.en.textNone));
    expect(doc).toMatch(/paragraph 22<\/p><p class="msg">[^<]*<span class="mono">“Dina rättigheter”<\/span>/u);
  });

  it('prints its own words in English, Finnish or Swedish', async () => {
    const report = await examplesReport();
    expect(Object.keys(REPORT_WORDS.fi).sort()).toEqual(Object.keys(REPORT_WORDS.en).sort());
    expect(Object.keys(REPORT_WORDS.sv).sort()).toEqual(Object.keys(REPORT_WORDS.en).sort());
    const fi = html(report, { ...OPTS, locale: 'fi' });
    expect(fi).toContain('<html lang="fi">');
    expect(fi).toContain('Rekisterinpitäjän yhteystiedot');
    expect(fi).toContain('</span> puuttuu</span>');
    const sv = html(report, { ...OPTS, locale: 'sv' });
    expect(sv).toContain('Dataskyddsombudets kontaktuppgifter');
    expect(sv).toContain('</span> saknas</span>');
  });

  it('leaves the notice\'s text out of the JSON report', async () => {
    const report = await examplesReport();
    const without = await lint(EXAMPLES, { cwd: ROOT, today: TODAY, concurrency: 1 });
    expect(json(report, OPTS)).toBe(json(without, OPTS));
  });
});

describe('untrusted text in the HTML report', () => {
  const HOSTILE = [
    'Tietosuojaseloste <script>alert(1)</script>',
    '<!-- a comment --> <img src=x onerror=alert(2)> "quoted" & \'single\'',
    `odd: \u0000\u0007\u202e\u2066reversed\u2069 \ud800 \u2028 😀 e\u0301`,
    `</textarea></style></title><svg onload=alert(3)>`,
    'a 5 MB line follows',
  ].join('\n');
  /** Added to the text after linting (linting 5 MB is the stress tier's business, showing it is this test's). */
  const LONG_LINE = 'x'.repeat(5 * 1024 * 1024) + '<b>end</b>';

  it('is shown as text and never runs: no element of it reaches the document', () => {
    const base = lintSource(HOSTILE, { filePath: 'notices/<b>evil</b>".txt', format: 'text', today: TODAY, keepText: true }).result;
    const r: FileResult = { ...base, text: { ...base.text, source: `${base.text!.source}\n${LONG_LINE}` }, messages: [...base.messages, finding({ line: 6, column: 5 * 1024 * 1024, endColumn: 5 * 1024 * 1024 + 11, message: '<script>alert(4)</script>', suggestion: '<i>x</i>' })] };
    const doc = html(buildReport([r]), OPTS);
    // The only script is the overview's own; no element the notice wrote.
    expect(tags(doc, 'script')).toHaveLength(1);
    expect(doc).toContain(`<script>${OVERVIEW_SCRIPT}</script>`);
    for (const name of ['img', 'svg', 'i', 'textarea']) expect(tags(doc, name), name).toHaveLength(0);
    expect(doc).not.toMatch(/<b>(?:evil|end)/u);
    expect(doc).not.toContain('<!-- a comment');
    expect(doc).toContain('Tietosuojaseloste &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(doc).toContain('<div class="s">&lt;!-- a comment --&gt; <a class="pin w"');
    expect(doc).toContain('<mark class="w">&lt;img src=x onerror=alert(2)&gt;</mark> &quot;quoted&quot; &amp; &#39;single&#39;</div>');
    expect(doc).toContain('odd: \\u0000\\u0007\\u202e\\u2066reversed\\u2069 \\ud800 \u2028 😀 e\u0301');
    expect(doc).toContain('notices/&lt;b&gt;evil&lt;/b&gt;&quot;.txt');
    expect(doc).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    // The 5 MB line is there, with its finding marked at its end.
    const end = doc.indexOf('end&lt;/b');
    expect(doc.slice(end - 200, end + 30)).toMatch(/^x+<a class="pin w" id="n1-m(\d)" href="#n1-n\1" aria-label="Finding \1">\1<\/a><mark class="w">x&lt;b&gt;end&lt;\/b&gt;<\/mark><\/div>/u);
    expect(doc.length).toBeLessThan(5 * 1024 * 1024 + 200_000);
    // No raw control character or lone surrogate is written.
    expect(doc).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/u);
  });

  it('forbids every request and every script but its own (Content-Security-Policy)', () => {
    const doc = html(buildReport([]), OPTS);
    expect(doc).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'">/u);
    expect(doc).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//u);
    const page = htmlSite({}).result(lintSource('text', { filePath: 'a.txt', format: 'text', today: TODAY, keepText: true }).result).text;
    expect(page).toContain("script-src 'none'");
    expect(tags(page, 'script')).toHaveLength(0);
  });
});

describe('the overview of many notices', () => {
  /** A generated result: every item, a few findings. */
  const generated = (i: number): FileResult => ({
    filePath: `registers/unit-${i}/tietosuojaseloste-${i}.md`,
    format: 'markdown',
    language: i % 3 === 0 ? 'sv' : 'fi',
    items: Object.fromEntries(ITEM_IDS.map((id, k) => [id, { status: (['present', 'vague', 'missing', 'not-applicable'] as const)[(i + k) % 4], line: k + 1 }])),
    messages: [finding({ ruleId: 'missing-dpo-contact', severity: 'error' }), finding({ ruleId: `rule-${i % 7}` })],
    errorCount: 1,
    warningCount: 1,
    infoCount: 0,
    text: { title: `Tietosuojaseloste, rekisteri ${i}`, date: '2025-01-31' },
  });

  it('keeps a row per notice small: 2,000 notices make an index of a few MB, linear in the notices', () => {
    const site = (n: number) => {
      const s = htmlSite({});
      for (let i = 1; i <= n; i++) s.result(generated(i));
      return s.end({ files: n, errorCount: n, warningCount: n, infoCount: 0 }, 0).text;
    };
    const small = site(200);
    const big = site(2000);
    const perRow = (big.length - small.length) / 1800;
    expect(perRow).toBeLessThan(1200);
    expect(big.length).toBeLessThan(3 * 1024 * 1024);
    expect(tags(big, 'tr').length).toBe(1 + 2000 + 1 + 8);
    expect(big).toContain('<td class="num">2000</td><td class="num">2000</td>');
  });

  it('names each page by its number and a safe form of its file name', () => {
    expect(pageName(7, 'a/b/Tietosuojaseloste ÄÖ <x>.md')).toBe('notices/0007-Tietosuojaseloste-x-.md.html');
    expect(pageName(12, '../..')).toBe('notices/0012-notice.html');
    expect(pageName(3, 'https://example.org/')).toBe('notices/0003-example.org.html');
  });
});

describe('the command: --format html and --output-dir', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'noticelint-html-'));

  it('writes one document to standard output, or index.html and a page per notice into a folder', async () => {
    const one = await runCli(['--format', 'html', '--today', TODAY, 'examples/privacy-notice.html']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/u);
    expect(one.stdout).toContain('<h2 id="n1-h">Privacy notice</h2>');
    const dir = tmp();
    writeFileSync(join(dir, 'stale.txt'), 'kept');
    const site = await runCli(['--format', 'html', '--output-dir', dir, '--today', TODAY, ...EXAMPLES]);
    expect(site).toMatchObject({ code: 1, stdout: '', stderr: '' });
    expect(readdirSync(join(dir, 'notices')).sort()).toEqual(['0001-tietosuojaseloste.txt.html', '0002-dataskyddsbeskrivning.md.html', '0003-privacy-notice.html.html']);
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(index).toContain('<a href="notices/0002-dataskyddsbeskrivning.md.html">examples/dataskyddsbeskrivning.md</a>');
    // A second run over fewer files leaves no page of the first behind.
    await runCli(['--format', 'html', '--output-dir', dir, '--today', TODAY, EXAMPLES[2]]);
    expect(readdirSync(join(dir, 'notices'))).toEqual(['0001-privacy-notice.html.html']);
    expect(readFileSync(join(dir, 'stale.txt'), 'utf8')).toBe('kept');
  });

  it('--locale fi gives the report\'s words and the findings in Finnish, on standard output and in a folder', async () => {
    const one = await runCli(['--format', 'html', '--locale', 'fi', '--today', TODAY, EXAMPLES[0]]);
    expect(one.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="fi">/u);
    expect(one.stdout).toContain('Korjausehdotus');
    expect(one.stdout).toContain('Se kuuluu otsikon');
    const dir = tmp();
    await runCli(['--format', 'html', '--locale', 'sv', '--output-dir', dir, '--today', TODAY, EXAMPLES[1]]);
    const page = readFileSync(join(dir, 'notices', readdirSync(join(dir, 'notices'))[0]), 'utf8');
    expect(page).toMatch(/<html lang="sv">/u);
  });

  it('--locale auto writes each notice\'s part in its own language, the rest in English', async () => {
    const one = await runCli(['--format', 'html', '--locale', 'auto', '--today', TODAY, ...EXAMPLES]);
    expect(one.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="en">/u);
    const parts = one.stdout.split('<article ').slice(1);
    expect(parts[0]).toMatch(/^class="notice" id="n1" lang="fi"/u);
    expect(parts[0]).toContain('Informoitavat asiat (tietosuoja-asetuksen 13 ja 14 artikla)');
    expect(parts[1]).toMatch(/^class="notice" id="n2" lang="sv"/u);
    expect(parts[1]).toContain('Information enligt artiklarna 13 och 14 i dataskyddsförordningen');
    expect(parts[2]).toMatch(/^class="notice" id="n3" aria/u);
    expect(parts[2]).toContain('GDPR Art. 13/14 items');
    const dir = tmp();
    await runCli(['--format', 'html', '--locale', 'auto', '--output-dir', dir, '--today', TODAY, ...EXAMPLES]);
    const pages = readdirSync(join(dir, 'notices')).sort().map((f) => readFileSync(join(dir, 'notices', f), 'utf8'));
    expect(pages.map((p) => /<html lang="(\w+)">/u.exec(p)?.[1])).toEqual(['fi', 'sv', 'en']);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toMatch(/<html lang="en">/u);
  });

  it('refuses --output-dir with another format, with --output, or on a file', async () => {
    const dir = tmp();
    expect(await runCli(['--format', 'json', '--output-dir', dir, EXAMPLES[0]])).toEqual({ code: 2, stdout: '', stderr: 'noticelint: --output-dir writes the HTML report (--format html) as a folder; other formats write one file (--output)\n' });
    expect((await runCli(['--format', 'html', '--output-dir', dir, '-o', join(dir, 'x.html'), EXAMPLES[0]])).stderr).toBe('noticelint: use --output (one HTML document) or --output-dir (a folder of pages), not both\n');
    writeFileSync(join(dir, 'file'), '');
    expect((await runCli(['--format', 'html', '--output-dir', join(dir, 'file'), EXAMPLES[0]])).stderr).toBe(`noticelint: cannot write the report to ${join(dir, 'file')}: it is a file, not a folder\n`);
  });
});

describe('language versions in the HTML report', () => {
  it('shows the parity section: each group\'s versions and every difference, linked to the line in each version', async () => {
    const files = ['tietosuojaseloste.md', 'tietosuojaseloste-sv.md', 'tietosuojaseloste-en.html'].map((f) => join('fixtures', 'parity', 'drift', f));
    const report = JSON.parse((await runCli(['parity', ...files, '--no-config', '--today', TODAY, '-f', 'json'])).stdout);
    const { stdout, code } = await runCli(['parity', ...files, '--no-config', '--today', TODAY, '-f', 'html']);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('<h3 id="ov-parity">'));
    expect(section).toContain('<h4>Versions: <a href="#n1">fixtures/parity/drift/tietosuojaseloste.md</a> (Finnish (fi)), <a href="#n2">fixtures/parity/drift/tietosuojaseloste-sv.md</a> (Swedish (sv)), <a href="#n3">fixtures/parity/drift/tietosuojaseloste-en.html</a> (English (en))</h4>');
    expect(tags(section, 'tr').length - 1).toBe(report.parity[0].differences.length);
    for (const d of report.parity[0].differences) expect(section).toContain(escapeHtml(d.message));
    // "30 dagar" on sv.md line 31, against line 31 of fi.md and line 28 of en.html.
    expect(section).toContain('<a href="#n2-L31">fixtures/parity/drift/tietosuojaseloste-sv.md:31</a></td><td><a href="#n1-L31">fixtures/parity/drift/tietosuojaseloste.md:31</a>: 30 päivän<br><a href="#n3-L28">fixtures/parity/drift/tietosuojaseloste-en.html:28</a>: thirty days</td>');
    // As findings on each version too.
    expect(stdout).toContain('data-rule="parity-fact"');
  });
});

describe('the suggested fix in the human formats', () => {
  const r: FileResult = {
    ...lintSource('x\n', { filePath: 'n.txt', format: 'text', today: TODAY, rules: [] }).result,
    messages: [finding({ message: 'The notice does not say how long the data is kept, which GDPR Art. 13(2)(a) requires.', suggestion: 'Give a period, e.g. "Kept for 6 years after the contract ends."' })],
    warningCount: 1,
  };
  const report = buildReport([r]);

  it('stylish: under the message, one line each when not on a terminal', () => {
    expect(stylish(report, OPTS)).toBe(
      'n.txt\n' +
        '  1:1  warning  The notice does not say how long the data is kept, which GDPR Art. 13(2)(a) requires.  leftover-artifact\n' +
        '                → Give a period, e.g. "Kept for 6 years after the contract ends."\n\n' +
        '\u2716 1 problem (0 errors, 1 warning, 0 info) in 1 file\n',
    );
  });

  it('stylish: wrapped within the message\'s column at a terminal\'s width', () => {
    expect(stylish(report, { ...OPTS, width: 80 })).toBe(
      'n.txt\n' +
        '  1:1  warning  The notice does not say how long the data is   leftover-artifact\n' +
        '                kept, which GDPR Art. 13(2)(a) requires.\n' +
        '                → Give a period, e.g. "Kept for 6 years after\n' +
        '                the contract ends."\n\n' +
        '\u2716 1 problem (0 errors, 1 warning, 0 info) in 1 file\n',
    );
    // Too narrow a terminal to help: lines are left whole.
    expect(stylish(report, { ...OPTS, width: 40 })).toBe(stylish(report, OPTS));
    expect(wrapText('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('the command wraps at the terminal\'s width, and not when the report goes to a pipe or a file', async () => {
    const { main } = await import('../src/cli/main.js');
    const run = async (isTTY: boolean) => {
      let stdout = '';
      await main(['--today', TODAY, 'examples/privacy-notice.html'], { stdout: (t) => (stdout += t), stderr: () => {}, isTTY, columns: 100, env: { NO_COLOR: '1' }, cwd: ROOT });
      return stdout.split('\n');
    };
    const terminal = await run(true);
    expect(Math.max(...terminal.map((l) => [...l].length))).toBeLessThanOrEqual(100);
    expect(terminal.filter((l) => l.includes('→ ')).length).toBeGreaterThan(0);
    const pipe = await run(false);
    expect(Math.max(...pipe.map((l) => [...l].length))).toBeGreaterThan(100);
    expect(pipe.length).toBeLessThan(terminal.length);
  });

  it('markdown: in the finding\'s cell', () => {
    expect(markdown(report, OPTS)).toContain('| The notice does not say how long the data is kept, which GDPR Art. 13(2)(a) requires.<br>**Suggested fix:** Give a period, e.g. "Kept for 6 years after the contract ends." |');
  });
});
