import type { LintOptions } from '../api.js';
import { decodeBytes } from '../io/decode.js';
import { expandPaths, formatOf } from '../io/files.js';
import { readStdin } from '../io/read-bounded.js';
import { loadMarkupParsers } from '../model/markup.js';
import { parseNotice } from '../model/notice.js';
import { formatTree } from '../reporters/tree.js';
import { readFileSync } from 'node:fs';
import type { CliIo } from './main.js';

/** `noticelint tree FILE..`: prints each notice's section tree. */
export async function runTree(paths: string[], options: LintOptions, io: CliIo): Promise<number> {
  let code = 0;
  const files = expandPaths(paths, options.cwd);
  if (files.some((f) => (options.format ?? formatOf(f)) !== 'text')) await loadMarkupParsers();
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = file === '-' ? (options.stdin ? options.stdin() : readStdin()) : readFileSync(file);
    } catch (e) {
      io.stderr(`noticelint: ${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
      code = 2;
      continue;
    }
    const decoded = decodeBytes(bytes, options.encoding);
    if (!decoded.ok) {
      io.stderr(`noticelint: ${file}: ${decoded.message}\n`);
      code = 2;
      continue;
    }
    const notice = parseNotice(decoded.text, options.format ?? formatOf(file), { language: options.language });
    io.stdout(formatTree(notice, file) + '\n');
  }
  return code;
}

