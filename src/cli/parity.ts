/**
 * The command line's language-version comparison: `noticelint parity A B [C]` compares the
 * files given, and `noticelint --parity PATHS` lints as usual and compares the versions it finds
 * among the linted files by their names (src/parity/discover.ts).
 */
import { resolve } from 'node:path';
import { lintEach, type LintOptions } from '../api.js';
import { ConfigFinder, loadConfigFile, type LoadedConfig } from '../config/load.js';
import { isUrl } from '../input/fetch-url.js';
import { expandPaths, UsageError } from '../input/files.js';
import { countSeverities } from '../linter.js';
import { discoverByContent, discoverVersions } from '../parity/discover.js';
import { noticeFacts } from '../parity/facts.js';
import { parityGroup, parityMessages, readVersions, runParity } from '../parity/run.js';
import type { FileResult, ParityGroup } from '../report.js';

/** `noticelint parity A B [C]`: hands over each version's result (its differences), returns the comparison. */
export async function compareEach(paths: string[], options: LintOptions, onResult: (r: FileResult) => void): Promise<ParityGroup[]> {
  const files = expandPaths(paths, options.cwd);
  if (files.includes('-')) throw new UsageError('noticelint parity compares files, not standard input');
  if (files.length < 2 || files.length > 3) throw new UsageError(`noticelint parity compares two or three language versions of one notice, not ${files.length} file${files.length === 1 ? '' : 's'}`);
  if (new Set(files).size !== files.length) throw new UsageError('noticelint parity: a file is given twice');
  const { results, group } = await runParity(files, options);
  for (const r of results) onResult(r);
  return group ? [group] : [];
}

/** Files whose names say nothing are compared by content up to this many (each is read again). */
const CONTENT_DISCOVERY_MAX = 200;

const IDENTIFYING = new Set(['business-id', 'email', 'phone']);

async function byContent(files: string[], options: LintOptions): Promise<string[][]> {
  if (files.length < 2) return [];
  const { versions } = await readVersions(files, options);
  return discoverByContent(
    versions.map((v) => ({
      file: v.filePath,
      language: v.notice.language,
      facts: [...new Set(noticeFacts(v.notice).filter((f) => IDENTIFYING.has(f.kind)).map((f) => `${f.kind}|${f.key}`))],
    })),
  );
}

/** The groups `settings.languageVersions` declares, among the linted files (paths relative to each configuration's folder). */
function configuredGroups(linted: string[], options: LintOptions): string[][] {
  if (options.noConfig && !options.config?.settings?.languageVersions) return [];
  const cwd = options.cwd ?? process.cwd();
  const byAbsolute = new Map(linted.map((f) => [resolve(cwd, f), f]));
  const fixed = options.configFile ? loadConfigFile(resolve(cwd, options.configFile), options.configFile) : null;
  // --config's file applies with its overrides, as when linting.
  const finder = new ConfigFinder(cwd, undefined, fixed);
  const seen = new Set<LoadedConfig | null>();
  const groups: string[][] = [];
  const take = (declared: string[][] | undefined, dir: string) => {
    for (const group of declared ?? []) {
      const files = group.flatMap((f) => byAbsolute.get(resolve(dir, f)) ?? []);
      if (files.length >= 2 && !files.some((f) => groups.flat().includes(f))) groups.push(files);
    }
  };
  take(options.config?.settings?.languageVersions, cwd);
  if (options.noConfig) return groups;
  for (const absolute of byAbsolute.keys()) {
    const loaded = finder.find(absolute);
    if (seen.has(loaded)) continue;
    seen.add(loaded);
    if (loaded) take(loaded.config.settings?.languageVersions, loaded.dir);
  }
  return groups;
}

/** `--parity`: lints every file, then adds the differences between the versions found among them. */
export async function lintEachWithParity(paths: string[], options: LintOptions, onResult: (r: FileResult) => void): Promise<ParityGroup[]> {
  const results: FileResult[] = [];
  await lintEach(paths, options, (r) => results.push(r));
  const linted = results.filter((r) => !r.fatal).map((r) => r.filePath);
  const groups: ParityGroup[] = [];
  const added = new Map<string, FileResult['messages']>();
  const configured = configuredGroups(linted, options);
  const taken = new Set(configured.flat());
  const byName = discoverVersions(linted.filter((f) => !taken.has(f)));
  const named = new Set([...taken, ...byName.flat()]);
  const rest = linted.filter((f) => !named.has(f));
  // Pages are not fetched again to be compared by content: a page is compared when its address names its language.
  const unnamed = rest.filter((f) => !isUrl(f));
  const groups0 = [...configured, ...byName, ...(unnamed.length <= CONTENT_DISCOVERY_MAX ? await byContent(unnamed, options) : [])];
  for (const files of groups0) {
    const { versions } = await readVersions(files, options);
    if (versions.length < 2) continue;
    const group = parityGroup(versions, options.locale);
    groups.push(group);
    for (const [file, messages] of parityMessages(group)) added.set(file, [...(added.get(file) ?? []), ...messages]);
  }
  for (const r of results) {
    const more = added.get(r.filePath);
    if (!more?.length) {
      onResult(r);
      continue;
    }
    const messages = [...r.messages, ...more].sort((a, b) => (a.location?.page ?? 0) - (b.location?.page ?? 0) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
    onResult({ ...r, messages, ...countSeverities(messages) });
  }
  return groups;
}
