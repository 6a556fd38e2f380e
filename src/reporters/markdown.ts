/**
 * A Markdown summary for a pull-request comment or `$GITHUB_STEP_SUMMARY`: per notice its
 * language, its GDPR item coverage (present, vague, missing, not applicable) and its findings,
 * each with its suggested fix when it has one.
 * GitHub refuses step summaries over 1 MiB, so the text stops before that with a note saying
 * what was left out.
 */
import { type Locale, reportWord } from '../i18n/localize.js';
import { ITEM_IDS } from '../items/index.js';
import type { FileResult, ItemStatus, LintReport } from '../report.js';
import { fatalText, repoPath } from './common.js';
import { escapeTerminal } from './escape.js';
import { type ReporterOptions, type StreamReporter, wholeReport } from './types.js';

/** GitHub's limit for one step's summary. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

const STATUS_ICON: Record<ItemStatus, string> = { present: '✅', vague: '⚠️', missing: '❌', 'not-applicable': '➖' };
const SEVERITY_ICON = { error: '🔴', warning: '🟡', info: '🔵' } as const;

/** The summary's own words in a locale (`md-*` in the catalogues' `report`; English by default). */
function wordsIn(locale: Locale) {
  const w = (key: string, data: Record<string, string | number> = {}) => reportWord(`md-${key}`, locale, data);
  return {
    w,
    status: (s: ItemStatus) => `${STATUS_ICON[s]} ${w(`status-${s}`)}`,
    severity: (s: keyof typeof SEVERITY_ICON) => `${SEVERITY_ICON[s]} ${w(`severity-${s}`)}`,
    counts: (errors: number, warnings: number, infos: number) =>
      `${reportWord('error', locale, { count: errors })}, ${reportWord('warning', locale, { count: warnings })}, ${reportWord('info', locale, { count: infos })}`,
  };
}
type Words = ReturnType<typeof wordsIn>;

/**
 * Escapes text for a table cell or a line of Markdown: line breaks become spaces, other
 * controls show as \xNN, and every character Markdown or HTML could act on is backslash-escaped
 * (so "<img onerror>" or a link is shown, never rendered).
 */
export function escapeMarkdown(s: string): string {
  return escapeTerminal(s.replace(/\r\n|\r|\n|\u2028|\u2029/gu, ' ')).replace(/([\\`*_[\]|<>#~])/gu, '\\$1');
}

/** Text as inline code (a file name, an item id): escaped text instead when it holds a backtick or a pipe. */
export function markdownCode(s: string): string {
  const t = escapeTerminal(s);
  return /[`|]/u.test(t) ? escapeMarkdown(s) : `\`${t}\``;
}

const code = markdownCode;

function itemIds(r: FileResult): string[] {
  const known: readonly string[] = ITEM_IDS;
  return [...known.filter((id) => r.items[id]), ...Object.keys(r.items).filter((id) => !known.includes(id)).sort()];
}

function fileHeader(r: FileResult, path: string, W: Words): string[] {
  const { w } = W;
  const icon = r.fatal || r.errorCount ? '❌' : r.warningCount ? '⚠️' : '✅';
  const out = [`### ${icon} ${code(path)}`, ''];
  if (r.fatal) {
    out.push(`**${w('not-linted')}:** ${escapeMarkdown(fatalText(r))}`, '');
    return out;
  }
  out.push(`${w(`language-${r.language}`)} (\`${r.language}\`) · ${r.format} · ${W.counts(r.errorCount, r.warningCount, r.infoCount)}`, '');
  const ids = itemIds(r);
  if (ids.length === 0) {
    out.push(`_${w('no-items')}_`, '');
  } else {
    const count = (s: ItemStatus) => ids.filter((id) => r.items[id].status === s);
    const missing = count('missing');
    const vague = count('vague');
    out.push(
      `**${w('items')}:** ${w('item-counts', { present: count('present').length, vague: vague.length, missing: missing.length, na: count('not-applicable').length })}` +
        (missing.length ? `. ${w('missing')}: ${missing.map(code).join(', ')}` : '') +
        (vague.length ? `. ${w('vague')}: ${vague.map(code).join(', ')}` : ''),
      '',
      `<details><summary>${w('item-coverage')}</summary>`,
      '',
      `| ${w('head-item')} | ${w('head-status')} | ${w('head-line')} |`,
      '|---|---|---:|',
      ...ids.map((id) => `| ${code(id)} | ${STATUS_ICON[r.items[id].status] ? W.status(r.items[id].status) : r.items[id].status} | ${r.items[id].line ?? ''} |`),
      '',
      '</details>',
      '',
    );
  }
  if (r.messages.length === 0) out.push(w('no-findings'), '');
  return out;
}

interface Piece {
  text: string;
  bytes: number;
  /** A notice's header, or a finding's row (the table's head is neither). */
  kind: 'file' | 'row' | 'table';
}

/**
 * The Markdown summary, kept under `limit` bytes (UTF-8). The head's counts are known only at
 * the end: the writer keeps the pieces that follow it (notice headers, table heads, rows) only
 * until they alone fill the budget, and at the end shows the longest run of them that fits
 * after the head.
 */
export function markdownStream(limit = STEP_SUMMARY_LIMIT): StreamReporter {
  return (options) => {
    const locale: Locale = options.locale ?? 'en';
    const W = wordsIn(locale);
    // Room for the truncation note at the end.
    const budget = limit - 600;
    const pieces: Piece[] = [];
    let kept = 0;
    let results = 0;
    const keep = (text: string, kind: Piece['kind']): boolean => {
      if (kept > budget) return false;
      const bytes = Buffer.byteLength(text);
      pieces.push({ text, bytes, kind });
      kept += bytes;
      return true;
    };
    return {
      begin: () => '',
      result: (r) => {
        results++;
        // The budget is spent: the rest is only counted.
        if (kept > budget) return '';
        if (!keep('\n' + fileHeader(r, repoPath(r.filePath, options.cwd), W).join('\n'), 'file')) return '';
        if (r.fatal || r.messages.length === 0) return '';
        if (!keep(`\n| ${W.w('head-line')} | ${W.w('head-severity')} | ${W.w('head-rule')} | ${W.w('head-finding')} |\n|---:|---|---|---|\n`, 'table')) return '';
        for (const m of r.messages) {
          // The suggested fix under the message, in the same cell.
          const suggestion = m.localizedSuggestion ?? m.suggestion;
          const fix = suggestion ? `<br>**${W.w('suggested-fix')}:** ${escapeMarkdown(suggestion)}` : '';
          if (!keep(`| ${m.line}:${m.column} | ${W.severity(m.severity)} | [${escapeMarkdown(m.ruleId)}](${m.url}) | ${escapeMarkdown(m.localizedMessage ?? m.message)}${fix} |\n`, 'row')) break;
        }
        return '';
      },
      end: (s, fatal) => {
        let out = [
          '## noticelint',
          '',
          `**${W.w('notice', { count: s.files })}** · **${reportWord('error', locale, { count: s.errorCount })}** · **${reportWord('warning', locale, { count: s.warningCount })}** · ${reportWord('info', locale, { count: s.infoCount })}` +
            (fatal ? ` · **${W.w('not-linted-count', { count: fatal })}**` : ''),
          '',
        ].join('\n');
        let bytes = Buffer.byteLength(out);
        let shownFiles = 0;
        let shownFindings = 0;
        let truncated = false;
        for (const piece of pieces) {
          if (bytes + piece.bytes > budget) {
            truncated = true;
            break;
          }
          out += piece.text;
          bytes += piece.bytes;
          if (piece.kind === 'file') shownFiles++;
          else if (piece.kind === 'row') shownFindings++;
        }
        if (truncated) {
          const notShownFiles = results - shownFiles;
          const findings = W.w('finding', { count: s.errorCount + s.warningCount + s.infoCount - shownFindings });
          const note =
            notShownFiles > 0
              ? W.w('truncated-notices', { limit: Math.round(limit / 1024), findings, notices: W.w('more-notice', { count: notShownFiles }) })
              : W.w('truncated', { limit: Math.round(limit / 1024), findings });
          out += `\n> [!NOTE]\n> ${note}\n`;
        }
        return out;
      },
    };
  };
}

/** The Markdown summary of a whole report, kept under `limit` bytes (UTF-8). */
export function markdownReport(report: LintReport, options: ReporterOptions, limit = STEP_SUMMARY_LIMIT): string {
  return wholeReport(markdownStream(limit))(report, options);
}

export const markdown = wholeReport(markdownStream());
