/**
 * --fix and --fix-dry-run: apply the rules' mechanical fixes to a decoded file, lint the result
 * again, and either write it back in the file's own encoding or describe the change as a
 * unified diff. A file is never written when its decoding was a guess (Windows-1252), when the
 * text would not encode back to the very bytes it came from, or when it came from standard input.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';
import { isWithin, repositoryRoot } from '../input/files.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { iconv } from '../input/iconv.js';
import { type LintSourceOptions, lintSource } from '../linter.js';
import type { FileResult } from '../report.js';
import { applyFixes, type TextFix, unifiedDiff } from './apply.js';

export type FixMode = 'write' | 'dry-run';

export interface FixOptions {
  mode: FixMode;
  /** Called once per file with what happened to it. */
  onOutcome?: (outcome: FixOutcome) => void;
}

export interface FixOutcome {
  filePath: string;
  /**
   * fixed: written; would-fix: dry run with changes; unchanged: nothing to fix; refused: not
   * written (by choice); failed: the write failed, the file is as it was (an error: exit 2).
   */
  status: 'fixed' | 'would-fix' | 'unchanged' | 'refused' | 'failed';
  /** Number of fixes applied (or that would be). */
  applied: number;
  /** Why a file was refused. */
  reason?: string;
  /** The change as a unified diff (dry run, and also when written). */
  diff?: string;
}

/** At most this many lint-and-fix rounds (a fix skipped for overlapping another gets the next round). */
const MAX_PASSES = 10;

function fixesOf(result: FileResult): TextFix[] {
  return result.messages.flatMap((m) => (m.fix ? [m.fix] : []));
}

/**
 * Fixes a notice's text: lint, apply the non-overlapping fixes, repeat until nothing is left
 * to fix. Pure. Returns the fixed text, the number of fixes applied and the result of linting it.
 */
export function fixSource(source: string, options: LintSourceOptions): { output: string; applied: number; result: FileResult } {
  let text = source;
  let applied = 0;
  let { result } = lintSource(text, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixes = fixesOf(result);
    if (fixes.length === 0) break;
    const round = applyFixes(text, fixes);
    if (round.applied.length === 0 || round.output === text) break;
    text = round.output;
    applied += round.applied.length;
    ({ result } = lintSource(text, options));
  }
  return { output: text, applied, result };
}

/** The bytes a byte-order mark took at the start of the file, kept when writing back. */
function bomOf(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(0, 3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes.subarray(0, 2);
  return new Uint8Array(0);
}

function encode(text: string, encoding: string, bom: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(bom), iconv().encode(text, encoding, { addBOM: false })]);
}

export interface FixFileInput {
  /** As reported ("-" for standard input). */
  filePath: string;
  /** Where to write. */
  absolute: string;
  /** The folder linted from (the working directory): the bound for links outside a repository. */
  cwd?: string;
  bytes: Uint8Array;
  text: string;
  encoding: string;
  /** The encoding was a guess. */
  legacy: boolean;
  lint: LintSourceOptions;
}

/**
 * The file to write: the notice itself, or the file a symbolic link points to when that is in the
 * same repository (or, outside one, under the folder linted from). A link out of it (a pull
 * request's link to a file elsewhere on the runner) is refused.
 */
function writeTarget(input: FixFileInput): { path: string } | { refused: string } {
  let isLink = false;
  try {
    isLink = lstatSync(input.absolute).isSymbolicLink();
  } catch {
    return { path: input.absolute };
  }
  if (!isLink) return { path: input.absolute };
  let real: string;
  try {
    real = realpathSync(input.absolute);
  } catch (e) {
    return { refused: `it is a symbolic link that cannot be followed (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const bound = repositoryRoot(dirname(input.absolute)) ?? input.cwd ?? process.cwd();
  let realBound = bound;
  try {
    realBound = realpathSync(bound);
  } catch {
    /* compared as given */
  }
  if (!isWithin(real, realBound)) return { refused: 'it is a symbolic link to a file outside the repository (or the folder linted), which --fix does not write' };
  return { path: real };
}

/** Fixes one decoded file; returns the lint result of the fixed text (or of the original, when refused). */
export function fixFile(input: FixFileInput, options: FixOptions): FileResult {
  const report = (outcome: FixOutcome) => options.onOutcome?.(outcome);
  const refuse = (reason: string): FileResult => {
    const { result } = lintSource(input.text, input.lint);
    const fixable = fixesOf(result).length;
    report({ filePath: input.filePath, status: fixable ? 'refused' : 'unchanged', applied: 0, ...(fixable ? { reason } : {}) });
    return result;
  };
  if (input.filePath === '-' && options.mode === 'write') return refuse('standard input is never rewritten (use --fix-dry-run to see the fixes)');
  if (input.legacy) return refuse(`its encoding was guessed (${input.encoding}), so writing it back could damage it: convert it to UTF-8 or name the encoding with --encoding`);
  const bom = bomOf(input.bytes);
  if (options.mode === 'write' && !encode(input.text, input.encoding, bom).equals(Buffer.from(input.bytes))) {
    return refuse(`its text does not encode back to the same bytes in ${input.encoding}, so it is not rewritten`);
  }
  const { output, applied, result } = fixSource(input.text, input.lint);
  if (applied === 0 || output === input.text) {
    report({ filePath: input.filePath, status: 'unchanged', applied: 0 });
    return result;
  }
  const diff = unifiedDiff(input.filePath === '-' ? 'stdin' : input.filePath, input.text, output);
  if (options.mode === 'dry-run') {
    report({ filePath: input.filePath, status: 'would-fix', applied, diff });
    return result;
  }
  const target = writeTarget(input);
  if ('refused' in target) return refuse(target.refused);
  try {
    // Beside it, then renamed over it: a failed write (a full disk, a size limit) leaves the notice whole.
    writeFileAtomic(target.path, encode(output, input.encoding, bom));
  } catch (e) {
    report({ filePath: input.filePath, status: 'failed', applied: 0, reason: `cannot write the fixed text (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the file is unchanged` });
    return lintSource(input.text, input.lint).result;
  }
  report({ filePath: input.filePath, status: 'fixed', applied, diff });
  return result;
}
