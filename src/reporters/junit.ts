/**
 * JUnit XML, as Jenkins (junit step) and GitLab (artifacts:reports:junit) read it: one
 * <testsuite> per file, one <testcase> per rule that reported something in it (a <failure> per
 * error or warning finding; info findings are in <system-out>), and one passing <testcase> for a
 * file with no findings. A file that could not be linted is an <error>. Every text and attribute
 * is escaped, and characters XML 1.0 cannot hold at all (most controls) are written as \uXXXX.
 */
import type { FileResult, LintMessage } from '../report.js';
import { repoPath } from './common.js';
import { type StreamReporter, wholeReport } from './types.js';

/** Characters XML 1.0 does not allow at all, even as references. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export function escapeXml(s: string): string {
  return s
    .replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    // Attribute values keep their line breaks and tabs only as references.
    .replace(/\r/gu, '&#13;')
    .replace(/\n/gu, '&#10;')
    .replace(/\t/gu, '&#9;');
}

const where = (path: string, m: LintMessage) => `${path}:${m.line}:${m.column}`;

function suiteOf(r: FileResult, path: string): string {
  const name = escapeXml(path);
  if (r.fatal) {
    return `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n    <testcase classname="${name}" name="noticelint">\n      <error message="${escapeXml(r.fatal.message)}">${escapeXml(r.fatal.message)}</error>\n    </testcase>\n  </testsuite>\n`;
  }
  const byRule = new Map<string, LintMessage[]>();
  for (const m of r.messages) byRule.set(m.ruleId, [...(byRule.get(m.ruleId) ?? []), m]);
  const cases: string[] = [];
  let failures = 0;
  for (const [rule, messages] of byRule) {
    const failing = messages.filter((m) => m.severity !== 'info');
    failures += failing.length;
    const body = failing.map((m) => `      <failure message="${escapeXml(m.message)}" type="${m.severity}">${escapeXml(`${where(path, m)}: ${m.message}${m.reference ? ` (${m.reference})` : ''}\n${m.url}`)}</failure>\n`);
    const info = messages.filter((m) => m.severity === 'info').map((m) => `${where(path, m)}: ${m.message}`);
    if (info.length) body.push(`      <system-out>${escapeXml(info.join('\n'))}</system-out>\n`);
    cases.push(`    <testcase classname="${name}" name="${escapeXml(rule)}">\n${body.join('')}    </testcase>\n`);
  }
  if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="noticelint"/>\n`);
  return `  <testsuite name="${name}" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('')}  </testsuite>\n`;
}

export const junitStream: StreamReporter = (options) => ({
  begin: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="noticelint">\n',
  result: (r) => suiteOf(r, repoPath(r.filePath, options.cwd)),
  end: () => '</testsuites>\n',
});

export const junit = wholeReport(junitStream);
