/** A worker thread of the lint pool (see pool.ts): lints the chunks of files it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintFile } from '../api.js';
import { loadMarkupParsers } from '../model/markup.js';
import type { FileResult } from '../report.js';
import { formatOf } from './files.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

const { options, configs } = workerData as WorkerInit;

parentPort!.on('message', async ({ chunk, tasks }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    if (tasks.some((t) => (options.format ?? formatOf(t.file)) !== 'text')) await loadMarkupParsers();
    const results: FileResult[] = tasks.map((t) => lintFile(t.file, options, t.config >= 0 ? configs[t.config] : null));
    reply = { chunk, results };
  } catch (e) {
    reply = { chunk, error: `${(e as Error).message ?? String(e)}` };
  }
  parentPort!.postMessage(reply);
});
