// The pool's child processes must give exactly the in-process report, in the same order, whatever the timing.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint, lintEach } from '../../src/api.js';
import { CHILD_V8_FLAGS, poolSize } from '../../src/pool/pool.js';
import type { FileResult } from '../../src/report.js';
import { generateCorpus, loadSources } from '../../scripts/corpus.js';
import { ROOT, TODAY } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'noticelint-pool-'));
beforeAll(async () => generateCorpus(await loadSources(ROOT), dir, 420));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint() on a pool of child processes', () => {
  it('uses workers only when there are enough files', () => {
    expect(poolSize(10, 2)).toBe(0);
    expect(poolSize(399, 2)).toBe(0);
    expect(poolSize(400, 2)).toBe(2);
    expect(poolSize(5000, 1)).toBe(0);
  });

  it('gives the in-process report, in the same order', async () => {
    const options = { today: TODAY, noConfig: true };
    const pooled = await lint([dir], { ...options, concurrency: 2 });
    const inProcess = await lint([dir], { ...options, concurrency: 1 });
    expect(pooled.results.length).toBe(420);
    expect(pooled).toEqual(inProcess);
  }, 120_000);

  /** The pool's children: processes of this one running the lint worker. */
  const children = () =>
    readdirSync('/proc')
      .filter((d) => /^\d+$/u.test(d))
      .filter((d) => {
        try {
          return readFileSync(`/proc/${d}/stat`, 'utf8').split(') ')[1].split(' ')[1] === String(process.pid) && readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('lint-worker');
        } catch {
          return false;
        }
      })
      .map(Number);

  /** The run's results next to the in-process ones: every file there, in order, the same unless it is one the pool gave up on. */
  async function expectFinishedRun(results: FileResult[], reason: RegExp): Promise<FileResult[]> {
    const inProcess = await lint([dir], { today: TODAY, noConfig: true, concurrency: 1 });
    expect(results.map((r) => r.filePath)).toEqual(inProcess.results.map((r) => r.filePath));
    const lost = results.filter((r, i) => r.fatal && !inProcess.results[i].fatal);
    for (const r of lost) expect(r.fatal!.message).toMatch(/^not linted: the lint process (?:stopped \(SIGKILL\)|failed \(.+\)|did not answer for \d+ s) on this file$/u);
    expect(lost.some((r) => reason.test(r.fatal!.message))).toBe(true);
    results.forEach((r, i) => {
      if (!lost.includes(r)) expect(r).toEqual(inProcess.results[i]);
    });
    return lost;
  }

  it('finishes the run when children are killed mid-run: the file each was on is a file error, the rest is linted', async () => {
    if (!existsSync('/proc/self/stat')) return;
    const warnings: string[] = [];
    const results: FileResult[] = [];
    await lintEach([dir], { today: TODAY, noConfig: true, concurrency: 2, onWarning: (m) => warnings.push(m) }, (r) => {
      results.push(r);
      if (results.length === 1) for (const pid of children()) process.kill(pid, 'SIGKILL');
    });
    expect(warnings).toEqual([]);
    const lost = await expectFinishedRun(results, /stopped \(SIGKILL\)|failed/u);
    expect(lost.length).toBeLessThanOrEqual(2);
  }, 120_000);

  it('a child that stops answering (SIGSTOP) is caught by the watchdog: its file is a file error and the run finishes', async () => {
    if (!existsSync('/proc/self/stat')) return;
    const results: FileResult[] = [];
    let stoppedOne = false;
    await lintEach([dir], { today: TODAY, noConfig: true, concurrency: 2, poolWatchdogMs: 10_000 }, (r) => {
      results.push(r);
      if (!stoppedOne) {
        const [pid] = children();
        if (pid) {
          process.kill(pid, 'SIGSTOP');
          stoppedOne = true;
        }
      }
    });
    await expectFinishedRun(results, /did not answer for 10 s/u);
  }, 120_000);

  it("stops with the caller's own error when its onResult throws (a report that cannot be written), without crashing", async () => {
    let seen = 0;
    const run = lintEach([dir], { today: TODAY, noConfig: true, concurrency: 2 }, () => {
      if (++seen === 3) throw new Error('disk full');
    });
    await expect(run).rejects.toThrow(/^disk full$/u);
    expect(seen).toBe(3);
  }, 120_000);

  it('lints in its own process, and says so, when the children cannot start', async () => {
    const options = { today: TODAY, noConfig: true };
    const warnings: string[] = [];
    CHILD_V8_FLAGS.push('--no-such-flag-for-the-test');
    let fallback;
    try {
      fallback = await lint([dir], { ...options, concurrency: 2, onWarning: (m) => warnings.push(m) });
    } finally {
      CHILD_V8_FLAGS.pop();
    }
    // Which comes first depends on timing: the child's exit, or the failed write to it.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^a lint process (?:stopped \(exit code 9\)|failed \(write EPIPE\)); linting the other 420 files in this process$/u);
    expect(fallback).toEqual(await lint([dir], { ...options, concurrency: 1 }));
  }, 120_000);
});
