/**
 * Linting many files on several cores: child processes, each loading the linter once and
 * linting chunks of files handed out as it finishes the previous one (so a slow file does not
 * hold the others up). Results come back tagged with their index and are returned in input
 * order, whatever the timing. A child costs its module loading (~0.3 s of CPU), so a pool is
 * only started when there are enough files to repay it (see `poolSize`).
 *
 * Processes rather than worker threads, because a process can be started with V8's
 * `--no-regexp-tier-up`: the rules' large phrase patterns are then compiled to native code once
 * instead of twice, and linting runs about 1.5x faster with identical results. (Setting that
 * flag inside a running process crashed V8 now and then; on the command line it is safe.)
 *
 * If a child cannot be started, the pool throws a PoolStartError and `lintEach` lints the files
 * not yet delivered in its own process; if one stops later, the pool throws and the run fails.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { LintOptions } from '../api.js';
import type { LoadedConfig } from '../config/load.js';
import type { FileResult } from '../report.js';

/** What a worker needs to lint a file: everything cloneable from LintOptions. */
export type WorkerLintOptions = Pick<LintOptions, 'format' | 'language' | 'config' | 'today' | 'encoding' | 'maxFileSize'>;

export interface PoolTask {
  file: string;
  /** Index into the configs array, or -1 for no configuration file. */
  config: number;
  /** Why the file cannot be linted (a folder that cannot be listed): its result is this file error. */
  error?: string;
}

export interface WorkerInit {
  options: WorkerLintOptions;
  configs: LoadedConfig[];
}

export type WorkerRequest = { init: WorkerInit } | { chunk: number; tasks: PoolTask[] };
/** `ready`: the child has loaded the linter and taken its options (sent once, before any chunk's reply). */
export type WorkerReply = { ready: true } | { chunk: number; results: FileResult[] } | { chunk: number; error: string };

/**
 * A lint process failed before it was ready (it could not start: a V8 flag this node refuses,
 * a refused fork, a missing file). The caller can lint in its own process instead. A process
 * that stops later may have stopped on a file (out of memory): that is not retried.
 */
export class PoolStartError extends Error {}

/** Below this many files per worker, starting workers costs more than it saves: a worker loads the whole linter (~0.6 s of CPU); measured break-even on two cores ~400 files. */
export const MIN_FILES_PER_WORKER = 200;
const CHUNK = 16;

/** How many workers to use for `files` files (0: lint in-process). */
export function poolSize(files: number, concurrency?: number): number {
  const cores = Math.max(1, concurrency ?? availableParallelism());
  const n = Math.min(cores, Math.floor(files / MIN_FILES_PER_WORKER));
  return n >= 2 && workerScript() ? n : 0;
}

/**
 * V8 flags for the children.
 * - `--no-regexp-tier-up`: see the module comment.
 * - `--expose-gc`: see lint-worker.ts.
 * - `--heap-growing-percent=80`: after a full collection V8 lets the heap grow to 1.8 times what
 *   survived, instead of up to 4 times when collections are fast. A notice leaves nothing behind
 *   (about 43 MB stay live), so by default a child's memory kept growing with the files it was
 *   given: 165 MB after 1,000 bench notices, 220 MB after 2,000. With the flag it is 150 MB
 *   after 1,000, 157 MB after 2,000 and 163 MB after 4,000, at the same CPU time (interleaved
 *   runs, within the noise).
 * Exported for the tests (a flag node refuses makes the children fail to start).
 */
export const CHILD_V8_FLAGS = ['--no-regexp-tier-up', '--expose-gc', '--heap-growing-percent=80'];

let script: { file: string; loader: string[] } | null | undefined;

/**
 * Built: lib/io/lint-worker.js. From the TypeScript sources (tests, tsx): the .ts file with tsx's
 * loader. In the command's bundle: lib/bundle/lint-worker.js, which loads lint-worker.cjs with
 * its code cache (scripts/build-cli.ts). In a single-file bundle (the GitHub Action) there is no
 * worker file: null, lint in-process.
 */
function workerScript(): { file: string; loader: string[] } | null {
  if (script !== undefined) return script;
  script = null;
  try {
    if (import.meta.url.endsWith('.ts')) {
      const file = fileURLToPath(new URL('./lint-worker.ts', import.meta.url));
      const tsx = createRequire(import.meta.url).resolve('tsx/package.json').replace(/package\.json$/u, 'dist/loader.mjs');
      if (existsSync(file) && existsSync(tsx)) script = { file, loader: ['--import', tsx] };
    } else {
      const file = fileURLToPath(new URL('./lint-worker.js', import.meta.url));
      if (existsSync(file)) script = { file, loader: [] };
    }
  } catch {
    script = null;
  }
  return script;
}

/**
 * Lints the tasks in `workers` child processes and hands each result to `onResult` in task
 * order, as soon as it and all before it are done (so a caller that writes them out holds only
 * the results that arrived early, not all of them).
 */
export async function lintInPool(tasks: PoolTask[], init: WorkerInit, workers: number, onResult: (r: FileResult) => void): Promise<void> {
  const early = new Map<number, FileResult>();
  let delivered = 0;
  const deliver = (index: number, r: FileResult) => {
    early.set(index, r);
    for (let next = early.get(delivered); next; next = early.get(delivered)) {
      early.delete(delivered++);
      onResult(next);
    }
  };
  const chunks: { start: number; tasks: PoolTask[] }[] = [];
  // Smaller chunks towards the end keep both cores busy until the last file.
  const size = Math.max(1, Math.min(CHUNK, Math.ceil(tasks.length / (workers * 4))));
  for (let i = 0; i < tasks.length; i += size) chunks.push({ start: i, tasks: tasks.slice(i, i + size) });
  const { file, loader } = workerScript()!;
  const execArgv = [...loader, ...CHILD_V8_FLAGS];
  let next = 0;
  const pool: ChildProcess[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0;
      let failed = false;
      let done = false;
      const ready = new Set<ChildProcess>();
      const fail = (child: ChildProcess, error: Error) => {
        if (failed || done) return;
        failed = true;
        reject(ready.has(child) ? error : new PoolStartError(error.message));
      };
      // The caller's onResult threw (say, its report cannot be written): stop, with its error.
      const abort = (error: unknown) => {
        if (failed || done) return;
        failed = true;
        reject(error);
      };
      const feed = (child: ChildProcess): boolean => {
        if (next >= chunks.length) return false;
        const request: WorkerRequest = { chunk: next, tasks: chunks[next].tasks };
        next++;
        child.send(request);
        return true;
      };
      for (let i = 0; i < Math.min(workers, chunks.length); i++) {
        const child = fork(file, [], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        pool.push(child);
        running++;
        child.on('message', (reply: WorkerReply) => {
          if ('ready' in reply) return void ready.add(child);
          if ('error' in reply) return fail(child, new Error(reply.error));
          const start = chunks[reply.chunk].start;
          try {
            reply.results.forEach((r, k) => deliver(start + k, r));
          } catch (error) {
            return abort(error);
          }
          if (!feed(child)) {
            running--;
            if (running === 0) {
              done = true;
              resolve();
            }
          }
        });
        child.on('error', (error) => fail(child, new Error(`a lint process failed (${error.message})`)));
        child.on('exit', (code, signal) => {
          if (!done && (code !== 0 || signal)) fail(child, new Error(`a lint process stopped (${signal ?? `exit code ${code}`})`));
        });
        child.send({ init } satisfies WorkerRequest);
        feed(child);
      }
    });
  } catch (error) {
    for (const child of pool) if (child.exitCode === null && child.signalCode === null) child.kill();
    throw error;
  }
  // Done: close the channels, and each child leaves by itself (lint-worker.ts), its exit hooks run.
  for (const child of pool) if (child.connected) child.disconnect();
}
