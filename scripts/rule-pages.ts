/**
 * The generated parts of a rule's page, docs/rules/<id>.md (written by scripts/generate.ts):
 *
 * - the header, from the top of the page down to END_HEADER: the title, the description and
 *   the metadata (default severity, languages, fixable, legal source), from the rule's `meta`;
 * - the examples, from EXAMPLES to the end of the page: the offending lines of the rule's
 *   fixtures with the message each gets (one finding a fixture, the first).
 *
 * Between them stands the hand-written body (what it checks, why, options), which the generator
 * keeps as it is.
 */
import type { Lang } from '../src/model/types.js';
import type { LintMessage } from '../src/report.js';
import type { RuleMeta } from '../src/rules/types.js';
import type { FixtureRun } from './rule-fixtures.js';

export const END_HEADER = '<!-- The lines above are generated from the rule\'s metadata by `npm run generate`: change the rule, not them. -->';
export const EXAMPLES = '<!-- The lines below are generated from the rule\'s fixtures by `npm run generate`: change the fixtures, not them. -->';

const REPOSITORY = 'https://github.com/noticelint/noticelint';
const GDPR = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';
const LANGUAGE: Record<Lang, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };
/** The longest offending line shown whole. */
const MAX_LINE = 300;

/** Text as Markdown shows it literally (CommonMark: any ASCII punctuation may be escaped). */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>&|]/gu, (c) => `\\${c}`);
}

export function headerOf(meta: Omit<RuleMeta, 'messages'>): string {
  const lines = [
    `# ${meta.id}`,
    '',
    escape(meta.description),
    '',
    `- Default severity: \`${meta.severity}\``,
    `- Languages: ${meta.languages.map((l) => LANGUAGE[l]).join(', ')}`,
    `- Fixable: ${meta.fixable ? 'yes (`--fix`)' : 'no'}`,
  ];
  if (meta.reference) {
    const gdpr = /\bGDPR\b/u.test(meta.reference) ? ` ([the GDPR on EUR-Lex](${GDPR}))` : '';
    lines.push(`- Legal source: ${escape(meta.reference)}${gdpr}`);
  }
  return [...lines, '', END_HEADER].join('\n');
}

/** A code fence longer than any run of backticks in the text. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}text`, text, fence];
}

function shownLine(line: string): string {
  const trimmed = line.trim();
  return trimmed.length > MAX_LINE ? `${trimmed.slice(0, MAX_LINE)}…` : trimmed;
}

function example(run: FixtureRun, m: LintMessage): string[] {
  const out = [`[${run.file}](${REPOSITORY}/blob/main/fixtures/rules/${run.ruleId}/${run.file}), line ${m.line}, column ${m.column} (${m.severity}):`, ''];
  const line = run.lines[m.line - 1] ?? '';
  out.push(...(line.trim() ? fenced(shownLine(line)) : ['(an empty line)']), '');
  out.push(`> ${escape(m.message)}`);
  if (m.suggestion !== undefined) out.push('>', `> Suggestion: ${escape(m.suggestion)}`);
  if (m.fix) out.push('>', `> Fix: ${escape(JSON.stringify(run.text.slice(m.fix.range[0], m.fix.range[1])))} becomes ${escape(JSON.stringify(m.fix.text))}`);
  return [...out, ''];
}

export function examplesOf(ruleId: string, runs: FixtureRun[]): string {
  const own = runs.filter((r) => r.ruleId === ruleId);
  const flagged = own.filter((r) => r.findings.length > 0);
  const clean = own.length - flagged.length;
  const out = [
    EXAMPLES,
    '',
    '## Examples from the fixtures',
    '',
    `The rule's test cases are in [fixtures/rules/${ruleId}/](${REPOSITORY}/tree/main/fixtures/rules/${ruleId}) in the repository:`,
    `${own.length} notice${own.length === 1 ? '' : 's'}, ${flagged.length} with findings of this rule${clean > 0 ? `, ${clean} clean (what it must not report)` : ''}.`,
    'The first finding in each, the line as it stands in the fixture and what noticelint says:',
    '',
  ];
  for (const run of flagged) out.push(...example(run, run.findings[0]));
  return out.join('\n');
}

/**
 * The page with its generated parts replaced; null when it lacks the markers between which the
 * hand-written body stands.
 */
export function pageWith(current: string, header: string, examples: string | null): string | null {
  const headerEnd = current.indexOf(END_HEADER);
  if (headerEnd < 0) return null;
  const bodyStart = headerEnd + END_HEADER.length;
  const examplesAt = current.indexOf(EXAMPLES, bodyStart);
  const body = current.slice(bodyStart, examplesAt < 0 ? current.length : examplesAt).trimEnd();
  return `${header}${body}\n${examples === null ? '' : `\n${examples}`}`;
}
