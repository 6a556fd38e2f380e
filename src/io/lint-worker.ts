/** A child process of the lint pool (see pool.ts): lints the chunks of files it is sent. */
import { lintFile } from '../api.js';
import { loadMarkupParsers } from '../model/markup.js';
import type { FileResult } from '../report.js';
import { formatOf } from './files.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './pool.js';

let init: WorkerInit | undefined;

process.on('message', async (request: WorkerRequest) => {
  if ('init' in request) {
    init = request.init;
    return;
  }
  const { chunk, tasks } = request;
  let reply: WorkerReply;
  try {
    const { options, configs } = init!;
    if (tasks.some((t) => (options.format ?? formatOf(t.file)) !== 'text')) await loadMarkupParsers();
    const results: FileResult[] = tasks.map((t) => lintFile(t.file, options, t.config >= 0 ? configs[t.config] : null));
    reply = { chunk, results };
  } catch (e) {
    reply = { chunk, error: `${(e as Error).message ?? String(e)}` };
  }
  process.send!(reply);
});

// The parent closes the channel when it is done: leave then.
process.on('disconnect', () => process.exit(0));
