/**
 * Every option of the command, in one list: the command line is built from it (main.ts), and the
 * README's option table is generated from it (scripts/generate.ts, checked by a test). Add an
 * option here, then run `npm run generate`.
 */
import { streamReporters } from '../reporters/index.js';

export interface CliOption {
  name: string;
  alias?: string;
  type: 'string' | 'boolean' | 'number';
  /** Repeatable (`--ignore-pattern a --ignore-pattern b`): the value is then an array. */
  array?: boolean;
  default?: unknown;
  choices?: readonly string[];
  /** What the value is, in the README (`FILE`, `N`). */
  arg?: string;
  /** One line for --help. */
  describe: string;
  /** The README's wording, when it says more than --help. */
  doc?: string;
  /** Listed in the README under another option's row (e.g. --no-config). */
  hidden?: boolean;
}

export const CLI_OPTIONS: readonly CliOption[] = [
  {
    name: 'format', alias: 'f', type: 'string', default: 'stylish', arg: 'NAME',
    describe: `output format: ${Object.keys(streamReporters).join(', ')}`,
    doc: '`stylish` (default), `json`, `sarif` (code scanning), `github` (workflow annotations), `codeclimate` (GitLab code quality), `markdown` (pull-request comment or step summary), `compact` (one line per finding, `file:line:col: severity message [rule-id]`, for editors\' problem matchers), `junit` (JUnit XML for Jenkins and GitLab test reports), `html` (a report to read in a browser, see [HTML report](#html-report))',
  },
  { name: 'output', alias: 'o', type: 'string', arg: 'FILE', describe: 'write the report to a file' },
  { name: 'output-dir', type: 'string', arg: 'DIR', describe: 'with --format html: write index.html (the overview) and one page per notice into this folder', doc: 'with `--format html`: write `DIR/index.html` (the overview) and one page per notice in `DIR/notices/`' },
  { name: 'quiet', type: 'boolean', default: false, describe: 'report errors only' },
  { name: 'max-warnings', type: 'number', default: -1, arg: 'N', describe: 'exit 1 when there are more warnings than this', doc: 'exit 1 when there are more than N warnings' },
  { name: 'config', alias: 'c', type: 'string', arg: 'FILE', describe: 'use this configuration file for every notice (no cascade)' },
  { name: 'no-config', type: 'boolean', describe: 'ignore .noticelintrc.json files' },
  { name: 'ignore-pattern', type: 'string', array: true, arg: 'GLOB', describe: 'leave out files matching this glob (gitignore syntax, from the working directory; repeatable)', doc: 'leave out files matching this pattern (gitignore syntax, relative to the working directory; repeatable), as `.noticelintignore` does' },
  { name: 'stdin-filename', type: 'string', arg: 'NAME', describe: 'the name of standard input, for its format, its configuration and the report' },
  { name: 'print-config', type: 'string', arg: 'FILE', describe: 'print the configuration that applies to FILE (JSON) and exit' },
  { name: 'init', type: 'boolean', default: false, describe: 'write a starter .noticelintrc.json in the working directory and exit' },
  { name: 'baseline', type: 'string', arg: 'FILE', describe: 'hide findings recorded in this baseline (see --write-baseline)' },
  { name: 'write-baseline', type: 'string', arg: 'FILE', describe: 'record the current findings in FILE, to hide them later with --baseline' },
  { name: 'input-format', type: 'string', choices: ['text', 'markdown', 'html', 'docx', 'pdf'], describe: 'read every input as this format', doc: 'override the format that comes from the extension (or a page\'s media type)' },
  { name: 'lang', type: 'string', choices: ['fi', 'sv', 'en'], describe: 'the notices’ language (skips detection)' },
  {
    name: 'locale', type: 'string', choices: ['en', 'fi', 'sv', 'auto'], arg: 'en|fi|sv|auto',
    describe: 'also give the findings’ text in Finnish, Swedish or English (auto: each notice’s own language); the default en leaves the report as it is',
    doc: 'also give the findings in Finnish or Swedish (`auto`: each notice\'s own language); see [Messages in three languages](#messages-in-three-languages). The default `en` leaves every output as it was',
  },
  {
    name: 'encoding', type: 'string', arg: 'NAME', describe: 'decode every file with this encoding (e.g. windows-1252)',
    doc: 'decode every file with this encoding (default: a byte-order mark, else UTF-8, else Windows-1252; a UTF-8 file with a few stray Windows-1252 bytes stays UTF-8, and `legacy-encoding` points at them)',
  },
  { name: 'max-file-size', type: 'number', arg: 'BYTES', describe: 'refuse files larger than this many bytes (default 10 MB)', doc: 'refuse larger files (default 10 MB)' },
  { name: 'fetch-timeout', type: 'number', arg: 'SECONDS', describe: 'seconds to wait for a URL’s whole answer (default 20)', doc: 'give up on a URL whose whole answer has not come in this time (default 20)' },
  { name: 'max-redirects', type: 'number', arg: 'N', describe: 'most redirects followed when fetching a URL (default 5)', doc: 'follow at most N redirects when fetching a URL (default 5)' },
  { name: 'today', type: 'string', arg: 'yyyy-mm-dd', describe: 'reference date yyyy-mm-dd for date rules (reproducible runs)', doc: 'reference date for date rules' },
  {
    name: 'fix', type: 'boolean', default: false, describe: 'rewrite what can be fixed safely (stale authority details) in the files, then report what is left',
    doc: 'rewrite stale supervisory-authority details in the files (never standard input or a file whose encoding was guessed), then report what is left',
  },
  { name: 'fix-dry-run', type: 'boolean', default: false, describe: 'print the fixes --fix would make as a unified diff; write nothing', doc: 'print those fixes as a unified diff instead of writing them' },
  { name: 'color', type: 'boolean', describe: 'force colour on (--no-color: off)', doc: '`--color` colours the output even when it is not a terminal; `--no-color` never (also `NO_COLOR`); by default, colour when the output is a terminal (and `FORCE_COLOR` asks for it)' },
  {
    name: 'parity', type: 'boolean', default: false, describe: 'also compare the language versions found among the files (by name: -sv, -en, fi/ sv/ en/, _index.fi.md; by content; or settings.languageVersions)',
    doc: 'also compare the language versions of one notice found among the files by name (see [Language versions](#language-versions))',
  },
  { name: 'debug', type: 'boolean', default: false, describe: 'show stack traces of internal errors' },
  { name: 'version', type: 'boolean', describe: 'print noticelint\'s version' },
  { name: 'help', type: 'boolean', describe: 'print the options and commands' },
];

/** The README's option table (between its `<!-- options -->` markers), from CLI_OPTIONS. */
export function optionsTable(): string {
  const rows = CLI_OPTIONS.filter((o) => !o.hidden).map((o) => {
    const names = [`--${o.name}`, ...(o.alias ? [`-${o.alias}`] : [])].map((n) => `\`${n}\``).join(', ');
    const arg = o.choices ? ` \`${o.choices.join('\\|')}\`` : o.arg ? ` \`${o.arg}\`` : '';
    return `| ${names}${arg} | ${o.doc ?? o.describe} |`;
  });
  return ['| option | meaning |', '|---|---|', ...rows].join('\n');
}
