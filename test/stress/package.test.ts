/**
 * The package as a user gets it (issue 20, item 4): `npm pack`, then `npm install` of the
 * tarball in an empty project gives a working `npx noticelint`, the library API and its types.
 * The tarball ships one way of running, the bundles (lib/bundle/*.cjs), with no code cache made
 * for one Node build and only the dependencies the bundles load from node_modules.
 *
 * In the stress tier: packing and installing take some seconds. Installing needs the three
 * dependencies from the npm cache or the registry: when neither has them, the test skips with
 * one line saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'noticelint-pack-'));
const project = join(work, 'project');
let tarball = '';
let files: string[] = [];
/** Why the tarball could not be installed (no registry, no cache), or null when it was. */
let notInstalled: string | null = null;

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

beforeAll(() => {
  const bundle = join(ROOT, 'lib', 'bundle', 'cli.cjs');
  if (!existsSync(bundle)) throw new Error('lib/bundle is missing: run npm run build');
  // The build is the one the checkout has (npm ci runs it): pack it as it is.
  const packed = JSON.parse(execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  tarball = join(work, packed[0].filename);
  files = packed[0].files.map((f: { path: string }) => f.path);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'site', version: '1.0.0', private: true, type: 'module' }));
  const install = spawnSync(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: project, encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0) {
    const why = `${install.stderr ?? ''}${install.error?.message ?? ''}`;
    if (/ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network|offline|cache mode/iu.test(why)) notInstalled = why.split('\n').find((l) => /ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|ENETUNREACH|network|offline|cache/iu.test(l))?.trim() ?? 'no registry';
    else throw new Error(`npm install of the tarball failed: ${why}`);
  }
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function skipUnlessInstalled(ctx: { skip: (note?: string) => void }) {
  if (notInstalled) {
    process.stderr.write(`skipped: the tarball's dependencies are neither in the npm cache nor reachable (${notInstalled})\n`);
    ctx.skip();
  }
}

describe('the package', () => {
  it('ships the bundles, their type declarations, schemas and docs: no code cache, no second copy of the code', () => {
    expect(files).toContain('bin/noticelint.js');
    expect(files).toEqual(expect.arrayContaining(['lib/bundle/cli.cjs', 'lib/bundle/lint-worker.cjs', 'lib/bundle/lint-worker.js', 'lib/bundle/index.cjs', 'lib/index.d.ts', 'schemas/noticelintrc.schema.json', 'docs/rules/empty-section.md']));
    expect(files.filter((f) => f.endsWith('.cache'))).toEqual([]);
    // Of tsc's JavaScript, only the loader the bundles run through.
    expect(files.filter((f) => f.startsWith('lib/') && f.endsWith('.js') && !f.startsWith('lib/bundle/'))).toEqual(['lib/cli/load-bundle.js']);
    expect(statSync(tarball).size).toBeLessThan(4_000_000);
  });

  it('installed in an empty project: npx noticelint runs, lints text, HTML, DOCX and PDF, prints rule docs', (ctx) => {
    skipUnlessInstalled(ctx);
    const npx = (args: string[]) => spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'noticelint', ...args], { cwd: project, encoding: 'utf8' });
    expect(npx(['--version']).stdout.trim()).toBe(JSON.parse(execFileSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: ROOT, encoding: 'utf8' })).version);
    const docs = ['examples/tietosuojaseloste.txt', 'examples/privacy-notice.html', 'fixtures/documents/en-notice.docx', 'fixtures/documents/en-notice.pdf'].map((f) => join(ROOT, f));
    const r = npx(['--no-config', '--today', '2026-11-21', '--format', 'json', ...docs]);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.results.map((x: { format: string; fatal?: unknown }) => `${x.format}${x.fatal ? ' fatal' : ''}`)).toEqual(['text', 'html', 'docx', 'pdf']);
    expect(report.summary.errorCount).toBeGreaterThan(0);
    expect(r.status).toBe(1);
    expect(npx(['rules', 'empty-section']).stdout.split('\n')[0]).toBe('# empty-section');
  });

  it('installed: the library API, imported as ESM and required as CommonJS, and its types', (ctx) => {
    skipUnlessInstalled(ctx);
    const example = JSON.stringify(join(ROOT, 'examples', 'tietosuojaseloste.txt'));
    writeFileSync(join(project, 'esm.mjs'), `import { lint, reporters } from 'noticelint';\nconst r = await lint([${example}], { noConfig: true, today: '2026-11-21' });\nconsole.log(r.results[0].format, r.summary.errorCount > 0, typeof reporters.sarif);\n`);
    expect(execFileSync('node', ['esm.mjs'], { cwd: project, encoding: 'utf8' })).toBe('text true function\n');
    // lintFile is synchronous: HTML and Markdown come from the parsers inside the bundle.
    const html = JSON.stringify(join(ROOT, 'examples', 'privacy-notice.html'));
    writeFileSync(join(project, 'cjs.cjs'), `const { lintFile } = require('noticelint');\nfor (const f of [${example}, ${html}]) { const r = lintFile(f, { noConfig: true, today: '2026-11-21' }); console.log(r.format, r.language, r.fatal ?? r.messages.length > 0); }\n`);
    expect(execFileSync('node', ['cjs.cjs'], { cwd: project, encoding: 'utf8' })).toBe('text fi true\nhtml en true\n');
    writeFileSync(join(project, 'typed.ts'), `import { lint, type LintReport } from 'noticelint';\nconst report: LintReport = await lint(['x.md']);\nconst n: number = report.summary.errorCount;\n// @ts-expect-error: no such option\nawait lint([], { colour: true });\nexport { n };\n`);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const typed = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), 'typed.ts'], { cwd: project, encoding: 'utf8' });
    expect(typed.stdout + typed.stderr).toBe('');
    expect(readdirSync(join(project, 'node_modules')).sort()).not.toContain('yargs');
  });
});
