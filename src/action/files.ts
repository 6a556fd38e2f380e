/** Which notices the action lints: the workspace's files matching the globs, maybe only the changed ones. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['node_modules', '.git']);

/** Workspace-relative paths (forward slashes, sorted) matching the include globs and none of the "!" ones. */
export function matchFiles(workspace: string, globs: string[]): string[] {
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const opts = { nocase: true, dot: false };
  const isIncluded = include.length ? picomatch(include, opts) : () => false;
  const isExcluded = exclude.length ? picomatch(exclude, opts) : () => false;
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(join(dir, e.name), r);
      } else if (e.isFile() && isIncluded(r) && !isExcluded(r)) out.push(r);
    }
  };
  walk(workspace, '');
  return out;
}

export interface ChangeRange {
  base: string;
  head: string;
  /** What the range is, for the log. */
  label: string;
}

/** The commits a pull request (or a push) spans, from the event payload; null when there are none. */
export function changeRange(eventName: string | undefined, eventPath: string | undefined): ChangeRange | null {
  if (!eventPath) return null;
  let event: any;
  try {
    event = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch {
    return null;
  }
  const pr = event?.pull_request;
  if (pr?.base?.sha && pr?.head?.sha) return { base: pr.base.sha, head: pr.head.sha, label: `pull request #${pr.number ?? '?'}` };
  if ((eventName === undefined || eventName === 'push') && typeof event?.before === 'string' && typeof event?.after === 'string' && !/^0+$/u.test(event.before)) {
    return { base: event.before, head: event.after, label: 'push' };
  }
  return null;
}

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Workspace-relative paths of the files added, copied, modified or renamed between the
 * range's base and head, and of the configuration files deleted. A shallow checkout (actions/checkout's default) may lack the base:
 * it is fetched on its own; the head defaults to the checked-out commit (for a pull request,
 * the merge commit, whose diff against the base is the pull request's change).
 * Returns null, with the reason, when git cannot tell.
 */
export function changedFiles(workspace: string, range: ChangeRange): { files: string[]; deleted: string[] } | { files: null; reason: string } {
  try {
    const top = git(workspace, ['rev-parse', '--show-toplevel']).trim();
    if (!hasCommit(workspace, range.base)) {
      try {
        git(workspace, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', range.base]);
      } catch {
        /* reported below */
      }
      if (!hasCommit(workspace, range.base)) return { files: null, reason: `base commit ${range.base.slice(0, 12)} is not in the checkout (use actions/checkout with fetch-depth: 0)` };
    }
    const head = hasCommit(workspace, range.head) ? range.head : 'HEAD';
    let out: string;
    try {
      out = git(workspace, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', `${range.base}...${head}`]);
    } catch {
      // No merge base in a shallow history: compare the two trees directly.
      out = git(workspace, ['diff', '--name-only', '-z', '--diff-filter=ACMRT', range.base, head]);
    }
    const files = out
      .split('\0')
      .filter(Boolean)
      .map((p) => relative(workspace, resolve(top, p)).split('\\').join('/'))
      .filter((p) => !p.startsWith('..'));
    // A configuration file the change deletes changes how the notices under it are linted too.
    let deleted: string[] = [];
    try {
      deleted = git(workspace, ['diff', '--name-only', '-z', '--diff-filter=D', range.base, head])
        .split('\0')
        .filter((p) => /(^|\/)\.noticelint(rc\.json|ignore)$/u.test(p))
        .map((p) => relative(workspace, resolve(top, p)).split('\\').join('/'))
        .filter((p) => !p.startsWith('..'));
    } catch {
      /* none known */
    }
    return { files, deleted };
  } catch (e) {
    return { files: null, reason: `git could not list the changed files (${((e as Error).message ?? String(e)).split('\n')[0]})` };
  }
}

/**
 * The notices whose configuration the change touches, so all of each is changed: those under a
 * changed `.noticelintrc.json`'s folder, and every one when the `config` input's file or the
 * workspace's `.noticelintignore` changed.
 */
export function underChangedConfiguration(notices: readonly string[], changed: readonly string[], configInput?: string): Set<string> {
  const config = configInput ? configInput.replace(/^\.\//u, '') : null;
  if (changed.some((c) => c === config || c === '.noticelintignore')) return new Set(notices);
  const folders = changed.filter((c) => c === '.noticelintrc.json' || c.endsWith('/.noticelintrc.json')).map((c) => c.slice(0, -'.noticelintrc.json'.length));
  return new Set(notices.filter((n) => folders.some((f) => n.startsWith(f))));
}
