/**
 * One line per finding, `file:line:col: severity message [rule-id]`: what editors' problem
 * matchers (VS Code's `$eslint-compact`-style patterns, Vim's errorformat, Emacs' compile mode)
 * read. A file that could not be linted is one line `file:1:1: error message [fatal]`. The
 * path and message are one line each, every control character shown escaped.
 */
import type { FileResult } from '../report.js';
import { fatalText, plural, repoPath } from './common.js';
import { escapeTerminal } from './escape.js';
import { type StreamReporter, wholeReport } from './types.js';

function linesOf(r: FileResult, path: string): string {
  const file = escapeTerminal(path);
  if (r.fatal) return `${file}:1:1: error ${escapeTerminal(fatalText(r))} [fatal]\n`;
  return r.messages.map((m) => `${file}:${m.line}:${m.column}: ${m.severity} ${escapeTerminal(m.message)} [${m.ruleId}]\n`).join('');
}

export const compactStream: StreamReporter = (options) => ({
  begin: () => '',
  result: (r) => linesOf(r, repoPath(r.filePath, options.cwd)),
  end: (summary, fatal) => {
    const total = summary.errorCount + summary.warningCount + summary.infoCount;
    return `\n${plural(total, 'problem')} (${plural(summary.errorCount, 'error')}, ${plural(summary.warningCount, 'warning')}, ${summary.infoCount} info) in ${plural(summary.files, 'file')}${fatal ? `, ${fatal} not linted` : ''}\n`;
  },
});

export const compact = wholeReport(compactStream);
