/**
 * The command line: a thin layer over the library. Exit codes: 0 no errors (and warnings
 * within --max-warnings), 1 error findings or too many warnings, 2 usage, configuration or
 * file errors (one line, no stack trace unless --debug).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { addToSummary, emptySummary, lintEach, type LintOptions } from '../api.js';
import { ConfigError } from '../config/load.js';
import type { LocaleSetting } from '../i18n/localize.js';
import { countSeverities } from '../linter.js';
import { UsageError } from '../io/files.js';
import { type AtomicFile, openAtomic, writeFileAtomic } from '../io/write-atomic.js';
import type { DetectedLang, InputFormat } from '../model/types.js';
import type { FileResult, ParityGroup } from '../report.js';
import { escapeTerminalLines } from '../reporters/escape.js';
import { streamReporters } from '../reporters/index.js';
import { compareEach, lintEachWithParity } from './parity.js';
import { formatRules } from './rules.js';
import { runTree } from './tree.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdin?: () => Uint8Array;
}

const defaultIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: !!process.stdout.isTTY,
  env: process.env,
  cwd: process.cwd(),
});

/** --quiet: errors only. */
function quietResult(r: FileResult): FileResult {
  const messages = r.messages.filter((m) => m.severity === 'error');
  return { ...r, messages, ...countSeverities(messages) };
}

function useColor(argv: { color?: boolean }, io: CliIo): boolean {
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
      .command('rules', 'list every rule: id, default severity, languages, legal reference, description (--format json for machines)')
      .option('format', { alias: 'f', type: 'string', default: 'stylish', describe: `output format: ${Object.keys(streamReporters).join(', ')}` })
      .option('output', { alias: 'o', type: 'string', describe: 'write the report to a file' })
      .option('quiet', { type: 'boolean', default: false, describe: 'report errors only' })
      .option('max-warnings', { type: 'number', default: -1, describe: 'exit 1 when there are more warnings than this' })
      .option('config', { alias: 'c', type: 'string', describe: 'use this configuration file for every notice' })
      .option('no-config', { type: 'boolean', describe: 'ignore .noticelintrc.json files' })
      .option('input-format', { type: 'string', choices: ['text', 'markdown', 'html', 'docx', 'pdf'], describe: 'read every input as this format' })
      .option('lang', { type: 'string', choices: ['fi', 'sv', 'en'], describe: 'the notices’ language (skips detection)' })
      .option('locale', { type: 'string', choices: ['en', 'fi', 'sv', 'auto'], describe: 'also give the findings’ text in Finnish, Swedish or English (auto: each notice’s own language); the default en leaves the report as it is' })
      .option('encoding', { type: 'string', describe: 'decode every file with this encoding (e.g. windows-1252)' })
      .option('max-file-size', { type: 'number', describe: 'refuse files larger than this many bytes (default 10 MB)' })
      .option('fetch-timeout', { type: 'number', describe: 'seconds to wait for a URL’s whole answer (default 20)' })
      .option('max-redirects', { type: 'number', describe: 'most redirects followed when fetching a URL (default 5)' })
      .option('today', { type: 'string', describe: 'reference date yyyy-mm-dd for date rules (reproducible runs)' })
      .option('color', { type: 'boolean', describe: 'colour the output (--no-color turns it off)' })
      .option('fix', { type: 'boolean', default: false, describe: 'rewrite what can be fixed safely (stale authority details) in the files, then report what is left' })
      .option('fix-dry-run', { type: 'boolean', default: false, describe: 'print the fixes --fix would make as a unified diff; write nothing' })
      .option('parity', { type: 'boolean', default: false, describe: 'also compare the language versions found among the files (by name: -sv, -en, fi/ sv/ en/, _index.fi.md; by content; or settings.languageVersions)' })
      .option('debug', { type: 'boolean', default: false, describe: 'show stack traces of internal errors' })
      .strict()
      .help()
      .version()
      .exitProcess(false)
      .fail((msg, err) => {
        throw new UsageError(msg || err?.message || 'invalid arguments');
      });
    let out = '';
    parser.showHelpOnFail(false);
    const argv = await parser.parseAsync(args, {}, (_err, _argv, output) => {
      out = output;
    });
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
    const paths = ((argv.paths as string[] | undefined) ?? []).map((p) => (p === STDIN_TOKEN ? '-' : p));
    const configFile = typeof argv.config === 'string' ? argv.config : undefined;
    const options: LintOptions = {
      format: argv['input-format'] as InputFormat | undefined,
      language: argv.lang as DetectedLang | undefined,
      configFile,
      // yargs reads --no-config as config: false.
      noConfig: argv['no-config'] === true || (argv.config as unknown) === false,
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
      const text = formatRules(argv.format, undefined, argv.locale === 'fi' || argv.locale === 'sv' ? argv.locale : 'en');
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

    // Checked before anything is linted.
    if (output) checkOutput(output);
    // --fix-dry-run: standard output carries the diff; the report (of the fixed text) only goes to --output.
    const sink = reportSink(output, argv['fix-dry-run'] ? null : io.stdout);
    const fatal: { filePath: string; message: string }[] = [];
    const summary = emptySummary();
    // Every format is written file by file and no result is kept: memory stays flat however many files.
    const writer = stream({ color: output ? false : useColor(argv, io), cwd: io.cwd, ...(argv.locale === 'fi' || argv.locale === 'sv' ? { locale: argv.locale } : {}) });
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
    try {
      const run = parityMode ?? lintEach;
      const compared = await run(paths, options, (found) => {
        const r = argv.quiet ? quietResult(found) : found;
        addToSummary(summary, r);
        if (r.fatal) fatal.push({ filePath: r.filePath, message: r.fatal.message });
        begin();
        sink.write(writer.result(r));
      });
      if (parityMode) parity = compared as ParityGroup[];
      begin();
      sink.write(writer.end(summary, fatal.length, parity));
      whole = true;
    } finally {
      // A run that stops half-way (a lint process died, the disk is full) leaves no half report.
      sink.close(whole);
    }
    if (argv['fix-dry-run']) io.stdout(escapeTerminalLines(diffs.join('')));

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
 * io/write-atomic.ts): a run that fails half-way, or a full disk, leaves no half report for a
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
