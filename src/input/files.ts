/** Finding the files to lint: paths, recursive directories, and "-" for standard input. */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { InputFormat } from '../model/types.js';
import { isOtherUrl, isUrl } from './fetch-url.js';
import { pushAll } from '../util/arrays.js';
import { utf8SequenceAt } from './decode.js';
import picomatch from 'picomatch';

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

/** One file to lint, from the `arg`-th path given; `error`: why it cannot be read (a folder that cannot be listed). */
export interface Target {
  file: string;
  /**
   * A file whose name is not valid UTF-8: its absolute path's bytes, one character each
   * (latin1), to open it by (`file`, the name shown, has each stray byte as \xNN).
   */
  rawPath?: string;
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
 * An http or https URL is kept as it is (it is fetched when linted); another scheme is a usage
 * error. A path that does not exist, or a directory without notice files, is an error (exit 2).
 * A folder inside one that cannot be listed is a target with an error: the run goes on.
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
    if (isOtherUrl(p)) throw new UsageError(`only http:// and https:// URLs are fetched, not ${p.slice(0, p.indexOf(':'))}: ${p}`);
    if (p === '-' || isUrl(p)) return add({ file: p, arg, fromFolder: false });
    let st;
    try {
      st = statSync(resolve(cwd, p));
    } catch (error) {
      // Not a file or folder by that name: a glob ("notices/**/*.md"), when it is one.
      if (isGlob(p)) {
        const found = expandGlob(p, cwd);
        if (found.length === 0) throw new UsageError(`no notice files match ${p} (noticelint reads ${Object.keys(NOTICE_EXTENSIONS).join(' ')} files)`);
        for (const f of found) add({ file: displayPath(f.path, cwd), arg, fromFolder: true, ...(f.error ? { error: f.error } : {}), ...(f.raw ? { rawPath: f.raw.toString('latin1') } : {}) });
        return;
      }
      const why = whyNot(resolve(cwd, p), error);
      throw new UsageError(why === 'No such file or directory' ? `No such file or directory: ${p}` : `${p}: ${why}`);
    }
    if (st.isDirectory()) {
      const found = walk(resolve(cwd, p));
      // A folder named on purpose that holds no notice is a mistake (a wrong path in CI), not a pass.
      if (found.length === 0) throw new UsageError(`no notice files in ${p} (noticelint reads ${Object.keys(NOTICE_EXTENSIONS).join(' ')} files)`);
      for (const f of found) add({ file: displayPath(f.path, cwd), arg, fromFolder: true, ...(f.error ? { error: f.error } : {}), ...(f.raw ? { rawPath: f.raw.toString('latin1') } : {}) });
    } else add({ file: p, arg, fromFolder: false });
  });
  return out;
}

/** Whether a path has glob syntax (`*`, `?`, `[...]`, `{a,b}`, `**`). */
export function isGlob(path: string): boolean {
  return picomatch.scan(path).isGlob;
}

/**
 * The notice files a glob matches, sorted: the folder before its first wildcard is walked as a
 * folder given would be (hidden files and folders, node_modules and .git left out; notice
 * extensions only), and each file's path relative to the working directory (or absolute, for
 * an absolute glob) is matched against the whole glob.
 */
function expandGlob(glob: string, cwd: string): { path: string; error?: string; raw?: Buffer }[] {
  const pattern = sep === '\\' ? glob.split('\\').join('/') : glob;
  const { base } = picomatch.scan(pattern);
  const root = resolve(cwd, base || '.');
  let st;
  try {
    st = statSync(root);
  } catch {
    return [];
  }
  if (!st.isDirectory()) return [];
  const match = picomatch(pattern.replace(/^\.\//u, ''), { dot: false });
  const absolute = isAbsolute(pattern);
  return walk(root).filter((f) => f.error || match(absolute ? f.path.split(sep).join('/') : relative(cwd, f.path).split(sep).join('/')));
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
/** A name as shown: its valid UTF-8 decoded, each byte that is not valid UTF-8 as \xNN. */
export function showName(bytes: Buffer): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const n = utf8SequenceAt(bytes, i);
    if (n === 0) {
      out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
      i++;
    } else {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    }
  }
  return out;
}

/**
 * The entries of a folder whose names are not valid UTF-8 (Node hands such a name over with
 * U+FFFD for the stray bytes, and no file has that name): their names as bytes.
 */
function rawEntries(dir: string): { name: string; raw: Buffer; isFile: boolean; isDirectory: boolean }[] {
  return readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })
    .filter((e) => !Buffer.from(e.name.toString('utf8'), 'utf8').equals(e.name))
    .map((e) => ({ name: showName(e.name), raw: e.name, isFile: e.isFile(), isDirectory: e.isDirectory() }));
}

function walk(dir: string, seen = new Set<string>()): { path: string; error?: string; raw?: Buffer }[] {
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
  const files: { path: string; error?: string; raw?: Buffer }[] = [];
  // Names that are not valid UTF-8 (from an old system or archive) are read by their bytes, in name order among the others.
  const raw = entries.some((e) => e.name.includes('\uFFFD')) ? rawEntries(dir) : [];
  const items = [...entries.filter((e) => !e.name.includes('\uFFFD')).map((e) => ({ name: e.name, entry: e, raw: null })), ...raw.map((r) => ({ name: r.name, entry: null, raw: r }))];
  if (raw.length) items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, entry: e, raw: r } of items) {
    if (name.startsWith('.') || SKIP_DIRS.has(name)) continue;
    const full = join(dir, name);
    if (r) {
      if (r.isDirectory) files.push({ path: full, error: 'folder name is not valid UTF-8: its files are not linted (rename it)' });
      else if (r.isFile && NOTICE_EXTENSIONS[extname(name).toLowerCase()]) files.push({ path: full, raw: Buffer.concat([Buffer.from(dir + sep), r.raw]) });
      continue;
    }
    let isDirectory = e!.isDirectory();
    let isFile = e!.isFile();
    if (e!.isSymbolicLink()) {
      try {
        const target = statSync(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue;
      }
    }
    if (isDirectory) pushAll(files, walk(full, seen));
    else if (isFile && NOTICE_EXTENSIONS[extname(name).toLowerCase()]) files.push({ path: full });
  }
  return files;
}

/** The path as reported: relative to the working directory, with forward slashes. */
export function displayPath(absolute: string, cwd = process.cwd()): string {
  const rel = relative(cwd, absolute);
  const shown = rel.startsWith('..') ? absolute : rel;
  // On Windows the separator becomes "/"; elsewhere "\\" is a character a name may hold (and shows a byte that is not UTF-8).
  return sep === '\\' ? shown.split('\\').join('/') : shown;
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
