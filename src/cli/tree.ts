import type { LintOptions } from '../api.js';
import { expandPaths, formatOf } from '../input/files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../input/limits.js';
import { decodeNotice, readNotice, readNoticeBytes } from '../input/read-notice.js';
import { readDocx } from '../input/docx.js';
import { readPdf } from '../input/pdf.js';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_REDIRECTS, fetchUrl, formatOfFetched, isUrl } from '../input/fetch-url.js';
import type { Format } from '../model/types.js';
import { loadMarkupParsers } from '../parse/markup.js';
import { parseNotice } from '../parse/notice.js';
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
    const input = await readForTree(file, options);
    if (!input.ok) {
      io.stderr(`noticelint: ${file}: ${input.message}\n`);
      code = 2;
      continue;
    }
    const notice = parseNotice(input.text, input.format, { language: options.language });
    // Headings are the notice's text: no control character of theirs reaches the terminal.
    io.stdout(escapeTerminalLines(formatTree(notice, file)) + '\n');
  }
  return code;
}


/** A notice's text and the reader for it: a file, a Word document (its HTML) or a fetched page. */
async function readForTree(file: string, options: LintOptions): Promise<{ ok: true; text: string; format: Format } | { ok: false; message: string }> {
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  let bytes: Uint8Array;
  let format = options.format ?? formatOf(file);
  if (isUrl(file)) {
    const fetched = await fetchUrl(file, { timeoutMs: options.fetch?.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS, maxRedirects: options.fetch?.maxRedirects ?? DEFAULT_MAX_REDIRECTS, maxSize });
    if (!fetched.ok) return fetched;
    const kind = options.format ?? formatOfFetched(fetched, fetched.bytes);
    bytes = fetched.bytes;
    format = kind;
  } else if (format === 'docx' || format === 'pdf') {
    const read = readNoticeBytes(file, { absolute: resolve(options.cwd ?? process.cwd(), file), maxSize, stdin: options.stdin });
    if (!read.ok) return read;
    bytes = read.bytes;
  } else {
    const input = readNotice(file, { absolute: resolve(options.cwd ?? process.cwd(), file), format, maxSize, encoding: options.encoding, stdin: options.stdin });
    return input.ok ? { ok: true, text: input.text, format } : input;
  }
  if (format === 'docx') {
    const doc = await readDocx(bytes);
    return doc.ok ? { ok: true, text: doc.html, format: 'html' } : doc;
  }
  if (format === 'pdf') {
    const doc = await readPdf(bytes);
    return doc.ok ? { ok: true, text: doc.text, format: 'text' } : doc;
  }
  const input = decodeNotice(bytes, format, options.encoding);
  return input.ok ? { ok: true, text: input.text, format } : input;
}
