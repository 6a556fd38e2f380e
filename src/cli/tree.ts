import type { LintOptions } from '../api.js';
import { expandPaths, formatOf } from '../io/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../io/limits.js';
import { readNotice } from '../io/read-notice.js';
import { loadMarkupParsers } from '../model/markup.js';
import { parseNotice } from '../model/notice.js';
import { escapeTerminalLines } from '../reporters/escape.js';
import { formatTree } from '../reporters/tree.js';
import { resolve } from 'node:path';
import type { CliIo } from './main.js';

/** `noticelint tree FILE..`: prints each notice's section tree. */
export async function runTree(paths: string[], options: LintOptions, io: CliIo): Promise<number> {
  let code = 0;
  const files = expandPaths(paths, options.cwd);
  if (files.some((f) => (options.format ?? formatOf(f)) !== 'text')) await loadMarkupParsers();
  for (const file of files) {
    const format = options.format ?? formatOf(file);
    const absolute = resolve(options.cwd ?? process.cwd(), file);
    const input = readNotice(file, { absolute, format, maxSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, encoding: options.encoding, stdin: options.stdin });
    if (!input.ok) {
      io.stderr(`noticelint: ${file}: ${input.message}\n`);
      code = 2;
      continue;
    }
    const notice = parseNotice(input.text, format, { language: options.language });
    // Headings are the notice's text: no control character of theirs reaches the terminal.
    io.stdout(escapeTerminalLines(formatTree(notice, file)) + '\n');
  }
  return code;
}

