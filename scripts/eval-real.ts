/**
 * Scores the linter on the labelled real notices in ../shared/corpus/ (other people's notices,
 * kept beside the repository, never inside it): the items' flags (missing or vague) against the
 * labels M/V, and each defect rule against the labels true/false, per item, per rule and per
 * language, with every miss. The scoring is that of ../shared/corpus/score.mjs.
 *
 * A third of the notices is held out: in each language, sorted by name, every third file. Tune
 * on the rest (`--set dev`, the default) and look at the held-out third only to check
 * (`--set holdout`); `--set all` scores the 49 together.
 *
 *   npm run eval -- --real                    # dev set: tables and misses
 *   npm run eval -- --real --set holdout      # the held-out third: tables only
 *   npm run eval -- --real --set all --quiet  # the overall lines only
 *   npm run eval -- --real --corpus DIR       # another labelled corpus in the same layout
 *                                             # (DIR/labels.json, DIR/notices/), e.g. one of your own
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lintFile } from '../src/api.js';
import type { FileResult } from '../src/report.js';

type Label = 'P' | 'V' | 'M' | '-' | '?';
interface NoticeLabels {
  lang: string;
  kind: string;
  items: Record<string, Label>;
  defects: Record<string, boolean | null>;
}
interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}
export type CorpusSet = 'dev' | 'holdout' | 'all';

const TODAY = '2026-12-07';

/** The held-out third: in each language, sorted by file name, the 3rd, 6th, 9th … file. */
export function heldOut(labels: Record<string, NoticeLabels>): Set<string> {
  const byLang = new Map<string, string[]>();
  for (const file of Object.keys(labels).sort()) {
    const lang = labels[file]!.lang;
    byLang.set(lang, [...(byLang.get(lang) ?? []), file]);
  }
  const out = new Set<string>();
  for (const files of byLang.values()) files.forEach((f, i) => i % 3 === 2 && out.add(f));
  return out;
}

const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, tn: 0 });
function bump(map: Map<string, Tally>, key: string, expected: boolean, got: boolean): void {
  const t = map.get(key) ?? empty();
  if (expected && got) t.tp++;
  else if (got) t.fp++;
  else if (expected) t.fn++;
  else t.tn++;
  map.set(key, t);
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
const precision = (t: Tally) => ratio(t.tp, t.tp + t.fp);
const recall = (t: Tally) => ratio(t.tp, t.tp + t.fn);
const sum = (ts: Iterable<Tally>) => {
  const s = empty();
  for (const t of ts) for (const k of ['tp', 'fp', 'fn', 'tn'] as const) s[k] += t[k];
  return s;
};

interface Scores {
  byKey: Map<string, Tally>;
  byLang: Map<string, Tally>;
  misses: string[];
}

function score(results: Map<string, FileResult>, labels: Record<string, NoticeLabels>, files: string[], mode: 'items' | 'defects'): Scores {
  const s: Scores = { byKey: new Map(), byLang: new Map(), misses: [] };
  for (const file of files) {
    const label = labels[file]!;
    const result = results.get(file)!;
    if (mode === 'items') {
      for (const [item, want] of Object.entries(label.items)) {
        if (want === '?') continue;
        const status = result.items?.[item as keyof typeof result.items]?.status;
        const expected = want === 'M' || want === 'V';
        const got = status === 'missing' || status === 'vague';
        bump(s.byKey, item, expected, got);
        bump(s.byLang, label.lang, expected, got);
        if (expected !== got) s.misses.push(`${file} (${label.lang}) ${item}: label ${want}, linter ${status ?? 'no status'}`);
      }
    } else {
      const found = new Set(result.messages.map((m) => m.ruleId));
      for (const [rule, want] of Object.entries(label.defects)) {
        if (want === null || want === undefined) continue;
        bump(s.byKey, rule, want, found.has(rule));
        bump(s.byLang, label.lang, want, found.has(rule));
        if (want !== found.has(rule)) {
          const lines = result.messages.filter((m) => m.ruleId === rule).map((m) => m.line);
          s.misses.push(`${file} (${label.lang}) ${rule}: label ${want}, linter ${found.has(rule)}${lines.length ? ` (lines ${lines.join(', ')})` : ''}`);
        }
      }
    }
  }
  return s;
}

function format(title: string, s: Scores, quiet: boolean, verbose: boolean): string {
  const out: string[] = [];
  const line = (key: string, t: Tally) =>
    `${key.padEnd(34)}${[t.tp, t.fp, t.fn, t.tn].map((n) => String(n).padStart(4)).join('')}  ${pct(precision(t))}  ${pct(recall(t))}`;
  if (!quiet) {
    out.push(`${title}`, `${'key'.padEnd(34)}  tp  fp  fn  tn   prec  recall`);
    for (const [k, t] of [...s.byKey].sort()) out.push(line(k, t));
    for (const [k, t] of [...s.byLang].sort()) out.push(line(`language ${k}`, t));
  }
  const total = sum(s.byKey.values());
  out.push(`${title}: precision ${pct(precision(total)).trim()}% recall ${pct(recall(total)).trim()}% (tp ${total.tp} fp ${total.fp} fn ${total.fn} tn ${total.tn})` +
    `  [${[...s.byLang].sort().map(([k, t]) => `${k} ${pct(precision(t)).trim()}/${pct(recall(t)).trim()}`).join(', ')}]`);
  if (verbose) for (const m of s.misses) out.push(`  miss: ${m}`);
  return `${out.join('\n')}\n`;
}

/** Runs the real-corpus evaluation; returns what to print (one line when ../shared is absent). */
export function evaluateReal(root: string, options: { set: CorpusSet; quiet: boolean; verbose: boolean; corpus?: string }): string {
  const corpus = options.corpus ?? join(root, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'labels.json'))) {
    if (options.corpus) throw new Error(`${options.corpus} has no labels.json`);
    return 'real notices: skipped, ../shared/corpus is not beside the repository\n';
  }
  const labels = JSON.parse(readFileSync(join(corpus, 'labels.json'), 'utf8')) as Record<string, NoticeLabels>;
  const held = heldOut(labels);
  const files = Object.keys(labels).sort().filter((f) => options.set === 'all' || (options.set === 'holdout') === held.has(f));
  const noticeDir = join(corpus, 'notices');
  const present = new Set(readdirSync(noticeDir));
  const results = new Map<string, FileResult>();
  for (const file of files) {
    if (!present.has(file)) throw new Error(`labels name ${file}, which is not in ${noticeDir}`);
    results.set(basename(file), lintFile(join(noticeDir, file), { today: TODAY }));
  }
  const wrongLang = files.filter((f) => results.get(f)!.language !== labels[f]!.lang).map((f) => `  language: ${f} read as ${results.get(f)!.language}, labelled ${labels[f]!.lang}`);
  const name = `real notices, ${options.set} set (${files.length} files)`;
  return [
    format(`${name}, items`, score(results, labels, files, 'items'), options.quiet, options.verbose),
    format(`${name}, defect rules`, score(results, labels, files, 'defects'), options.quiet, options.verbose),
    ...wrongLang.map((l) => `${l}\n`),
  ].join('');
}
