#!/usr/bin/env node
import { loadBundle } from '../lib/cli/load-bundle.js';

// The command, bundled and loaded with its code cache (src/cli/load-bundle.ts).
const { main } = loadBundle(new URL('../lib/bundle/cli.cjs', import.meta.url)).exports;

// A reader that stops early (`noticelint ... | head`) closes the pipe: stop quietly, no stack trace.
// Any other failure to write the report (`> /dev/full`, a full disk): one line, exit code 2.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error?.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      try {
        process.stderr.write(`noticelint: cannot write to standard output (${error?.code ?? error?.message ?? error})\n`);
      } catch {
        /* standard error fails too: the exit code says it */
      }
    }
    process.exit(2);
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
