#!/usr/bin/env node
import { main } from '../lib/cli/main.js';

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`noticelint: internal error: ${error?.message ?? error}\n`);
    process.exitCode = 2;
  },
);
