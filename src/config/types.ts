import type { SeveritySetting } from '../rules/types.js';

/** "warn" is accepted for "warning" in a file; a parsed configuration has "warning". */
export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface Settings {
  /** The organisation has appointed a data protection officer: a missing DPO contact is an error. */
  dpoAppointed?: boolean;
  /** Refuse files larger than this many bytes (default 10 MB). */
  maxFileSize?: number;
  /**
   * Language versions of one notice that `--parity` cannot tell by name: each entry lists two
   * or three files (relative to the configuration file's folder), the original first.
   */
  languageVersions?: string[][];
}

/** Rules and settings for the files matching `files` (globs relative to the configuration's folder). */
export interface Override {
  files: string[];
  excludedFiles?: string[];
  rules?: Record<string, RuleSetting>;
  settings?: Settings;
}

/** `.noticelintrc.json` (schemas/noticelintrc.schema.json). JSON only: a config never runs code. */
export interface Config {
  /** Stop the cascade: no configuration file above this one's folder is read. */
  root?: boolean;
  /** Rule id to severity, or [severity, options]. */
  rules?: Record<string, RuleSetting>;
  /**
   * The language of the findings' text besides English: `fi`, `sv`, `en` (the default: the
   * report as it always was) or `auto` (each notice's own language). `--locale` overrides it.
   */
  locale?: 'en' | 'fi' | 'sv' | 'auto';
  /** Globs (relative to the config file's folder) of files not to lint. */
  ignore?: string[];
  settings?: Settings;
  overrides?: Override[];
}
