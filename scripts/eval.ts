/**
 * Evaluates the completeness analysis against the expected item statuses of the corpus:
 * fixtures/corpus/<name>.expected.json beside each notice, and fixtures/corpus/seeds.expected.json
 * for the five real notices in ../shared/seeds/. "Flagged" means missing or vague; an expected
 * status "any" accepts either answer. Prints confusion counts and precision/recall of flagging per
 * item and overall, and every disagreement; writes nothing; exits 1 below 95% on either overall.
 *
 *   npm run eval            # the table and the disagreements
 *   npm run eval -- --quiet # the overall line and the disagreements only
 *   npm run eval -- --dir fixtures/blind   # another folder of notices with expected statuses
 */
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatEvaluation, THRESHOLD } from './eval-lib.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dirAt = process.argv.indexOf('--dir');
const result = evaluateCorpus(root, dirAt > 0 ? process.argv[dirAt + 1] : undefined);
process.stdout.write(formatEvaluation(result, { quiet: process.argv.includes('--quiet') }));
const ok = result.overall.precision >= THRESHOLD && result.overall.recall >= THRESHOLD;
process.exitCode = ok ? 0 : 1;
