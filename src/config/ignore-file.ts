/**
 * `.noticelintignore` and `--ignore-pattern`: files to leave out, in gitignore syntax (through
 * the `ignore` package, the one ESLint uses), relative to the working directory. The file is
 * read as a configuration is: a regular file of at most MAX_CONFIG_SIZE bytes.
 */
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import ignore from 'ignore';
import { readBounded } from '../input/read-bounded.js';
import { ConfigError, MAX_CONFIG_SIZE } from './load.js';

export const IGNORE_FILE = '.noticelintignore';

/** The patterns of `<dir>/.noticelintignore` (comments and blank lines left to `ignore`), or [] when there is none. */
export function readIgnoreFile(dir: string): string[] {
  const path = join(dir, IGNORE_FILE);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new ConfigError(`cannot read ${IGNORE_FILE} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    if (!fstatSync(fd).isFile()) throw new ConfigError(`${IGNORE_FILE} is not a regular file`);
    const bytes = readBounded(fd, MAX_CONFIG_SIZE);
    if (bytes.byteLength > MAX_CONFIG_SIZE) throw new ConfigError(`${IGNORE_FILE} is over the ${MAX_CONFIG_SIZE}-byte limit`);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').split(/\r?\n/u);
  } finally {
    closeSync(fd);
  }
}

/** Whether an absolute path is left out by the patterns; a path outside `cwd` never is. */
export function ignoreMatcher(patterns: readonly string[], cwd: string): (absolute: string) => boolean {
  const lines = patterns.filter((p) => p.trim() !== '');
  if (lines.length === 0) return () => false;
  const ig = ignore().add(lines);
  return (absolute) => {
    const rel = relative(cwd, absolute).split('\\').join('/');
    if (rel === '' || rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
    return ig.ignores(rel);
  };
}
