/**
 * The command line: a thin layer over the library. Exit codes: 0 no errors (and warnings
 * within --max-warnings), 1 error findings or too many warnings, 2 usage, configuration or
 * file errors (one line, no stack trace unless --debug).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { addToSummary, emptySummary, lintEach, type LintOptions } from '../api.js';
import { ConfigError } from '../config/load.js';
import type { LocaleSetting } from '../i18n/localize.js';
import { countSeverities } from '../linter.js';
import { UsageError } from '../input/files.js';
import { type AtomicFile, openAtomic, writeFileAtomic } from '../output/write-atomic.js';
import type { DetectedLang, InputFormat } from '../model/types.js';
import type { FileResult, ParityGroup } from '../report.js';
import { escapeTerminalLines } from '../reporters/escape.js';
import { streamReporters } from '../reporters/index.js';
import { readIgnoreFile } from '../config/ignore-file.js';
import { VERSION } from '../meta.js';
import { BaselineFilter, BaselineWriter, readBaseline } from './baseline.js';
import { printConfig, writeStarterConfig } from './config-commands.js';
import { CLI_OPTIONS } from './options.js';
import { compareEach, lintEachWithParity } from './parity.js';
import { type HtmlSiteWriter, htmlSiteWriter } from './html-site.js';
import { formatRules, ruleDoc } from './rules.js';
import { runTree } from './tree.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Standard output's width in columns, when it is a terminal. */
  columns?: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin?: () => Uint8Array;
  /** Asks the user a question (only when standard input is a terminal): `--init` asks nothing without it. */
  ask?: (question: string) => Promise<string>;
}

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  env: process.env,
  cwd: process.cwd(),
  ...(process.stdin.isTTY ? { ask: askOnTerminal } : {}),
});

/** One question on the terminal, its answer (one line). */
async function askOnTerminal(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

/** --quiet: errors only. */
function quietResult(r: FileResult): FileResult {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, ...countSeverities(messages) };
}

/** --color and --no-color decide; else NO_COLOR, FORCE_COLOR, then whether the output is a terminal. */
function useColor(argv: { color?: boolean }, io: CliIo): boolean {
  if (argv.color === true) return true;
  if (argv.color === false || io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** "2026-11-22", a day that exists (not "2026-13-45" or "2026-02-30"). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** What yargs makes of the command line (the options of options.ts, the commands' positionals). */
interface CliArgs {
  _: (string | number)[];
  paths?: string[];
  id?: string;
  format: string;
  output?: string;
  'output-dir'?: string;
  quiet: boolean;
  'max-warnings': number;
  config?: string | false;
  'no-config'?: boolean;
  'ignore-pattern'?: string | string[];
  'stdin-filename'?: string;
  'print-config'?: string;
  init: boolean;
  baseline?: string;
  'write-baseline'?: string;
  'input-format'?: string;
  lang?: string;
  locale?: string;
  encoding?: string;
  'max-file-size'?: number;
  'fetch-timeout'?: number;
  'max-redirects'?: number;
  today?: string;
  fix: boolean;
  'fix-dry-run': boolean;
  color?: boolean;
  parity: boolean;
  debug: boolean;
  help?: boolean;
  version?: boolean;
}

/** yargs drops a lone "-" argument: it stands for standard input, so carry it through as a token. */
const STDIN_TOKEN = '\u0000stdin';

export async function main(rawArgs: string[] = hideBin(process.argv), givenIo: CliIo = defaultIo()): Promise<number> {
  // Messages name files and quote configurations and notices: no control character of theirs reaches the terminal.
  const io: CliIo = { ...givenIo, stderr: (t) => givenIo.stderr(escapeTerminalLines(t)) };
  const args = rawArgs.map((a) => (a === '-' ? STDIN_TOKEN : a));
  let exitCode = EXIT_OK;
  const debug = args.includes('--debug');
  const fail = (message: string, error?: unknown): number => {
    io.stderr(`noticelint: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(error.stack + '\n');
    return EXIT_USAGE;
  };
  try {
    const parser = yargs(args)
      .scriptName('noticelint')
      .usage('$0 [paths..]\n\nLint GDPR privacy notices (plain text, Markdown, HTML, Word DOCX, text PDF, or an http(s) URL; Finnish, Swedish, English).')
      .command('$0 [paths..]', 'lint files, directories (recursively), http(s) URLs, or - for standard input', (y) =>
        y.positional('paths', { type: 'string', array: true, describe: 'files or directories; - reads standard input' }),
      )
      .command('tree <paths..>', 'print the section tree: how each notice was understood', (y) =>
        y.positional('paths', { type: 'string', array: true, demandOption: true }),
      )
      .command('parity <paths..>', 'compare two or three language versions of one notice: what they say differently', (y) =>
        y.positional('paths', { type: 'string', array: true, demandOption: true }),
      )
      .command('rules [id]', 'list every rule: id, default severity, languages, legal reference, description (--format json for machines); with an id, print that rule\'s documentation', (y) =>
        y.positional('id', { type: 'string', describe: 'a rule id' }),
      );
    for (const o of CLI_OPTIONS) {
      if (o.name === 'version' || o.name === 'help') continue;
      parser.option(o.name, {
        type: o.type,
        describe: o.describe,
        ...(o.alias ? { alias: o.alias } : {}),
        ...(o.default !== undefined ? { default: o.default } : {}),
        ...(o.choices ? { choices: [...o.choices] } : {}),
      });
    }
    parser
      .strict()
      .help()
      // noticelint's own version, never that of a package.json in the working directory.
      .version('version', 'print noticelint\'s version', VERSION)
      .exitProcess(false)
      .fail((msg, err) => {
        throw new UsageError(msg || err?.message || 'invalid arguments');
      });
    let out = '';
    parser.showHelpOnFail(false);
    const argv = (await parser.parseAsync(args, {}, (_err, _argv, output) => {
      out = output;
    })) as unknown as CliArgs;
    if (out) {
      io.stdout(out + '\n');
      return EXIT_OK;
    }
    if (argv.help || argv.version) return EXIT_OK;
    if (argv.today !== undefined && !isCalendarDate(argv.today)) throw new UsageError(`--today must be a date as yyyy-mm-dd, not "${argv.today}"`);
    if (argv['max-file-size'] !== undefined && !(argv['max-file-size'] > 0)) throw new UsageError('--max-file-size must be a positive number of bytes');
    if (argv['fetch-timeout'] !== undefined && !(argv['fetch-timeout'] > 0)) throw new UsageError('--fetch-timeout must be a positive number of seconds');
    if (argv['max-redirects'] !== undefined && !(Number.isInteger(argv['max-redirects']) && argv['max-redirects'] >= 0)) throw new UsageError('--max-redirects must be a whole number (0: follow none)');
    // A typo ("abc" is NaN to yargs) must not switch the warning gate off in CI.
    if (!Number.isInteger(argv['max-warnings']) || argv['max-warnings'] < -1) throw new UsageError('--max-warnings must be a whole number of warnings (-1, the default, for no limit)');
    let paths = ((argv.paths as string[] | undefined) ?? []).map((p) => (p === STDIN_TOKEN ? '-' : p));
    const configFile = typeof argv.config === 'string' ? argv.config : undefined;
    const noConfig = argv['no-config'] === true || (argv.config as unknown) === false;
    // .noticelintignore in the working directory, then --ignore-pattern.
    // A repeated option is an array (yargs' array type would also swallow the paths after it).
    const ignorePatterns = [...readIgnoreFile(io.cwd), ...([] as string[]).concat(argv['ignore-pattern'] ?? [])];
    if (argv.init) {
      const dpo = io.ask ? /^y/iu.test((await io.ask('Has your organisation appointed a data protection officer? [y/N] ')).trim()) : false;
      io.stdout(`noticelint: wrote ${writeStarterConfig(io.cwd, dpo)}\n`);
      return EXIT_OK;
    }
    if (argv['print-config'] !== undefined) {
      if (!argv['print-config']) throw new UsageError('--print-config needs a file name');
      io.stdout(printConfig(argv['print-config'], { cwd: io.cwd, configFile, noConfig, ignorePatterns }));
      return EXIT_OK;
    }
    const stdinFilename = argv['stdin-filename'];
    if (stdinFilename !== undefined) {
      if (!stdinFilename) throw new UsageError('--stdin-filename needs a name');
      if (paths.length === 0) paths = ['-'];
      else if (!paths.includes('-')) throw new UsageError('--stdin-filename names standard input: give - (or no paths) with it');
    }
    const options: LintOptions = {
      format: argv['input-format'] as InputFormat | undefined,
      language: argv.lang as DetectedLang | undefined,
      configFile,
      // yargs reads --no-config as config: false.
      noConfig,
      ignorePatterns,
      ...(stdinFilename ? { stdinFilename } : {}),
      today: argv.today,
      ...(argv.locale !== undefined ? { locale: argv.locale as LocaleSetting } : {}),
      encoding: argv.encoding,
      maxFileSize: argv['max-file-size'],
      fetch: {
        ...(argv['fetch-timeout'] !== undefined ? { timeoutMs: argv['fetch-timeout'] * 1000 } : {}),
        ...(argv['max-redirects'] !== undefined ? { maxRedirects: argv['max-redirects'] } : {}),
      },
      stdin: io.stdin,
      cwd: io.cwd,
      onWarning: (message) => io.stderr(`noticelint: ${message}\n`),
    };
    if (argv.fix && argv['fix-dry-run']) throw new UsageError('use --fix or --fix-dry-run, not both');
    const diffs: string[] = [];
    let fixFailed = false;
    if (argv.fix || argv['fix-dry-run']) {
      options.fix = {
        mode: argv.fix ? 'write' : 'dry-run',
        onOutcome: (o) => {
          if (o.status === 'refused') io.stderr(`noticelint: ${o.filePath}: not fixed: ${o.reason}\n`);
          else if (o.status === 'failed') {
            io.stderr(`noticelint: ${o.filePath}: not fixed: ${o.reason}\n`);
            fixFailed = true;
          }
          else if (o.status === 'fixed') io.stderr(`noticelint: ${o.filePath}: ${o.applied} fix${o.applied === 1 ? '' : 'es'} applied\n`);
          else if (o.status === 'would-fix' && o.diff) diffs.push(o.diff);
        },
      };
    }
    if (argv._[0] === 'tree') return await runTree(paths, options, io);
    const output = argv.output ? resolve(io.cwd, argv.output) : null;
    if (argv._[0] === 'rules') {
      if (argv.format !== 'stylish' && argv.format !== 'json') throw new UsageError(`noticelint rules prints text (the default) or --format json, not "${argv.format}"`);
      // The rules' titles in a language of their own (auto, with no notice to take it from: English).
      const text = typeof argv.id === 'string' ? ruleDoc(argv.id) : formatRules(argv.format, undefined, argv.locale === 'fi' || argv.locale === 'sv' ? argv.locale : 'en');
      if (output) {
        checkOutput(output);
        try {
          writeFileAtomic(output, text);
        } catch (e) {
          throw new UsageError(`cannot write the report to ${output} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
        }
      } else io.stdout(text);
      return EXIT_OK;
    }
    if (paths.length === 0) throw new UsageError('no files given: name notice files or folders, or - for standard input (see --help)');
    const stream = streamReporters[argv.format];
    if (!stream) throw new UsageError(`unknown format "${argv.format}" (use one of: ${Object.keys(streamReporters).join(', ')})`);

    // The HTML report shows the notices' text; a folder of pages is the HTML report's alone.
    if (argv.format === 'html') options.keepText = true;
    let site: HtmlSiteWriter | null = null;
    if (argv['output-dir'] !== undefined) {
      if (argv.format !== 'html') throw new UsageError('--output-dir writes the HTML report (--format html) as a folder; other formats write one file (--output)');
      if (output) throw new UsageError('use --output (one HTML document) or --output-dir (a folder of pages), not both');
      site = htmlSiteWriter(resolve(io.cwd, argv['output-dir']), argv.locale === 'fi' || argv.locale === 'sv' ? { locale: argv.locale } : {});
    }
    // Checked before anything is linted.
    if (output) checkOutput(output);
    // --fix-dry-run: standard output carries the diff; the report (of the fixed text) only goes to --output.
    const sink = reportSink(output, argv['fix-dry-run'] || site ? null : io.stdout);
    const fatal: { filePath: string; message: string }[] = [];
    const summary = emptySummary();
    // Every format is written file by file and no result is kept: memory stays flat however many files.
    // Messages wrap at a terminal's width; in a file, a pipe or a log each stays on one line.
    const width = !output && io.isTTY && io.columns ? io.columns : undefined;
    const writer = stream({
      color: output ? false : useColor(argv, io),
      cwd: io.cwd,
      ...(width ? { width } : {}),
      ...(argv.locale === 'fi' || argv.locale === 'sv' ? { locale: argv.locale } : {}),
    });
    // The report begins with the first result: a run that fails before any (a path that does
    // not exist) writes nothing but its error.
    let begun = false;
    const begin = () => {
      if (!begun) sink.write(writer.begin());
      begun = true;
    };
    let whole = false;
    const parityMode = argv._[0] === 'parity' ? compareEach : argv.parity ? lintEachWithParity : null;
    if (parityMode && options.fix) throw new UsageError('--fix and --fix-dry-run do not combine with comparing language versions');
    let parity: ParityGroup[] | undefined;
    const baseline = argv.baseline ? new BaselineFilter(readBaseline(argv.baseline, io.cwd), io.cwd) : null;
    const recording = argv['write-baseline'] ? new BaselineWriter(io.cwd) : null;
    const baselineOut = argv['write-baseline'] ? resolve(io.cwd, argv['write-baseline']) : null;
    if (baselineOut) checkOutput(baselineOut);
    try {
      const run = parityMode ?? lintEach;
      const compared = await run(paths, options, (linted) => {
        let found = baseline ? baseline.apply(linted) : linted;
        if (recording) {
          // What is recorded is the baseline from now on: hidden from this run's report too.
          recording.add(found);
          found = new BaselineFilter(recording.baseline, io.cwd).apply(found);
        }
        const r = argv.quiet ? quietResult(found) : found;
        addToSummary(summary, r);
        if (r.fatal) fatal.push({ filePath: r.filePath, message: r.fatal.localizedMessage ?? r.fatal.message });
        if (site) return site.result(r);
        begin();
        sink.write(writer.result(r));
      });
      if (parityMode) parity = compared as ParityGroup[];
      if (site) site.end(summary, fatal.length, parity);
      else {
        begin();
        sink.write(writer.end(summary, fatal.length, parity));
      }
      whole = true;
    } finally {
      // A run that stops half-way (a lint process died, the disk is full) leaves no half report.
      sink.close(whole);
    }
    if (argv['fix-dry-run']) io.stdout(escapeTerminalLines(diffs.join('')));
    if (baseline?.hidden) io.stderr(`noticelint: ${baseline.hidden} finding${baseline.hidden === 1 ? '' : 's'} hidden by the baseline ${argv.baseline}\n`);
    if (recording && baselineOut) {
      try {
        writeFileAtomic(baselineOut, recording.text());
      } catch (e) {
        throw new UsageError(`cannot write the baseline to ${argv['write-baseline']} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      }
      io.stderr(`noticelint: ${recording.recorded} finding${recording.recorded === 1 ? '' : 's'} recorded in ${argv['write-baseline']}\n`);
    }

    for (const r of fatal) io.stderr(`noticelint: ${r.filePath}: ${r.message}\n`);
    if (summary.errorCount > 0) exitCode = EXIT_FINDINGS;
    const maxWarnings = argv['max-warnings'];
    if (maxWarnings >= 0 && summary.warningCount > maxWarnings) {
      io.stderr(`noticelint: ${summary.warningCount} warnings, more than --max-warnings ${maxWarnings}\n`);
      exitCode = EXIT_FINDINGS;
    }
    if (fatal.length || fixFailed) exitCode = EXIT_USAGE;
    return exitCode;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) return fail(error.message, error);
    return fail(`internal error: ${(error as Error).message ?? String(error)} (run with --debug for details)`, error);
  }
}

/** A usage error, before any file is linted, when the --output file cannot be written. */
function checkOutput(file: string): void {
  const cannot = (why: string) => new UsageError(`cannot write the report to ${file}: ${why}`);
  let st;
  try {
    st = statSync(file);
  } catch {
    const dir = dirname(file);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw cannot(`there is no folder ${dir}`);
    return;
  }
  if (st.isDirectory()) throw cannot('it is a folder');
}

/**
 * Where the report goes: the --output file or standard output; `toStdout` null writes nowhere.
 * The file is written beside its place and renamed there only when the report is whole (see
 * output/write-atomic.ts): a run that fails half-way, or a full disk, leaves no half report for a
 * later step to upload. Nothing is created before the first write, so a usage error leaves no file.
 */
function reportSink(file: string | null, toStdout: ((t: string) => void) | null): { write(text: string): void; close(whole: boolean): void } {
  let out: AtomicFile | null = null;
  const cannot = (e: unknown) => new UsageError(`cannot write the report to ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  return {
    write(text) {
      if (file !== null) {
        try {
          out ??= openAtomic(file);
          out.write(text);
        } catch (e) {
          out?.abort();
          out = null;
          throw cannot(e);
        }
      } else if (toStdout && text) toStdout(text);
    },
    close(whole) {
      if (out === null) return;
      const done = out;
      out = null;
      if (!whole) return done.abort();
      try {
        done.commit();
      } catch (e) {
        throw cannot(e);
      }
    },
  };
}
