/** Finding the files to lint: paths, recursive directories, and "-" for standard input. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import type { InputFormat } from '../model/types.js';
import { isOtherUrl, isUrl } from './fetch-url.js';
import { pushAll } from '../util/arrays.js';

export const NOTICE_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

export function formatOf(filePath: string): InputFormat {
  if (isUrl(filePath)) return 'html';
  return NOTICE_EXTENSIONS[extname(filePath).toLowerCase()] ?? 'text';
}

export class UsageError extends Error {}

const SKIP_DIRS = new Set(['node_modules', '.git']);

/**
 * Expands the given paths: a file as it is (whatever its extension), a directory recursively
 * to its notice files (sorted, so the order is stable), "-" kept for standard input.
 * An http or https URL is kept as it is (it is fetched when linted).
 * A path that does not exist, or a directory without notice files, is an error (exit 2).
 */
export function expandPaths(paths: string[], cwd = process.cwd()): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (isOtherUrl(p)) throw new UsageError(`only http:// and https:// URLs are fetched, not ${p.slice(0, p.indexOf(':'))}: ${p}`);
    if (p === '-' || isUrl(p)) {
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
