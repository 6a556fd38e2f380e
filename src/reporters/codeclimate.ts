/**
 * The GitLab code-quality report (a subset of the Code Climate issue format): a JSON array of
 * issues with description, check_name, fingerprint, severity and location. Fingerprints do
 * not depend on line numbers (a finding keeps its fingerprint when lines move) and are unique
 * per finding. Plain UTF-8, no byte-order mark.
 */
import type { Severity } from '../rules/types.js';
import { fatalFingerprint, fingerprints, jsonArrayItems, notLintedLine, repoPath } from './common.js';
import type { FileResult } from '../report.js';
import { type StreamReporter, wholeReport } from './types.js';

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

function issuesOf(r: FileResult, path: string): CodeClimateIssue[] {
  if (r.fatal) {
    return [
      {
        type: 'issue',
        check_name: 'noticelint/fatal',
        description: notLintedLine(r, path),
        categories: ['Bug Risk'],
        severity: 'critical',
        fingerprint: fatalFingerprint(path),
        location: { path, lines: { begin: 1, end: 1 } },
      },
    ];
  }
  const prints = fingerprints(path, r.messages);
  return r.messages.map((m, k) => ({
    type: 'issue',
    check_name: m.ruleId,
    description: m.localizedMessage ?? m.message,
    content: { body: `${m.reference ? `Legal source: ${m.reference}. ` : ''}See ${m.url}` },
    categories: ['Bug Risk'],
    severity: SEVERITY[m.severity],
    fingerprint: prints[k],
    location: { path, lines: { begin: m.line, end: Math.max(m.line, m.endLine) } },
  }));
}

/** Written issue by issue: the same text as JSON.stringify(issues, null, 2). */
export const codeclimateStream: StreamReporter = (options) => {
  const issues = jsonArrayItems(0);
  return {
    begin: () => '[',
    result: (r) => issuesOf(r, repoPath(r.filePath, options.cwd)).map(issues.item).join(''),
    end: () => `${issues.close()}\n`,
  };
};

export const codeclimate = wholeReport(codeclimateStream);
