/**
 * The Action's language-version check: a pull request that changes one language version of a
 * notice and not the others gets a `parity-unchanged` finding on the changed version.
 */
import { resolve } from 'node:path';
import { ConfigFinder, loadConfigFile } from '../config/load.js';
import type { RuleSetting } from '../config/types.js';
import { countSeverities } from '../linter.js';
import { ruleDocsUrl } from '../meta.js';
import { PARITY_RULES } from '../parity/meta.js';
import { changedAlone } from '../parity/unchanged.js';
import type { LintReport } from '../report.js';
import type { Severity } from '../rules/types.js';

const META = PARITY_RULES.find((r) => r.id === 'parity-unchanged')!;

function severityOf(setting: RuleSetting | undefined): Severity | 'off' {
  if (setting === undefined) return META.severity;
  return typeof setting === 'string' ? setting : setting[0];
}

/** Adds the findings to the changed versions' results (and the summary); `label`: "pull request #12". */
export function addUnchangedVersions(report: LintReport, matched: readonly string[], changed: ReadonlySet<string>, label: string, options: { cwd: string; configFile?: string }): void {
  const fixed = options.configFile ? loadConfigFile(resolve(options.cwd, options.configFile), options.configFile) : null;
  // --config's file applies with its overrides, as when linting.
  const finder = new ConfigFinder(options.cwd, undefined, fixed);
  for (const found of changedAlone(matched, changed, `This ${label}`)) {
    const result = report.results.find((r) => r.filePath === found.filePath);
    if (!result || result.fatal) continue;
    const loaded = finder.find(resolve(options.cwd, found.filePath));
    const severity = severityOf(loaded?.config.rules?.[META.id]);
    if (severity === 'off') continue;
    result.messages = [
      { ruleId: META.id, severity, message: found.message, line: 1, column: 1, endLine: 1, endColumn: 1, ...(META.reference ? { reference: META.reference } : {}), url: ruleDocsUrl(META.id) },
      ...result.messages,
    ];
    Object.assign(result, countSeverities(result.messages));
  }
  const summary = { files: report.results.length, errorCount: 0, warningCount: 0, infoCount: 0 };
  for (const r of report.results) {
    summary.errorCount += r.errorCount;
    summary.warningCount += r.warningCount;
    summary.infoCount += r.infoCount;
  }
  report.summary = summary;
}
