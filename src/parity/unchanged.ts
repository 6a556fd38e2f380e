/**
 * A change to one language version of a notice and not to the others (a pull request that
 * updates the Finnish page only): the versions are found by name (discover.ts). Pure.
 */
import { discoverVersions } from './discover.js';
import { parityText } from './text.js';

export interface UnchangedVersions {
  /** The version that was changed. */
  filePath: string;
  /** Its other language versions, which were not. */
  unchanged: string[];
  message: string;
}

/** For every changed file whose other language versions (among `all`) did not change. */
export function changedAlone(all: readonly string[], changed: ReadonlySet<string>, what = 'This change'): UnchangedVersions[] {
  const out: UnchangedVersions[] = [];
  for (const group of discoverVersions(all)) {
    const touched = group.filter((f) => changed.has(f));
    const untouched = group.filter((f) => !changed.has(f));
    if (touched.length === 0 || untouched.length === 0) continue;
    for (const filePath of touched) {
      out.push({
        filePath,
        unchanged: untouched,
        message: parityText('parity-unchanged', untouched.length > 1 ? 'unchanged-many' : 'unchanged-one', { what, untouched: untouched.join(' or ') }),
      });
    }
  }
  return out;
}
