import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('reads a Word and a PDF notice where there is no node_modules, printing nothing but its own output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'noticelint-action-bundle-'));
    mkdirSync(join(dir, 'action'));
    mkdirSync(join(dir, 'repo'));
    copyFileSync(ACTION_BUNDLE, join(dir, 'action', 'index.js'));
    const fixtures = join(ACTION_BUNDLE, '..', '..', '..', 'fixtures', 'documents');
    copyFileSync(join(fixtures, 'fi-notice.pdf'), join(dir, 'repo', 'tietosuojaseloste.pdf'));
    copyFileSync(join(fixtures, 'en-notice.docx'), join(dir, 'repo', 'privacy-notice.docx'));
    writeFileSync(join(dir, 'out'), '');
    writeFileSync(join(dir, 'summary'), '');
    const r = spawnSync(process.execPath, [join(dir, 'action', 'index.js')], {
      cwd: join(dir, 'repo'),
      encoding: 'utf8',
      env: { PATH: process.env.PATH, GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: join(dir, 'repo'), GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') },
    });
    expect(r.stderr).not.toMatch(/Warning|Error/u);
    expect(r.stdout).not.toMatch(/^Warning/mu);
    expect(r.stdout).toMatch(/^::notice file=tietosuojaseloste\.pdf,line=7,.*\(missing-dpo-contact\)/mu);
    expect(r.stdout).toMatch(/^::error file=privacy-notice\.docx,line=14,.*\(invalidated-transfer-mechanism\)/mu);
  });
});
