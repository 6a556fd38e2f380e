import { readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ACTION_BUNDLE, bundleAction } from '../scripts/build-action.js';

describe('dist/action/index.js', () => {
  it('is the bundle of the current sources (run npm run build:action and commit dist/action/index.js)', async () => {
    const fresh = await bundleAction();
    const committed = readFileSync(ACTION_BUNDLE, 'utf8');
    // Compare sizes first: a readable failure instead of a 1.5 MB diff.
    expect(committed.length, 'stale dist/action/index.js: run npm run build:action and commit it').toBe(fresh.length);
    expect(committed === fresh, 'stale dist/action/index.js: run npm run build:action and commit it').toBe(true);
  });

  it('needs nothing from node_modules at run time', () => {
    const text = readFileSync(ACTION_BUNDLE, 'utf8');
    const specifiers = [
      ...[...text.matchAll(/^import\s[^;]*?from\s+["']([^"']+)["']/gmu)].map((m) => m[1]),
      ...[...text.matchAll(/__require\(["']([^"']+)["']\)/gu)].map((m) => m[1]),
      ...[...text.matchAll(/\bimport\(["']([^"']+)["']\)/gu)].map((m) => m[1]),
    ];
    expect(specifiers.length).toBeGreaterThan(0);
    // pdf.js builds the text `await import("${url}")` for browsers (a CDN worker): a string, not an import.
    const imports = specifiers.filter((s) => !s.includes('${'));
    expect(imports.filter((s) => !isBuiltin(s))).toEqual([]);
  });
});
