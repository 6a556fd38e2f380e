/** The library API: lint files or text, get the JSON report (schema version 1). */
import { resolve } from 'node:path';
import { ConfigFinder, isIgnored, loadConfigFile, type LoadedConfig } from './config/load.js';
import { ignoreMatcher } from './config/ignore-file.js';
import type { Config } from './config/types.js';
import type { MessageRef } from './i18n/format.js';
import { fileErrorText, type LocaleSetting, resolveLocale } from './i18n/localize.js';
import { readFailure } from './input/file-error.js';
import { fixFile, type FixOptions } from './fix/files.js';
import { displayPath, expandTargets, formatOf, UsageError } from './input/files.js';
import { lintInPool, PoolStartError, poolSize } from './pool/pool.js';
import { DEFAULT_MAX_FILE_SIZE } from './input/limits.js';
import { decodeNotice, readNotice, readNoticeBytes } from './input/read-notice.js';
import { documentSpan, type Placer, readDocx, WordPositions } from './input/docx.js';
import { readPdf } from './input/pdf.js';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, fetchUrl, formatOfFetched, isUrl } from './input/fetch-url.js';
import { isSupportedEncoding } from './input/decode.js';
import { MAX_HTML_ELEMENTS, tooManyElements } from './input/limits.js';
import { countSeverities, lintSource } from './linter.js';
import { loadMarkupParsers } from './parse/markup.js';
import { usePhraseTrieAfter } from './matching/phrase-regexp.js';
import type { DetectedLang, InputFormat, StrayBytes } from './model/types.js';
import { type FetchedFrom, type FileResult, type LintMessage, type LintReport, REPORT_TOOL, SCHEMA_VERSION } from './report.js';

export { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_REDIRECTS };

/** From this many files, one process builds the phrase trie before the first (matching/phrase-regexp.ts). */
const TRIE_AT_ONCE_FILES = 100;

export interface LintOptions {
  /** Overrides the format that comes from each file's extension (or a fetched page's media type). */
  format?: InputFormat;
  language?: DetectedLang;
  /** A config to use for every file, instead of looking for .noticelintrc.json. */
  configFile?: string;
  /** Ignore configuration files altogether. */
  noConfig?: boolean;
  /** A config object merged over whatever is found (API use). */
  config?: Config;
  today?: string;
  /** The findings' text also in this language (`auto`: each notice's own); overrides the configuration's `locale`. */
  locale?: LocaleSetting;
  /** Forces the encoding of every file (e.g. "windows-1252"). */
  encoding?: string;
  maxFileSize?: number;
  /** Fetching an http or https URL: the time-out of the whole exchange (ms) and the most redirects followed. */
  fetch?: { timeoutMs?: number; maxRedirects?: number };
  /** Standard input, for the path "-". */
  stdin?: () => Uint8Array;
  /** The name of standard input: its format (from the extension), its configuration and its name in the report. */
  stdinFilename?: string;
  /**
   * Files to leave out, in gitignore syntax, relative to `cwd` (a `.noticelintignore`'s lines,
   * `--ignore-pattern`). Unlike the configuration's `ignore`, they leave out a file named
   * explicitly too (`onWarning` says so), so that a shell-expanded glob is filtered as a quoted one is.
   */
  ignorePatterns?: string[];
  cwd?: string;
  /** Most worker threads to lint with (default: the available cores; 1: in this thread only). */
  concurrency?: number;
  /** Apply the rules' mechanical fixes (--fix writes files, --fix-dry-run describes the change); results are of the fixed text. */
  fix?: FixOptions;
  /**
   * The pool's watchdog: a lint process that sends no result for this long is taken to have hung,
   * is stopped, and its file is reported as a file error (default 120 s).
   */
  poolWatchdogMs?: number;
  /** Keep each notice's text, title and date in its result (`FileResult.text`; the HTML report shows them). */
  keepText?: boolean;
  /** Told when linting went on another way than asked (the lint processes failed: the rest was linted in this process). */
  onWarning?: (message: string) => void;
}

function mergeConfig(base: Config | undefined, over: Config | undefined): Config {
  if (!base) return over ?? {};
  if (!over) return base;
  return {
    rules: { ...base.rules, ...over.rules },
    ignore: [...(base.ignore ?? []), ...(over.ignore ?? [])],
    settings: { ...base.settings, ...over.settings },
    ...(over.locale ?? base.locale ? { locale: over.locale ?? base.locale } : {}),
  };
}

/**
 * The result of a file that could not be read or linted. A failure with its message id (a
 * ReadFailure) is also written in Finnish or Swedish with `locale` fi or sv (`auto` cannot tell
 * an unread file's language: English).
 */
export function fatalResult(filePath: string, failure: string | { message: string; error?: MessageRef }, format: InputFormat = 'text', locale?: LocaleSetting): FileResult {
  const { message, error } = typeof failure === 'string' ? { message: failure, error: undefined } : failure;
  const result: FileResult = { filePath, format, language: 'und', items: {}, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: { message } };
  const inLocale = locale ? resolveLocale(locale, 'und') : 'en';
  if (error && inLocale !== 'en') {
    result.locale = inLocale;
    result.fatal = { message, messageId: error.messageId, ...(error.data ? { data: error.data } : {}), localizedMessage: fileErrorText(inLocale, error) };
  }
  return result;
}

/** Whether a file or URL is read by `lintInput` only (asynchronously): a Word document, or a page to fetch. */
export function needsAsyncRead(filePath: string, format: InputFormat | undefined): boolean {
  const kind = format ?? formatOf(filePath);
  return isUrl(filePath) || kind === 'docx' || kind === 'pdf';
}

/**
 * Lints one text, Markdown or HTML file (or "-"), synchronously: never throws for a bad file;
 * the problem is in `fatal`. A Word document, a PDF or a URL takes `lintInput`. `rawPath`: the
 * bytes of the path of a file whose name is not valid UTF-8, one character each (see
 * input/files.ts Target), to open it by.
 */
export function lintFile(filePath: string, options: LintOptions = {}, loaded: LoadedConfig | null = null, rawPath?: string): FileResult {
  const config = mergeConfig(loaded?.config, options.config);
  const format = options.format ?? formatOf(filePath);
  if (format === 'docx' || format === 'pdf' || isUrl(filePath)) return fatalResult(filePath, 'a Word document, a PDF or a URL is read by lintInput() (asynchronous), not lintFile()', format);
  const maxSize = options.maxFileSize ?? config.settings?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const absolute = resolve(options.cwd ?? process.cwd(), filePath);
  const input = readNotice(filePath, { absolute: rawPath === undefined ? absolute : Buffer.from(rawPath, 'latin1'), format, maxSize, encoding: options.encoding, stdin: options.stdin });
  if (!input.ok) return fatalResult(filePath, input, format, options.locale ?? config.locale);
  const sourceOptions = {
    filePath,
    format,
    language: options.language,
    config,
    today: options.today,
    locale: options.locale,
    encoding: input.encoding,
    legacyEncoding: input.legacy,
    strayBytes: input.stray,
    keepText: options.keepText,
  };
  if (options.fix && rawPath !== undefined) {
    // Written back by name only: a name that is not UTF-8 has none here.
    options.fix.onOutcome?.({ filePath, status: 'refused', applied: 0, reason: 'its name is not valid UTF-8 (rename it to fix it)' });
  } else if (options.fix) {
    return fixFile({ filePath, absolute, cwd: options.cwd ?? process.cwd(), bytes: input.bytes, text: input.text, encoding: input.encoding, legacy: input.legacy, lint: sourceOptions }, options.fix);
  }
  const { result } = lintSource(input.text, sourceOptions);
  return result;
}

/**
 * Lints one file, "-", or an http or https URL, whatever its format (text, Markdown, HTML,
 * DOCX, PDF): never throws for a bad file or a network error; the problem is in `fatal`.
 */
export async function lintInput(filePath: string, options: LintOptions = {}, loaded: LoadedConfig | null = null): Promise<FileResult> {
  if (!needsAsyncRead(filePath, options.format)) return lintFile(filePath, options, loaded);
  const config = mergeConfig(loaded?.config, options.config);
  const maxSize = options.maxFileSize ?? config.settings?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const doc = await readDocumentText(filePath, options, maxSize);
  const fetched = doc.fetched ? { fetched: doc.fetched } : {};
  // --fix never rewrites a page or a binary document.
  const refusal = isUrl(filePath)
    ? 'a page fetched over the network is never rewritten: change it where it is published'
    : (doc.ok ? doc.documentFormat : doc.format) === 'pdf'
      ? 'a PDF is binary and never rewritten: change the document it was made from'
      : 'a Word document is binary and never rewritten: make the change in Word';
  options.fix?.onOutcome?.({ filePath, status: 'refused', applied: 0, reason: refusal });
  if (!doc.ok) return { ...fatalResult(filePath, doc, doc.format, options.locale ?? config.locale), ...fetched };
  const { result } = lintSource(doc.text, {
    filePath,
    format: doc.format,
    language: options.language,
    config,
    today: options.today,
    keepText: options.keepText,
    locale: options.locale,
    ...(doc.encoding ? { encoding: doc.encoding, legacyEncoding: doc.legacy, strayBytes: doc.stray } : {}),
  });
  const placed = doc.placer && doc.documentFormat ? inDocumentTerms(result, doc.placer, doc.documentFormat) : result;
  return { ...placed, ...fetched };
}

/** A Word document, a PDF or a page read as the text it is linted as, with how to place its lines in the document. */
export type DocumentText =
  | {
      ok: true;
      text: string;
      format: 'text' | 'markdown' | 'html';
      /** A DOCX or a PDF: where its text's lines are in the document. */
      placer?: Placer;
      documentFormat?: 'docx' | 'pdf';
      /** A page's text: how its bytes were decoded. */
      encoding?: string;
      legacy?: boolean;
      stray?: StrayBytes;
      fetched?: FetchedFrom;
    }
  | { ok: false; message: string; error?: MessageRef; format: InputFormat; fetched?: FetchedFrom };

/**
 * The text a Word document, a PDF or an http(s) page is read as: a DOCX's HTML, a PDF's plain
 * text (each with its placer), a page's text decoded as its server says (unless `encoding`
 * says otherwise). What `lintInput` lints and the comparison of language versions compares.
 */
export async function readDocumentText(filePath: string, options: Pick<LintOptions, 'cwd' | 'format' | 'encoding' | 'fetch' | 'stdin'>, maxSize: number): Promise<DocumentText> {
  await loadMarkupParsers();
  let bytes: Uint8Array;
  let kind: InputFormat;
  let encoding = options.encoding;
  let from: { fetched: FetchedFrom } | Record<string, never> = {};
  if (isUrl(filePath)) {
    const fetched = await fetchUrl(filePath, { timeoutMs: options.fetch?.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS, maxRedirects: options.fetch?.maxRedirects ?? DEFAULT_MAX_REDIRECTS, maxSize });
    if (!fetched.ok) return { ...fetched, format: options.format ?? 'html' };
    from = { fetched: { finalUrl: fetched.finalUrl, date: fetched.date, status: fetched.status, contentType: fetched.contentType } };
    bytes = fetched.bytes;
    kind = options.format ?? formatOfFetched(fetched, fetched.bytes);
    // The server's charset, when it names one noticelint knows, unless --encoding says otherwise.
    encoding ??= fetched.charset && fetched.charset !== 'utf-8' && isSupportedEncoding(fetched.charset) ? fetched.charset : undefined;
  } else {
    const read = readNoticeBytes(filePath, { absolute: resolve(options.cwd ?? process.cwd(), filePath), maxSize, stdin: options.stdin });
    kind = options.format ?? formatOf(filePath);
    if (!read.ok) return { ok: false, message: read.message, format: kind };
    bytes = read.bytes;
  }
  if (kind === 'pdf') {
    const doc = await readPdf(bytes);
    return doc.ok ? { ok: true, text: doc.text, format: 'text', placer: doc.placer, documentFormat: 'pdf', ...from } : { ...doc, format: 'pdf', ...from };
  }
  if (kind === 'docx') {
    const doc = await readDocx(bytes);
    if (!doc.ok) return { ...doc, format: 'docx', ...from };
    if (tooManyElements(doc.html)) return { ...readFailure('docx-elements', { count: MAX_HTML_ELEMENTS.toLocaleString('en') }), format: 'docx', ...from };
    return { ok: true, text: doc.html, format: 'html', placer: new WordPositions(doc.html, doc.paragraphs), documentFormat: 'docx', ...from };
  }
  const input = decodeNotice(bytes, kind, encoding);
  if (!input.ok) return { ...input, format: kind, ...from };
  return { ok: true, text: input.text, format: kind, encoding: input.encoding, legacy: input.legacy, stray: input.stray, ...from };
}

/**
 * A DOCX's or PDF's result with its lines and columns (of the text it was read as) turned into
 * places in the document: a DOCX's paragraph numbers and columns of the paragraph's text, a
 * PDF's lines on their pages; each finding with `location` (its paragraph or page and line, and
 * first words). A finding about the whole document stays at line 1, column 1, without one.
 */
export function inDocumentTerms(result: FileResult, placer: Placer, format: 'docx' | 'pdf'): FileResult {
  const place = (p: { line: number; column: number; endLine: number; endColumn: number }) => documentSpan(placer, p);
  const messages = result.messages.map((m) => {
    const { start, span } = place(m);
    // Other places a finding is about are `related` locations, placed like the finding itself.
    const out: LintMessage = { ...m, ...span };
    if (m.related) out.related = m.related.map((r) => ({ ...r, ...place(r).span }));
    if (start.known) {
      out.location = { ...(start.paragraph !== undefined ? { paragraph: start.paragraph } : {}), ...(start.page !== undefined ? { page: start.page } : {}), excerpt: start.excerpt };
    }
    return out;
  });
  // A PDF's lines count from 1 on each page: in page order.
  messages.sort((a, b) => (a.location?.page ?? 0) - (b.location?.page ?? 0) || a.line - b.line || a.column - b.column);
  const items: FileResult['items'] = {};
  for (const [id, item] of Object.entries(result.items)) {
    if (item.line === undefined) items[id] = item;
    else {
      const d = placer.at(item.line, 1);
      items[id] = { ...item, line: d.line, ...(d.page !== undefined ? { page: d.page } : {}) };
    }
  }
  const out: FileResult = { ...result, format, items, messages };
  // The text's lines are not the document's paragraphs or pages: its title and date are kept, not the text.
  if (result.text) out.text = { title: result.text.title, date: result.text.date };
  return out;
}

export type LintSummary = LintReport['summary'];

export function emptySummary(): LintSummary {
  return { files: 0, errorCount: 0, warningCount: 0, infoCount: 0 };
}

/** Adds a result's counts to a summary. */
export function addToSummary(summary: LintSummary, r: FileResult): void {
  summary.files++;
  summary.errorCount += r.errorCount;
  summary.warningCount += r.warningCount;
  summary.infoCount += r.infoCount;
}

export { REPORT_TOOL };

export function buildReport(results: FileResult[]): LintReport {
  const summary = emptySummary();
  for (const r of results) addToSummary(summary, r);
  return { schemaVersion: SCHEMA_VERSION, tool: { ...REPORT_TOOL }, results, summary };
}

/**
 * Lints files and directories (recursively: .txt .md .markdown .html .htm) and "-" for
 * standard input. Throws UsageError for a path that does not exist and ConfigError for a bad
 * configuration; a file that cannot be linted gets a result with `fatal` set.
 */
export async function lint(paths: string[], options: LintOptions = {}): Promise<LintReport> {
  const results: FileResult[] = [];
  await lintEach(paths, options, (r) => results.push(r));
  return buildReport(results);
}

/**
 * Like `lint`, but hands each file's result to `onResult` as soon as it is ready, in input
 * order, and keeps none of them: memory stays flat however many files there are. Returns the
 * summary.
 */
export async function lintEach(paths: string[], options: LintOptions, onResult: (r: FileResult) => void): Promise<LintSummary> {
  const summary = emptySummary();
  const emit = (r: FileResult) => {
    addToSummary(summary, r);
    onResult(r);
  };
  const targets = expandTargets(paths, options.cwd);
  const files = targets.map((t) => t.file);
  // Plain text never loads the Markdown/HTML parsers (see parse/markup.ts).
  if (files.some((f) => (options.format ?? formatOf(f)) !== 'text')) await loadMarkupParsers();
  const fixed = options.configFile ? loadConfigFile(resolve(options.cwd ?? process.cwd(), options.configFile), options.configFile) : null;
  const cwd = options.cwd ?? process.cwd();
  const finder = new ConfigFinder(cwd, undefined, fixed);
  const ignored = ignoreMatcher(options.ignorePatterns ?? [], cwd);
  const tasks: { file: string; loaded: LoadedConfig | null; error?: string; rawPath?: string }[] = [];
  const kept = new Set<number>();
  const ignoredBy = new Map<number, string>();
  for (const { file, arg, fromFolder, error, rawPath } of targets) {
    if (error) {
      // A folder that cannot be listed: a file error of its own, and the run goes on.
      tasks.push({ file, loaded: null, error });
      kept.add(arg);
      continue;
    }
    const absolute = resolve(cwd, file);
    const local = file !== '-' && !isUrl(file);
    if (local && ignored(absolute)) {
      if (fromFolder) ignoredBy.set(arg, 'the ignore patterns');
      else options.onWarning?.(`${file}: not linted: ignored by the ignore patterns (.noticelintignore, --ignore-pattern)`);
      continue;
    }
    const named = file === '-' && options.stdinFilename ? resolve(cwd, options.stdinFilename) : null;
    const loaded = options.noConfig ? null : local ? finder.find(absolute) : named ? finder.find(named) : finder.withoutFile();
    if (loaded && local && fromFolder && isIgnored(absolute, loaded)) {
      ignoredBy.set(arg, loaded.path ?? 'the configuration');
      continue;
    }
    kept.add(arg);
    tasks.push({ file, loaded, ...(rawPath !== undefined ? { rawPath } : {}) });
  }
  // A folder whose every notice is ignored is not a pass: a pull request could turn the check green by ignoring them.
  for (const [arg, config] of ignoredBy) {
    if (!kept.has(arg)) throw new UsageError(`every notice file in ${paths[arg]} is ignored by ${config === 'the ignore patterns' ? config : displayPath(config, cwd)}: nothing to lint${config === 'the ignore patterns' ? '' : ' (name a file to lint it anyway)'}`);
  }
  // Many files: child processes (results in the same order); few files or stdin: this process.
  // A URL is fetched here: the pool's children never use the network.
  const workers = options.fix || tasks.some((t) => t.file === '-' || isUrl(t.file)) ? 0 : poolSize(tasks.length, options.concurrency);
  if (workers > 0) {
    const configs: LoadedConfig[] = [];
    const index = new Map<LoadedConfig, number>();
    const poolTasks = tasks.map(({ file, loaded, error, rawPath }) => {
      if (loaded && !index.has(loaded)) index.set(loaded, configs.push(loaded) - 1);
      return { file, config: loaded ? index.get(loaded)! : -1, ...(error ? { error } : {}), ...(rawPath !== undefined ? { rawPath } : {}) };
    });
    const { format, language, config, today, locale, encoding, maxFileSize, keepText } = options;
    let delivered = 0;
    try {
      await lintInPool(
        poolTasks,
        { options: { format, language, config, today, locale, encoding, maxFileSize, ...(keepText ? { keepText } : {}) }, configs },
        workers,
        (r) => {
          delivered++;
          emit(r);
        },
        { watchdogMs: options.poolWatchdogMs },
      );
      return summary;
    } catch (error) {
      // A lint process could not start: the files not yet delivered (results come in order) are
      // linted here instead. One that stopped later may have stopped on a file: not retried here.
      if (!(error instanceof PoolStartError)) throw error;
      options.onWarning?.(`${error.message}; linting the other ${tasks.length - delivered} files in this process`);
      tasks.splice(0, delivered);
    }
  }
  // Many files in this process: the phrase trie pays at once (as in a pool child).
  if (tasks.length >= TRIE_AT_ONCE_FILES) usePhraseTrieAfter(0);
  for (const { file, loaded, error, rawPath } of tasks) {
    if (file === '-' && options.stdinFilename) {
      // Standard input named: read as that name's format, reported under that name.
      const named = { ...options, format: options.format ?? formatOf(options.stdinFilename) };
      const r = needsAsyncRead(file, named.format) ? await lintInput(file, named, loaded) : lintFile(file, named, loaded);
      emit({ ...r, filePath: options.stdinFilename });
      continue;
    }
    emit(error ? fatalResult(file, error) : needsAsyncRead(file, options.format) ? await lintInput(file, options, loaded) : lintFile(file, options, loaded, rawPath));
  }
  return summary;
}

export { countSeverities };
