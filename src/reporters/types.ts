import type { LintReport } from '../report.js';

export interface ReporterOptions {
  color: boolean;
  /** Working directory, for repository-relative paths. */
  cwd: string;
}

/** A reporter is a pure function of the report. */
export type Reporter = (report: LintReport, options: ReporterOptions) => string;
