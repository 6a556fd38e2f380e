/**
 * The installed command runs the esbuild bundle (lib/bundle/, built by `npm run build`, which
 * `npm ci` runs), not the sources the other CLI tests import. What only the bundle can get
 * wrong is checked here: the lazily loaded parts (Markdown/HTML parsers, iconv-lite,
 * string-width), the pool's worker file next to it, each against the in-process result, and
 * the code caches the build writes (src/cli/load-bundle.ts).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { CHILD_V8_FLAGS } from '../src/pool/pool.js';
import { generateCorpus, loadSources } from '../scripts/corpus.js';
import { withoutMarkers } from '../scripts/rule-fixtures.js';
import { ROOT, TODAY } from './helpers.js';

const BIN = join(ROOT, 'bin', 'noticelint.js');
const dir = mkdtempSync(join(tmpdir(), 'noticelint-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const p = spawnSync(process.execPath, [BIN, '--today', TODAY, '--no-config', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

/** The JSON report of the bundle next to lint()'s from the sources, paths made comparable. */
async function sameAsInProcess(paths: string[], concurrency?: number): Promise<void> {
  const r = run(['--format', 'json', ...paths]);
  expect(r.stderr).not.toMatch(/internal error|Cannot find|ERR_/u);
  const fromBin = JSON.parse(r.stdout);
  const inProcess = await lint(paths, { cwd: ROOT, today: TODAY, noConfig: true, concurrency: concurrency ?? 1 });
  expect(fromBin.results).toEqual(JSON.parse(JSON.stringify(inProcess.results, (k, v) => (k === 'fix' ? undefined : v))));
}

describe('the bundled command', () => {
  beforeAll(() => {
    const bundle = join(ROOT, 'lib', 'bundle', 'cli.cjs');
    if (!existsSync(bundle)) throw new Error('lib/bundle/cli.cjs is missing: run npm run build (npm ci does)');
    const newest = (d: string): number =>
      Math.max(...readdirSync(d, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(d, e.name)) : statSync(join(d, e.name)).mtimeMs)));
    if (newest(join(ROOT, 'src')) > statSync(bundle).mtimeMs) throw new Error('lib/bundle/ is older than src/: run npm run build');
  });

  it('loads both bundles with the code caches the build wrote (each under the V8 flags it runs with)', () => {
    const state = (flags: string[], bundle: string) =>
      spawnSync(process.execPath, [...flags, '--input-type=module', '-e', `import { loadBundle } from './lib/cli/load-bundle.js'; console.log(loadBundle('lib/bundle/${bundle}').cache);`], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    expect(state([], 'cli.cjs')).toBe('used');
    expect(state(CHILD_V8_FLAGS, 'lint-worker.cjs')).toBe('used');
    // Under other flags V8 refuses the cache, and the bundle compiles as without one.
    expect(state(CHILD_V8_FLAGS, 'cli.cjs')).toBe('refused');
  });

  it('lints plain text, Markdown, HTML and Windows-1252 as the sources do', async () => {
    const files = ['fi-01-verkkokauppa-kysymykset.txt', 'en-03-saas-table.md', 'en-05-hotel.html'].map((f) => join('fixtures', 'corpus', f));
    await sameAsInProcess([...files, join('fixtures', 'encoding', 'notice.windows-1252.txt')]);
  });

  it('prints help (its layout loads string-width on demand) and the tree of an HTML notice', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format/u);
    const tree = run(['tree', join('fixtures', 'corpus', 'en-05-hotel.html')]);
    expect(tree.code).toBe(0);
    expect(tree.stdout).toMatch(/\(html, en\)/u);
  });

  it('fixes a copy of a notice with a stale authority address', () => {
    const copy = join(dir, 'old-address.txt');
    writeFileSync(copy, withoutMarkers(readFileSync(join(ROOT, 'fixtures', 'rules', 'stale-authority-contact', 'fi-vanhat-yhteystiedot.txt'), 'utf8')));
    expect(readFileSync(copy, 'utf8')).toMatch(/Ratapihantie/u);
    const r = run(['--fix', copy]);
    expect(r.stderr).toMatch(/fix(es)? applied/u);
    expect(readFileSync(copy, 'utf8')).not.toMatch(/Ratapihantie/u);
    expect(readFileSync(copy, 'utf8')).toMatch(/Lintulahdenkuja 4/u);
  });

  it('reads standard input from a pipe whose writer is slow (curl ... | noticelint -), and stops past the size limit', () => {
    const notice = join('fixtures', 'corpus', 'fi-01-verkkokauppa-kysymykset.txt');
    // The shell starts noticelint at once; the notice comes half a second later, in two parts.
    const slow = (args: string) =>
      spawnSync('sh', ['-c', `(sleep 0.5; head -c 100 "$1"; sleep 0.2; tail -c +101 "$1") | "$2" "$3" --today ${TODAY} --no-config --format json ${args} -`, 'sh', notice, process.execPath, BIN], { cwd: ROOT, encoding: 'utf8' });
    const p = slow('');
    expect(p.stderr).toBe('');
    const fromFile = JSON.parse(run(['--format', 'json', notice]).stdout).results[0];
    expect(JSON.parse(p.stdout).results[0]).toEqual({ ...fromFile, filePath: '-' });
    const big = slow('--max-file-size 1000');
    expect(big.status).toBe(2);
    expect(big.stderr).toBe('noticelint: -: standard input is over the 1000-byte limit (settings.maxFileSize or --max-file-size)\n');
  });

  it('as linter users expect (issue 20): its own --version anywhere, forced colour, a quoted glob with an ignore pattern, compact and JUnit output, a configuration error, a rule\'s page', () => {
    const site = join(dir, 'site');
    mkdirSync(join(site, 'notices', 'drafts'), { recursive: true });
    writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'site', version: '9.9.9' }));
    const notice = readFileSync(join(ROOT, 'examples', 'tietosuojaseloste.txt'));
    writeFileSync(join(site, 'notices', 'tietosuojaseloste.txt'), notice);
    writeFileSync(join(site, 'notices', 'drafts', 'luonnos.txt'), notice);
    const inSite = (args: string[]) => spawnSync(process.execPath, [BIN, '--today', TODAY, ...args], { cwd: site, encoding: 'utf8' });
    expect(inSite(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    const compact = inSite(['--no-config', '--format', 'compact', '--ignore-pattern', 'drafts/', 'notices/**/*.txt']);
    expect(compact.stderr).toBe('');
    expect(compact.stdout.split('\n').filter((l) => l.includes(': ')).every((l) => /^notices\/tietosuojaseloste\.txt:\d+:\d+: (error|warning|info) .+ \[[a-z-]+\]$/u.test(l))).toBe(true);
    expect(inSite(['--no-config', '--color', 'notices/tietosuojaseloste.txt']).stdout).toMatch(/\u001b\[/u);
    const junit = inSite(['--no-config', '--format', 'junit', 'notices']);
    expect(junit.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="noticelint">\n {2}<testsuite name="notices\/drafts\/luonnos\.txt"/u);
    writeFileSync(join(site, '.noticelintrc.json'), JSON.stringify({ rules: { 'empty-section': 'warnx' } }));
    expect(inSite(['notices'])).toMatchObject({ status: 2, stdout: '', stderr: 'noticelint: .noticelintrc.json: rules.empty-section: must be a severity ("off", "info", "warn", "warning", "error") or [severity, options]\n' });
    expect(inSite(['rules', 'notice-date']).stdout).toBe(readFileSync(join(ROOT, 'docs', 'rules', 'notice-date.md'), 'utf8'));
  });

  it('lints 420 files with its pool of child processes, as the sources do in one process', async () => {
    const corpus = join(dir, 'corpus');
    generateCorpus(await loadSources(ROOT), corpus, 420);
    await sameAsInProcess([corpus]);
  }, 120_000);
});
