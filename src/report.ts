/**
 * The JSON report, schema version 1 (schemas/report.schema.json). Dashboards depend on it:
 * change it only by adding fields; a breaking change bumps `schemaVersion`.
 */
import type { DetectedLang, Format } from './model/types.js';
import type { Severity } from './rules/types.js';

export const SCHEMA_VERSION = 1;

export type ItemStatus = 'present' | 'vague' | 'missing' | 'not-applicable';

export interface ItemResult {
  status: ItemStatus;
  /** 1-based line of the evidence, when there is some. */
  line?: number;
}

export interface LintMessage {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reference?: string;
  url: string;
  /** Other places the finding is about (e.g. the claim a contradiction contradicts). */
  related?: { message: string; line: number; column: number; endLine: number; endColumn: number }[];
  /** A mechanical fix: replace source offsets [range[0], range[1]) with text. */
  fix?: { range: [number, number]; text: string };
  suggestion?: string;
}

export interface FileResult {
  filePath: string;
  format: Format;
  language: DetectedLang;
  /** How the bytes were decoded (utf-8, utf-16le, windows-1252, ...). */
  encoding?: string;
  items: Record<string, ItemResult>;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Share of purpose, sharing and transfer sentences that use hedging qualifiers (0..1). */
  vagueSentenceRate?: number;
  /** Set when the file could not be linted at all (binary, unreadable, too large). */
  fatal?: { message: string };
}

export interface LintReport {
  schemaVersion: typeof SCHEMA_VERSION;
  tool: { name: 'noticelint'; version: string };
  results: FileResult[];
  summary: { files: number; errorCount: number; warningCount: number; infoCount: number };
  /** Language versions compared (`noticelint parity`, `--parity`): one entry per notice. */
  parity?: ParityGroup[];
}

/** One notice in two or three language versions, and what they say differently. */
export interface ParityGroup {
  versions: { filePath: string; language: DetectedLang }[];
  differences: ParityDifferenceReport[];
}

export interface ParityDifferenceReport {
  ruleId: string;
  severity: Severity;
  /** item, fact, citation, defect or section. */
  kind: string;
  /** The item id, the kind of fact ("period", "e-mail address"), the defect's rule id, the section's number or title. */
  subject: string;
  message: string;
  /** The version the finding is on. */
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What every other version says there; line 0 when it says nothing. */
  others: { filePath: string; line: number; text?: string }[];
}
