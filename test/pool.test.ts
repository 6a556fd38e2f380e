// The pool's child processes must give exactly the in-process report, in the same order, whatever the timing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { poolSize } from '../src/io/pool.js';
import { generateCorpus, loadSources } from '../scripts/corpus.js';
import { ROOT, TODAY } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'noticelint-pool-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint() on a pool of child processes', () => {
  it('uses workers only when there are enough files', () => {
    expect(poolSize(10, 2)).toBe(0);
    expect(poolSize(399, 2)).toBe(0);
    expect(poolSize(400, 2)).toBe(2);
    expect(poolSize(5000, 1)).toBe(0);
  });

  it('gives the in-process report, in the same order', async () => {
    generateCorpus(await loadSources(ROOT), dir, 420);
    const options = { today: TODAY, noConfig: true };
    const pooled = await lint([dir], { ...options, concurrency: 2 });
    const inProcess = await lint([dir], { ...options, concurrency: 1 });
    expect(pooled.results.length).toBe(420);
    expect(pooled).toEqual(inProcess);
  }, 120_000);
});
