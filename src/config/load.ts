/**
 * Configuration: `.noticelintrc.json`, found by walking up from each linted file to the
 * repository root (the folder holding .git), or given with --config. JSON only: a config
 * file from a pull request must never run code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { PARITY_RULE_IDS } from '../parity/meta.js';
import { rulesById } from '../rules/index.js';
import type { Config } from './types.js';

export const CONFIG_FILE = '.noticelintrc.json';
const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

export class ConfigError extends Error {}

export interface LoadedConfig {
  config: Config;
  /** Folder the config's ignore globs are relative to. */
  dir: string;
  path: string | null;
}

/** Parses and checks a config file's text; throws ConfigError with a one-line reason. */
export function parseConfig(text: string, path: string): Config {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ConfigError(`${path}: the configuration must be a JSON object`);
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!['rules', 'ignore', 'settings', '$schema'].includes(key)) throw new ConfigError(`${path}: unknown key "${key}" (expected rules, ignore, settings)`);
  }
  if (config.rules !== undefined) {
    if (typeof config.rules !== 'object' || config.rules === null || Array.isArray(config.rules)) throw new ConfigError(`${path}: "rules" must be an object`);
    for (const [id, setting] of Object.entries(config.rules)) {
      if (!rulesById.has(id) && !PARITY_RULE_IDS.has(id)) throw new ConfigError(`${path}: unknown rule "${id}"`);
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
      if (!['dpoAppointed', 'maxFileSize', 'languageVersions'].includes(key)) throw new ConfigError(`${path}: unknown setting "${key}"`);
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

/** Loads a config file; `shown` is how the path is named in messages. */
export function loadConfigFile(path: string, shown = path): LoadedConfig {
  const abs = resolve(path);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    throw new ConfigError(`cannot read configuration file ${shown}`);
  }
  return { config: parseConfig(text, shown), dir: dirname(abs), path: abs };
}

/** Finds the nearest config for a file, walking up to the repository root; cached per folder. */
export class ConfigFinder {
  private readonly cache = new Map<string, LoadedConfig | null>();

  find(filePath: string): LoadedConfig | null {
    return this.lookup(dirname(resolve(filePath)));
  }

  private lookup(dir: string): LoadedConfig | null {
    if (this.cache.has(dir)) return this.cache.get(dir)!;
    let found: LoadedConfig | null;
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) found = loadConfigFile(candidate);
    else if (existsSync(join(dir, '.git')) || dirname(dir) === dir) found = null;
    else found = this.lookup(dirname(dir));
    this.cache.set(dir, found);
    return found;
  }
}

/** True when the file matches one of the config's ignore globs. */
export function isIgnored(filePath: string, loaded: LoadedConfig): boolean {
  const globs = loaded.config.ignore;
  if (!globs?.length) return false;
  const rel = relative(loaded.dir, resolve(filePath)).split('\\').join('/');
  return picomatch(globs, { dot: true })(rel);
}
