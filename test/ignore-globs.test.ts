/**
 * A configuration's ignore globs are compiled once, not once per file (issue 15, item 6): 10,000
 * globs over 450 files took over 200 s. Counted, not timed: picomatch is wrapped to count its
 * compilations.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { lint } from '../src/api.js';
import { TODAY } from './helpers.js';

const compiled = vi.hoisted(() => ({ count: 0 }));
vi.mock('picomatch', async (importOriginal) => {
  const real = ((await importOriginal()) as { default: (...a: unknown[]) => unknown }).default;
  const counted = (...args: unknown[]) => {
    compiled.count++;
    return real(...args);
  };
  return { default: Object.assign(counted, real) };
});

const dir = mkdtempSync(join(tmpdir(), 'noticelint-ignore-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ignore globs', () => {
  it('10,000 globs are compiled once for a run of 40 files', async () => {
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'notices'));
    const globs = Array.from({ length: 10_000 }, (_, i) => `drafts/${i}/**`);
    writeFileSync(join(dir, '.noticelintrc.json'), JSON.stringify({ ignore: [...globs, 'notices/old-*.md'] }));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, 'notices', `${i < 5 ? 'old-' : ''}n${String(i).padStart(2, '0')}.md`), '# Tietosuojaseloste\n\nTeksti.\n');
    compiled.count = 0;
    const report = await lint(['notices'], { cwd: dir, today: TODAY, concurrency: 1 });
    expect(report.results).toHaveLength(35);
    expect(compiled.count).toBe(1);
  });
});
