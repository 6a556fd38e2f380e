/**
 * The GitHub Action: lints the repository's notices (or only those a pull request changes),
 * writes annotations to standard output, the Markdown summary to $GITHUB_STEP_SUMMARY, SARIF
 * to `sarif-file`, and the counts to $GITHUB_OUTPUT. Exit code from `fail-on`.
 * Plain runner protocol (environment and files), no @actions/* packages.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildReport, lint } from '../api.js';
import { UsageError } from '../input/files.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { VERSION } from '../meta.js';
import type { LintReport } from '../report.js';
import { plural } from '../reporters/common.js';
import { escapeData, escapeLogLine } from '../reporters/escape.js';
import { github } from '../reporters/github.js';
import { markdownReport, STEP_SUMMARY_LIMIT } from '../reporters/markdown.js';
import { sarif } from '../reporters/sarif.js';
import { ConfigError, ConfigFinder, isIgnored, loadConfigFile } from '../config/load.js';
import { ignoreMatcher, readIgnoreFile } from '../config/ignore-file.js';
import { markdownCode } from '../reporters/markdown.js';
import { changedFiles, changeRange, matchFiles, underChangedConfiguration } from './files.js';
import { changedLines, type ChangedScope, type FilterMode, filterReport } from './filter.js';
import { addUnchangedVersions } from './parity.js';
import { type ActionInputs, InputError, readInputs } from './inputs.js';
import { appendSummary, setOutput } from './runner.js';

export interface ActionIo {
  stdout: (text: string) => void;
}

/** Whether the run fails under `fail-on`; a file that could not be linted counts as an error. */
export function failed(report: LintReport, failOn: ActionInputs['failOn']): boolean {
  const fatal = report.results.some((r) => r.fatal);
  if (failOn === 'never') return false;
  if (failOn === 'warning') return fatal || report.summary.errorCount + report.summary.warningCount > 0;
  return fatal || report.summary.errorCount > 0;
}

export async function runAction(env: NodeJS.ProcessEnv = process.env, io: ActionIo = { stdout: (t) => process.stdout.write(t) }): Promise<number> {
  const log = (s: string) => io.stdout(s.endsWith('\n') ? s : s + '\n');
  const error = (s: string) => log(`::error title=noticelint::${escapeData(s)}`);
  try {
    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    process.chdir(workspace);
    const inputs = readInputs(env);

    // The configuration's ignore globs and .noticelintignore leave notices out, as on the command line.
    const fixed = inputs.config ? loadConfigFile(resolve(workspace, inputs.config), inputs.config) : null;
    const finder = new ConfigFinder(workspace, '', fixed);
    const ignoredByPatterns = ignoreMatcher(readIgnoreFile(workspace), workspace);
    const globbed = matchFiles(workspace, inputs.files);
    const matched = globbed.filter((f) => {
      const absolute = resolve(workspace, f);
      if (ignoredByPatterns(absolute)) return false;
      const loaded = finder.find(absolute);
      return !(loaded && isIgnored(absolute, loaded));
    });
    const ignoredCount = globbed.length - matched.length;
    let targets = matched;
    let scope = `${plural(matched.length, 'notice')} matching the files globs${ignoredCount ? ` (${ignoredCount} more ignored by configuration)` : ''}`;
    let changedSet: Set<string> | null = null;
    let changeLabel = '';
    let changedScope: ChangedScope | null = null;
    let filterMode: FilterMode = inputs.filterMode ?? 'added';
    const range = changeRange(env.GITHUB_EVENT_NAME, env.GITHUB_EVENT_PATH);
    if (inputs.onlyChanged || filterMode !== 'nofilter') {
      if (!range) {
        if (inputs.onlyChanged) log(`::notice title=noticelint::only-changed: this ${env.GITHUB_EVENT_NAME ?? ''} event has no pull request or push range; linting every matching notice`);
        else if (inputs.filterMode) log(`::notice title=noticelint::filter-mode ${filterMode}: this ${env.GITHUB_EVENT_NAME ?? ''} event has no pull request or push range; showing every finding`);
        filterMode = 'nofilter';
      } else {
        const changed = changedFiles(workspace, range);
        if (changed.files === null) {
          log(`::warning title=noticelint::${escapeData(`${inputs.onlyChanged ? 'only-changed' : `filter-mode ${filterMode}`}: ${changed.reason}; ${inputs.onlyChanged ? 'linting every matching notice' : 'showing every finding'}`)}`);
          filterMode = 'nofilter';
        } else {
          const set = new Set(changed.files);
          const whole = underChangedConfiguration(matched, [...changed.files, ...changed.deleted], inputs.config);
          changedScope = { files: set, whole };
          changedSet = new Set([...set, ...whole]);
          changeLabel = range.label;
          if (inputs.onlyChanged) {
            targets = matched.filter((f) => set.has(f) || whole.has(f));
            const byConfig = targets.filter((f) => !set.has(f)).length;
            scope = `${plural(targets.length, 'notice')} changed by the ${range.label}${byConfig ? ` (${byConfig} by a change to their configuration)` : ''}, of ${matched.length} matching the files globs`;
          }
        }
      }
    }

    // File names come from the pull request: each line escaped, so none is a workflow command.
    log(`::group::${escapeData(`noticelint ${VERSION}: ${scope}`)}`);
    for (const f of targets) log(escapeLogLine(f));
    log('::endgroup::');

    const full = targets.length ? await lint(targets, { cwd: workspace, configFile: inputs.config, concurrency: 1 }) : buildReport([]);
    if (changedSet) addUnchangedVersions(full, matched, changedSet, changeLabel, { cwd: workspace, configFile: inputs.config });
    // What the pull request sees; SARIF keeps every finding (code scanning compares with the base branch itself).
    const mode = filterMode;
    const { report, hidden } = changedScope && range && mode !== 'nofilter'
      ? filterReport(full, mode, changedScope, (f) => (mode === 'file' ? null : changedLines(workspace, range, f, mode)), workspace)
      : { report: full, hidden: [] };
    const options = { color: false, cwd: workspace };
    io.stdout(github(report, options));

    let sarifPath = '';
    if (inputs.sarifFile) {
      sarifPath = resolve(workspace, inputs.sarifFile);
      mkdirSync(dirname(sarifPath), { recursive: true });
      // Whole or absent: a later upload step never sends half a SARIF file.
      writeFileAtomic(sarifPath, sarif(full, options));
    }

    const hiddenTotal = hidden.reduce((n, h) => n + h.count, 0);
    const hiddenNote = hiddenTotal
      ? `\n${plural(hiddenTotal, 'more finding')} outside ${mode === 'file' ? 'the changed files' : 'the changed lines'} (filter-mode: ${mode}): ${hidden.map((h) => `${markdownCode(h.filePath)} ${h.count}`).join(', ')}.\n`
      : '';
    if (hiddenTotal) log(`noticelint: ${plural(hiddenTotal, 'more finding')} outside ${mode === 'file' ? 'the changed files' : 'the changed lines'} not shown (filter-mode: ${mode})`);
    const note = `${hiddenNote}\n_Linted ${scope}._\n`;
    appendSummary(env, markdownReport(report, options, STEP_SUMMARY_LIMIT - Buffer.byteLength(note)) + note);

    setOutput(env, 'error-count', report.summary.errorCount, log);
    setOutput(env, 'warning-count', report.summary.warningCount, log);
    setOutput(env, 'sarif-file', sarifPath, log);

    const s = report.summary;
    const fatal = report.results.filter((r) => r.fatal).length;
    log(`noticelint: ${plural(s.errorCount, 'error')}, ${plural(s.warningCount, 'warning')}, ${s.infoCount} info in ${plural(s.files, 'notice')}${fatal ? `, ${fatal} not linted` : ''} (fail-on: ${inputs.failOn})`);
    return failed(report, inputs.failOn) ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof UsageError || e instanceof ConfigError) {
      error(e.message);
      return 2;
    }
    error(`internal error: ${(e as Error)?.stack ?? String(e)}`);
    return 2;
  }
}
