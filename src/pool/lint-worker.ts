/** A child process of the lint pool (see pool.ts): lints the chunks of files it is sent. */
import { fatalResult, lintFile, lintInput, needsAsyncRead } from '../api.js';
import { loadMarkupParsers } from '../parse/markup.js';
import { usePhraseTrieAfter } from '../matching/phrase-regexp.js';
import type { FileResult } from '../report.js';
import { formatOf } from '../input/files.js';
import type { PoolTask, WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

let init: WorkerInit | undefined;

/**
 * A notice leaves nothing behind (about 43 MB stay live however many files a process lints),
 * but V8 lets garbage pile up before a full collection, so a child's memory grew with the files
 * it was given (170 MB after 1,000 bench notices, 275 MB after 4,000). Past this much heap the
 * child collects between chunks (the pool starts it with --expose-gc): memory stays flat.
 */
const HEAP_SOFT_LIMIT = 128 * 1024 * 1024;

/** One file: a folder's error as it is; a Word document or a PDF read asynchronously; the rest as text. */
async function lintTask(t: PoolTask, { options, configs }: WorkerInit): Promise<FileResult> {
  if (t.error) return fatalResult(t.file, t.error);
  const loaded = t.config >= 0 ? configs[t.config] : null;
  return needsAsyncRead(t.file, options.format) ? lintInput(t.file, options, loaded) : lintFile(t.file, options, loaded, t.rawPath);
}

/** Lints one chunk of files (exported for scripts/write-code-cache.mjs, which compiles this bundle's code). */
export async function lintChunk(tasks: readonly PoolTask[], init: WorkerInit): Promise<FileResult[]> {
  if (tasks.some((t) => (init.options.format ?? formatOf(t.file)) !== 'text')) await loadMarkupParsers();
  const results: FileResult[] = [];
  for (const t of tasks) results.push(await lintTask(t, init));
  return results;
}

process.on('message', async (request: WorkerRequest) => {
  if ('init' in request) {
    init = request.init;
    // A child is given hundreds of files: building the phrase trie at once pays.
    usePhraseTrieAfter(0);
    process.send!({ ready: true } satisfies WorkerReply);
    return;
  }
  const { chunk, tasks } = request;
  const { options } = init!;
  if (tasks.some((t) => (options.format ?? formatOf(t.file)) !== 'text')) await loadMarkupParsers();
  // One reply per file, each sent before the next file starts: the parent knows which file this
  // process was on if it stops, and its watchdog hears from it after every file.
  for (let k = 0; k < tasks.length; k++) {
    let result: FileResult;
    try {
      result = await lintTask(tasks[k], init!);
    } catch (e) {
      result = fatalResult(tasks[k].file, `internal error: ${(e as Error)?.message ?? String(e)}`, options.format ?? formatOf(tasks[k].file));
    }
    process.send!({ chunk, k, result } satisfies WorkerReply);
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.send!({ chunk, done: true } satisfies WorkerReply);
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect && process.memoryUsage().heapUsed > HEAP_SOFT_LIMIT) collect();
});

// The parent closes the channel when it is done: leave then.
process.on('disconnect', () => process.exit(0));
