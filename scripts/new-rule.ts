/**
 * `npm run new-rule -- <rule-id>`: scaffolds a rule in today's style (templates in
 * scripts/new-rule/templates.ts): src/rules/<id>.ts, docs/rules/<id>.md and a fixture in each
 * of Finnish, Swedish and English with its inline expectation; then writes what depends on the
 * rules (the registry, the rules index, the page's generated parts, the message snapshot, the
 * built command and the Action bundle), so that `npm test` passes at once. Bad input: one line
 * and exit code 2; nothing is written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogueEntry, fixtureSources, pageSource, ruleSource } from './new-rule/templates.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Why an id cannot be a new rule's, or null when it can. */
export function badRuleId(id: string | undefined, root: string): string | null {
  if (!id) return 'usage: npm run new-rule -- <rule-id> (kebab-case, e.g. missing-contact-form)';
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u.test(id) || id.length > 60) return `"${id}" is not a rule id: lower-case words joined by hyphens, e.g. missing-contact-form`;
  const taken = [join('src', 'rules', `${id}.ts`), join('docs', 'rules', `${id}.md`), join('fixtures', 'rules', id)].find((p) => existsSync(join(root, p)));
  if (taken) return `${id} exists already (${taken})`;
  if (id.startsWith('parity-')) return `parity-* ids belong to the language-version comparison (docs/rules/parity-*.md)`;
  return null;
}

function run(command: string, args: string[]): void {
  console.log(`> ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`new-rule: "${command} ${args.join(' ')}" failed; the files are written, run it again once fixed`);
    process.exit(1);
  }
}

function main(): void {
  const id = process.argv[2];
  const bad = badRuleId(id, root);
  if (bad) {
    console.error(`new-rule: ${bad}`);
    process.exit(2);
  }
  const written: string[] = [];
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    written.push(path);
  };
  put(join('src', 'rules', `${id}.ts`), ruleSource(id));
  put(join('docs', 'rules', `${id}.md`), pageSource(id));
  for (const f of fixtureSources(id)) put(join('fixtures', 'rules', id, f.file), f.text);
  // The translations to come: the rule's entry at the end of each catalogue's rules.
  for (const lang of ['fi', 'sv'] as const) {
    const path = join('messages', `${lang}.yaml`);
    const text = readFileSync(join(root, path), 'utf8');
    const at = text.indexOf('\nitems:');
    put(path, at < 0 ? text : `${text.slice(0, at + 1)}${catalogueEntry(id, lang)}${text.slice(at + 1)}`);
  }
  console.log(`wrote ${written.join(', ')}`);
  run('npm', ['run', 'messages:build']);
  run('npx', ['tsx', 'scripts/generate.ts']);
  run('npx', ['vitest', 'run', 'test/messages-snapshot.test.ts', '--update']);
  run('npm', ['run', 'build']);
  run('npm', ['run', 'build:action']);
  const fixtures = readdirSync(join(root, 'fixtures', 'rules', id)).length;
  console.log(`\n${id}: rule, page and ${fixtures} fixtures written; npm test passes as it is. Next: write the check, the page and real fixtures (CONTRIBUTING.md, "Adding a rule").`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
