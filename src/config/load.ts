/**
 * Configuration: `.noticelintrc.json`, found by walking up from each linted file to the
 * repository root (the folder holding .git), or given with --config. JSON only: a config
 * file from a pull request must never run code.
 *
 * A configuration may come from a pull request: it is read only when it is a regular file of
 * at most MAX_CONFIG_SIZE bytes (never a device, a pipe or /dev/zero), a found one only when it
 * is in the repository (a link out of it is refused), its content is never quoted in a message,
 * and what it holds is checked to a bounded depth.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isWithin, repositoryRoot } from '../input/files.js';
import { readBounded } from '../input/read-bounded.js';
import type { SeveritySetting } from '../rules/types.js';
import type { Config, Override, RuleSetting, Settings } from './types.js';
import { configProblem } from './validate.js';

export const CONFIG_FILE = '.noticelintrc.json';

export class ConfigError extends Error {}

/** The largest configuration read (a long ignore list is some kilobytes). */
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** The deepest nesting of arrays and objects in a configuration (rule options are shallow). */
export const MAX_CONFIG_DEPTH = 16;

/** Where JSON.parse stopped, as a line and column, without quoting the text (it may be any file's). */
function jsonErrorWhere(text: string, message: string): string {
  const at = /at position (\d+)/u.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return `at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
  }
  if (/end of JSON input/u.test(message)) return 'it ends too early';
  const token = /^Unexpected token/u.test(message) ? 'an unexpected character' : 'a syntax error';
  return token;
}

/** How deep arrays and objects nest in a parsed value, counted without recursion (so without a stack limit), up to `limit` + 1. */
function depthOf(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * The configuration that applies to a file: the files of the cascade merged, farthest first,
 * each followed by its overrides that match the file. `config` has no overrides left.
 */
export interface LoadedConfig {
  config: Config;
  /** Folder of the nearest configuration file: its ignore globs and languageVersions are relative to it. */
  dir: string;
  /** The nearest configuration file. */
  path: string | null;
  /** Every configuration file that applies, farthest first (absent: only `path`). */
  files?: string[];
  /** Each file's ignore globs with the folder they are relative to (absent: `config.ignore` from `dir`). */
  ignores?: { dir: string; globs: string[] }[];
}

/** Parses and checks a config file's text; throws ConfigError with a one-line reason. */
export function parseConfig(text: string, path: string): Config {
  let data: unknown;
  // A byte-order mark (an editor's) is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (e) {
    // V8's message quotes the text: the file may be any file a link points to, so it is not shown.
    throw new ConfigError(`${path}: not valid JSON (${jsonErrorWhere(json, (e as Error).message)})`);
  }
  // Every configuration is passed to the lint processes, and JSON.stringify recurses: a deep one overflowed the stack.
  if (depthOf(data, MAX_CONFIG_DEPTH) > MAX_CONFIG_DEPTH) throw new ConfigError(`${path}: nested more than ${MAX_CONFIG_DEPTH} levels deep`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${path}: the configuration must be a JSON object`);
  // The schema (schemas/noticelintrc.schema.json) says what is allowed; nothing else is checked by hand.
  const problem = configProblem(data);
  if (problem !== null) throw new ConfigError(`${path}: ${problem}`);
  const config = data as Config & { $schema?: string; $comment?: unknown };
  delete config.$schema;
  delete config.$comment;
  config.rules = normaliseRules(config.rules);
  for (const o of config.overrides ?? []) {
    delete (o as { $comment?: unknown }).$comment;
    o.rules = normaliseRules(o.rules);
  }
  if (config.rules === undefined) delete config.rules;
  return config;
}

/** "warn" is "warning": the rest of noticelint knows one word. */
function normaliseRules(rules: Config['rules']): Config['rules'] {
  if (!rules) return rules;
  const out: NonNullable<Config['rules']> = {};
  for (const [id, setting] of Object.entries(rules)) {
    const word = (w: string) => (w === 'warn' ? 'warning' : w) as SeveritySetting;
    out[id] = Array.isArray(setting) ? ([word(setting[0]), ...setting.slice(1)] as RuleSetting) : word(setting);
  }
  return out;
}

/**
 * A configuration file's text: only a regular file (opened without waiting, so a pipe cannot
 * stall the run), at most MAX_CONFIG_SIZE bytes. Throws ConfigError, naming the file as `shown`
 * and never quoting its content.
 */
function readConfigText(abs: string, shown: string): string {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new ConfigError(`cannot read configuration file ${shown} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ConfigError(`configuration file ${shown} is not a regular file`);
    if (st.size > MAX_CONFIG_SIZE) throw new ConfigError(`configuration file ${shown} is ${st.size} bytes, over the ${MAX_CONFIG_SIZE}-byte limit`);
    // A file that grows while read, or says it is empty and is not (/proc), is still read only to the limit.
    const bytes = readBounded(fd, MAX_CONFIG_SIZE);
    if (bytes.byteLength > MAX_CONFIG_SIZE) throw new ConfigError(`configuration file ${shown} is over the ${MAX_CONFIG_SIZE}-byte limit`);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError(`cannot read configuration file ${shown} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/** Loads a config file; `shown` is how the path is named in messages. */
export function loadConfigFile(path: string, shown = path): LoadedConfig {
  const abs = resolve(path);
  return { config: parseConfig(readConfigText(abs, shown), shown), dir: dirname(abs), path: abs };
}

/**
 * Finds the configuration of a file. The files cascade: every `.noticelintrc.json` from the
 * repository root (the folder holding .git) down to the file's folder applies, the nearer one
 * winning key by key, and one with `"root": true` stops the walk up. Outside a repository the
 * walk stops at the user's home folder when the file is in it, else at the working directory
 * when the file is in it, else at the file's own folder. With a fixed file (--config), only that
 * file applies. Each file's overrides matching the file apply after it. Cached per folder and
 * per set of matching overrides.
 */
export class ConfigFinder {
  private readonly chains = new Map<string, LoadedConfig[]>();
  private readonly merged = new Map<string, LoadedConfig>();
  private readonly home: string;
  private readonly cwd: string;
  private readonly fixed: LoadedConfig | null;

  constructor(cwd = process.cwd(), home = homedir(), fixed: LoadedConfig | null = null) {
    this.cwd = resolve(cwd);
    this.home = home ? resolve(home) : '';
    this.fixed = fixed;
  }

  /** The configuration of a file on disk (or of a name given to standard input). */
  find(filePath: string): LoadedConfig | null {
    const absolute = resolve(this.cwd, filePath);
    if (this.fixed) return this.merge([this.fixed], absolute);
    const dir = dirname(absolute);
    const repo = repositoryRoot(dir);
    const top = repo ?? (this.home && this.home !== dirname(this.home) && isWithin(dir, this.home) ? this.home : this.cwd !== dirname(this.cwd) && isWithin(dir, this.cwd) ? this.cwd : dir);
    const chain = this.chain(dir, top, repo !== null);
    return chain.length ? this.merge(chain, absolute) : null;
  }

  /** The configuration of an input that is no file (standard input unnamed, a URL): the fixed file's, overrides aside. */
  withoutFile(): LoadedConfig | null {
    return this.fixed ? this.merge([this.fixed], null) : null;
  }

  /** The configuration files that apply in a folder, farthest first. */
  private chain(dir: string, top: string, inRepository: boolean): LoadedConfig[] {
    const known = this.chains.get(dir);
    if (known) return known;
    const own = this.own(dir, top, inRepository);
    let chain: LoadedConfig[];
    if (own?.config.root) chain = [own];
    else {
      const above = dir === top || dirname(dir) === dir ? [] : this.chain(dirname(dir), top, inRepository);
      chain = own ? [...above, own] : above;
    }
    this.chains.set(dir, chain);
    return chain;
  }

  /** The folder's own configuration file, if it has one. */
  private own(dir: string, top: string, inRepository: boolean): LoadedConfig | null {
    const candidate = join(dir, CONFIG_FILE);
    const shown = relative(this.cwd, candidate) || candidate;
    let entry;
    try {
      entry = lstatSync(candidate);
    } catch {
      return null;
    }
    if (entry.isSymbolicLink()) {
      // A committed link to /etc/passwd or /proc/self/environ: refused without reading it.
      let real: string | null = null;
      try {
        real = realpathSync(candidate);
      } catch {
        throw new ConfigError(`configuration file ${shown} is a link to nothing`);
      }
      let bound = top;
      try {
        bound = realpathSync(top);
      } catch {
        /* compared as it is */
      }
      if (!isWithin(real, bound)) throw new ConfigError(`configuration file ${shown} is a link to a file outside the ${inRepository ? 'repository' : 'folder linted'}, which noticelint does not read`);
    }
    return loadConfigFile(candidate, shown);
  }

  /** The chain merged for one file (null: no file, so no override applies). */
  private merge(chain: LoadedConfig[], absolute: string | null): LoadedConfig {
    const matched = chain.map((layer) => (absolute === null ? [] : (layer.config.overrides ?? []).flatMap((o, i) => (overrideApplies(o, layer.dir, absolute) ? [i] : []))));
    const key = `${chain.map((l) => l.path).join('\u0000')}|${matched.map((m) => m.join(',')).join(';')}`;
    const known = this.merged.get(key);
    if (known) return known;
    const nearest = chain[chain.length - 1];
    const rules: NonNullable<Config['rules']> = {};
    const settings: Settings = {};
    let locale: Config['locale'];
    const add = (part: { rules?: Config['rules']; settings?: Settings; locale?: Config['locale'] }, dir: string) => {
      Object.assign(rules, part.rules);
      if (part.locale) locale = part.locale;
      const { languageVersions, ...rest } = part.settings ?? {};
      Object.assign(settings, rest);
      // Paths stay right when they move to the nearest file's folder.
      if (languageVersions) settings.languageVersions = languageVersions.map((g) => g.map((f) => relative(nearest.dir, resolve(dir, f)).split('\\').join('/')));
    };
    chain.forEach((layer, k) => {
      add(layer.config, layer.dir);
      for (const i of matched[k]) add(layer.config.overrides![i], layer.dir);
    });
    const config: Config = {};
    if (Object.keys(rules).length) config.rules = rules;
    if (Object.keys(settings).length) config.settings = settings;
    if (locale) config.locale = locale;
    const ignores = chain.filter((l) => l.config.ignore?.length).map((l) => ({ dir: l.dir, globs: l.config.ignore! }));
    const result: LoadedConfig = { config, dir: nearest.dir, path: nearest.path, files: chain.map((l) => l.path!).filter(Boolean), ignores };
    this.merged.set(key, result);
    return result;
  }
}

/** Globs as overrides read them: one without "/" matches a file's name in any folder (picomatch's basename option would apply to every glob). */
function globsMatcher(globs: string[]): (path: string) => boolean {
  const byName = globs.filter((g) => !g.includes('/'));
  const byPath = globs.filter((g) => g.includes('/'));
  const name = byName.length ? picomatch(byName, { dot: true, basename: true }) : () => false;
  const path = byPath.length ? picomatch(byPath, { dot: true }) : () => false;
  return (p) => name(p) || path(p);
}

const overrideMatchers = new WeakMap<Override, { files: (path: string) => boolean; excluded: (path: string) => boolean }>();

/**
 * Whether an override applies to a file: a glob of `files` matches its path relative to the
 * configuration's folder (a glob without "/" matches the name in any folder below it) and none
 * of `excludedFiles` does.
 */
export function overrideApplies(override: Override, dir: string, absolute: string): boolean {
  const rel = relative(dir, absolute).split('\\').join('/');
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return false;
  let m = overrideMatchers.get(override);
  if (!m) {
    m = { files: globsMatcher(override.files), excluded: globsMatcher(override.excludedFiles ?? []) };
    overrideMatchers.set(override, m);
  }
  return m.files(rel) && !m.excluded(rel);
}

const configMatchers = new WeakMap<string[], (path: string) => boolean>();

/** True when the file matches one of the ignore globs of the configuration files that apply to it. */
export function isIgnored(filePath: string, loaded: LoadedConfig): boolean {
  const absolute = resolve(filePath);
  const ignores = loaded.ignores ?? (loaded.config.ignore?.length ? [{ dir: loaded.dir, globs: loaded.config.ignore }] : []);
  for (const { dir, globs } of ignores) {
    const rel = relative(dir, absolute).split('\\').join('/');
    // Compiled once per configuration file, not once per file: 10,000 globs over 450 files took minutes.
    let match = configMatchers.get(globs);
    if (!match) configMatchers.set(globs, (match = picomatch(globs, { dot: true })));
    if (match(rel)) return true;
  }
  return false;
}
