import type { Locale } from '../i18n/localize.js';
import type { FileResult, LintReport, ParityGroup } from '../report.js';

export interface ReporterOptions {
  color: boolean;
  /** Working directory, for repository-relative paths. */
  cwd: string;
  /** The language of the report's own words (`--locale fi|sv`, the HTML report's headings and statuses); English when absent. */
  locale?: Locale;
  /** The terminal's width in columns, when the report goes to one: stylish wraps its messages within it. */
  width?: number;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: LintReport, options: ReporterOptions) => string;

/**
 * A reporter that writes the report piece by piece, so that the command line need not keep
 * every result (memory flat in the number of files). Made once per report: it may keep what it
 * needs between pieces (a count, a capped list, the next index), never the results.
 * Concatenated, the pieces are exactly the whole-report reporter's output.
 */
export type StreamReporter = (options: ReporterOptions) => ReportWriter;

export interface ReportWriter {
  begin(): string;
  /** One file's part, in the report's order. */
  result(r: FileResult): string;
  /**
   * The end, after all files; `fatal`: how many files could not be linted; `parity`: the
   * language versions compared, when they were (the JSON report's `parity` section; the other
   * formats show the differences as the files' findings).
   */
  end(summary: LintReport['summary'], fatal: number, parity?: ParityGroup[]): string;
}

/** The whole-report form of a streaming reporter. */
export function wholeReport(stream: StreamReporter): Reporter {
  return (report, options) => {
    const writer = stream(options);
    let out = writer.begin();
    for (const r of report.results) out += writer.result(r);
    return out + writer.end(report.summary, report.results.filter((r) => r.fatal).length, report.parity);
  };
}
