/** Finding the files to lint: paths, recursive directories, and "-" for standard input. */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
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

/** One file to lint, from the `arg`-th path given; `error`: why it cannot be read (a folder that cannot be listed). */
export interface Target {
  file: string;
  arg: number;
  /** The path was a folder (its files may be ignored by configuration; a file named on purpose is not). */
  fromFolder: boolean;
  error?: string;
}

/** Why a path given cannot be used, in words, by its error code. */
function whyNot(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  let link = false;
  try {
    link = lstatSync(path).isSymbolicLink();
  } catch {
    /* not there at all */
  }
  if (code === 'ENOENT' && link) return 'is a symbolic link to nothing';
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'No such file or directory';
  if (code === 'ELOOP') return 'is a loop of symbolic links';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENAMETOOLONG') return 'the name is too long';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/**
 * Expands the given paths: a file as it is (whatever its extension), a directory recursively
 * to its notice files (sorted, so the order is stable), "-" kept for standard input.
 * A path that does not exist, or a directory without notice files, is an error (exit 2). A
 * folder inside one that cannot be listed is a target with an error: the run goes on.
 */
export function expandTargets(paths: string[], cwd = process.cwd()): Target[] {
  const out: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target) => {
    if (seen.has(t.file)) return;
    seen.add(t.file);
    out.push(t);
  };
  paths.forEach((p, arg) => {
    if (p === '-') return add({ file: p, arg, fromFolder: false });
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch (error) {
      const why = whyNot(resolve(cwd, p), error);
      throw new UsageError(why === 'No such file or directory' ? `No such file or directory: ${p}` : `${p}: ${why}`);
    }
    if (st.isDirectory()) {
      const found = walk(resolve(cwd, p));
      // A folder named on purpose that holds no notice is a mistake (a wrong path in CI), not a pass.
      if (found.length === 0) throw new UsageError(`no notice files in ${p} (noticelint reads ${Object.keys(NOTICE_EXTENSIONS).join(' ')} files)`);
      for (const f of found) add({ file: displayPath(f.path, cwd), arg, fromFolder: true, ...(f.error ? { error: f.error } : {}) });
    } else add({ file: p, arg, fromFolder: false });
  });
  return out;
}

/** The files of `expandTargets`, without the folders that could not be read. */
export function expandPaths(paths: string[], cwd = process.cwd()): string[] {
  return expandTargets(paths, cwd)
    .filter((t) => !t.error)
    .map((t) => t.file);
}

/**
 * A folder's notice files, sorted, subfolders included. Symbolic links are followed (a notice
 * linked into the folder is linted); a folder reached twice (a link loop) is read once, and a
 * link to nothing is passed over. A subfolder that cannot be listed is returned with its error.
 */
function walk(dir: string, seen = new Set<string>()): { path: string; error?: string }[] {
  let real: string;
  let entries;
  try {
    real = realpathSync(dir);
    if (seen.has(real)) return [];
    seen.add(real);
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    return [{ path: dir, error: `folder ${whyNot(dir, error) === 'permission denied' ? 'cannot be listed: permission denied' : `cannot be listed (${(error as NodeJS.ErrnoException).code ?? 'error'})`}` }];
  }
  const files: { path: string; error?: string }[] = [];
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
    else if (isFile && NOTICE_EXTENSIONS[extname(e.name).toLowerCase()]) files.push({ path: full });
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
