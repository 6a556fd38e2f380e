import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '../src/linter.js';
import { parseNotice } from '../src/parse/notice.js';
import type { Format } from '../src/model/types.js';
import { type CliIo, main } from '../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Other people's data beside the project: real notices (seeds, corpus) and third-party schemas.
 * Their text is not ours to copy, so a clone of the repository does not have them; CI puts them
 * beside the clone. Tests that read them skip without them: `describe.skipIf(NO_SHARED)`.
 */
export const SHARED_DIR = join(ROOT, '..', 'shared');
/** The five real notices (../shared/seeds). */
export const SEEDS_DIR = join(SHARED_DIR, 'seeds');
/** The SARIF 2.1.0 schema, as published by OASIS (../shared/schemas). */
export const SARIF_SCHEMA = join(SHARED_DIR, 'schemas', 'sarif-schema-2.1.0.json');
export const NO_SHARED = !existsSync(SEEDS_DIR) || !existsSync(SARIF_SCHEMA);

if (NO_SHARED) sayOnceWhySkipped();

/**
 * One line per run, not one per test file: the files run in worker threads of one process, so
 * the first to create a marker named after that process says it and the others stay quiet.
 * Markers of runs that have ended are removed then, so they do not pile up.
 */
function sayOnceWhySkipped(): void {
  const mine = `noticelint-no-shared-${process.pid}`;
  try {
    writeFileSync(join(tmpdir(), mine), '', { flag: 'wx' });
  } catch {
    return;
  }
  process.stderr.write('skipped: ../shared not present (seeds/corpus/schemas are other people\'s data, provided beside the repo in CI)\n');
  for (const name of readdirSync(tmpdir())) {
    const old = /^noticelint-no-shared-(\d+)$/u.exec(name);
    if (old && name !== mine && !running(Number(old[1]))) rmSync(join(tmpdir(), name), { force: true });
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const SEEDS = {
  s000: '000_a9ab150c2371b131.txt',
  s001: '001_06c2083ac6b32df8.txt',
  s002: '002_bb91e3c03749cdea.txt',
  s003: '003_a17ee5fff85da603.txt',
  s004: '004_dcc8a1c446bc3695.txt',
} as const;
export const TODAY = '2026-11-21';

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export function parseSeed(name: string) {
  return parseNotice(readSeed(name), 'text');
}

export function lintSeed(name: string) {
  return lintSource(readSeed(name), { filePath: name, format: 'text', today: TODAY }).result;
}

export function formatOfPath(path: string): Format {
  return path.endsWith('.md') ? 'markdown' : path.endsWith('.html') || path.endsWith('.htm') ? 'html' : 'text';
}

/** "line:ruleId" pairs of a result's messages for the given rules, in order. */
export function findings(result: { messages: { line: number; ruleId: string }[] }, ruleIds: string[]): string[] {
  return result.messages.filter((m) => ruleIds.includes(m.ruleId)).map((m) => `${m.line}:${m.ruleId}`);
}

/** The command run in this process as a user would run it: its exit code and what it printed. */
export async function runCli(args: string[], cwd = ROOT): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {}, cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
