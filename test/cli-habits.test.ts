/**
 * What people who use ESLint, markdownlint-cli2 or Vale expect of a linter's command line and
 * configuration (issue 20, items 1 and 2, and the baseline of item 3), run in-process as a user
 * would run the command; test/cli-package.test.ts runs the built command.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { type CliIo, main } from '../src/cli/main.js';
import { CLI_OPTIONS, optionsTable } from '../src/cli/options.js';
import { ALL_RULE_METAS } from '../src/cli/rules.js';
import { VERSION } from '../src/meta.js';
import { ROOT } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempRepo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-habits-'));
  dirs.push(dir);
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function run(args: string[], opts: { cwd?: string; stdin?: string; isTTY?: boolean; env?: NodeJS.ProcessEnv; ask?: (q: string) => Promise<string> } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
    ...(opts.stdin !== undefined ? { stdin: () => Buffer.from(opts.stdin!, 'utf8') } : {}),
    ...(opts.ask ? { ask: opts.ask } : {}),
  };
  const code = await main(['--today', '2026-11-21', ...args], io);
  return { code, stdout, stderr };
}

/** A Finnish notice with two empty sections (empty-section, a warning, on lines 3 and 9), and errors of other rules. */
const EMPTY = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\n## Tarkoitus\n\nLaskutus ja asiakassuhteen hoitaminen.\n\n## Säilytysaika\n\n## Oikeudet\n\nVoit pyytää tietojasi.\n';
/** A configuration with every rule but empty-section off. */
const ONLY_EMPTY_SECTION = JSON.stringify({ rules: Object.fromEntries(ALL_RULE_METAS.filter((m) => m.id !== 'empty-section').map((m) => [m.id, 'off'])) });
const rulesOf = (stdout: string) => stdout.trim().split('\n').filter((l) => /\[[a-z-]+\]$/u.test(l)).map((l) => l.replace(/^(.*?):(\d+):\d+: (\w+) .* \[(.+)\]$/u, '$1:$2 $3 $4'));

describe('the command line', () => {
  it('--version prints noticelint\'s version, whatever package.json is in the working directory', async () => {
    const dir = tempRepo({ 'package.json': JSON.stringify({ name: 'site', version: '9.9.9' }) });
    const r = await run(['--version'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('--color forces colour into a pipe, --no-color takes it off a terminal, FORCE_COLOR and NO_COLOR too', async () => {
    const dir = tempRepo({ 'a.md': EMPTY });
    const esc = /\u001b\[/u;
    expect((await run(['a.md'], { cwd: dir })).stdout).not.toMatch(esc);
    expect((await run(['--color', 'a.md'], { cwd: dir })).stdout).toMatch(esc);
    expect((await run(['--color', 'a.md'], { cwd: dir, env: { NO_COLOR: '1' } })).stdout).toMatch(esc);
    expect((await run(['a.md'], { cwd: dir, isTTY: true })).stdout).toMatch(esc);
    expect((await run(['--no-color', 'a.md'], { cwd: dir, isTTY: true })).stdout).not.toMatch(esc);
    expect((await run(['a.md'], { cwd: dir, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(esc);
  });

  it('--format compact: one line per finding, file:line:col: severity message [rule-id]', async () => {
    const dir = tempRepo({ 'a.md': EMPTY, '.noticelintrc.json': ONLY_EMPTY_SECTION });
    const r = await run(['--format', 'compact', 'a.md'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      expect.stringMatching(/^a\.md:3:1: warning .+ \[empty-section\]$/u),
      expect.stringMatching(/^a\.md:9:1: warning .+ \[empty-section\]$/u),
    ]);
    expect(lines.at(-1)).toBe('2 problems (0 errors, 2 warnings, 0 info) in 1 file');
  });

  it('--format junit writes JUnit XML with every name and message escaped', async () => {
    const dir = tempRepo({ 'a&<b>".md': EMPTY });
    const r = await run(['--format', 'junit', 'a&<b>".md'], { cwd: dir });
    expect(r.stdout.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="noticelint">\n')).toBe(true);
    expect(r.stdout).toContain('<testsuite name="a&amp;&lt;b&gt;&quot;.md"');
    expect(r.stdout).toMatch(/<testcase classname="a&amp;&lt;b&gt;&quot;\.md" name="empty-section">\n {6}<failure message="[^"<>]+" type="warning">/u);
    expect(r.stdout.trim().endsWith('</testsuites>')).toBe(true);
    // Nothing raw: every < starts a tag of ours.
    expect(r.stdout.replace(/<\/?(\?xml|testsuites|testsuite|testcase|failure|system-out|error)\b[^<>]*>/gu, '')).not.toMatch(/[<>]/u);
  });

  it('paths may be globs, quoted (expanded by noticelint) or not (by the shell), with --ignore-pattern and .noticelintignore', async () => {
    const dir = tempRepo({ 'n/a.md': EMPTY, 'n/sub/b.md': EMPTY, 'n/drafts/c.md': EMPTY, 'n/d.txt': EMPTY, 'n/x.json': '{}' });
    const files = async (args: string[]) => {
      const r = await run(['--format', 'json', ...args], { cwd: dir });
      return { code: r.code === 2 ? 2 : 'linted', files: r.code === 2 ? r.stderr.trim() : JSON.parse(r.stdout).results.map((x: { filePath: string }) => x.filePath) };
    };
    expect(await files(['n/**/*.md'])).toEqual({ code: 'linted', files: ['n/a.md', 'n/drafts/c.md', 'n/sub/b.md'] });
    expect(await files(['n/*.{md,txt}'])).toEqual({ code: 'linted', files: ['n/a.md', 'n/d.txt'] });
    expect(await files(['n/**/*.md', '--ignore-pattern', 'drafts/'])).toEqual({ code: 'linted', files: ['n/a.md', 'n/sub/b.md'] });
    // Each pattern takes one value: the paths after it stay paths.
    expect(await files(['--ignore-pattern', 'drafts/', '--ignore-pattern', 'sub/', 'n/**/*.md'])).toEqual({ code: 'linted', files: ['n/a.md'] });
    expect(await files(['n/*.rst'])).toEqual({ code: 2, files: 'noticelint: no notice files match n/*.rst (noticelint reads .txt .md .markdown .html .htm .docx .pdf files)' });
    writeFileSync(join(dir, '.noticelintignore'), '# drafts are not published\n**/drafts/**\nsub\n');
    expect(await files(['n'])).toEqual({ code: 'linted', files: ['n/a.md', 'n/d.txt'] });
    // A glob the shell expanded names each file: the ignore file still leaves them out, and says so.
    const r = await run(['--format', 'json', 'n/a.md', 'n/drafts/c.md'], { cwd: dir });
    expect(JSON.parse(r.stdout).results.map((x: { filePath: string }) => x.filePath)).toEqual(['n/a.md']);
    expect(r.stderr).toBe('noticelint: n/drafts/c.md: not linted: ignored by the ignore patterns (.noticelintignore, --ignore-pattern)\n');
    expect(await files(['n/drafts'])).toEqual({ code: 2, files: 'noticelint: every notice file in n/drafts is ignored by the ignore patterns: nothing to lint' });
  });

  it('--stdin-filename names standard input: its format, its configuration and its name in the report', async () => {
    const dir = tempRepo({ 'site/.noticelintrc.json': JSON.stringify({ rules: { 'empty-section': 'error' } }) });
    const r = await run(['--stdin-filename', 'site/tietosuoja.md', '--format', 'json'], { cwd: dir, stdin: EMPTY });
    const result = JSON.parse(r.stdout).results[0];
    expect(result).toMatchObject({ filePath: 'site/tietosuoja.md', format: 'markdown' });
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'empty-section').map((m: { line: number; severity: string }) => `${m.line} ${m.severity}`)).toEqual(['3 error', '9 error']);
    expect(r.code).toBe(1);
    expect((await run(['--stdin-filename', 'x.md', 'a.md'], { cwd: dir, stdin: EMPTY })).stderr).toBe('noticelint: --stdin-filename names standard input: give - (or no paths) with it\n');
  });

  it('noticelint rules ID prints the rule\'s documentation; an unknown id is a usage error', async () => {
    const r = await run(['rules', 'empty-section']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'docs', 'rules', 'empty-section.md'), 'utf8'));
    expect(await run(['rules', 'empty-sections'])).toEqual({ code: 2, stdout: '', stderr: 'noticelint: unknown rule "empty-sections" (`noticelint rules` lists them)\n' });
  });

  it('--init writes a starter .noticelintrc.json that the schema and noticelint accept, asks nothing without a terminal, never overwrites', async () => {
    const dir = tempRepo({ 'a.md': EMPTY });
    const r = await run(['--init'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: 'noticelint: wrote .noticelintrc.json\n', stderr: '' });
    const written = JSON.parse(readFileSync(join(dir, '.noticelintrc.json'), 'utf8'));
    expect(written).toMatchObject({ root: true, settings: { dpoAppointed: false } });
    expect(written.$comment.length).toBeGreaterThan(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'noticelintrc.schema.json'), 'utf8'));
    expect(new Ajv({ strictTuples: false }).validate(schema, written)).toBe(true);
    expect((await run(['a.md'], { cwd: dir })).stderr).toBe('');
    expect(await run(['--init'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: 'noticelint: .noticelintrc.json already exists here: noticelint --init does not overwrite it\n' });
    // On a terminal it asks one question.
    const asked: string[] = [];
    const other = tempRepo({});
    await run(['--init'], { cwd: other, ask: async (q) => (asked.push(q), 'y') });
    expect(asked).toEqual(['Has your organisation appointed a data protection officer? [y/N] ']);
    expect(JSON.parse(readFileSync(join(other, '.noticelintrc.json'), 'utf8')).settings).toEqual({ dpoAppointed: true });
  });

  it('the README\'s option table is the option definitions\', and --help lists every option', async () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(optionsTable());
    const help = (await run(['--help'])).stdout;
    for (const o of CLI_OPTIONS) expect(help).toContain(`--${o.name}`);
  });
});

describe('configuration', () => {
  it('files cascade from the repository root down (nearer wins), and "root": true stops the walk up', async () => {
    const dir = tempRepo({
      '.noticelintrc.json': JSON.stringify({ rules: { 'empty-section': 'error', 'missing-purposes': 'off' }, settings: { dpoAppointed: true } }),
      'site/.noticelintrc.json': JSON.stringify({ rules: { 'empty-section': 'info' } }),
      'site/fi/a.md': EMPTY,
      'other/.noticelintrc.json': JSON.stringify({ root: true, rules: { 'leftover-artifact': 'warn' } }),
      'other/b.md': EMPTY,
    });
    const site = JSON.parse((await run(['--print-config', 'site/fi/a.md'], { cwd: dir })).stdout);
    expect(site.configFiles).toEqual(['.noticelintrc.json', 'site/.noticelintrc.json']);
    expect(site.rules).toMatchObject({ 'empty-section': 'info', 'missing-purposes': 'off', 'leftover-artifact': 'warning' });
    expect(site.settings).toEqual({ dpoAppointed: true });
    expect(Object.keys(site.rules)).toEqual(ALL_RULE_METAS.map((m) => m.id).sort());
    const other = JSON.parse((await run(['--print-config', 'other/b.md'], { cwd: dir })).stdout);
    expect(other.configFiles).toEqual(['other/.noticelintrc.json']);
    expect(other.rules).toMatchObject({ 'empty-section': 'warning', 'missing-purposes': 'error', 'leftover-artifact': 'warning' });
    const r = await run(['--format', 'compact', 'site/fi/a.md', 'other/b.md'], { cwd: dir });
    expect(rulesOf(r.stdout).filter((l) => l.endsWith('empty-section'))).toEqual(['site/fi/a.md:3 info empty-section', 'site/fi/a.md:9 info empty-section', 'other/b.md:3 warning empty-section', 'other/b.md:9 warning empty-section']);
  });

  it('overrides set rules and settings for globs: the way to configure plain-text notices', async () => {
    const dir = tempRepo({
      '.noticelintrc.json': JSON.stringify({
        overrides: [
          { $comment: 'plain text has no inline comments', files: ['*.txt', 'n/*.md'], excludedFiles: ['n/keep-*.md'], rules: { 'empty-section': 'off' } },
          { files: ['legal/**'], rules: { 'empty-section': 'error' }, settings: { maxFileSize: 100 } },
        ],
      }),
      'n/a.md': EMPTY,
      'n/keep-b.md': EMPTY,
      'c.md': EMPTY,
      'legal/d.md': EMPTY,
    });
    const r = await run(['--format', 'compact', '.'], { cwd: dir });
    expect(rulesOf(r.stdout).filter((l) => l.endsWith('empty-section'))).toEqual(['c.md:3 warning empty-section', 'c.md:9 warning empty-section', 'n/keep-b.md:3 warning empty-section', 'n/keep-b.md:9 warning empty-section']);
    expect(r.stdout).toMatch(/^legal\/d\.md:1:1: error file is \d+ bytes, over the 100-byte limit/mu);
    // A glob without "/" matches the name in any folder.
    expect(JSON.parse((await run(['--print-config', 'x/y/a.txt'], { cwd: dir })).stdout).rules['empty-section']).toBe('off');
    expect(JSON.parse((await run(['--print-config', 'legal/x/a.txt'], { cwd: dir })).stdout).rules['empty-section']).toBe('error');
  });

  it('an unknown rule id, unknown option or wrong type is a usage error naming the file, the key and what is allowed', async () => {
    const cases: [unknown, string][] = [
      [{ rules: { 'empty-sections': 'off' } }, 'rules: unknown rule "empty-sections" (`noticelint rules` lists them)'],
      [{ rules: { 'empty-section': ['warn', { level: 2 }] } }, 'rules.empty-section[1]: unknown option "level" (this rule takes no options)'],
      [{ rules: { 'empty-section': 'warnings' } }, 'rules.empty-section: must be a severity ("off", "info", "warn", "warning", "error") or [severity, options]'],
      [{ settings: { dpoAppointed: 'yes' } }, 'settings.dpoAppointed: must be a boolean'],
      [{ setting: {} }, 'unknown key "setting" (allowed: $schema, $comment, root, rules, ignore, locale, settings, overrides)'],
      [{ overrides: [{ rules: { 'empty-section': 'off' } }] }, 'overrides[0]: missing "files"'],
      [{ overrides: [{ files: ['*.txt'], rules: { nope: 'off' } }] }, 'overrides[0].rules: unknown rule "nope" (`noticelint rules` lists them)'],
    ];
    for (const [config, message] of cases) {
      const dir = tempRepo({ 'a.md': EMPTY, '.noticelintrc.json': JSON.stringify(config) });
      expect(await run(['a.md'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `noticelint: .noticelintrc.json: ${message}\n` });
    }
  });

  it('the README\'s example configuration is one noticelint accepts', async () => {
    const example = /## Configuration[\s\S]*?```json\n([\s\S]*?)```/u.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1];
    const dir = tempRepo({ 'a.md': EMPTY, '.noticelintrc.json': example });
    expect((await run(['a.md'], { cwd: dir })).stderr).toBe('');
  });

  it('"warn" is "warning"', async () => {
    const dir = tempRepo({ 'a.md': EMPTY, '.noticelintrc.json': JSON.stringify({ rules: { 'empty-section': 'warn', 'missing-recipients': ['warn'] } }) });
    const r = JSON.parse((await run(['--format', 'json', 'a.md'], { cwd: dir })).stdout);
    expect(r.results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'empty-section' || m.ruleId === 'missing-recipients').map((m: { severity: string }) => m.severity)).toEqual(['warning', 'warning', 'warning']);
  });
});

describe('baseline', () => {
  it('--write-baseline records the findings; --baseline hides them, even when lines move, and shows new ones', async () => {
    const dir = tempRepo({ 'a.md': EMPTY, '.noticelintrc.json': ONLY_EMPTY_SECTION });
    const w = await run(['--write-baseline', 'baseline.json', '--format', 'compact', 'a.md'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toBe('noticelint: 2 findings recorded in baseline.json\n');
    expect(existsSync(join(dir, 'baseline.json'))).toBe(true);
    expect((await run(['--baseline', 'baseline.json', '--format', 'compact', 'a.md'], { cwd: dir })).stdout).toBe('\n0 problems (0 errors, 0 warnings, 0 info) in 1 file\n');
    // Lines added above, and a new empty section below: only the new one shows.
    writeFileSync(join(dir, 'a.md'), EMPTY.replace('# Tietosuojaseloste\n', '# Tietosuojaseloste\n\nPäivitetty 1.11.2026.\n') + '\n## Evästeet\n');
    const r = await run(['--baseline', 'baseline.json', '--format', 'compact', 'a.md'], { cwd: dir });
    expect(rulesOf(r.stdout)).toEqual(['a.md:17 warning empty-section']);
    expect(r.stderr).toBe('noticelint: 2 findings hidden by the baseline baseline.json\n');
  });

  it('a missing or foreign baseline is a usage error', async () => {
    const dir = tempRepo({ 'a.md': EMPTY, 'x.json': '{"files":{}}' });
    expect((await run(['--baseline', 'nope.json', 'a.md'], { cwd: dir })).stderr).toBe('noticelint: cannot read baseline nope.json (ENOENT): write one with --write-baseline\n');
    expect((await run(['--baseline', 'x.json', 'a.md'], { cwd: dir })).stderr).toBe('noticelint: x.json is not a noticelint baseline (version 1, written by --write-baseline)\n');
    expect((await run(['--baseline', '.git', 'a.md'], { cwd: dir })).stderr).toBe('noticelint: baseline .git is not a regular file\n');
  });
});
