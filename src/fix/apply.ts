/**
 * Applying fixes to a notice's source: pure string work, no I/O. Fixes are `{ range, text }`
 * as in the JSON report's internal `fix` field (source offsets, half-open).
 */

export interface TextFix {
  range: [number, number];
  text: string;
}

export interface Applied {
  output: string;
  /** The fixes applied, in source order. */
  applied: TextFix[];
  /** Fixes left out because they overlap an earlier one (a second pass may apply them). */
  skipped: TextFix[];
}

/**
 * Applies non-overlapping fixes: sorted by start, a fix that overlaps one already taken is
 * skipped; replacements are made from the end of the text backwards, so offsets stay valid.
 * A fix whose range lies outside the text, or is reversed, is skipped.
 */
export function applyFixes(source: string, fixes: readonly TextFix[]): Applied {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: TextFix[] = [];
  const skipped: TextFix[] = [];
  let lastEnd = -1;
  for (const f of sorted) {
    const [start, end] = f.range;
    const valid = start >= 0 && end >= start && end <= source.length;
    const overlaps = applied.length > 0 && (start < lastEnd || (start === lastEnd && start === end && applied[applied.length - 1].range[0] === start));
    if (!valid || overlaps) {
      skipped.push(f);
      continue;
    }
    applied.push(f);
    lastEnd = end;
  }
  let output = source;
  for (let i = applied.length - 1; i >= 0; i--) {
    const { range, text } = applied[i];
    output = output.slice(0, range[0]) + text + output.slice(range[1]);
  }
  return { output, applied, skipped };
}

/**
 * A unified diff of two versions of one file (line-based, 3 lines of context), as `diff -u`
 * and git print it. Linear: the common prefix and suffix are skipped, and the changed middle
 * is shown as one block per run of changed lines found by aligning lines from both ends.
 */
export function unifiedDiff(path: string, before: string, after: string, context = 3): string {
  if (before === after) return '';
  const a = splitLines(before);
  const b = splitLines(after);
  // Fixes replace text within the file: align the unchanged lines by walking both files.
  const ops: { kind: ' ' | '-' | '+'; text: string; ai: number; bi: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i], ai: i++, bi: j++ });
      continue;
    }
    // Find the next line where both sides agree again (bounded look-ahead).
    let resync: [number, number] | null = null;
    for (let k = 0; k < 200 && !resync; k++) {
      for (let d = 0; d <= k; d++) {
        const ai = i + d;
        const bi = j + (k - d);
        if (ai < a.length && bi < b.length && a[ai] === b[bi] && a[ai] !== '') {
          resync = [ai, bi];
          break;
        }
      }
    }
    const [ra, rb] = resync ?? [a.length, b.length];
    while (i < ra) ops.push({ kind: '-', text: a[i], ai: i++, bi: j });
    while (j < rb) ops.push({ kind: '+', text: b[j], ai: i, bi: j++ });
  }
  const name = path.replace(/^\/+/u, '');
  const out = [`--- a/${name}`, `+++ b/${name}`];
  const noNewline = (text: string) => !/[\r\n]$/u.test(text);
  let k = 0;
  while (k < ops.length) {
    if (ops[k].kind === ' ') {
      k++;
      continue;
    }
    let from = Math.max(0, k - context);
    let to = k;
    // Extend the hunk while changes are within 2 * context lines of each other.
    while (to < ops.length) {
      if (ops[to].kind !== ' ') {
        to++;
        continue;
      }
      let next = to;
      while (next < ops.length && ops[next].kind === ' ') next++;
      if (next < ops.length && next - to <= 2 * context) to = next;
      else break;
    }
    const end = Math.min(ops.length, to + context);
    const hunk = ops.slice(from, end);
    const aStart = hunk[0].ai;
    const bStart = hunk[0].bi;
    const aLen = hunk.filter((o) => o.kind !== '+').length;
    const bLen = hunk.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    for (const o of hunk) {
      out.push(o.kind + o.text);
      // The last line of a file without a final newline, as diff -u marks it.
      const lastOfA = o.kind !== '+' && o.ai === a.length - 1 && noNewline(before);
      const lastOfB = o.kind !== '-' && o.bi === b.length - 1 && noNewline(after);
      if (lastOfA || lastOfB) out.push('\\ No newline at end of file');
    }
    k = end;
    from = end;
  }
  return out.join('\n') + '\n';
}

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
