#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Compile regular expressions to native code at once instead of interpreting them first and
// compiling them again when hot: the rules' large phrase patterns are each run a few hundred
// times per notice, so the default tier-up compiled them twice. Halves the first notice's lint
// time and speeds up every later one (docs/performance.md). A V8 tuning flag; results are the same.
setFlagsFromString('--no-regexp-tier-up');

const { main } = await import('../lib/cli/main.js');

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`noticelint: internal error: ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
