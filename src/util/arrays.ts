/**
 * `target.push(...items)` passes every item as an argument on the stack: past about 120,000
 * items it throws "Maximum call stack size exceeded" (a notice of a million short lines, a
 * folder of 200,000 files). These loop instead.
 */
export function pushAll<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/** The largest number, or -Infinity for none (Math.max(...values) without the stack limit). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) if (values[i] > max) max = values[i];
  return max;
}

/** How many numbers of an ascending list are at most `x` (the index of the first one above it), by binary search. */
export function countAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
