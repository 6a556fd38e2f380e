/**
 * A notice's file (or standard input, "-") read and decoded within the input limits: what
 * `noticelint` lints and `noticelint tree` prints read files the same way.
 */
import { readFileSync, statSync } from 'node:fs';
import { type ReadFailure, readFailure } from './file-error.js';
import type { Format, StrayBytes } from '../model/types.js';
import { decodeBytes } from './decode.js';
import { MAX_HTML_ELEMENTS, tooManyElements } from './limits.js';
import { readPathBounded, readStdin } from './read-bounded.js';

export type NoticeInput =
  | { ok: true; bytes: Uint8Array; text: string; encoding: string; legacy: boolean; stray?: StrayBytes }
  | ReadFailure;

export interface ReadOptions {
  /** The file's path resolved against the working directory (unused for "-"); bytes for a name that is not valid UTF-8. */
  absolute: string | Buffer;
  format: Format;
  maxSize: number;
  /** Forces the encoding (e.g. "windows-1252"). */
  encoding?: string;
  /** Standard input, for the path "-" (default: the process's). */
  stdin?: () => Uint8Array;
}

/** The file's bytes (or standard input's), within the size limit. Never throws for a bad file: the problem is the message. */
export function readNoticeBytes(filePath: string, options: Pick<ReadOptions, 'absolute' | 'maxSize' | 'stdin'>): { ok: true; bytes: Uint8Array } | ReadFailure {
  const { absolute, maxSize } = options;
  let bytes: Uint8Array;
  /** A pipe or a device, read only up to just past the limit (as standard input is): its whole length is not known. */
  let bounded = false;
  try {
    if (filePath === '-') bytes = options.stdin ? options.stdin() : readStdin(maxSize);
    else {
      const st = statSync(absolute);
      if (st.isDirectory()) return readFailure('directory');
      if (st.size > maxSize) return readFailure('file-too-large', { size: st.size, max: maxSize });
      // A pipe or a device (<(curl ...), /dev/zero) has no size to check first: read it up to the limit.
      bounded = !st.isFile();
      bytes = bounded ? readPathBounded(absolute, maxSize) : readFileSync(absolute);
    }
  } catch (e) {
    return readFailure('unreadable', { code: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
  }
  if (bytes.byteLength > maxSize) {
    if (filePath === '-') return readFailure('stdin-too-large', { max: maxSize });
    return bounded ? readFailure('input-too-large', { max: maxSize }) : readFailure('file-too-large', { size: bytes.byteLength, max: maxSize });
  }
  return { ok: true, bytes };
}

/** Never throws for a bad file: the problem is the message. */
export function readNotice(filePath: string, options: ReadOptions): NoticeInput {
  const read = readNoticeBytes(filePath, options);
  if (!read.ok) return read;
  return decodeNotice(read.bytes, options.format, options.encoding);
}

/** Bytes to a notice's text, within the line and element limits (files and fetched pages alike). */
export function decodeNotice(bytes: Uint8Array, format: Format, encoding?: string): NoticeInput {
  const decoded = decodeBytes(bytes, encoding);
  if (!decoded.ok) return { ok: false, message: decoded.message, error: decoded.error };
  if (format === 'html' && tooManyElements(decoded.text)) {
    return readFailure('html-elements', { count: MAX_HTML_ELEMENTS.toLocaleString('en') });
  }
  return { ok: true, bytes, text: decoded.text, encoding: decoded.encoding, legacy: decoded.legacy, ...(decoded.stray ? { stray: decoded.stray } : {}) };
}
