/**
 * GitHub Actions workflow commands: one annotation per finding on the notice's lines.
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, so errors
 * come first, then warnings, then infos, each capped, and one closing notice says how many
 * were left out and where to read them.
 */
import type { FileResult, LintMessage } from '../report.js';
import { type Locale, reportWord } from '../i18n/localize.js';
import { fatalText, repoPath } from './common.js';
import { escapeData, escapeProperty } from './escape.js';
import { type StreamReporter, wholeReport } from './types.js';

/** Annotations GitHub displays per step and kind. */
export const GITHUB_ANNOTATION_LIMIT = 10;

export { escapeData, escapeProperty };

type Kind = 'error' | 'warning' | 'notice';

function command(kind: Kind, props: Record<string, string | number | undefined>, message: string): string {
  const p = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${p ? ` ${p}` : ''}::${escapeData(message)}`;
}

function annotation(path: string, m: LintMessage): string {
  const kind: Kind = m.severity === 'info' ? 'notice' : m.severity;
  const props: Record<string, string | number | undefined> = { file: path, line: m.line, endLine: m.endLine };
  // GitHub uses columns only for a single-line range.
  if (m.endLine === m.line) Object.assign(props, { col: m.column, endColumn: Math.max(m.endColumn, m.column) });
  props.title = `noticelint (${m.ruleId})`;
  return command(kind, props, `${m.localizedMessage ?? m.message} [${m.ruleId}: ${m.url}]`);
}

function fatalAnnotation(path: string, r: FileResult, locale: Locale): string {
  return command('error', { file: path, title: reportWord('gh-not-linted-title', locale) }, reportWord('not-linted-line', locale, { path, reason: fatalText(r) }));
}

/** Files not linted first, then errors, warnings, infos: it keeps the annotations it will show and counts the rest. */
export const githubStream: StreamReporter = (options) => {
  const locale: Locale = options.locale ?? 'en';
  const shown: Record<Kind, string[]> = { error: [], warning: [], notice: [] };
  const hidden: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  let fatalShown = 0;
  const add = (kind: Kind, make: () => string) => {
    // Keep one notice free for the closing summary.
    const limit = kind === 'notice' ? GITHUB_ANNOTATION_LIMIT - 1 : GITHUB_ANNOTATION_LIMIT;
    if (shown[kind].length < limit) shown[kind].push(make());
    else hidden[kind]++;
  };
  return {
    begin: () => '',
    result: (r) => {
      const path = repoPath(r.filePath, options.cwd);
      if (r.fatal) {
        // A file that could not be linted (a damaged DOCX, a page that did not answer) is shown
        // before any finding, which it may otherwise have been crowded out by.
        if (fatalShown < GITHUB_ANNOTATION_LIMIT) {
          shown.error.splice(fatalShown++, 0, fatalAnnotation(path, r, locale));
          if (shown.error.length > GITHUB_ANNOTATION_LIMIT) {
            shown.error.pop();
            hidden.error++;
          }
        } else hidden.error++;
      } else for (const m of r.messages) add(m.severity === 'info' ? 'notice' : m.severity, () => annotation(path, m));
      return '';
    },
    end: () => {
      const out = [...shown.error, ...shown.warning, ...shown.notice];
      const more = hidden.error + hidden.warning + hidden.notice;
      if (more > 0) {
        const kinds = [
          hidden.error ? reportWord('error', locale, { count: hidden.error }) : '',
          hidden.warning ? reportWord('warning', locale, { count: hidden.warning }) : '',
          hidden.notice ? reportWord('info', locale, { count: hidden.notice }) : '',
        ].filter(Boolean);
        const findings = reportWord('gh-more-finding', locale, { count: more });
        out.push(
          command('notice', { title: reportWord('gh-more-title', locale) }, reportWord('gh-more', locale, { findings, kinds: kinds.join(', '), limit: GITHUB_ANNOTATION_LIMIT })),
        );
      }
      return out.length ? out.join('\n') + '\n' : '';
    },
  };
};

export const github = wholeReport(githubStream);
