/**
 * Bundles the GitHub Action (src/action/index.ts) into dist/action/index.js with esbuild: one
 * ESM file that needs no node_modules at run time (the runner only checks the repository out).
 * The bundle is committed; `npm run build:action -- --check` (and test/action-bundle.test.ts)
 * fails when it differs from a fresh build.
 *
 *   npm run build:action                      write dist/action/index.js
 *   npm run build:action -- --check           exit 1 if the committed bundle is stale
 *   npm run build:action -- --outfile FILE    write somewhere else
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ACTION_BUNDLE = join(root, 'dist', 'action', 'index.js');

/** src/meta.ts reads ../package.json at run time, which the bundle does not have: inline the version. */
export const inlinePackageJson: Plugin = {
  name: 'inline-package-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]meta\.ts$/ }, (args) => {
      const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      const source = readFileSync(args.path, 'utf8');
      const pattern = /require\((['"])\.\.\/package\.json\1\)/u;
      if (!pattern.test(source)) throw new Error('src/meta.ts no longer reads ../package.json with require(): update scripts/build-action.ts');
      return { contents: source.replace(pattern, JSON.stringify({ version: pkg.version })), loader: 'ts' };
    });
  },
};

/** src/config/schema.ts reads schemas/noticelintrc.schema.json with require(): the bundles carry it inline. */
export const inlineConfigSchema: Plugin = {
  name: 'inline-config-schema',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]schema\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /require\((['"])\.\.\/\.\.\/schemas\/noticelintrc\.schema\.json\1\)/u;
      if (!pattern.test(source)) throw new Error('src/config/schema.ts no longer reads the schema with require(): update scripts/build-action.ts');
      const schema = readFileSync(join(root, 'schemas', 'noticelintrc.schema.json'), 'utf8');
      return { contents: source.replace(pattern, JSON.stringify(JSON.parse(schema))), loader: 'ts' };
    });
  },
};

/**
 * src/parse/markup.ts loads the Markdown/HTML parsers for a synchronous caller with
 * createRequire('./parse-markup.js'), a file a bundle does not have: a bundle requires its own
 * copy of the module instead (esbuild initialises it then), so the library's synchronous
 * `lintFile` reads Markdown and HTML from the bundle as it does from tsc's output.
 */
export const bundledMarkup: Plugin = {
  name: 'bundled-markup',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]parse[\\/]markup\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /createRequire\(import\.meta\.url\)\((['"])\.\/parse-markup\.js\1\)/u;
      if (!pattern.test(source)) throw new Error('src/parse/markup.ts no longer loads parse-markup.js with createRequire: update scripts/build-action.ts');
      return { contents: source.replace(pattern, "require('./parse-markup.js')"), loader: 'ts' };
    });
  },
};

/** src/input/iconv.ts loads iconv-lite from node_modules on first use; the Action has no node_modules: import it. */
const staticIconv: Plugin = {
  name: 'static-iconv',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]input[\\/]iconv\.ts$/ }, () => ({
      contents: "import iconvLite from 'iconv-lite';\nexport function iconv() {\n  return iconvLite;\n}\n",
      loader: 'ts',
    }));
  },
};

/** src/input/pdfjs.ts loads pdf.js from node_modules on first use; the Action has no node_modules: import it. */
const staticPdfjs: Plugin = {
  name: 'static-pdfjs',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]input[\\/]pdfjs\.ts$/ }, () => ({
      // pdfjs-before.ts (stand-ins, quiet warnings) is evaluated before pdf.js: imports run in order.
      contents: [
        "import { restoreConsole } from './pdfjs-before.js';",
        "import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';",
        "import * as lib from 'pdfjs-dist/legacy/build/pdf.mjs';",
        'restoreConsole();',
        'export function pdfjs() {',
        '  globalThis.pdfjsWorker = worker;',
        '  return lib;',
        '}',
        '',
      ].join('\n'),
      loader: 'ts',
    }));
  },
};

/** Builds the bundle and returns its text. */
export async function bundleAction(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    // Paths appear in the bundle's comments and module keys: keep them as seen from the project
    // (node_modules/...), not where a symlinked node_modules really lives, so every checkout
    // builds the same bytes.
    preserveSymlinks: true,
    entryPoints: ['src/action/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    outfile: 'dist/action/index.js',
    // CommonJS dependencies (iconv-lite, ...) require Node's built-ins: give the ESM bundle a require.
    banner: {
      js: [
        '// Generated by `npm run build:action` from src/action/: do not edit by hand.',
        "import { createRequire as __noticelintCreateRequire } from 'node:module';",
        'globalThis.require ??= __noticelintCreateRequire(import.meta.url);',
      ].join('\n'),
    },
    legalComments: 'none',
    charset: 'utf8',
    minify: false,
    sourcemap: false,
    logLevel: 'error',
    plugins: [inlinePackageJson, inlineConfigSchema, bundledMarkup, staticIconv, staticPdfjs],
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--outfile');
  const outfile = i >= 0 ? resolve(args[i + 1]) : ACTION_BUNDLE;
  const text = await bundleAction();
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outfile, 'utf8');
    } catch {
      /* missing */
    }
    if (current !== text) {
      console.error('stale: dist/action/index.js differs from a fresh build (run npm run build:action and commit it)');
      process.exitCode = 1;
    }
  } else {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dirname(outfile), { recursive: true });
    writeFileSync(outfile, text);
    console.log(`wrote ${outfile.startsWith(root) ? outfile.slice(root.length + 1) : outfile} (${Math.round(Buffer.byteLength(text) / 1024)} KiB)`);
  }
}
