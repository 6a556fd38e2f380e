/**
 * Scoring of the completeness analysis against the corpus (used by `npm run eval` and by
 * test/items-eval.test.ts). Reads fixtures/corpus/*.expected.json and, for the five seeds,
 * fixtures/corpus/seeds.expected.json with the notices in ../shared/seeds/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeItems, ITEM_IDS, type ItemId } from '../src/items/index.js';
import { parseNotice } from '../src/parse/notice.js';
import type { Format } from '../src/model/types.js';

export const THRESHOLD = 0.95;

type Expected = 'present' | 'vague' | 'missing' | 'not-applicable' | 'any';

interface ExpectedFile {
  items: Record<string, { status: Expected; line?: number }>;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface Disagreement {
  file: string;
  item: ItemId;
  expected: Expected;
  actual: string;
  line?: number;
}

export interface Evaluation {
  files: number;
  perItem: Record<ItemId, Counts>;
  overall: Counts & { precision: number; recall: number };
  disagreements: Disagreement[];
}

const flagged = (s: string) => s === 'missing' || s === 'vague';

function formatOf(file: string): Format {
  return file.endsWith('.md') ? 'markdown' : file.endsWith('.html') || file.endsWith('.htm') ? 'html' : 'text';
}

/** Every (notice path, expectations) pair of a folder (default the corpus, which also scores the seeds). */
export function corpusCases(root: string, folder = join('fixtures', 'corpus')): { name: string; path: string; expected: ExpectedFile }[] {
  const dir = join(root, folder);
  const out: { name: string; path: string; expected: ExpectedFile }[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith('.expected.json') || f === 'seeds.expected.json') continue;
    const base = f.slice(0, -'.expected.json'.length);
    const notice = ['.txt', '.md', '.html', '.htm'].map((e) => join(dir, base + e)).find(existsSync);
    if (!notice) continue; // expectations written before the notice: skip until it arrives
    out.push({ name: notice.slice(dir.length + 1), path: notice, expected: JSON.parse(readFileSync(join(dir, f), 'utf8')) });
  }
  const seeds = join(dir, 'seeds.expected.json');
  const seedsDir = join(root, '..', 'shared', 'seeds');
  if (existsSync(seeds) && existsSync(seedsDir)) {
    const table = JSON.parse(readFileSync(seeds, 'utf8')) as Record<string, ExpectedFile>;
    for (const [name, expected] of Object.entries(table)) {
      const path = join(seedsDir, name);
      if (existsSync(path)) out.push({ name: `seeds/${name}`, path, expected });
    }
  }
  return out;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function evaluateCorpus(root: string, folder?: string): Evaluation {
  const perItem = Object.fromEntries(ITEM_IDS.map((id) => [id, zero()])) as Record<ItemId, Counts>;
  const disagreements: Disagreement[] = [];
  const cases = corpusCases(root, folder);
  for (const c of cases) {
    const items = analyzeItems(parseNotice(readFileSync(c.path, 'utf8'), formatOf(c.path)));
    for (const id of ITEM_IDS) {
      const expected = c.expected.items[id]?.status;
      if (!expected) continue;
      const actual = items[id]?.status ?? 'missing';
      if (expected === 'any') continue;
      const counts = perItem[id];
      const e = flagged(expected);
      const a = flagged(actual);
      if (e && a) counts.tp++;
      else if (!e && a) counts.fp++;
      else if (e && !a) counts.fn++;
      else counts.tn++;
      if (expected !== actual) disagreements.push({ file: c.name, item: id, expected, actual, line: items[id]?.line });
    }
  }
  const total = zero();
  for (const id of ITEM_IDS) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) total[k] += perItem[id][k];
  return { files: cases.length, perItem, overall: { ...total, precision: ratio(total.tp, total.tp + total.fp), recall: ratio(total.tp, total.tp + total.fn) }, disagreements };
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function formatEvaluation(r: Evaluation, options: { quiet?: boolean } = {}): string {
  const lines: string[] = [];
  if (!options.quiet) {
    lines.push(`${'item'.padEnd(26)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)} ${'TN'.padStart(4)}  precision  recall`);
    for (const id of ITEM_IDS) {
      const c = r.perItem[id];
      lines.push(`${id.padEnd(26)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${String(c.tn).padStart(4)}  ${pct(ratio(c.tp, c.tp + c.fp)).padStart(9)}  ${pct(ratio(c.tp, c.tp + c.fn)).padStart(6)}`);
    }
    lines.push('');
  }
  const o = r.overall;
  lines.push(`overall (${r.files} notices): TP ${o.tp}, FP ${o.fp}, FN ${o.fn}, TN ${o.tn}; precision ${pct(o.precision)}, recall ${pct(o.recall)} (threshold ${pct(THRESHOLD)})`);
  const mismatches = r.disagreements;
  if (mismatches.length) {
    lines.push('', `disagreements (${mismatches.length}; vague versus missing counts as agreement on flagging but is listed):`);
    let last = '';
    for (const d of mismatches) {
      if (d.file !== last) lines.push(`  ${d.file}`);
      last = d.file;
      lines.push(`    ${d.item}: expected ${d.expected}, got ${d.actual}${d.line ? ` (line ${d.line})` : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}
