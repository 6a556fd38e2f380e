/**
 * Builds the phrase modules from the lexicon: lexicon/<lang>/<topic>.yaml (the data people edit,
 * one phrase per line) becomes src/lang/<lang>/<topic>.ts (what the linter imports, typed, so
 * that start-up reads no YAML and an unknown or missing key fails the type-check). Checked in
 * with the YAML; `--check` fails when a module is stale (npm run lexicon:check runs it).
 *
 *   npm run lexicon:build            # write the modules
 *   npx tsx scripts/lexicon-build.ts --check
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runBuild, syncModule } from './generated-module.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each topic file: the type it must have and where that type is declared. */
export const TOPICS: Record<string, { type: string; from: string }> = {
  common: { type: 'CommonPhrases', from: '../types.js' },
  consent: { type: 'ConsentPhrases', from: '../topics.js' },
  dates: { type: 'DatePhrases', from: '../topics.js' },
  items: { type: 'ItemPhrases', from: '../items-types.js' },
  outdated: { type: 'OutdatedPhrases', from: '../types.js' },
  parity: { type: 'ParityPhrases', from: '../parity-types.js' },
  transfers: { type: 'TransferPhrases', from: '../topics.js' },
  vague: { type: 'VaguePhrases', from: '../topics.js' },
};
const LANGS = ['fi', 'sv', 'en'];

/** A keyed entry: a value and the phrases that say it ([3, [maaliskuu*, mars]]). */
const isKeyed = (v: unknown): boolean => Array.isArray(v) && v.length === 2 && Array.isArray(v[1]);

/**
 * A list written once and used again: YAML names it (`&abroad [ ... ]`) and refers to it
 * (`*abroad`). Where a phrase list, a cue's `none` list or one of its `all` groups holds such a
 * list among its phrases (`none: [ *abroad, meillä ]`), it stands for its phrases; a whole `all`
 * group may be one (`all: [ *mustWords, *yourData ]`). Keyed lists are left as they are.
 */
export function expandNamedLists(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) {
    if (key === 'all') return value.map((group) => (Array.isArray(group) ? spliced(group) : group));
    if (value.some(isKeyed)) return value;
    return spliced(value);
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expandNamedLists(v, k)]));
  return value;
}

/** A list's entries, each list among them replaced by its own (expanded) entries. */
function spliced(list: unknown[]): unknown[] {
  return list.flatMap((e) => (Array.isArray(e) ? (expandNamedLists(e) as unknown[]) : [expandNamedLists(e)]));
}

/** A lexicon file's data: its YAML, named lists expanded (expandNamedLists). */
export function readLexicon(yamlText: string): unknown {
  return expandNamedLists(parse(yamlText, { maxAliasCount: 1000 }));
}

/** The module for one YAML file. */
export function moduleFor(lang: string, topic: string, yamlText: string): string {
  let data: Record<string, unknown>;
  try {
    data = readLexicon(yamlText) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`lexicon/${lang}/${topic}.yaml: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`lexicon/${lang}/${topic}.yaml: not a mapping of lists`);
  const { type, from } = TOPICS[topic];
  const body = JSON.stringify({ lang, ...data }, null, 2);
  return [
    `// Generated from lexicon/${lang}/${topic}.yaml by \`npm run lexicon:build\`: edit the YAML, not this file.`,
    `import type { ${type} } from '${from}';`,
    '',
    `export const ${topic}: ${type} = ${body};`,
    '',
  ].join('\n');
}

/** Builds every module; with `check`, writes nothing and returns the stale ones. */
export function staleModules(check = true): string[] {
  const stale: string[] = [];
  for (const lang of LANGS) {
    const dir = join(root, 'lexicon', lang);
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    for (const topic of Object.keys(TOPICS)) {
      if (!files.includes(`${topic}.yaml`)) throw new Error(`lexicon/${lang}/${topic}.yaml is missing`);
    }
    for (const f of files) {
      const topic = f.slice(0, -'.yaml'.length);
      if (!TOPICS[topic]) throw new Error(`lexicon/${lang}/${f}: no such topic (${Object.keys(TOPICS).join(', ')})`);
      const out = join(root, 'src', 'lang', lang, `${topic}.ts`);
      const text = moduleFor(lang, topic, readFileSync(join(dir, f), 'utf8'));
      if (syncModule(out, text, check)) stale.push(`src/lang/${lang}/${topic}.ts`);
    }
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runBuild(staleModules, 'npm run lexicon:build', 'modules');
