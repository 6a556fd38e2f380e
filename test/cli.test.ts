import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli/main.js';
import { NO_SHARED, ROOT, SEEDS, SEEDS_DIR } from './helpers.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

async function run(args: string[], opts: { cwd?: string; stdin?: string; env?: NodeJS.ProcessEnv; isTTY?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: opts.isTTY ?? false,
    env: opts.env ?? {},
    cwd: opts.cwd ?? ROOT,
    stdin: opts.stdin === undefined ? undefined : () => Buffer.from(opts.stdin!, 'utf8'),
  };
  const code = await main(['--today', '2026-11-21', ...args], io);
  return { code, stdout, stderr };
}

function tempDir(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-'));
  mkdirSync(join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const EMPTY_SECTIONS = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\n## Tarkoitus\n\nLaskutus ja asiakassuhteen hoitaminen.\n';

describe('exit codes and messages', () => {
  it('a missing file exits 2 with one line and no stack trace', async () => {
    const r = await run(['no-such-notice.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: No such file or directory: no-such-notice.txt\n');
  });
  it('a folder is walked through symbolic links: a linked notice is linted, a link loop read once, a broken link passed over', async () => {
    const dir = tempDir({ 'legal/privacy.md': EMPTY_SECTIONS, 'notices/own.txt': EMPTY_SECTIONS });
    symlinkSync(join('..', 'legal', 'privacy.md'), join(dir, 'notices', 'linked.md'));
    symlinkSync(join('..', 'legal'), join(dir, 'notices', 'legal-folder'));
    symlinkSync('..', join(dir, 'notices', 'loop'));
    symlinkSync('missing.txt', join(dir, 'notices', 'broken.txt'));
    const r = await run(['--format', 'json', 'notices'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results.map((x: { filePath: string }) => x.filePath)).toEqual([
      'notices/legal-folder/privacy.md',
      'notices/linked.md',
      // loop/ is the parent folder: its legal/ was read through legal-folder, its notices/ is this one.
      'notices/own.txt',
    ]);
  });
  it('a folder without notice files is a usage error, not "No problems in 0 files"', async () => {
    const dir = tempDir({ 'docs/readme.rst': 'Nothing here.\n', 'notices/n.md': EMPTY_SECTIONS });
    const r = await run(['docs', 'notices'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'noticelint: no notice files in docs (noticelint reads .txt .md .markdown .html .htm .docx .pdf files)\n' });
  });
  it('no paths is a usage error', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^noticelint: no files given/u);
  });
  it('an unknown option is a usage error', async () => {
    const r = await run(['--bogus', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: Unknown argument: bogus\n');
  });
  it('a bad --today is a usage error', async () => {
    expect((await run(['--today', 'yesterday', 'x.txt'])).code).toBe(2);
    for (const day of ['2026-13-45', '2026-02-30', '2026-00-10']) {
      const r = await run(['--today', day, 'x.txt']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^noticelint: --today must be a date as yyyy-mm-dd, not ".*${day}"\n$`, 'u'));
    }
  });
  it('a binary file is reported on one line, the other files are still linted, exit 2', async () => {
    const dir = tempDir({ 'a.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]), 'b.md': EMPTY_SECTIONS });
    const r = await run(['--format', 'json', 'a.txt', 'b.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: a.txt: binary file (it contains NUL bytes), not a text notice\n');
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { filePath: string }) => x.filePath)).toEqual(['a.txt', 'b.md']);
    expect(report.results[1].messages.some((m: { ruleId: string }) => m.ruleId === 'empty-section')).toBe(true);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
  it('a file over the size limit is refused without a crash', async () => {
    const dir = tempDir({ 'big.txt': 'x'.repeat(2000) });
    const r = await run(['--max-file-size', '1000', 'big.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/big\.txt: file is 2000 bytes, over the 1000-byte limit/u);
  });
  it('an empty file is reported, not crashed on', async () => {
    const dir = tempDir({ 'empty.txt': '' });
    const r = await run(['--format', 'json', 'empty.txt'], { cwd: dir });
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.results[0].fatal).toBeUndefined();
    expect(validate(report)).toBe(true);
  });
  it('warnings alone exit 0; --max-warnings 0 makes them exit 1', async () => {
    const dir = tempDir({ 'n.md': EMPTY_SECTIONS });
    const rules = { rules: Object.fromEntries([['empty-section', 'warning']]) };
    writeFileSync(join(dir, 'only.json'), JSON.stringify(rules));
    const onlyEmpty = ['--format', 'json', 'n.md'];
    const a = await run(onlyEmpty, { cwd: dir });
    const warnings = JSON.parse(a.stdout).summary.warningCount;
    expect(warnings).toBeGreaterThan(0);
    const errors = JSON.parse(a.stdout).summary.errorCount;
    expect(a.code).toBe(errors > 0 ? 1 : 0);
    const b = await run([...onlyEmpty, '--max-warnings', '0'], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/more than --max-warnings 0/u);
    // A value that is not a whole number is a usage error, not a gate silently switched off.
    for (const bad of ['abc', '1.5', '-2']) {
      const c = await run([...onlyEmpty, '--max-warnings', bad], { cwd: dir });
      expect(c, bad).toEqual({ code: 2, stdout: '', stderr: 'noticelint: --max-warnings must be a whole number of warnings (-1, the default, for no limit)\n' });
    }
  });
});

describe('output', () => {
  it.skipIf(NO_SHARED)('json output for the seeds validates against the report schema', async () => {
    const r = await run(['--format', 'json', SEEDS_DIR]);
    const report = JSON.parse(r.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.results.filter((x: { filePath: string }) => x.filePath.endsWith('.txt'))).toHaveLength(5);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('noticelint');
  });
  it.skipIf(NO_SHARED)('stylish groups by file with line:column, severity, message and rule id, and a summary', async () => {
    const r = await run([join(SEEDS_DIR, SEEDS.s002)]);
    expect(r.stdout).toMatch(/\n {2}84:1 +warning +Section number 10 is used twice:[^\n]*duplicate-section-number\n/u);
    expect(r.stdout).toMatch(/\u2716 \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\) in 1 file\n$/u);
    expect(r.stdout).not.toMatch(/\u001b\[/u);
  });
  it.skipIf(NO_SHARED)('colour only on a terminal, never with NO_COLOR or --no-color', async () => {
    const file = join(SEEDS_DIR, SEEDS.s002);
    expect((await run([file], { isTTY: true })).stdout).toMatch(/\u001b\[/u);
    expect((await run([file], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/u);
    expect((await run(['--no-color', file], { isTTY: true })).stdout).not.toMatch(/\u001b\[/u);
  });
  it.skipIf(NO_SHARED)('--quiet keeps errors only', async () => {
    const r = await run(['--quiet', '--format', 'json', SEEDS_DIR]);
    const report = JSON.parse(r.stdout);
    expect(report.summary.warningCount).toBe(0);
    expect(report.summary.infoCount).toBe(0);
  });
  it('--output writes the report to a file', async () => {
    const dir = tempDir({ 'n.md': EMPTY_SECTIONS });
    const r = await run(['--format', 'json', '--output', 'out.json', 'n.md'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).results[0].filePath).toBe('n.md');
  });
  it('--output that cannot be written is a usage error before anything is linted, not an internal error', async () => {
    const dir = tempDir({ 'n.md': EMPTY_SECTIONS });
    const missing = await run(['--output', join('no-such-folder', 'out.json'), 'n.md'], { cwd: dir });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `noticelint: cannot write the report to ${join(dir, 'no-such-folder', 'out.json')}: there is no folder ${join(dir, 'no-such-folder')}\n` });
    const folder = await run(['--output', '.', 'n.md'], { cwd: dir });
    expect(folder).toEqual({ code: 2, stdout: '', stderr: `noticelint: cannot write the report to ${dir}: it is a folder\n` });
    const rules = await run(['rules', '--output', '.'], { cwd: dir });
    expect(rules.stderr).toBe(`noticelint: cannot write the report to ${dir}: it is a folder\n`);
  });
  it('reads standard input for "-"', async () => {
    const r = await run(['--format', 'json', '--input-format', 'markdown', '-'], { stdin: EMPTY_SECTIONS });
    const report = JSON.parse(r.stdout);
    expect(report.results[0]).toMatchObject({ filePath: '-', format: 'markdown' });
    expect(report.results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'empty-section').map((m: { line: number }) => m.line)).toEqual([3]);
  });
  it.skipIf(NO_SHARED)('every format is written file by file, and reads exactly as its whole-report reporter', async () => {
    const { lint } = await import('../src/api.js');
    const { reporters } = await import('../src/reporters/index.js');
    const report = await lint([SEEDS_DIR], { cwd: ROOT, today: '2026-11-21', concurrency: 1 });
    // The HTML report shows the notices' text: the command keeps it for that format.
    const withText = await lint([SEEDS_DIR], { cwd: ROOT, today: '2026-11-21', concurrency: 1, keepText: true });
    const opts = { color: false, cwd: ROOT };
    for (const [format, reporter] of Object.entries(reporters)) {
      expect((await run(['--format', format, SEEDS_DIR])).stdout, format).toBe(reporter(format === 'html' ? withText : report, opts));
    }
    expect(JSON.parse((await run(['--format', 'json', SEEDS_DIR])).stdout)).toEqual(JSON.parse(JSON.stringify(report, (k, v) => (k === 'fix' ? undefined : v))));
  });
  it.skipIf(NO_SHARED)('tree prints the section tree', async () => {
    const r = await run(['tree', join(SEEDS_DIR, SEEDS.s002)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\n {2}84:1 10\. Rekisteriselostetta koskevat muutokset \[2 blocks\] numbered/u);
  });
  it('tree reads files as linting does: within the size limit, never a device without end', async () => {
    const dir = tempDir({ 'big.txt': 'x'.repeat(2000) });
    const big = await run(['tree', '--max-file-size', '1000', 'big.txt'], { cwd: dir });
    expect(big.code).toBe(2);
    expect(big.stderr).toBe('noticelint: big.txt: file is 2000 bytes, over the 1000-byte limit (settings.maxFileSize or --max-file-size)\n');
    if (existsSync('/dev/zero')) {
      const zero = await run(['tree', '/dev/zero']);
      expect(zero.code).toBe(2);
      expect(zero.stderr).toBe('noticelint: /dev/zero: input is over the 10485760-byte limit (settings.maxFileSize or --max-file-size)\n');
    }
  });
});

describe('configuration', () => {
  const emptyLines = async (dir: string, args: string[] = []) => {
    const r = await run(['--format', 'json', ...args, 'docs/n.md'], { cwd: dir });
    return { code: r.code, stderr: r.stderr, lines: r.stdout ? JSON.parse(r.stdout).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'empty-section').map((m: { line: number; severity: string }) => `${m.line}:${m.severity}`) : [] };
  };
  it('is found by walking up from the file, and sets severities', async () => {
    const dir = tempDir({ 'docs/n.md': EMPTY_SECTIONS, '.noticelintrc.json': '{"rules": {"empty-section": "error"}}' });
    expect((await emptyLines(dir)).lines).toEqual(['3:error']);
  });
  it('"off" turns a rule off; --no-config ignores the file', async () => {
    const dir = tempDir({ 'docs/n.md': EMPTY_SECTIONS, 'docs/.noticelintrc.json': '{"rules": {"empty-section": "off"}}' });
    expect((await emptyLines(dir)).lines).toEqual([]);
    expect((await emptyLines(dir, ['--no-config'])).lines).toEqual(['3:warning']);
  });
  it('--config names the file to use', async () => {
    const dir = tempDir({ 'docs/n.md': EMPTY_SECTIONS, 'strict.json': '{"rules": {"empty-section": ["error", {}]}}' });
    expect((await emptyLines(dir, ['--config', 'strict.json'])).lines).toEqual(['3:error']);
  });
  it('a broken or unknown setting exits 2 with one line', async () => {
    for (const bad of ['{', '{"rules": {"no-such-rule": "error"}}', '{"rules": {"empty-section": "loud"}}', '{"extends": "x"}']) {
      const dir = tempDir({ 'docs/n.md': EMPTY_SECTIONS, '.noticelintrc.json': bad });
      const r = await emptyLines(dir);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^noticelint: .*\.noticelintrc\.json: /u);
    }
  });
  it('ignore globs skip files found in folders', async () => {
    const dir = tempDir({ 'docs/n.md': EMPTY_SECTIONS, 'drafts/d.md': EMPTY_SECTIONS, '.noticelintrc.json': '{"ignore": ["drafts/**"]}' });
    const r = await run(['--format', 'json', '.'], { cwd: dir });
    expect(JSON.parse(r.stdout).results.map((x: { filePath: string }) => x.filePath)).toEqual(['docs/n.md']);
  });
});

describe('inline control comments', () => {
  const src = [
    '# Seloste', // 1
    'Esimerkki Oy kertoo tässä, miten se käsittelee henkilötietoja.', // 2: text, so the headings below are sections, not title lines
    '## A', // 3
    '', // 4
    '<!-- noticelint-disable-next-line empty-section -->', // 5
    '## B', // 6
    '', // 7
    '<!-- noticelint-disable empty-section -->', // 8
    '', // 9
    '## C', // 10
    '', // 11
    '<!-- noticelint-enable empty-section -->', // 12
    '', // 13
    '## D', // 14
    '',
  ].join('\n');
  it('disable, enable and disable-next-line silence exactly their lines', async () => {
    const r = await run(['--format', 'json', '--input-format', 'markdown', '-'], { stdin: src });
    const lines = JSON.parse(r.stdout).results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'empty-section').map((m: { line: number }) => m.line);
    expect(lines).toEqual([3, 14]);
  });
});
