/** The runner's file protocol: step outputs (GITHUB_OUTPUT) and the step summary (GITHUB_STEP_SUMMARY). */
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';

/** Appends `name=value` to $GITHUB_OUTPUT (a delimited block when the value has a line break). */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string | number, log: (s: string) => void): void {
  const file = env.GITHUB_OUTPUT;
  const v = String(value);
  if (!file) {
    // Outside a runner (or an old one): say it in the log rather than use the deprecated ::set-output.
    log(`output ${name}=${v}\n`);
    return;
  }
  if (/[\r\n]/u.test(v)) {
    const delimiter = `ghadelimiter_${randomUUID()}`;
    appendFileSync(file, `${name}<<${delimiter}\n${v}\n${delimiter}\n`);
  } else appendFileSync(file, `${name}=${v}\n`);
}

export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown.endsWith('\n') ? markdown : markdown + '\n');
  return true;
}
