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
 * not yet delivered in its own process. A child that stops later (out of memory, killed) or stops
 * answering (a watchdog: no result for `watchdogMs`) stopped on a file: that file is reported as
 * a file error, the rest of its chunk goes to a new child, and the run finishes.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { LoadedConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import type { DetectedLang, InputFormat } from '../model/types.js';
import type { LocaleSetting } from '../i18n/localize.js';
import type { FileResult } from '../report.js';
import { formatOf } from '../input/files.js';

/**
 * What a worker needs to lint a file: the cloneable part of the library's LintOptions (src/api.ts),
 * spelled out here so that the pool does not import the API that uses it.
 */
export interface WorkerLintOptions {
  format?: InputFormat;
  language?: DetectedLang;
  config?: Config;
  today?: string;
  encoding?: string;
  maxFileSize?: number;
  /** Keep the notice's text in the result, for a report that shows it (HTML). */
  keepText?: boolean;
  /** The language of the findings' text besides English (`auto`: the notice's own). */
  locale?: LocaleSetting;
}

export interface PoolTask {
  file: string;
  /** Index into the configs array, or -1 for no configuration file. */
  config: number;
  /** Why the file cannot be linted (a folder that cannot be listed): its result is this file error. */
  error?: string;
  /** A name that is not valid UTF-8: the path's bytes (see input/files.ts Target). */
  rawPath?: string;
}

export interface WorkerInit {
  options: WorkerLintOptions;
  configs: LoadedConfig[];
}

export type WorkerRequest = { init: WorkerInit } | { chunk: number; tasks: PoolTask[] };
/**
 * `ready`: the child has loaded the linter and taken its options (sent once, before any result).
 * Then one reply per file, in the chunk's order (so the parent knows which file a child that
 * stops was on), and `done` at the end of the chunk.
 */
export type WorkerReply = { ready: true } | { chunk: number; k: number; result: FileResult } | { chunk: number; done: true };

/** Replacement children that may fail to start before the pool gives up (the caller then lints the rest itself). */
const MAX_START_FAILURES = 3;

/** How long a child may go without a result before it is taken to have hung (a file costs seconds at most). */
export const DEFAULT_WATCHDOG_MS = 120_000;

export interface PoolOptions {
  /** A child that sends nothing for this long is killed and its file reported as a file error. */
  watchdogMs?: number;
  /** Told of each child started (tests). */
  onChild?: (child: ChildProcess) => void;
}

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
 * Built: lib/pool/lint-worker.js. From the TypeScript sources (tests, tsx): the .ts file with tsx's
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

/** The result of a file a child stopped on. */
function stoppedOn(file: string, why: string): FileResult {
  const format = formatOf(file);
  return { filePath: file, format, language: 'und', items: {}, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fatal: { message: `not linted: the lint process ${why} on this file` } };
}

/**
 * Lints the tasks in `workers` child processes and hands each result to `onResult` in task
 * order, as soon as it and all before it are done (so a caller that writes them out holds only
 * the results that arrived early, not all of them).
 */
export async function lintInPool(tasks: PoolTask[], init: WorkerInit, workers: number, onResult: (r: FileResult) => void, poolOptions: PoolOptions = {}): Promise<void> {
  const watchdogMs = poolOptions.watchdogMs ?? DEFAULT_WATCHDOG_MS;
  const early = new Map<number, FileResult>();
  let delivered = 0;
  const deliver = (index: number, r: FileResult) => {
    early.set(index, r);
    for (let next = early.get(delivered); next; next = early.get(delivered)) {
      early.delete(delivered++);
      onResult(next);
    }
  };
  /** A run of tasks from `start`; a chunk a child stopped in comes back as the part after the file it stopped on. */
  const chunks: { start: number; tasks: PoolTask[] }[] = [];
  // Smaller chunks towards the end keep both cores busy until the last file.
  const size = Math.max(1, Math.min(CHUNK, Math.ceil(tasks.length / (workers * 4))));
  for (let i = 0; i < tasks.length; i += size) chunks.push({ start: i, tasks: tasks.slice(i, i + size) });
  const queue = chunks.map((_, i) => i);
  const { file, loader } = workerScript()!;
  const execArgv = [...loader, ...CHILD_V8_FLAGS];
  const pool = new Set<ChildProcess>();
  let remaining = tasks.length;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      let everReady = false;
      let startFailures = 0;
      const finish = (error?: unknown) => {
        if (failed) return;
        failed = true;
        if (error === undefined) resolve();
        else reject(error);
      };
      const start = () => {
        const child = fork(file, [], { execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
        pool.add(child);
        poolOptions.onChild?.(child);
        let ready = false;
        let gone = false;
        /** The chunk it is linting and how many of its files are done. */
        let current: { chunk: number; done: number } | null = null;
        let timer: NodeJS.Timeout | undefined;
        const watch = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            child.kill('SIGKILL');
            stopped(`did not answer for ${Math.round(watchdogMs / 1000)} s`);
          }, watchdogMs);
          timer.unref?.();
        };
        const feed = () => {
          const next = queue.shift();
          if (next === undefined) {
            current = null;
            clearTimeout(timer);
            return;
          }
          current = { chunk: next, done: 0 };
          watch();
          child.send({ chunk: next, tasks: chunks[next].tasks } satisfies WorkerRequest);
        };
        const stopped = (why: string) => {
          if (gone || failed) return;
          gone = true;
          clearTimeout(timer);
          pool.delete(child);
          // Before it was ready, and no child ever was: the children cannot start here.
          if (!ready && !everReady) return finish(new PoolStartError(`a lint process ${why}`));
          if (!ready) {
            // A replacement that could not start: its chunk was not begun, nothing to blame a file for.
            if (++startFailures > MAX_START_FAILURES) return finish(new PoolStartError(`a lint process ${why}`));
            if (current) queue.unshift(current.chunk);
            current = null;
          }
          if (current) {
            const { start: first, tasks: list } = chunks[current.chunk];
            const at = current.done;
            current = null;
            remaining--;
            try {
              deliver(first + at, stoppedOn(list[at].file, why));
            } catch (error) {
              return finish(error);
            }
            if (at + 1 < list.length) queue.unshift(chunks.push({ start: first + at + 1, tasks: list.slice(at + 1) }) - 1);
          }
          if (remaining === 0) return finish();
          // Someone has to lint the rest: a new child when no other one is left, or when there is work waiting.
          if (queue.length > 0 || pool.size === 0) start();
        };
        child.on('message', (reply: WorkerReply) => {
          if (failed || gone) return;
          if ('ready' in reply) {
            ready = everReady = true;
            return;
          }
          if (!current || reply.chunk !== current.chunk) return;
          watch();
          if ('done' in reply) return feed();
          current.done = reply.k + 1;
          remaining--;
          try {
            deliver(chunks[reply.chunk].start + reply.k, reply.result);
          } catch (error) {
            // The caller's onResult threw (say, its report cannot be written): stop, with its error.
            return finish(error);
          }
          if (remaining === 0) finish();
        });
        child.on('error', (error) => stopped(`failed (${error.message})`));
        child.on('exit', (code, signal) => {
          if (code !== 0 || signal || current) stopped(signal ? `stopped (${signal})` : `stopped (exit code ${code})`);
          else pool.delete(child);
        });
        child.send({ init } satisfies WorkerRequest);
        feed();
      };
      for (let i = 0; i < Math.min(workers, chunks.length); i++) start();
    });
  } catch (error) {
    for (const child of pool) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  }
  // Done: close the channels, and each child leaves by itself (lint-worker.ts), its exit hooks run.
  for (const child of pool) if (child.connected) child.disconnect();
}
