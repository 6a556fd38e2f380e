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
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isWithin, repositoryRoot } from '../io/files.js';
import { readBounded } from '../io/read-bounded.js';
import { PARITY_RULE_IDS } from '../parity/meta.js';
import { rulesById } from '../rules/index.js';
import type { Config } from './types.js';

export const CONFIG_FILE = '.noticelintrc.json';
const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export class ConfigError extends Error {}

/** The largest configuration read (a long ignore list is some kilobytes). */
export const MAX_CONFIG_SIZE = 1024 * 1024;
/** The deepest nesting of arrays and objects in a configuration (rule options are shallow). */
export const MAX_CONFIG_DEPTH = 16;

/** A name or key from the configuration, as shown in a message: short, never the file's content at length. */
function shownKey(key: string): string {
  return JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
}

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

export interface LoadedConfig {
  config: Config;
  /** Folder the config's ignore globs are relative to. */
  dir: string;
  path: string | null;
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
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['rules', 'ignore', 'settings', 'locale', '$schema'].includes(key)) throw new ConfigError(`${path}: unknown key ${shownKey(key)} (expected rules, ignore, settings, locale)`);
  }
  if (config.locale !== undefined && !['en', 'fi', 'sv', 'auto'].includes(config.locale as string)) {
    throw new ConfigError(`${path}: "locale" must be "en", "fi", "sv" or "auto"`);
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) throw new ConfigError(`${path}: "rules" must be an object`);
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!rulesById.has(id) && !PARITY_RULE_IDS.has(id)) throw new ConfigError(`${path}: unknown rule ${shownKey(id)}`);
      const severity = Array.isArray(setting) ? setting[0] : setting;
      if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
        throw new ConfigError(`${path}: rule "${id}" must be "off", "info", "warning" or "error", or [severity, options]`);
      }
      if (Array.isArray(setting) && setting.length > 1 && (typeof setting[1] !== 'object' || setting[1] === null || Array.isArray(setting[1]))) {
        throw new ConfigError(`${path}: options of rule "${id}" must be an object`);
      }
    }
  }
  if (config.ignore !== undefined && (!Array.isArray(config.ignore) || !config.ignore.every((g) => typeof g === 'string'))) {
    throw new ConfigError(`${path}: "ignore" must be an array of glob strings`);
  }
  if (config.settings !== undefined) {
    const s = config.settings as Record<string, unknown>;
    if (typeof s !== 'object' || s === null || Array.isArray(s)) throw new ConfigError(`${path}: "settings" must be an object`);
    for (const key of Object.keys(s)) {
      if (!['dpoAppointed', 'maxFileSize', 'languageVersions'].includes(key)) throw new ConfigError(`${path}: unknown setting ${shownKey(key)}`);
    }
    if (s.dpoAppointed !== undefined && typeof s.dpoAppointed !== 'boolean') throw new ConfigError(`${path}: settings.dpoAppointed must be true or false`);
    if (s.maxFileSize !== undefined && (typeof s.maxFileSize !== 'number' || !(s.maxFileSize > 0))) throw new ConfigError(`${path}: settings.maxFileSize must be a positive number of bytes`);
    const versions = s.languageVersions;
    if (versions !== undefined && (!Array.isArray(versions) || !versions.every((g) => Array.isArray(g) && g.length >= 2 && g.length <= 3 && g.every((f) => typeof f === 'string')))) {
      throw new ConfigError(`${path}: settings.languageVersions must be a list of groups of two or three file paths`);
    }
  }
  return config as Config;
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
 * Finds the nearest config for a file, walking up to the repository root (the folder holding
 * .git); outside a repository, up to the user's home folder when the file is in it, else to the
 * working directory when the file is in it, else only the file's own folder. Cached per folder.
 */
export class ConfigFinder {
  private readonly cache = new Map<string, LoadedConfig | null>();
  private readonly home: string;
  private readonly cwd: string;

  constructor(cwd = process.cwd(), home = homedir()) {
    this.cwd = resolve(cwd);
    this.home = home ? resolve(home) : '';
  }

  find(filePath: string): LoadedConfig | null {
    const dir = dirname(resolve(filePath));
    const repo = repositoryRoot(dir);
    const top = repo ?? (this.home && this.home !== dirname(this.home) && isWithin(dir, this.home) ? this.home : this.cwd !== dirname(this.cwd) && isWithin(dir, this.cwd) ? this.cwd : dir);
    return this.lookup(dir, top, repo !== null);
  }

  private lookup(dir: string, top: string, inRepository: boolean): LoadedConfig | null {
    if (this.cache.has(dir)) return this.cache.get(dir)!;
    let found: LoadedConfig | null;
    const candidate = join(dir, CONFIG_FILE);
    const shown = relative(this.cwd, candidate) || candidate;
    let entry;
    try {
      entry = lstatSync(candidate);
    } catch {
      entry = null;
    }
    if (entry) {
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
      found = loadConfigFile(candidate, shown);
    } else if (dir === top || dirname(dir) === dir) found = null;
    else found = this.lookup(dirname(dir), top, inRepository);
    this.cache.set(dir, found);
    return found;
  }
}

const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

/** True when the file matches one of the config's ignore globs. */
export function isIgnored(filePath: string, loaded: LoadedConfig): boolean {
  const globs = loaded.config.ignore;
  if (!globs?.length) return false;
  const rel = relative(loaded.dir, resolve(filePath)).split('\\').join('/');
  // Compiled once per configuration, not once per file: 10,000 globs over 450 files took minutes.
  let match = matchers.get(loaded);
  if (!match) matchers.set(loaded, (match = picomatch(globs, { dot: true })));
  return match(rel);
}
