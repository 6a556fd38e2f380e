/**
 * The configuration reader under a hostile pull request (issue 15, item 3): it reads only
 * regular files within a size limit, never quotes their content, refuses a found configuration
 * that links out of the repository, stops its walk at the repository (or outside one, the
 * working directory or home), and bounds the depth of what it checks.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigFinder, MAX_CONFIG_DEPTH, MAX_CONFIG_SIZE, parseConfig } from '../src/config/load.js';
import { TODAY, runCli } from './helpers.js';

const NOTICE = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Puistokatu 4, 00100 Helsinki.\n';
const SECRET = 'root:x:0:0:root:/root:/bin/bash\nAWS_SECRET=shh\n';
const base = mkdtempSync(join(tmpdir(), 'noticelint-config-safety-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function repo(files: Record<string, string> = {}, git = true): string {
  const dir = join(base, `r${n++}`);
  mkdirSync(dir, { recursive: true });
  if (git) mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'tietosuoja.md'), NOTICE);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const run = (args: string[], cwd: string) => runCli(['--today', TODAY, '--format', 'json', ...args], cwd);

describe('reading a configuration', () => {
  it('a found configuration linked to /dev/zero is refused at once, one line, exit 2', async () => {
    const dir = repo();
    symlinkSync('/dev/zero', join(dir, '.noticelintrc.json'));
    const r = await run(['tietosuoja.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: configuration file .noticelintrc.json is a link to a file outside the repository, which noticelint does not read\n');
  });

  it('--config /dev/zero (not a regular file) is refused without reading it', async () => {
    const dir = repo();
    const r = await run(['--config', '/dev/zero', 'tietosuoja.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: configuration file /dev/zero is not a regular file\n');
  });

  it('a FIFO as the configuration does not stall the run', async () => {
    const dir = repo();
    execFileSync('mkfifo', [join(dir, '.noticelintrc.json')]);
    const r = await run(['tietosuoja.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('noticelint: configuration file .noticelintrc.json is not a regular file\n');
  }, 20_000);

  it('never quotes the content of a file that is not a valid configuration', async () => {
    const outside = join(base, `passwd-${n}`);
    writeFileSync(outside, SECRET);
    const dir = repo();
    symlinkSync(outside, join(dir, '.noticelintrc.json'));
    const found = await run(['tietosuoja.md'], dir);
    const given = await run(['--config', outside, 'tietosuoja.md'], dir);
    for (const r of [found, given]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/root|AWS|shh/u);
      expect(r.stderr.split('\n')).toHaveLength(2);
    }
    expect(given.stderr).toBe(`noticelint: ${outside}: not valid JSON (an unexpected character)\n`);
  });

  it('says where JSON is broken by line and column', () => {
    expect(() => parseConfig('{\n  "rules": {},\n}', 'c.json')).toThrow(/^c\.json: not valid JSON \(at line 3, column 1\)$/u);
  });

  it('refuses a configuration over the size limit', async () => {
    const dir = repo({ '.noticelintrc.json': `{"ignore": [${'"x",'.repeat(MAX_CONFIG_SIZE / 4)}"y"]}` });
    const r = await run(['tietosuoja.md'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^noticelint: configuration file \.noticelintrc\.json is \d+ bytes, over the 1048576-byte limit\n$/u);
  });

  it('reads a configuration that starts with a byte-order mark', async () => {
    const dir = repo({ '.noticelintrc.json': '\uFEFF{"rules": {"leftover-artifact": "off"}}' });
    const r = await run(['tietosuoja.md'], dir);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results).toHaveLength(1);
  });

  it('refuses rule options nested deeper than the limit (they crashed a run of 400 files)', () => {
    const deep = '{"a":'.repeat(MAX_CONFIG_DEPTH * 4) + '1' + '}'.repeat(MAX_CONFIG_DEPTH * 4);
    expect(() => parseConfig(`{"rules": {"leftover-artifact": ["warning", ${deep}]}}`, 'c.json')).toThrow(/^c\.json: nested more than 16 levels deep$/u);
    const huge = '['.repeat(500_000) + ']'.repeat(500_000);
    expect(() => parseConfig(`{"rules": {"leftover-artifact": ["warning", {"x": ${huge}}]}}`, 'c.json')).toThrow(/nested more than 16 levels deep/u);
  });
});

describe('finding a configuration', () => {
  it('outside a repository, stops at the working directory: a configuration above it is not read', async () => {
    const parent = repo({ '.noticelintrc.json': '{"rules": {"no-such-rule": "error"}}' }, false);
    const child = join(parent, 'site');
    mkdirSync(child);
    writeFileSync(join(child, 'tietosuoja.md'), NOTICE);
    const r = await run(['tietosuoja.md'], child);
    expect(r.stderr).toBe('');
    expect(new ConfigFinder(child, '/nonexistent-home').find(join(child, 'tietosuoja.md'))).toBeNull();
    // From the parent folder it is found.
    expect(() => new ConfigFinder(parent, '/nonexistent-home').find(join(child, 'tietosuoja.md'))).toThrow(/unknown rule "no-such-rule"/u);
  });

  it('in a repository, a link to a configuration inside it is read', async () => {
    const dir = repo({ 'config/noticelint.json': '{"rules": {"leftover-artifact": "off"}}' });
    symlinkSync(join('config', 'noticelint.json'), join(dir, '.noticelintrc.json'));
    const r = await run(['tietosuoja.md'], dir);
    expect(r.stderr).toBe('');
  });
});
