/**
 * `filter-mode` (as reviewdog and vale-action have it): which findings a pull request sees.
 *
 * - `added`: findings on the lines the change adds or modifies (the default on a pull request);
 * - `diff-context`: also those on the unchanged lines around them (git's three lines of context);
 * - `file`: every finding in a changed file;
 * - `nofilter`: every finding in every file linted.
 *
 * The lines come from `git diff` of the range run with execFile (no shell) in the workspace, one
 * file at a time. A notice whose configuration changed (a `.noticelintrc.json` above it, the
 * `config` input, a `.noticelintignore`) is changed as a whole; so is a Word document or a PDF,
 * whose findings are placed by paragraph and page, not by line of the file. A file that could
 * not be linted is always shown. What is hidden is counted, per file, for the summary.
 */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { countSeverities } from '../linter.js';
import type { FileResult, LintReport } from '../report.js';
import type { ChangeRange } from './files.js';

export const FILTER_MODES = ['added', 'diff-context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** Line ranges [first, last] of the new side of each hunk of a unified diff. */
export function hunkRanges(diff: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gmu)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0) out.push([start, start + count - 1]);
  }
  return out;
}

/**
 * The lines of a workspace file that the range changes (`added`) or that its hunks span with
 * context (`diff-context`), or null when git cannot tell (then the whole file is shown).
 */
export function changedLines(workspace: string, range: ChangeRange, file: string, mode: 'added' | 'diff-context'): [number, number][] | null {
  const unified = mode === 'added' ? '--unified=0' : '--unified=3';
  const args = (spec: string[]) => ['diff', '--no-color', '--no-ext-diff', '--no-renames', unified, ...spec, '--', file];
  try {
    const head = range.head;
    try {
      return hunkRanges(git(workspace, args([`${range.base}...${head}`])));
    } catch {
      try {
        return hunkRanges(git(workspace, args([`${range.base}...HEAD`])));
      } catch {
        // No merge base in a shallow history: the two trees directly.
        return hunkRanges(git(workspace, args([range.base, 'HEAD'])));
      }
    }
  } catch {
    return null;
  }
}

export interface Hidden {
  filePath: string;
  count: number;
}

export interface ChangedScope {
  /** Workspace-relative paths of the notices the range changes. */
  files: ReadonlySet<string>;
  /** Notices changed as a whole (their configuration changed). */
  whole: ReadonlySet<string>;
}

/**
 * The report as the mode shows it, and what it hid per file. `lines(file)`: the changed lines
 * of a changed file (null: unknown, so all of it).
 */
export function filterReport(report: LintReport, mode: FilterMode, scope: ChangedScope, lines: (file: string) => [number, number][] | null, workspace: string): { report: LintReport; hidden: Hidden[] } {
  if (mode === 'nofilter') return { report, hidden: [] };
  const hidden: Hidden[] = [];
  const results = report.results.map((r): FileResult => {
    if (r.fatal || r.messages.length === 0) return r;
    const path = relative(workspace, resolve(workspace, r.filePath)).split('\\').join('/');
    let keep: (m: FileResult['messages'][number]) => boolean;
    if (!scope.files.has(path) && !scope.whole.has(path)) keep = () => false;
    else if (mode === 'file' || scope.whole.has(path) || r.format === 'docx' || r.format === 'pdf') keep = () => true;
    else {
      const ranges = lines(path);
      keep = ranges === null ? () => true : (m) => ranges.some(([a, b]) => m.line <= b && Math.max(m.line, m.endLine) >= a);
    }
    const messages = r.messages.filter(keep);
    if (messages.length === r.messages.length) return r;
    hidden.push({ filePath: r.filePath, count: r.messages.length - messages.length });
    return { ...r, messages, ...countSeverities(messages) };
  });
  const summary = { files: results.length, errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const r of results) {
    summary.errorCount += r.errorCount;
    summary.warningCount += r.warningCount;
    summary.infoCount += r.infoCount;
  }
  return { report: { ...report, results, summary }, hidden };
}
