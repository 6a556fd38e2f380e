import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '../src/linter.js';
import { parseNotice } from '../src/model/notice.js';
import type { Format } from '../src/model/types.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The five real notices live outside the project (their text is not ours to copy). */
export const SEEDS_DIR = join(ROOT, '..', 'shared', 'seeds');
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
