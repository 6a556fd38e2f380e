/**
 * Evaluates the linter's judgement.
 *
 * 1. The project's own corpus: the completeness analysis against the expected item statuses of
 *    fixtures/corpus/<name>.expected.json (and fixtures/corpus/seeds.expected.json for the five
 *    real notices in ../shared/seeds/). "Flagged" means missing or vague; an expected status "any"
 *    accepts either answer. Exits 1 below 95% precision or recall.
 * 2. The labelled real notices in ../shared/corpus/ (scripts/eval-real.ts): items and defect rules
 *    per item, rule and language, with the misses; one line when ../shared is absent. Informative:
 *    it does not set the exit code.
 *
 *   npm run eval                              # both
 *   npm run eval -- --quiet                   # overall lines and disagreements only
 *   npm run eval -- --dir fixtures/blind      # another folder of notices with expected statuses
 *   npm run eval -- --real [--set dev|holdout|all] [--verbose]   # the real notices only
 *   npm run eval -- --real --corpus DIR --set all                 # a labelled corpus of your own
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, formatEvaluation, THRESHOLD } from './eval-lib.js';
import { type CorpusSet, evaluateReal } from './eval-real.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const value = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const quiet = argv.includes('--quiet');
const realOnly = argv.includes('--real');

if (!realOnly) {
  const result = evaluateCorpus(root, value('--dir'));
  process.stdout.write(formatEvaluation(result, { quiet }));
  const ok = result.overall.precision >= THRESHOLD && result.overall.recall >= THRESHOLD;
  process.exitCode = ok ? 0 : 1;
}
if (realOnly || value('--dir') === undefined) {
  const set = (value('--set') ?? 'dev') as CorpusSet;
  if (!['dev', 'holdout', 'all'].includes(set)) throw new Error(`--set takes dev, holdout or all, not ${set}`);
  const corpus = value('--corpus');
  process.stdout.write(evaluateReal(root, { set, quiet, verbose: argv.includes('--verbose') || (realOnly && set === 'dev'), ...(corpus ? { corpus: resolve(corpus) } : {}) }));
}
