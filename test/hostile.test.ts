// Hostile input must not crash, and every position must still lie inside the document. Here
// every case of test/hostile-cases.ts runs at a fiftieth of its size (fast, in the default
// tier); test/stress/hostile.test.ts runs them at full size and bounds their CPU and memory.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../src/linter.js';
import type { Format } from '../src/model/types.js';
import { checkResult } from './report-check.js';
import { TODAY } from './helpers.js';
import { HOSTILE_CASES } from './hostile-cases.js';

function lintChecked(source: string, format: Format) {
  const { result } = lintSource(source, { filePath: `hostile.${format}`, format, today: TODAY });
  checkResult(source, result);
  return result;
}

describe('hostile input (small)', () => {
  for (const c of HOSTILE_CASES) {
    for (const format of c.formats) {
      it(`${c.name} (${format}), at 1/50`, () => {
        lintChecked(c.source(1 / 50), format);
      });
    }
  }

  it('an empty file and a white-space-only file say they are not notices, once', () => {
    for (const source of ['', '   \n\t\n  ']) {
      const result = lintChecked(source, 'text');
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
