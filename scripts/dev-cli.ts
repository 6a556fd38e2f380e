/**
 * The command run from the sources, with no build: `npx tsx scripts/dev-cli.ts [args]` is
 * `noticelint [args]` as the working tree has it (bin/noticelint.js runs the built bundle).
 */
import { main } from '../src/cli/main.js';

process.exitCode = await main();
