/** noticelint's library API. The CLI is a thin layer over it. */
export { buildReport, DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_REDIRECTS, lint, lintEach, lintFile, lintInput, type LintOptions, type LintSummary } from './api.js';
export { ConfigError, parseConfig } from './config/load.js';
export type { Config, RuleSetting } from './config/types.js';
export { lintNotice, lintSource, type LintSourceOptions } from './linter.js';
export { TOOL_NAME, VERSION } from './meta.js';
export { parseNotice } from './parse/notice.js';
export type { Block, DetectedLang, Format, InputFormat, Lang, Notice, Section, Span } from './model/types.js';
export type { FetchedFrom, DocumentLocation, FileResult, ItemResult, ItemStatus, LintMessage, LintReport } from './report.js';
export { reporters } from './reporters/index.js';
export { htmlSite, REPORT_LOCALES, REPORT_WORDS, type ReportLocale } from './reporters/html.js';
export { rules, rulesById } from './rules/index.js';
export type { Rule, RuleMeta, Severity } from './rules/types.js';
