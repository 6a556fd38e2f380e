/**
 * The HTML report (`--format html`): self-contained pages a person reads in a browser, offline,
 * without script, and prints on A4.
 *
 * - One document (`htmlStream`, standard output or `--output FILE`): every notice's part in
 *   turn, then the overview (the table of all notices, the findings per rule, the language
 *   versions compared). Written notice by notice; only the overview's rows are kept.
 * - A folder (`htmlSite`, `--output-dir DIR`): `index.html` (the overview) and one page per
 *   notice under `notices/`, for a privacy team's monthly look at all its registers.
 *
 * The notice's text comes with the result (`FileResult.text`, asked for with
 * `LintOptions.keepText`); without it the page shows the checklist and the findings only.
 */
import { type FileResult, type LintReport, type ParityGroup, REPORT_TOOL } from '../report.js';
import { noticeArticle, noticeTitle } from './html/notice.js';
import { overview } from './html/overview.js';
import { pageEnd, pageStart } from './html/page.js';
import { type ReportLocale, wordsFor } from './html/words.js';
import { escapeHtml as h } from './escape.js';
import { type StreamReporter, wholeReport } from './types.js';

export { REPORT_LOCALES, REPORT_WORDS, type ReportLocale } from './html/words.js';

/**
 * The language of a notice's part: that of its findings (`--locale auto` writes each notice's in
 * its own language, a configuration may set one per folder), else the report's.
 */
function noticeLocale(r: FileResult, locale: ReportLocale): ReportLocale {
  return r.locale ?? locale;
}

/** The whole report in one HTML document, written notice by notice. */
export const htmlStream: StreamReporter = (options) => {
  const locale: ReportLocale = options.locale ?? 'en';
  const say = wordsFor(locale);
  const ov = overview(say);
  let n = 0;
  return {
    begin: () =>
      pageStart(say('reportTitle'), locale, true, { href: '#overview', label: say('skipToOverview') }) +
      `<header><h1>${h(say('reportTitle'))}</h1><p><a href="#overview">${h(say('overview'))}</a></p></header>\n<main id="main">\n`,
    result: (r) => {
      const id = `n${++n}`;
      ov.add(r, `#${id}`);
      const own = noticeLocale(r, locale);
      return noticeArticle(r, { id, say: own === locale ? say : wordsFor(own), ...(own === locale ? {} : { lang: own }) });
    },
    end: (summary, fatal, parity) =>
      `${ov.html(summary, fatal, parity)}</main>\n${pageEnd(say('generatedBy', { tool: REPORT_TOOL.name, version: REPORT_TOOL.version }), true)}`,
  };
};

export const html = wholeReport(htmlStream);

/** One file of a report written as a folder: its path in the folder (forward slashes) and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/** A file name for a notice's page: its number (the order of the report), then its name, kept to safe characters. */
export function pageName(n: number, filePath: string): string {
  const base = filePath.split(/[\\/]/u).filter(Boolean).pop() ?? 'notice';
  const safe = base.replace(/[^A-Za-z0-9._-]+/gu, '-').replace(/^[.-]+/u, '').slice(0, 60) || 'notice';
  return `notices/${String(n).padStart(4, '0')}-${safe}.html`;
}

/**
 * The report as a folder: each notice's page as its result comes, then `index.html`, the
 * overview, linking to them. Only the overview's rows are kept between results.
 */
export function htmlSite(options: { locale?: ReportLocale }): { result(r: FileResult): SiteFile; end(summary: LintReport['summary'], fatal: number, parity?: ParityGroup[]): SiteFile } {
  const locale: ReportLocale = options.locale ?? 'en';
  const say = wordsFor(locale);
  const ov = overview(say);
  const footer = say('generatedBy', { tool: REPORT_TOOL.name, version: REPORT_TOOL.version });
  let n = 0;
  return {
    result(r) {
      const path = pageName(++n, r.filePath);
      ov.add(r, path);
      // A notice's own page is in its language with --locale auto.
      const own = noticeLocale(r, locale);
      const said = wordsFor(own);
      const title = `${noticeTitle(r)} · ${said('reportTitle')}`;
      const text =
        pageStart(title, own, false, { href: '#n1-t', label: said('skipToText') }) +
        `<header><h1>${h(said('reportTitle'))}</h1><p><a href="../index.html">${h(said('overview'))}</a></p></header>\n<main id="main">\n${noticeArticle(r, { id: 'n1', say: said })}</main>\n${pageEnd(said('generatedBy', { tool: REPORT_TOOL.name, version: REPORT_TOOL.version }), false)}`;
      return { path, text };
    },
    end(summary, fatal, parity) {
      const text =
        pageStart(say('overviewTitle'), locale, true, { href: '#overview', label: say('skipToOverview') }) +
        `<header><h1>${h(say('overviewTitle'))}</h1></header>\n<main id="main">\n${ov.html(summary, fatal, parity)}</main>\n${pageEnd(footer, true)}`;
      return { path: 'index.html', text };
    },
  };
}
