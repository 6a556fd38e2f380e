/**
 * The GitLab code-quality report (a subset of the Code Climate issue format): a JSON array of
 * issues with description, check_name, fingerprint, severity and location. Fingerprints do
 * not depend on line numbers (a finding keeps its fingerprint when lines move) and are unique
 * per finding. Plain UTF-8, no byte-order mark.
 */
import type { Severity } from '../rules/types.js';
import { fatalFingerprint, fingerprints, repoPath } from './common.js';
import type { Reporter } from './types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

export interface CodeClimateIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content?: { body: string };
  categories: string[];
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export const codeclimate: Reporter = (report, options) => {
  const issues: CodeClimateIssue[] = [];
  for (const r of report.results) {
    const path = repoPath(r.filePath, options.cwd);
    if (r.fatal) {
      issues.push({
        type: 'issue',
        check_name: 'noticelint/fatal',
        description: `${path} could not be linted: ${r.fatal.message}`,
        categories: ['Bug Risk'],
        severity: 'critical',
        fingerprint: fatalFingerprint(path),
        location: { path, lines: { begin: 1, end: 1 } },
      });
      continue;
    }
    const prints = fingerprints(path, r.messages);
    r.messages.forEach((m, k) => {
      issues.push({
        type: 'issue',
        check_name: m.ruleId,
        description: m.message,
        content: { body: `${m.reference ? `Legal source: ${m.reference}. ` : ''}See ${m.url}` },
        categories: ['Bug Risk'],
        severity: SEVERITY[m.severity],
        fingerprint: prints[k],
        location: { path, lines: { begin: m.line, end: Math.max(m.line, m.endLine) } },
      });
    });
  }
  return JSON.stringify(issues, null, 2) + '\n';
};
