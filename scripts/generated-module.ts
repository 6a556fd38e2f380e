/**
 * What the data builds share (scripts/lexicon-build.ts, scripts/messages-build.ts): a generated
 * module is written only when its text changed, and the command's run reports what was stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Whether the file at `path` differs from `text`; unless `check`, it is written then. */
export function syncModule(path: string, text: string, check: boolean): boolean {
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // written below
  }
  if (current === text) return false;
  if (!check) writeFileSync(path, text);
  return true;
}

/** A build's command line: `--check` writes nothing and fails when a module is stale. */
export function runBuild(stale: (check: boolean) => string[], command: string, what: string): void {
  const check = process.argv.includes('--check');
  let found: string[] = [];
  try {
    found = stale(check);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
  if (check && found.length) {
    console.log(`stale (run ${command}): ${found.join(', ')}`);
    process.exitCode = 1;
  } else if (!check) console.log(found.length ? `wrote ${found.join(', ')}` : `the ${what} are up to date`);
}
