/**
 * The command's bundles are loaded with a V8 code cache (src/cli/load-bundle.ts). The cache may
 * only change how fast a bundle starts: a missing, foreign, corrupt or stale one must give the
 * same exports as none. Each case runs in a fresh node, as the command does.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const LOADER = pathToFileURL(join(ROOT, 'src', 'cli', 'load-bundle.ts')).href;
const dir = mkdtempSync(join(tmpdir(), 'noticelint-load-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundle = join(dir, 'b.cjs');
const cache = `${bundle}.cache`;

/** Loads the bundle in a new node (with tsx, for the loader's TypeScript) and calls its answer(); writes the cache when asked. */
function load(write = false): { cache: string; answer: string } {
  const code = `import { loadBundle } from ${JSON.stringify(LOADER)};
const b = loadBundle(${JSON.stringify(bundle)});
const answer = b.exports.answer();
${write ? 'b.writeCache();' : ''}
console.log(JSON.stringify({ cache: b.cache, answer }));`;
  const p = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (p.status !== 0) throw new Error(p.stderr);
  return JSON.parse(p.stdout);
}

describe('loadBundle', () => {
  it('uses a cache made by an earlier run, and compiles afresh without one, with the same exports', () => {
    writeFileSync(bundle, "const path = require('node:path');\nexports.answer = () => `forty-two ${path.basename(__filename)}`;\n");
    rmSync(cache, { force: true });
    expect(load(true)).toEqual({ cache: 'none', answer: 'forty-two b.cjs' });
    expect(load()).toEqual({ cache: 'used', answer: 'forty-two b.cjs' });
  });

  it('refuses the cache of an edited bundle of the same length (V8 itself checks only the length)', () => {
    writeFileSync(bundle, 'exports.answer = () => "old";\n');
    load(true);
    expect(load().cache).toBe('used');
    writeFileSync(bundle, 'exports.answer = () => "new";\n');
    expect(load()).toEqual({ cache: 'refused', answer: 'new' });
  });

  it('refuses a corrupt cache: garbage after a right hash, or a file too short to hold one', () => {
    writeFileSync(bundle, 'exports.answer = () => "still right";\n');
    load(true);
    const good = readFileSync(cache);
    writeFileSync(cache, Buffer.concat([good.subarray(0, 32), Buffer.alloc(500, 7)]));
    expect(load()).toEqual({ cache: 'refused', answer: 'still right' });
    writeFileSync(cache, Buffer.from('short'));
    expect(load()).toEqual({ cache: 'refused', answer: 'still right' });
  });
});
