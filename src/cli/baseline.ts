/**
 * `--baseline FILE` and `--write-baseline FILE`: findings that were already there, recorded so
 * that a run shows only new ones (as ESLint's suppressions do). A finding is recorded by file,
 * rule and a fingerprint of its text (the rule, the message without line numbers, and the text
 * it points at), with a count: never by line number, so lines added above it do not bring it back,
 * and a second identical finding is new.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isUrl } from '../input/fetch-url.js';
import { UsageError } from '../input/files.js';
import { readBounded } from '../input/read-bounded.js';
import type { FileResult, LintMessage } from '../report.js';
import { normalizeMessage, repoPath } from '../reporters/common.js';
import { countSeverities } from '../linter.js';

export const BASELINE_VERSION = 1;
/** The largest baseline read (one of thousands of notices' findings is some megabytes). */
export const MAX_BASELINE_SIZE = 64 * 1024 * 1024;

export interface BaselineFile {
  noticelintBaseline: number;
  /** File (relative to the working directory) → rule → fingerprint → how many such findings. */
  files: Record<string, Record<string, Record<string, number>>>;
}

/** The text of a finding's span (its first line), from the file's source lines; '' when unknown. */
function spanText(m: LintMessage, lines: string[] | null): string {
  if (m.location?.excerpt !== undefined) return m.location.excerpt;
  if (!lines) return '';
  const line = lines[m.line - 1] ?? '';
  return m.endLine === m.line ? line.slice(m.column - 1, m.endColumn - 1) : line.slice(m.column - 1);
}

/** The source lines of a text, Markdown or HTML file as linted (decoded as UTF-8), or null. */
function sourceLines(r: FileResult, cwd: string): string[] | null {
  if (r.filePath === '-' || isUrl(r.filePath) || r.format === 'docx' || r.format === 'pdf') return null;
  try {
    let text = readFileSync(resolve(cwd, r.filePath), 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return text.split(/\r\n|\r|\n/u);
  } catch {
    return null;
  }
}

function fingerprint(m: LintMessage, lines: string[] | null): string {
  const text = spanText(m, lines).replace(/\s+/gu, ' ').trim();
  return createHash('sha256').update(`${m.ruleId}\u0000${normalizeMessage(m.message)}\u0000${text}`).digest('hex').slice(0, 20);
}

/** Reads a baseline; a usage error (one line) when it is missing or not one. */
export function readBaseline(path: string, cwd: string): BaselineFile {
  let data: unknown;
  try {
    // A regular file, opened without waiting (never a pipe or a device), read up to the limit.
    const fd = openSync(resolve(cwd, path), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    let bytes: Uint8Array;
    try {
      if (!fstatSync(fd).isFile()) throw new UsageError(`baseline ${path} is not a regular file`);
      bytes = readBounded(fd, MAX_BASELINE_SIZE);
    } finally {
      closeSync(fd);
    }
    if (bytes.byteLength > MAX_BASELINE_SIZE) throw new UsageError(`baseline ${path} is over the ${MAX_BASELINE_SIZE}-byte limit`);
    data = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read baseline ${path} (${code ?? 'not valid JSON'})${code === 'ENOENT' ? ': write one with --write-baseline' : ''}`);
  }
  const b = data as BaselineFile;
  if (typeof b !== 'object' || b === null || b.noticelintBaseline !== BASELINE_VERSION || typeof b.files !== 'object' || b.files === null) {
    throw new UsageError(`${path} is not a noticelint baseline (version ${BASELINE_VERSION}, written by --write-baseline)`);
  }
  return b;
}

/** Hides from each result the findings a baseline records; counts what it hid. */
export class BaselineFilter {
  hidden = 0;
  constructor(
    private readonly baseline: BaselineFile,
    private readonly cwd: string,
  ) {}

  apply(r: FileResult): FileResult {
    const path = repoPath(r.filePath, this.cwd);
    const recorded = Object.prototype.hasOwnProperty.call(this.baseline.files, path) ? this.baseline.files[path] : null;
    if (!recorded || r.fatal || r.messages.length === 0) return r;
    const left = new Map<string, number>();
    for (const [rule, prints] of Object.entries(recorded)) for (const [fp, n] of Object.entries(prints)) left.set(`${rule}\u0000${fp}`, typeof n === 'number' ? n : 0);
    const lines = sourceLines(r, this.cwd);
    const messages = r.messages.filter((m) => {
      const key = `${m.ruleId}\u0000${fingerprint(m, lines)}`;
      const n = left.get(key) ?? 0;
      if (n <= 0) return true;
      left.set(key, n - 1);
      this.hidden++;
      return false;
    });
    return messages.length === r.messages.length ? r : { ...r, messages, ...countSeverities(messages) };
  }
}

/** Collects the findings of a run into a baseline. */
export class BaselineWriter {
  readonly baseline: BaselineFile = { noticelintBaseline: BASELINE_VERSION, files: {} };
  recorded = 0;
  constructor(private readonly cwd: string) {}

  add(r: FileResult): void {
    if (r.fatal || r.messages.length === 0) return;
    const lines = sourceLines(r, this.cwd);
    const file = (this.baseline.files[repoPath(r.filePath, this.cwd)] ??= {});
    for (const m of r.messages) {
      const prints = (file[m.ruleId] ??= {});
      const fp = fingerprint(m, lines);
      prints[fp] = (prints[fp] ?? 0) + 1;
      this.recorded++;
    }
  }

  text(): string {
    return JSON.stringify(this.baseline, null, 2) + '\n';
  }
}
