/** The action's entry point (bundled to dist/action/index.js by `npm run build:action`). */
import { escapeData } from '../reporters/escape.js';
import { runAction } from './main.js';

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=noticelint::internal error: ${escapeData(String((error as Error)?.message ?? error))}\n`);
    process.exitCode = 2;
  },
);
