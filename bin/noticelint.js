#!/usr/bin/env node
import { main } from '../lib/bundle/cli.js';

// A reader that stops early (`noticelint ... | head`) closes the pipe: stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`noticelint: internal error: ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
