/** Finding the files to lint: paths, recursive directories, and "-" for standard input. */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Format } from '../model/types.js';
import { pushAll } from '../util/arrays.js';

export const NOTICE_EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export function formatOf(filePath: string): Format {
  return NOTICE_EXTENSIONS[extname(filePath).toLowerCase()] ?? 'text';
}

export class UsageError extends Error {}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Expands the given paths: a file as it is (whatever its extension), a directory recursively
 * to its notice files (sorted, so the order is stable), "-" kept for standard input.
 * A path that does not exist, or a directory without notice files, is an error (exit 2).
 */
export function expandPaths(paths: string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push(p);
      continue;
    }
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch {
      throw new UsageError(`No such file or directory: ${p}`);
    }
    if (st.isDirectory()) {
      const found = walk(resolve(cwd, p));
      // A folder named on purpose that holds no notice is a mistake (a wrong path in CI), not a pass.
      if (found.length === 0) throw new UsageError(`no notice files in ${p} (noticelint reads ${Object.keys(NOTICE_EXTENSIONS).join(' ')} files)`);
      pushAll(out, found.map((f) => displayPath(f, cwd)));
    } else out.push(p);
  }
  return [...new Set(out)];
}

/**
 * A folder's notice files, sorted, subfolders included. Symbolic links are followed (a notice
 * linked into the folder is linted); a folder reached twice (a link loop) is read once, and a
 * link to nothing is passed over.
 */
function walk(dir: string, seen = new Set<string>()): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const files: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const full = join(dir, e.name);
    let isDirectory = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      try {
        const target = statSync(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory) pushAll(files, walk(full, seen));
    else if (isFile && NOTICE_EXTENSIONS[extname(e.name).toLowerCase()]) files.push(full);
  }
  return files;
}

/** The path as reported: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  return (rel.startsWith('..') ? absolute : rel).split('\\').join('/');
}

/** The repository a folder is in: the nearest folder up from it holding .git, or null. */
export function repositoryRoot(dir: string): string | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return null;
  }
}

/** Whether `path` is `folder` or inside it (both absolute). */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
