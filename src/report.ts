/**
 * The JSON report, schema version 1 (schemas/report.schema.json). Dashboards depend on it:
 * change it only by adding fields; a breaking change bumps `schemaVersion`.
 */
import { TOOL_NAME, VERSION } from './meta.js';
import type { MessageData } from './i18n/format.js';
import type { DetectedLang, InputFormat } from './model/types.js';

export const SCHEMA_VERSION = 1;

/** The report's `tool`: this program's name and version. */
export const REPORT_TOOL: LintReport['tool'] = { name: TOOL_NAME, version: VERSION };

export type Severity = 'error' | 'warning' | 'info';

export type ItemStatus = 'present' | 'vague' | 'missing' | 'not-applicable';

export interface ItemResult {
  status: ItemStatus;
  /** 1-based line of the evidence, when there is some (a DOCX's paragraph number; a PDF's line on `page`). */
  line?: number;
  /** A PDF's page of the evidence. */
  page?: number;
}

export interface LintMessage extends LocalizedText {
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reference?: string;
  url: string;
  /** Other places the finding is about (e.g. the claim a contradiction contradicts). */
  related?: RelatedLocation[];
  /** A mechanical fix: replace source offsets [range[0], range[1]) with text. */
  fix?: { range: [number, number]; text: string };
  suggestion?: string;
  /** The suggestion's message id and data, when it is advice (not the words to write into the notice). */
  suggestionId?: string;
  suggestionData?: MessageData;
  /** The suggestion in the report's locale (`--locale` other than `en`). */
  localizedSuggestion?: string;
  /**
   * Where the finding is in a Word document or a PDF, in terms its reader can find. DOCX:
   * `line` and `endLine` are paragraph numbers and the columns count characters of the
   * paragraph's text; `paragraph` is that number (the document's non-empty paragraphs counted
   * from 1), and `page` the page it starts on where the document records page breaks. PDF: `line` is the line on the page `page`, the columns count characters of that
   * line. `excerpt`: the first words of the paragraph or line.
   */
  location?: DocumentLocation;
}

/** A text of the report in English, and with a locale other than en its message id, data and text in that language. */
export interface LocalizedText {
  /** In English, whatever the locale: fingerprints and dashboards rely on it. */
  message: string;
  /**
   * The message's id among its rule's messages (`meta.messages`; a file error's among the
   * catalogues' `fileErrors`) and the values of its placeholders; set with a locale other than
   * `en`, so that the default report is what it was.
   */
  messageId?: string;
  data?: MessageData;
  /** The message in the report's locale (`--locale` other than `en`). */
  localizedMessage?: string;
}

/** Another place a finding is about, and what it is there. */
export interface RelatedLocation extends LocalizedText {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface DocumentLocation {
  paragraph?: number;
  page?: number;
  excerpt: string;
}

/** A page fetched over HTTP: where it ended up and when. */
export interface FetchedFrom {
  /** The URL after redirects. */
  finalUrl: string;
  /** When it was fetched (ISO 8601, UTC). */
  date: string;
  /** The HTTP status of the final answer. */
  status: number;
  /** The server's media type ('' when none). */
  contentType: string;
}

export interface FileResult {
  /** The path as given; the URL as given for a fetched page. */
  filePath: string;
  format: InputFormat;
  language: DetectedLang;
  /**
   * The language of the findings' `localizedMessage` and `localizedSuggestion`, when linted with
   * a locale other than `en` (`--locale`, `locale` in the configuration); then the findings also
   * carry their `messageId` and `data`.
   */
  locale?: 'en' | 'fi' | 'sv';
  /** How the bytes were decoded (utf-8, utf-16le, windows-1252, ...). */
  encoding?: string;
  items: Record<string, ItemResult>;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** Share of purpose, sharing and transfer sentences that use hedging qualifiers (0..1). */
  vagueSentenceRate?: number;
  /** Set for a page fetched over HTTP (`filePath` is the URL as given). */
  fetched?: FetchedFrom;
  /** Set when the file could not be linted at all (binary, unreadable, too large). */
  /**
   * Why the file could not be read or linted: `message` in English; with --locale fi or sv the
   * file error's id, its data and its text in that language too.
   */
  fatal?: LocalizedText;
  /**
   * The notice itself, only when asked for (`LintOptions.keepText`, which the HTML report sets):
   * never written in the JSON report.
   */
  text?: NoticeText;
}

/** A notice's text as a report shows it. */
export interface NoticeText {
  /**
   * The decoded text the findings' lines and columns count in; left out for a Word document or
   * a PDF, whose positions are paragraphs and pages.
   */
  source?: string;
  /** The first heading, else what the document calls itself (its <title>, front matter, file name). */
  title?: string;
  /** The notice's own date (yyyy-mm-dd), when it gives one. */
  date?: string;
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

/** With a locale other than en, a difference also has its message's id, its placeholders' values and its text in that language. */
export interface ParityDifferenceReport extends LocalizedText {
  ruleId: string;
  severity: Severity;
  /** item, fact, citation, defect or section. */
  kind: string;
  /** The item id, the kind of fact ("period", "e-mail address"), the defect's rule id, the section's number or title. */
  subject: string;
  /** The version the finding is on. */
  filePath: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** In a Word document or a PDF: the finding's paragraph, or its page and first words (as a finding's `location`). */
  location?: DocumentLocation;
  /** What every other version says there; line 0 when it says nothing; `page` in a PDF. */
  others: { filePath: string; line: number; page?: number; text?: string }[];
}
