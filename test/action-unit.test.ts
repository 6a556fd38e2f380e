import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/api.js';
import { DEFAULT_FILES, readInputs } from '../src/action/inputs.js';
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
    expect(readInputs({ 'INPUT_FAIL-ON': ' Warning ', 'INPUT_ONLY-CHANGED': 'True', 'INPUT_SARIF-FILE': 'a.sarif', INPUT_FILES: 'a/*.md\n\n# comment\n!a/x.md\n', INPUT_CONFIG: 'c.json' })).toEqual({
      files: ['a/*.md', '!a/x.md'],
      config: 'c.json',
      failOn: 'warning',
      onlyChanged: true,
      sarifFile: 'a.sarif',
    });
    expect(() => readInputs({ 'INPUT_ONLY-CHANGED': 'maybe' })).toThrow(/only-changed must be true or false/u);
  });

  it('the default files globs find notices by name in three languages, and leave other files alone', () => {
    const match = picomatch(DEFAULT_FILES.split('\n'), { nocase: true });
    for (const p of ['tietosuojaseloste.txt', 'docs/Tietosuojaseloste.md', 'site/rekisteriseloste.html', 'PRIVACY.md', 'legal/privacy-policy.html', 'sv/dataskyddsbeskrivning.md', 'integritetspolicy.txt', 'personuppgiftspolicy.md', 'privacy/index.md', 'tietosuoja/asiakasrekisteri.txt', 'rekisteriseloste.pdf', 'docs/Tietosuojaseloste.docx']) {
      expect(match(p), p).toBe(true);
    }
    for (const p of ['README.md', 'src/privacy.ts', 'CHANGELOG.md', 'docs/terms.md', 'privacy.png', 'terms.pdf']) expect(match(p), p).toBe(false);
  });
});
