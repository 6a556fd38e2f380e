/**
 * Builds the message catalogues: messages/<locale>.yaml (the translations people edit) becomes
 * src/i18n/catalogues/<locale>.ts (what the linter imports, typed, so that start-up reads no
 * YAML). Checked in with the YAML; `--check` fails when a module is stale (test/messages.test.ts
 * runs it too).
 *
 *   npm run messages:build            # write the modules
 *   npx tsx scripts/messages-build.ts --check
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runBuild, syncModule } from './generated-module.js';

const root = fileURLToPath(new URL('..', import.meta.url));
export const LOCALES = ['en', 'fi', 'sv'] as const;

/** The module for one catalogue. */
export function moduleFor(locale: string, yamlText: string): string {
  let data: Record<string, unknown>;
  try {
    data = parse(yamlText) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`messages/${locale}.yaml: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`messages/${locale}.yaml: not a mapping`);
  const body = JSON.stringify({ locale, rules: data.rules ?? {}, items: data.items ?? {}, report: data.report ?? {}, terms: data.terms ?? {}, fileErrors: data.fileErrors ?? {} }, null, 2);
  return [
    `// Generated from messages/${locale}.yaml by \`npm run messages:build\`: edit the YAML, not this file.`,
    `import type { Catalogue } from '../catalogue.js';`,
    '',
    `export const ${locale}: Catalogue = ${body};`,
    '',
  ].join('\n');
}

/** Builds every module; with `check`, writes nothing and returns the stale ones. */
export function staleCatalogues(check = true): string[] {
  const stale: string[] = [];
  for (const locale of LOCALES) {
    const out = join(root, 'src', 'i18n', 'catalogues', `${locale}.ts`);
    const text = moduleFor(locale, readFileSync(join(root, 'messages', `${locale}.yaml`), 'utf8'));
    if (syncModule(out, text, check)) stale.push(`src/i18n/catalogues/${locale}.ts`);
  }
  return stale;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) runBuild(staleCatalogues, 'npm run messages:build', 'catalogues');
