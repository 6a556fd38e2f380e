/**
 * Mutation fuzzing, with a fixed seed so a failure in CI can be replayed: the project's own
 * example notices (never the seeds), cut, spliced, repeated and sprinkled with the characters
 * markup acts on, each read as text, Markdown and HTML. No exception, every position inside the
 * document, every report valid against the schema. MUTATION_SEED and MUTATION_RUNS change the
 * seed and the number of documents (a failure prints the seed and the run to replay).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rng } from '../scripts/corpus.js';
import { lintSource } from '../src/linter.js';
import type { Format } from '../src/model/types.js';
import { checkResult } from './report-check.js';
import { ROOT, TODAY } from './helpers.js';

const SEED = Number(process.env.MUTATION_SEED ?? 20261207);
const RUNS = Number(process.env.MUTATION_RUNS ?? 120);
const FORMATS: Format[] = ['text', 'markdown', 'html'];

const bases = readdirSync(join(ROOT, 'examples'))
  .filter((f) => /\.(txt|md|html)$/u.test(f) && f !== 'README.md')
  .map((f) => readFileSync(join(ROOT, 'examples', f), 'utf8'));

/** What markup, the sentence splitter and the position mapping act on. */
const SPRINKLE = ['*', '**', '_', '|', '<', '>', '</', '<p>', '<li>', '<table>', '#', '## ', '\n', '\r', '\r\n', '\n\n', '[', ']', '](', '`', '```', '- ', '1. ', '&amp;', '&#', '<!--', '-->', '\u00a0', '\u200b', '\uFEFF', '\uD800', '\u2028', '\t', ':', '§', '.', '…', 'EU:n ', 'Ratapihantie 9'];

function mutate(source: string, random: () => number): string {
  let text = source;
  const at = () => Math.floor(random() * (text.length + 1));
  const steps = 1 + Math.floor(random() * 8);
  for (let s = 0; s < steps; s++) {
    const kind = Math.floor(random() * 6);
    const i = at();
    const j = Math.min(text.length, i + Math.floor(random() * 400));
    if (kind === 0) text = text.slice(0, i) + SPRINKLE[Math.floor(random() * SPRINKLE.length)] + text.slice(i);
    else if (kind === 1) text = text.slice(0, i) + text.slice(j);
    else if (kind === 2) text = text.slice(0, i) + text.slice(i, j).repeat(1 + Math.floor(random() * 20)) + text.slice(i);
    else if (kind === 3) {
      const other = bases[Math.floor(random() * bases.length)];
      const k = Math.floor(random() * other.length);
      text = text.slice(0, i) + other.slice(k, k + Math.floor(random() * 2000)) + text.slice(i);
    } else if (kind === 4) text = text.slice(0, i) + SPRINKLE[Math.floor(random() * SPRINKLE.length)].repeat(1 + Math.floor(random() * 200)) + text.slice(i);
    else text = text.slice(j) + text.slice(0, i);
  }
  return text;
}

describe(`mutation fuzzing (seed ${SEED}, ${RUNS} documents)`, () => {
  it('the example notices exist', () => {
    expect(bases.length).toBeGreaterThanOrEqual(3);
  });

  it('no exception, every position inside the document, a valid report', () => {
    const random = rng(SEED);
    for (let run = 0; run < RUNS; run++) {
      const source = mutate(bases[run % bases.length], random);
      const format = FORMATS[Math.floor(random() * FORMATS.length)];
      try {
        const { result } = lintSource(source, { filePath: `fuzz.${format}`, format, today: TODAY });
        checkResult(source, result);
      } catch (error) {
        throw new Error(`MUTATION_SEED=${SEED}, run ${run} (${format}): ${(error as Error).message}`);
      }
    }
  });
});
