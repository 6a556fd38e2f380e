/** Helpers shared by the CI-facing reporters (SARIF, GitHub, Code Climate, Markdown). */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, sep } from 'node:path';
import type { FileResult, LintMessage } from '../report.js';
import { reportWord } from '../i18n/localize.js';
import { escapeJsonText } from './escape.js';

/** The path as CI systems want it: relative to the working directory, forward slashes. */
export function repoPath(filePath: string, cwd: string): string {
  // A fetched page is named by its URL.
  if (/^https?:\/\//iu.test(filePath)) return filePath;
  let p = filePath;
  if (isAbsolute(p)) {
    const rel = relative(cwd, p);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) p = rel;
  }
  if (sep === '\\') p = p.split('\\').join('/');
  return p.startsWith('./') ? p.slice(2) : p;
}

/**
 * A message's text as a fingerprint reads it: white space and case evened out. Messages carry
 * no line numbers (other places are `related` locations), so a fingerprint built on it stays
 * the same when text is added above the finding. Number pairs ("1998:204", a Swedish statute)
 * are still read as "#:#", as fingerprints always read them, so that existing alerts keep theirs.
 */
export function normalizeMessage(message: string): string {
  return message
    .replace(/(?<![\p{N}:])\d+:\d+(?![\p{N}:])/gu, '#:#')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Stable fingerprints for one file's messages, in the messages' order: a hash of the rule id,
 * the path, the normalised message and the occurrence index among identical (rule, message)
 * pairs in the file. Line numbers are deliberately left out, so a finding keeps its
 * fingerprint when the notice gains or loses lines above it; the occurrence index keeps
 * identical findings apart.
 */
export function fingerprints(path: string, messages: readonly LintMessage[]): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const key = `${m.ruleId}\u0000${path}\u0000${normalizeMessage(m.message)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return createHash('sha256').update(`${key}\u0000${n}`).digest('hex');
  });
}

/** The fingerprint of a file that could not be linted. */
export function fatalFingerprint(path: string): string {
  return createHash('sha256').update(`noticelint/fatal\u0000${path}`).digest('hex');
}

/** Messages of a result, errors first (stable within a severity). */
export function bySeverity(r: FileResult): LintMessage[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...r.messages].sort((a, b) => rank[a.severity] - rank[b.severity]);
}

export const LANGUAGE_NAMES: Record<string, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English', und: 'undetermined' };

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/**
 * JSON.stringify's two-space layout of a value that sits `depth` levels deep in a larger
 * document, for reporters that write a JSON document piece by piece (the text equals
 * JSON.stringify of the whole).
 */
export function nestedJson(value: unknown, depth: number, replacer?: (key: string, value: unknown) => unknown): string {
  return escapeJsonText(JSON.stringify(value, replacer as never, 2)).replace(/\n/gu, `\n${'  '.repeat(depth)}`);
}

/**
 * A JSON array whose "[" is written at `depth`, its items then given one at a time: together
 * the text of JSON.stringify's two-space layout of the whole array there ("[]" when empty).
 */
export function jsonArrayItems(depth: number, replacer?: (key: string, value: unknown) => unknown): { item(value: unknown): string; close(): string } {
  let count = 0;
  return {
    item: (value) => `${count++ === 0 ? '' : ','}\n${'  '.repeat(depth + 1)}${nestedJson(value, depth + 1, replacer)}`,
    close: () => (count === 0 ? ']' : `\n${'  '.repeat(depth)}]`),
  };
}

/** Why a file could not be linted, in the language of its result (`--locale fi|sv`), else English. */
export function fatalText(r: FileResult): string {
  return r.fatal?.localizedMessage ?? r.fatal?.message ?? '';
}

/** "PATH could not be linted: WHY", in the language of the file's result. */
export function notLintedLine(r: FileResult, path: string): string {
  return reportWord('not-linted-line', r.locale ?? 'en', { path, reason: fatalText(r) });
}
