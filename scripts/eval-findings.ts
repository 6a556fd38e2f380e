/**
 * Scores rule findings against the `findings` lists of a folder's expected files
 * (fixtures/blind2/*.expected.json): for each rule id named in any list, a finding of that rule
 * is a true positive when an expected finding has the same line (or lists it in `lines`),
 * otherwise a false positive; an expected finding nobody reported is a false negative.
 *
 *   npx tsx scripts/eval-findings.ts fixtures/blind2
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFile } from '../src/api.js';

interface ExpectedFinding {
  ruleId: string;
  line: number;
  lines?: number[];
  note?: string;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = join(root, process.argv[2] ?? 'fixtures/blind2');
const today = '2026-11-21';
const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const report: string[] = [];
const expectedFiles = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort();
const ruleIds = new Set<string>();
const cases = expectedFiles.map((f) => {
  const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { findings?: ExpectedFinding[] };
  for (const e of expected.findings ?? []) ruleIds.add(e.ruleId);
  const base = f.slice(0, -'.expected.json'.length);
  const notice = readdirSync(dir).find((n) => n.startsWith(`${base}.`) && !n.endsWith('.json'))!;
  return { notice, findings: expected.findings ?? [] };
});
for (const id of ruleIds) counts.set(id, { tp: 0, fp: 0, fn: 0 });
for (const c of cases) {
  const result = lintFile(join(dir, c.notice), { today });
  const pending = [...c.findings];
  for (const m of result.messages.filter((x) => ruleIds.has(x.ruleId))) {
    const i = pending.findIndex((e) => e.ruleId === m.ruleId && (e.line === m.line || e.lines?.includes(m.line)));
    const k = counts.get(m.ruleId)!;
    if (i >= 0) {
      k.tp++;
      pending.splice(i, 1);
    } else {
      k.fp++;
      report.push(`  ${c.notice}:${m.line} unexpected ${m.ruleId}: ${m.message.slice(0, 120)}`);
    }
  }
  for (const e of pending) {
    counts.get(e.ruleId)!.fn++;
    report.push(`  ${c.notice}:${e.line} missed ${e.ruleId}${e.note ? ` (${e.note})` : ''}`);
  }
}
const pct = (a: number, b: number) => (b === 0 ? '100.0%' : `${((a / b) * 100).toFixed(1)}%`);
let tp = 0;
let fp = 0;
let fn = 0;
console.log(`${'rule'.padEnd(32)}   TP   FP   FN  precision  recall`);
for (const [id, k] of [...counts].sort()) {
  tp += k.tp;
  fp += k.fp;
  fn += k.fn;
  console.log(`${id.padEnd(32)} ${String(k.tp).padStart(4)} ${String(k.fp).padStart(4)} ${String(k.fn).padStart(4)}  ${pct(k.tp, k.tp + k.fp).padStart(9)}  ${pct(k.tp, k.tp + k.fn).padStart(6)}`);
}
console.log(`\noverall (${cases.length} notices): TP ${tp}, FP ${fp}, FN ${fn}; precision ${pct(tp, tp + fp)}, recall ${pct(tp, tp + fn)}`);
if (report.length) console.log(`\ndifferences:\n${report.join('\n')}`);
