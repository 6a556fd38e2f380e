/**
 * Crashes and wrong exits (issue 15, item 4): a folder whose notices are all ignored is not a
 * pass, a folder that cannot be listed is one file error and the run goes on, a report that
 * cannot be written to standard output is one line and exit 2, and a path that cannot be used
 * says why (a loop of links, a link to nothing, no such file).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT, TODAY, runCli } from './helpers.js';

/**
 * A folder the walk cannot list, as a non-root user's chmod 000 would make it (the tests may run
 * as root). Hoisted with vi.mock: the mock runs while the test's imports load, and helpers.ts
 * lists a folder then when ../shared is absent.
 */
const { UNREADABLE } = vi.hoisted(() => ({ UNREADABLE: 'unreadable-for-the-test' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: string, ...rest: unknown[]) => {
    if (String(path).endsWith(UNREADABLE)) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const NOTICE = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Puistokatu 4, 00100 Helsinki.\n';
const base = mkdtempSync(join(tmpdir(), 'noticelint-run-errors-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function repo(files: Record<string, string>): string {
  const dir = join(base, `r${n++}`);
  mkdirSync(join(dir, '.git'), { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const run = (args: string[], cwd: string) => runCli(['--today', TODAY, '--format', 'json', ...args], cwd);

describe('a run of many files', () => {
  it('a folder whose every notice is ignored is a usage error, not "No problems in 0 files"', async () => {
    const dir = repo({ '.noticelintrc.json': '{"ignore": ["legal/**"]}', 'legal/tietosuoja.md': NOTICE, 'legal/privacy.md': NOTICE });
    const r = await run(['legal'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: every notice file in legal is ignored by .noticelintrc.json: nothing to lint (name a file to lint it anyway)\n');
    // Some ignored, some not: the others are linted.
    const some = repo({ '.noticelintrc.json': '{"ignore": ["legal/old/**"]}', 'legal/old/tietosuoja.md': NOTICE, 'legal/tietosuoja.md': NOTICE });
    const r2 = await run(['legal'], some);
    expect(JSON.parse(r2.stdout).results.map((x: { filePath: string }) => x.filePath)).toEqual(['legal/tietosuoja.md']);
    // A file named on purpose is linted even when ignored.
    expect((await run(['legal/tietosuoja.md'], dir)).stderr).toBe('');
  });

  it('keeps going past a folder it cannot list: a file error for it, the other notices linted, exit 2', async () => {
    const dir = repo({ 'site/a/tietosuoja.md': NOTICE, [`site/${UNREADABLE}/privacy.md`]: NOTICE, 'site/z/privacy.md': NOTICE });
    const r = await run(['site'], dir);
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout).results;
    expect(results.map((x: { filePath: string }) => x.filePath)).toEqual(['site/a/tietosuoja.md', `site/${UNREADABLE}`, 'site/z/privacy.md']);
    expect(results[1].fatal).toEqual({ message: 'folder cannot be listed: permission denied' });
    expect(r.stderr).toBe(`noticelint: site/${UNREADABLE}: folder cannot be listed: permission denied\n`);
  });

  it('says why a path cannot be used: a loop of links, a link to nothing, no such file', async () => {
    const dir = repo({});
    symlinkSync('loop.md', join(dir, 'loop.md'));
    symlinkSync('missing.md', join(dir, 'dangling.md'));
    expect((await run(['loop.md'], dir)).stderr).toBe('noticelint: loop.md: is a loop of symbolic links\n');
    expect((await run(['dangling.md'], dir)).stderr).toBe('noticelint: dangling.md: is a symbolic link to nothing\n');
    expect((await run(['missing.md'], dir)).stderr).toBe('noticelint: No such file or directory: missing.md\n');
  });
});

describe('the installed command', () => {
  it.skipIf(!existsSync('/dev/full'))('a report that cannot be written to standard output (> /dev/full) is one line and exit 2, no stack trace', () => {
    const dir = repo({ 'tietosuoja.md': NOTICE });
    const full = openSync('/dev/full', 'w');
    try {
      const p = spawnSync(process.execPath, [join(ROOT, 'bin', 'noticelint.js'), '--no-config', join(dir, 'tietosuoja.md')], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(p.stderr).toBe('noticelint: cannot write to standard output (ENOSPC)\n');
      expect(p.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('file names that are not valid UTF-8', () => {
  it('a notice whose name is Latin-1 bytes is linted, its name shown with the stray byte as \\xNN', async () => {
    const dir = repo({ 'site/a.md': NOTICE });
    // "tietosuojaseloste-ä.md" saved by an old system: ä as the single byte 0xE4.
    const name = Buffer.concat([Buffer.from(join(dir, 'site') + '/'), Buffer.from('tietosuoja-'), Buffer.from([0xe4]), Buffer.from('.md')]);
    writeFileSync(name, NOTICE);
    const r = await run(['site'], dir);
    expect(r.stderr).toBe('');
    const results = JSON.parse(r.stdout).results;
    expect(results.map((x: { filePath: string }) => x.filePath)).toEqual(['site/a.md', 'site/tietosuoja-\\xe4.md']);
    expect(results[1].fatal).toBeUndefined();
    expect(results[1].messages).toEqual(results[0].messages);
  });
});
