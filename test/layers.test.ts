/**
 * One direction of knowledge (ARCHITECTURE.md, "Layers"): a module imports only from its own
 * layer or the layers below it, and no modules import each other round in a circle. Read from
 * the sources with the TypeScript parser the project already has: a dependency checker
 * (dependency-cruiser, eslint-plugin-import) would do the same with a few hundred packages more.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** From the bottom; the longest matching prefix of a path under src/ gives its layer. */
const LAYERS: [layer: string, paths: string[]][] = [
  ['model', ['util/', 'meta.ts', 'report.ts', 'model/', 'i18n/']],
  ['data', ['lang/', 'facts/']],
  ['parsing and matching', ['parse/', 'matching/']],
  ['analyses', ['analysis/', 'items/']],
  ['rules', ['rules/']],
  ['reporters', ['reporters/']],
  ['engine', ['linter.ts', 'api.ts', 'config/', 'fix/', 'input/', 'output/', 'pool/', 'parity/']],
  ['faces', ['cli/', 'action/', 'index.ts', 'pool/lint-worker.ts']],
];

const SRC = join(ROOT, 'src');

function layerOf(file: string): number {
  let best = -1;
  let length = -1;
  LAYERS.forEach(([, paths], i) => {
    for (const p of paths) if ((file === p || file.startsWith(p)) && p.length > length) [best, length] = [i, p.length];
  });
  return best;
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

/** Every relative import of every module: import and export declarations, import() calls and import('...') types. */
function imports(): Import[] {
  const out: Import[] = [];
  for (const path of sources(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
    const from = relative(SRC, path);
    const add = (specifier: ts.Node | undefined, typeOnly: boolean) => {
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) return;
      out.push({ from, to: relative(SRC, resolve(dirname(path), specifier.text)).replace(/\.js$/u, '.ts'), typeOnly });
    };
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, !!node.importClause?.isTypeOnly || (!!node.importClause && !node.importClause.name && !!node.importClause.namedBindings && ts.isNamedImports(node.importClause.namedBindings) && node.importClause.namedBindings.elements.length > 0 && node.importClause.namedBindings.elements.every((e) => e.isTypeOnly)));
      else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
      else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
      else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return out;
}

const all = imports();
const folderOf = (file: string) => file.split('/')[0];

describe('layers', () => {
  it('places every module of src/ in a layer', () => {
    expect(sources(SRC).map((p) => relative(SRC, p)).filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('has no import from a layer above (types included)', () => {
    const upward = all.filter((i) => layerOf(i.to) > layerOf(i.from)).map((i) => `${i.from} (${LAYERS[layerOf(i.from)][0]}) imports ${i.to} (${LAYERS[layerOf(i.to)][0]})`);
    expect(upward).toEqual([]);
  });

  it('has no cycle of modules (type-only imports within one folder aside: the generated phrase modules and their types)', () => {
    const next = new Map<string, string[]>();
    for (const i of all) if (!(i.typeOnly && folderOf(i.from) === folderOf(i.to))) next.set(i.from, [...(next.get(i.from) ?? []), i.to]);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (m: string) => {
      state.set(m, 'open');
      path.push(m);
      for (const n of next.get(m) ?? []) {
        if (state.get(n) === 'open') cycles.push([...path.slice(path.indexOf(n)), n].join(' -> '));
        else if (!state.has(n)) visit(n);
      }
      path.pop();
      state.set(m, 'done');
    };
    for (const m of [...next.keys()].sort()) if (!state.has(m)) visit(m);
    expect(cycles).toEqual([]);
  });

  it('keeps the kernel free of analyses: it runs rules and contributors', () => {
    expect(all.filter((i) => i.from === 'linter.ts' && LAYERS[layerOf(i.to)][0] === 'analyses').map((i) => i.to)).toEqual([]);
  });

  it('reads the imports it checks (a check of nothing would pass)', () => {
    expect(all).toContainEqual({ from: 'linter.ts', to: 'rules/index.ts', typeOnly: false });
    expect(all.filter((i) => i.typeOnly).length).toBeGreaterThan(20);
    expect(layerOf('pool/lint-worker.ts')).toBeGreaterThan(layerOf('pool/pool.ts'));
  });
});
