import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/api.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FILES, readInputs, WORKFLOW_PATHS } from '../src/action/inputs.js';
import { hunkRanges } from '../src/action/filter.js';
import { underChangedConfiguration } from '../src/action/files.js';
import { ROOT } from './helpers.js';
import { failed } from '../src/action/main.js';
import type { FileResult } from '../src/report.js';
import picomatch from 'picomatch';

const result = (errorCount: number, warningCount: number, fatal = false): FileResult => ({
  filePath: 'n.txt',
  format: 'text',
  language: 'fi',
  items: {},
  messages: [],
  errorCount,
  warningCount,
  infoCount: 0,
  ...(fatal ? { fatal: { message: 'binary' } } : {}),
});

describe('fail-on', () => {
  it('error fails on errors and unlintable files; warning also on warnings; never never', () => {
    const warningsOnly = buildReport([result(0, 3)]);
    expect(failed(warningsOnly, 'error')).toBe(false);
    expect(failed(warningsOnly, 'warning')).toBe(true);
    expect(failed(warningsOnly, 'never')).toBe(false);
    expect(failed(buildReport([result(1, 0)]), 'error')).toBe(true);
    expect(failed(buildReport([result(0, 0, true)]), 'error')).toBe(true);
    expect(failed(buildReport([result(0, 0)]), 'warning')).toBe(false);
  });
});

describe('inputs', () => {
  it('reads INPUT_* with hyphens kept, trims, defaults', () => {
    expect(readInputs({})).toEqual({ files: DEFAULT_FILES.split('\n'), config: undefined, failOn: 'error', onlyChanged: false, sarifFile: undefined });
    expect(readInputs({}).filterMode).toBeUndefined();
    expect(readInputs({ 'INPUT_FAIL-ON': ' Warning ', 'INPUT_ONLY-CHANGED': 'True', 'INPUT_SARIF-FILE': 'a.sarif', INPUT_FILES: 'a/*.md\n\n# comment\n!a/x.md\n', INPUT_CONFIG: 'c.json' })).toEqual({
      files: ['a/*.md', '!a/x.md'],
      config: 'c.json',
      failOn: 'warning',
      onlyChanged: true,
      sarifFile: 'a.sarif',
    });
    expect(() => readInputs({ 'INPUT_ONLY-CHANGED': 'maybe' })).toThrow(/only-changed must be true or false/u);
    expect(readInputs({ 'INPUT_FILTER-MODE': 'Diff-Context' }).filterMode).toBe('diff-context');
    expect(() => readInputs({ 'INPUT_FILTER-MODE': 'lines' })).toThrow('input filter-mode must be added, diff-context, file, nofilter, not "lines"');
  });

  it('the default files globs find notices by name in three languages, and leave other files alone', () => {
    const match = picomatch(DEFAULT_FILES.split('\n'), { nocase: true });
    for (const p of ['tietosuojaseloste.txt', 'docs/Tietosuojaseloste.md', 'site/rekisteriseloste.html', 'PRIVACY.md', 'legal/privacy-policy.html', 'sv/dataskyddsbeskrivning.md', 'integritetspolicy.txt', 'personuppgiftspolicy.md', 'privacy/index.md', 'tietosuoja/asiakasrekisteri.txt', 'rekisteriseloste.pdf', 'docs/Tietosuojaseloste.docx']) {
      expect(match(p), p).toBe(true);
    }
    for (const p of ['README.md', 'src/privacy.ts', 'CHANGELOG.md', 'docs/terms.md', 'privacy.png', 'terms.pdf']) expect(match(p), p).toBe(false);
  });
});

describe('the README\'s workflow example', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  it('filters on the paths the Action lints by default, and on the files that configure it', () => {
    const block = /on:\n {2}pull_request:\n {4}paths:\n((?: {6}- '[^']+'\n)+)/u.exec(readme);
    expect(block).not.toBeNull();
    const paths = [...block![1].matchAll(/'([^']+)'/gu)].map((m) => m[1]);
    expect(paths).toEqual(WORKFLOW_PATHS);
    // GitHub's paths filter is case-sensitive and its * stops at "/" (as picomatch's does).
    const byDefault = picomatch(DEFAULT_FILES.split('\n'), { nocase: true });
    const byWorkflow = picomatch(WORKFLOW_PATHS, { dot: true });
    const names = ['tietosuojaseloste', 'rekisteriseloste', 'henkilotietoseloste', 'henkilötietoseloste', 'privacy-policy', 'dataskyddsbeskrivning', 'integritetspolicy', 'personuppgiftspolicy'];
    const samples = [...names.flatMap((n) => [`${n}.md`, `docs/${n}.html`, `a/b/${n}.pdf`]), 'privacy/index.md', 'site/tietosuoja/asiakkaat.txt', 'dataskydd/x.docx', 'integritet/y.htm', 'a/privacy-en/z.markdown'];
    for (const p of samples) {
      expect(byDefault(p), p).toBe(true);
      expect(byWorkflow(p), p).toBe(true);
    }
    for (const p of ['.noticelintrc.json', 'docs/.noticelintrc.json', '.noticelintignore']) expect(byWorkflow(p), p).toBe(true);
  });
});

describe('filter-mode helpers', () => {
  it('reads the new side of each hunk of a unified diff', () => {
    expect(hunkRanges('@@ -6 +7 @@\n-a\n+b\n@@ -12,0 +13,2 @@\n+x\n+y\n@@ -20,3 +22,0 @@\n')).toEqual([[7, 7], [13, 14]]);
  });

  it('a changed configuration changes the notices under its folder, or every notice', () => {
    const notices = ['a/n.md', 'a/b/m.md', 'c/o.md'];
    expect([...underChangedConfiguration(notices, ['a/.noticelintrc.json'])]).toEqual(['a/n.md', 'a/b/m.md']);
    expect([...underChangedConfiguration(notices, ['.noticelintrc.json'])]).toEqual(notices);
    expect([...underChangedConfiguration(notices, ['ci/lint.json'], './ci/lint.json')]).toEqual(notices);
    expect([...underChangedConfiguration(notices, ['.noticelintignore'])]).toEqual(notices);
    expect([...underChangedConfiguration(notices, ['c/o.md'])]).toEqual([]);
  });
});
