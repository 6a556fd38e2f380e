/**
 * The Markdown reader's work budget (issue 15, item 6): markup that would cost more to parse than
 * any notice could (emphasis runs, huge tables, deep nesting) is read as plain text, and an info
 * finding says so. The work is bounded by counting (marks per piece), so these run at full size
 * in the default tier; test/stress/hostile.test.ts measures their CPU time and memory.
 */
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/linter.js';
import { MARKDOWN_WORK_BUDGET } from '../../src/parse/parse-markup.js';
import { checkResult } from '../report-check.js';
import { TODAY } from '../helpers.js';

function lint(source: string) {
  const { result } = lintSource(source, { filePath: 'x.md', format: 'markdown', today: TODAY });
  checkResult(source, result);
  return result;
}
const plain = (source: string) => lint(source).messages.filter((m) => m.ruleId === 'read-as-plain-text');

describe('Markdown over the work budget is read as plain text, and says so', () => {
  it('496 KB of "*a* " (73 s in the parser before)', () => {
    const found = plain('*a* '.repeat(124_000));
    expect(found.map((m) => [m.severity, m.line, m.column, m.message])).toEqual([
      ['info', 1, 1, `This Markdown file was read plainly, without its markup: a part of the Markdown has over 20,000 emphasis marks (* or _), more than a privacy notice has. Its headings, lists and tables may be read less well; check that the file is the notice you meant.`],
    ]);
  });

  it('a table of 30,000 rows in one piece (0.9 GB before)', () => {
    const source = '| a | b |\n|---|---|\n' + Array.from({ length: 30_000 }, (_, i) => `| ${i} | x |\n`).join('');
    expect(plain(source).map((m) => m.message)).toEqual([expect.stringContaining('over 20,000 table cell separators (|)')]);
  });

  it('lists nested 70 deep', () => {
    expect(plain('# Otsikko\n\n' + '>'.repeat(70) + ' x\n')).toHaveLength(1);
  });

  it('over 5,000 headings are read as paragraphs, in Markdown and in plain text', () => {
    const md = Array.from({ length: 6000 }, (_, i) => `## Otsikko ${i}\n\nTeksti.\n`).join('\n');
    const result = lint(md);
    expect(result.messages.filter((m) => m.ruleId === 'read-as-plain-text').map((m) => m.message)).toEqual([expect.stringContaining('read plainly, without its markup: it has over 5,000 headings')]);
    // Read as paragraphs: no empty-section finding for each of the 6,000.
    expect(result.messages.filter((m) => m.ruleId === 'empty-section')).toEqual([]);
    const text = Array.from({ length: 6000 }, (_, i) => `${(i % 99) + 1}. Otsikko ${i}\n`).join('\n');
    const { result: textResult } = lintSource(text, { filePath: 'x.txt', format: 'text', today: TODAY });
    checkResult(text, textResult);
    expect(textResult.messages.filter((m) => m.ruleId === 'read-as-plain-text').map((m) => m.message)).toEqual([expect.stringContaining('This text file was read plainly, without its headings: it has over 5,000 headings')]);
  });

  it('over 50,000 blocks are read flat, as one paragraph', () => {
    const source = '# Evästeet\n\n' + Array.from({ length: 60_000 }, (_, i) => `- eväste${i}\n`).join('');
    expect(plain(source).map((m) => m.message)).toEqual([expect.stringContaining('it has over 50,000 paragraphs')]);
  });

  it('over 250,000 lines are read flat, as one paragraph, in any format and line ending (they were refused)', () => {
    for (const [format, text] of [
      ['text', 'a\n'.repeat(250_001)],
      ['markdown', '## Otsikko\r\n\r\n'.repeat(125_001)],
      ['html', '<p>a</p>\r'.repeat(250_001)],
    ] as const) {
      const { result } = lintSource(text, { filePath: `x.${format}`, format, today: TODAY });
      checkResult(text, result);
      expect(result.fatal, format).toBeUndefined();
      expect(result.messages.filter((m) => m.ruleId === 'read-as-plain-text').map((m) => m.message), format).toEqual([expect.stringContaining('it has over 250,000 lines')]);
    }
    // 250,000 lines exactly are read line by line.
    expect(plain('a\n'.repeat(250_000))).toEqual([]);
  });

  it('a notice within the budget is read as Markdown, without the finding', () => {
    const source = '# Tietosuojaseloste\n\n' + '*Huom.* Tiedot **säilytetään** _vuoden_.\n\n'.repeat(100) + '| a | b |\n|---|---|\n| 1 | 2 |\n';
    expect(plain(source)).toEqual([]);
    expect(MARKDOWN_WORK_BUDGET.emphasis).toBeGreaterThan(600);
  });
});
