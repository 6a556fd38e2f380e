import type { FileResult, LintReport } from '../report.js';

export interface ReporterOptions {
  color: boolean;
  /** Working directory, for repository-relative paths. */
  cwd: string;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: LintReport, options: ReporterOptions) => string;

/**
 * A reporter that writes the report piece by piece, so that the command line need not keep
 * every result (memory flat in the number of files). Concatenated, the pieces are exactly the
 * whole-report reporter's output.
 */
export interface StreamReporter {
  begin(options: ReporterOptions): string;
  /** One file's part; `first` for the first file. */
  result(r: FileResult, first: boolean, options: ReporterOptions): string;
  /** The end, after all files; `fatal`: how many files could not be linted. */
  end(summary: LintReport['summary'], fatal: number, options: ReporterOptions): string;
}

/** The whole-report form of a streaming reporter. */
export function wholeReport(stream: StreamReporter): Reporter {
  return (report, options) =>
    stream.begin(options) +
    report.results.map((r, i) => stream.result(r, i === 0, options)).join('') +
    stream.end(report.summary, report.results.filter((r) => r.fatal).length, options);
}
