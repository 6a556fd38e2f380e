/** The action's entry point (bundled to dist/action/index.js by `npm run build:action`). */
import { runAction } from './main.js';

runAction().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=noticelint::internal error: ${String((error as Error)?.message ?? error).replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A')}\n`);
    process.exitCode = 2;
  },
);
