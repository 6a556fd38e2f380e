/**
 * Linting many files on several cores: worker threads, each loading the linter once and
 * linting chunks of files handed out as it finishes the previous one (so a slow file does not
 * hold the others up). Results come back tagged with their index and are returned in input
 * order, whatever the timing. A worker costs its module loading (~0.2 s of CPU), so a pool is
 * only started when there are enough files to repay it (see `poolSize`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { LintOptions } from '../api.js';
import type { LoadedConfig } from '../config/load.js';
import type { FileResult } from '../report.js';

/** What a worker needs to lint a file: everything cloneable from LintOptions. */
export type WorkerLintOptions = Pick<LintOptions, 'format' | 'language' | 'config' | 'today' | 'encoding' | 'maxFileSize'>;

export interface PoolTask {
  file: string;
  /** Index into the configs array, or -1 for no configuration file. */
  config: number;
}

export interface WorkerInit {
  options: WorkerLintOptions;
  configs: LoadedConfig[];
}

export type WorkerRequest = { chunk: number; tasks: PoolTask[] };
export type WorkerReply = { chunk: number; results: FileResult[] } | { chunk: number; error: string };

/** Below this many files per worker, starting workers costs more than it saves: a worker loads the whole linter (~0.6 s of CPU); measured break-even on two cores ~400 files. */
export const MIN_FILES_PER_WORKER = 200;
const CHUNK = 16;

/** How many workers to use for `files` files (0: lint in-process). */
export function poolSize(files: number, concurrency?: number): number {
  const cores = Math.max(1, concurrency ?? availableParallelism());
  const n = Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
  return n >= 2 && workerScript() ? n : 0;
}

let script: { url: URL; eval?: string } | null | undefined;

/**
 * Built: lib/io/lint-worker.js. From the TypeScript sources (tests, tsx): the .ts file through
 * tsx. In a single-file bundle (the GitHub Action) there is no worker file: null, lint in-process.
 */
function workerScript(): { url: URL; eval?: string } | null {
  if (script !== undefined) return script;
  script = null;
  try {
    if (import.meta.url.endsWith('.ts')) {
      // The worker registers tsx's loader itself, then imports the TypeScript worker module.
      const url = new URL('./lint-worker.ts', import.meta.url);
      const tsxPackage = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('tsx/package.json'), 'utf8')) as { exports: Record<string, { import: { default: string } }> };
      const api = new URL(tsxPackage.exports['./esm/api'].import.default, pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
      if (existsSync(url)) script = { url, eval: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });` };
    } else {
      const url = new URL('./lint-worker.js', import.meta.url);
      if (existsSync(url)) script = { url };
    }
  } catch {
    script = null;
  }
  return script;
}

/** Lints the tasks on `workers` worker threads; results in task order. */
export async function lintInPool(tasks: PoolTask[], init: WorkerInit, workers: number): Promise<FileResult[]> {
  const results: FileResult[] = new Array(tasks.length);
  const chunks: { start: number; tasks: PoolTask[] }[] = [];
  // Smaller chunks towards the end keep both cores busy until the last file.
  const size = Math.max(1, Math.min(CHUNK, Math.ceil(tasks.length / (workers * 4))));
  for (let i = 0; i < tasks.length; i += size) chunks.push({ start: i, tasks: tasks.slice(i, i + size) });
  const { url, eval: bootstrap } = workerScript()!;
  let next = 0;
  const pool: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      let failed = false;
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (w: Worker): boolean => {
        if (next >= chunks.length) return false;
        const request: WorkerRequest = { chunk: next, tasks: chunks[next].tasks };
        next++;
        w.postMessage(request);
        return true;
      };
      for (let i = 0; i < Math.min(workers, chunks.length); i++) {
        const w = bootstrap ? new Worker(bootstrap, { eval: true, workerData: init satisfies WorkerInit }) : new Worker(url, { workerData: init satisfies WorkerInit });
        pool.push(w);
        running++;
        w.on('message', (reply: WorkerReply) => {
          if ('error' in reply) return fail(new Error(reply.error));
          const start = chunks[reply.chunk].start;
          reply.results.forEach((r, k) => (results[start + k] = r));
          if (!feed(w)) {
            running--;
            if (running === 0) resolve();
          }
        });
        w.on('error', fail);
        w.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a lint worker stopped with exit code ${code}`));
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
