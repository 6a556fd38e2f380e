/**
 * Loads one of the command's CommonJS bundles (lib/bundle/*.cjs, scripts/build-cli.ts) with V8's
 * code cache. A single-file run spent about a third of its time compiling JavaScript: the
 * bundle's top level when it was loaded, then every function the first notice calls. Node 20
 * keeps no code cache for ES modules, and the one Node 22 keeps for modules holds only what
 * loading compiled. A cache made after linting the example notices holds the functions that
 * linting compiles too (`npm run build` writes it, scripts/write-code-cache.mjs).
 *
 * The cache file is the SHA-256 of the bundle's text followed by V8's data. V8 refuses data from
 * another V8 version or other V8 flags, but checks only the length of the text; the hash makes
 * an edited bundle compile afresh too. Without a usable cache the bundle compiles as any script
 * does: the cache changes how fast noticelint starts, never what it reports.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const HASH_BYTES = 32;

/** CommonJS's function wrapper, as node's loader puts it around a file. */
const wrap = (source: string) => `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;

export interface LoadedBundle<T> {
  exports: T;
  /** What became of the code cache: used, refused by V8 or by the hash, or none on disk. */
  cache: 'used' | 'refused' | 'none';
  /** Writes the code cache of everything compiled so far (for scripts/write-code-cache.mjs). */
  writeCache(): void;
}

export function cacheFileOf(bundle: string): string {
  return `${bundle}.cache`;
}

export function loadBundle<T>(bundleUrl: URL | string): LoadedBundle<T> {
  const file = bundleUrl instanceof URL || bundleUrl.startsWith('file:') ? fileURLToPath(bundleUrl) : resolve(bundleUrl);
  const source = readFileSync(file);
  const hash = createHash('sha256').update(source).digest();
  let stored: Buffer | null = null;
  try {
    stored = readFileSync(cacheFileOf(file));
  } catch {
    stored = null;
  }
  const matches = stored !== null && stored.length > HASH_BYTES && stored.subarray(0, HASH_BYTES).equals(hash);
  const script = new Script(wrap(source.toString('utf8')), {
    filename: file,
    cachedData: matches ? stored!.subarray(HASH_BYTES) : undefined,
  });
  const cache = stored === null ? 'none' : matches && !script.cachedDataRejected ? 'used' : 'refused';
  const module = { exports: {} as T };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    cache,
    writeCache: () => writeFileSync(cacheFileOf(file), Buffer.concat([hash, script.createCachedData()])),
  };
}
