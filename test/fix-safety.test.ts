/**
 * --fix and --output never lose a file (issue 15, item 2): a failed write leaves the notice (or
 * the report) as it was and says so in one line with exit code 2; --fix keeps the file's mode,
 * writes through a link only to a file in the same repository, and refuses one that leaves it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, TODAY, runCli } from './helpers.js';

/** An invented notice with two fixable findings (the authority's old address), about 11 KB. */
export const FIXABLE =
  'TIETOSUOJASELOSTE\n\nRekisterinpitäjä\n\nEsimerkki Oy, Puistokatu 4, 00100 Helsinki.\n\n' +
  'Käsittelemme asiakkaiden tietoja laskutusta varten.\n\n'.repeat(200) +
  'Oikeus tehdä valitus\n\nVoit tehdä valituksen tietosuojavaltuutetun toimistolle, Ratapihantie 9, 00521 Helsinki.\n';

const base = mkdtempSync(join(tmpdir(), 'noticelint-fix-safety-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function repo(): string {
  const dir = join(base, `r${n++}`);
  mkdirSync(join(dir, '.git'), { recursive: true });
  return dir;
}

const run = (args: string[], cwd: string) => runCli(['--today', TODAY, ...args], cwd);

/** The command from the sources in a shell with a file-size limit of 4 KiB (ulimit -f counts 1 KiB blocks in bash). */
function runLimited(args: string[], cwd: string) {
  const script = 'import { main } from "./src/cli/main.ts"; process.exitCode = await main(process.argv.slice(1));';
  const p = spawnSync('bash', ['-c', 'ulimit -f 4 && cd "$0" && exec "$@"', ROOT, process.execPath, '--import', 'tsx', '--input-type=module', '-e', script, '--', '--today', TODAY, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: p.status, stdout: p.stdout, stderr: p.stderr };
}

describe('--fix writes whole files or none', () => {
  it('fixes through a temporary file and keeps the mode', async () => {
    const dir = repo();
    const file = join(dir, 'tietosuoja.txt');
    writeFileSync(file, FIXABLE);
    chmodSync(file, 0o640);
    const r = await run(['--fix', 'tietosuoja.txt'], dir);
    expect(r.stderr).toBe('noticelint: tietosuoja.txt: 2 fixes applied\n');
    expect(readFileSync(file, 'utf8')).toContain('Lintulahdenkuja 4, 00530 Helsinki');
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'tietosuoja.txt']);
  });

  it('a write that fails (a file-size limit) leaves the notice whole, says so in one line and exits 2', () => {
    const dir = repo();
    const file = join(dir, 'tietosuoja.txt');
    writeFileSync(file, FIXABLE);
    const r = runLimited(['--fix', file], dir);
    expect(readFileSync(file, 'utf8')).toBe(FIXABLE);
    expect(r.stderr).toBe(`noticelint: ${file}: not fixed: cannot write the fixed text (EFBIG); the file is unchanged\n`);
    expect(r.code).toBe(2);
    // No temporary file left behind.
    expect(readdirSync(dir).sort()).toEqual(['.git', 'tietosuoja.txt']);
  });

  it('writes through a link to a notice in the same repository, and the link stays a link', async () => {
    const dir = repo();
    mkdirSync(join(dir, 'legal'));
    writeFileSync(join(dir, 'legal', 'real.txt'), FIXABLE);
    symlinkSync(join('legal', 'real.txt'), join(dir, 'tietosuoja.txt'));
    const r = await run(['--fix', 'tietosuoja.txt'], dir);
    expect(r.code).toBe(1);
    expect(lstatSync(join(dir, 'tietosuoja.txt')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'tietosuoja.txt'))).toBe(join('legal', 'real.txt'));
    expect(readFileSync(join(dir, 'legal', 'real.txt'), 'utf8')).toContain('Lintulahdenkuja 4');
  });

  it('refuses a link to a file outside the repository, which stays as it was', async () => {
    const outside = join(base, `outside-${n}.txt`);
    writeFileSync(outside, FIXABLE);
    const dir = repo();
    symlinkSync(outside, join(dir, 'tietosuoja.txt'));
    const r = await run(['--fix', 'tietosuoja.txt'], dir);
    expect(readFileSync(outside, 'utf8')).toBe(FIXABLE);
    expect(r.stderr).toBe('noticelint: tietosuoja.txt: not fixed: it is a symbolic link to a file outside the repository (or the folder linted), which --fix does not write\n');
    expect(lstatSync(join(dir, 'tietosuoja.txt')).isSymbolicLink()).toBe(true);
  });
});

describe('--output writes a whole report or none', () => {
  it('a report that cannot be written whole leaves no file and exits 2 with one line', () => {
    const dir = repo();
    writeFileSync(join(dir, 'tietosuoja.txt'), FIXABLE);
    const out = join(dir, 'report.json');
    for (const k of [1, 2, 3]) writeFileSync(join(dir, `tietosuoja${k}.txt`), FIXABLE);
    // The SARIF report of four notices is over 4 KiB: the limit stops it half-way.
    const r = runLimited(['--format', 'sarif', '--output', out, dir], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^noticelint: cannot write the report to .*report\.json \(EFBIG\)\n$/u);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'tietosuoja.txt', 'tietosuoja1.txt', 'tietosuoja2.txt', 'tietosuoja3.txt']);
  });

  it('a report written whole replaces the old one at once', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'tietosuoja.txt'), FIXABLE);
    writeFileSync(join(dir, 'report.json'), 'old');
    const r = await run(['--format', 'json', '--output', 'report.json', 'tietosuoja.txt'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).results).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'report.json', 'tietosuoja.txt']);
  });
});
