/**
 * Writes the V8 code caches of the command's bundles (lib/bundle/*.cjs.cache; see
 * src/cli/load-bundle.ts): loads a bundle, lints notices with it so that the functions a run
 * calls are compiled, and saves what V8 compiled.
 * - `cli.cjs`: the example notices (plain text, Markdown, HTML), in the default and the JSON format.
 * - `--worker`, `lint-worker.cjs`: the examples and the corpus fixtures, as a pool child does.
 * Run by scripts/build-cli.ts with plain node (V8 uses a cache only under the flags it was
 * made with: none for the command, the pool's CHILD_V8_FLAGS for --worker).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../lib/cli/load-bundle.js';
import { expandPaths } from '../lib/input/files.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The notice files of a folder of the repository, as the command finds them. */
const notices = (dir) => expandPaths([dir], root).map((f) => join(root, f));

if (process.argv.includes('--worker')) {
  const bundle = loadBundle(join(root, 'lib', 'bundle', 'lint-worker.cjs'));
  const tasks = [...notices('examples'), ...notices(join('fixtures', 'corpus'))].map((file) => ({ file, config: -1 }));
  await bundle.exports.lintChunk(tasks, { options: { today: '2026-01-15' }, configs: [] });
  bundle.writeCache();
} else {
  const bundle = loadBundle(join(root, 'lib', 'bundle', 'cli.cjs'));
  const silent = { stdout: () => {}, stderr: () => {}, isTTY: false, env: {}, cwd: root };
  for (const format of ['stylish', 'json']) {
    const code = await bundle.exports.main(['--no-config', '--format', format, ...notices('examples')], silent);
    if (code !== 0 && code !== 1) throw new Error(`write-code-cache: linting the examples exited with ${code}`);
  }
  bundle.writeCache();
}
