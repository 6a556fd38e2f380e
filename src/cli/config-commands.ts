/** `--init` (a starter configuration) and `--print-config FILE` (the configuration that applies to a file). */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ignoreMatcher } from '../config/ignore-file.js';
import { CONFIG_FILE, ConfigFinder, isIgnored, loadConfigFile, parseConfig } from '../config/load.js';
import type { Config } from '../config/types.js';
import { UsageError } from '../input/files.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { ALL_RULE_METAS } from './rules.js';

export const SCHEMA_URL = 'https://raw.githubusercontent.com/noticelint/noticelint/main/schemas/noticelintrc.schema.json';

/**
 * The starter configuration. JSON has no comments, so its notes are "$comment" keys (the JSON
 * Schema word for a note), which noticelint accepts at the top and in each override and does not read.
 */
export function starterConfig(dpoAppointed: boolean): string {
  const config = {
    $schema: SCHEMA_URL,
    $comment: [
      'noticelint configuration. Keys: https://github.com/noticelint/noticelint#configuration',
      'Files cascade from the repository root down to each notice\'s folder (the nearer wins); "root": true stops the walk up.',
      'rules: a rule id (`noticelint rules` lists them; `noticelint rules ID` explains one) to "off", "info", "warn" or "error".',
      'ignore: globs, relative to this folder, of files not to lint when a folder or glob is linted.',
    ],
    root: true,
    rules: {},
    ignore: ['drafts/**'],
    settings: { dpoAppointed },
    overrides: [
      {
        $comment: 'Plain-text notices have no inline comments: switch rules for them here.',
        files: ['*.txt'],
        rules: {},
      },
    ],
  };
  return JSON.stringify(config, null, 2) + '\n';
}

/** Writes the starter `.noticelintrc.json` in `cwd`; refuses to overwrite one. */
export function writeStarterConfig(cwd: string, dpoAppointed: boolean): string {
  const path = join(cwd, CONFIG_FILE);
  if (existsSync(path)) throw new UsageError(`${CONFIG_FILE} already exists here: noticelint --init does not overwrite it`);
  const text = starterConfig(dpoAppointed);
  parseConfig(text, CONFIG_FILE);
  try {
    writeFileAtomic(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${CONFIG_FILE} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return CONFIG_FILE;
}

/**
 * The configuration that applies to a file, as JSON: every rule's severity (default or
 * configured) and options, the settings, the configuration files that apply (farthest first)
 * and whether the file is ignored when a folder or glob is linted.
 */
export function printConfig(file: string, options: { cwd: string; configFile?: string; noConfig?: boolean; ignorePatterns: string[] }): string {
  const absolute = resolve(options.cwd, file);
  const fixed = options.configFile ? loadConfigFile(resolve(options.cwd, options.configFile), options.configFile) : null;
  const loaded = options.noConfig ? null : new ConfigFinder(options.cwd, undefined, fixed).find(absolute);
  const config: Config = loaded?.config ?? {};
  const rules: Record<string, unknown> = {};
  for (const meta of [...ALL_RULE_METAS].sort((a, b) => a.id.localeCompare(b.id))) rules[meta.id] = config.rules?.[meta.id] ?? meta.severity;
  const ignored = ignoreMatcher(options.ignorePatterns, options.cwd)(absolute) || (loaded !== null && isIgnored(absolute, loaded));
  const shown = (p: string) => relative(options.cwd, p).split('\\').join('/') || p;
  return JSON.stringify({ file, configFiles: (loaded?.files ?? []).map(shown), ignored, rules, settings: config.settings ?? {} }, null, 2) + '\n';
}
