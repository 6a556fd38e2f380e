/**
 * Bytes to text, cheapest check first: a byte-order mark (UTF-8, UTF-16 LE/BE); then binary
 * detection (a NUL byte in the first 8,000 bytes, as git does); then strict UTF-8; then UTF-8
 * with a few stray bytes (see decodeMostlyUtf8); otherwise Windows-1252 through iconv-lite.
 * Node's own TextDecoder('windows-1252') maps 0x80-0x9F to control characters (curly quotes,
 * dashes and the euro sign would be lost), so it is not used for legacy text.
 */
import type { StrayBytes } from '../model/types.js';
import { type ReadFailure, readFailure } from './file-error.js';
import { windows1252Char } from '../parse/windows-1252.js';
import { iconv } from './iconv.js';

export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** true when the encoding was a guess (no BOM, not UTF-8) */
      legacy: boolean;
      /** UTF-8 but for these bytes, read as Windows-1252 (encoding `utf-8+windows-1252`). */
      stray?: StrayBytes;
    }
  | (ReadFailure & { reason: 'binary' | 'unknown-encoding' });

/** The encoding reported for UTF-8 with stray Windows-1252 bytes. */
export const MIXED_ENCODING = 'utf-8+windows-1252';

const BINARY_SNIFF = 8000;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function isSupportedEncoding(name: string): boolean {
  return iconv().encodingExists(name);
}

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) {
    if (!iconv().encodingExists(forced)) return { ...readFailure('unknown-encoding', { encoding: forced }), reason: 'unknown-encoding' };
    const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), forced);
    return { ok: true, text: text.replace(/^\uFEFF/u, ''), encoding: forced.toLowerCase(), legacy: false };
  }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { ok: true, text: iconv().decode(buf.subarray(3), 'utf-8'), encoding: 'utf-8', legacy: false };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { ok: true, text: iconv().decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', legacy: false };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { ok: true, text: iconv().decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', legacy: false };
  }
  const sniff = buf.subarray(0, BINARY_SNIFF);
  if (sniff.includes(0)) return { ...readFailure('binary'), reason: 'binary' };
  try {
    return { ok: true, text: utf8Strict.decode(buf), encoding: 'utf-8', legacy: false };
  } catch {
    const mixed = decodeMostlyUtf8(buf);
    if (mixed) return { ok: true, text: mixed.text, encoding: MIXED_ENCODING, legacy: true, stray: mixed.stray };
    return { ok: true, text: iconv().decode(buf, 'windows-1252'), encoding: 'windows-1252', legacy: true };
  }
}

/**
 * The length of the valid UTF-8 sequence at `i` (Unicode's well-formed byte sequences: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or 0 when the byte there starts none.
 */
export function utf8SequenceAt(buf: Uint8Array, i: number): number {
  const b = buf[i];
  if (b < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < buf.length && buf[i + k] >= lo && buf[i + k] <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const ok = b === 0xe0 ? cont(1, 0xa0) : b === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const ok = b === 0xf0 ? cont(1, 0x90) : b === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/**
 * A UTF-8 file with a few bytes that are not UTF-8: a Windows-1252 quote, dash or no-break
 * space pasted into it by an older tool, or two files joined. Read whole as Windows-1252, every
 * ä of it would become "Ã¤" and the rules would read nonsense; here each valid UTF-8 sequence
 * is read as UTF-8 and each other byte as Windows-1252. Null when the file reads rather as
 * Windows-1252: it has no more valid multi-byte sequences than stray bytes. (In Windows-1252
 * text a letter such as ä (0xE4) is followed by ASCII, which never makes valid UTF-8; the
 * accidental sequence is an accented capital followed by a symbol such as ” or ©.) Linear.
 */
export function decodeMostlyUtf8(buf: Uint8Array): { text: string; stray: StrayBytes } | null {
  let multi = 0;
  let strays = 0;
  for (let i = 0; i < buf.length; ) {
    if (buf[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8SequenceAt(buf, i);
    if (n === 0) {
      strays++;
      i++;
    } else {
      multi++;
      i += n;
    }
  }
  if (strays === 0 || multi <= strays) return null;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let first = -1;
  let run = 0;
  for (let i = 0; i < buf.length; ) {
    const n = buf[i] < 0x80 ? 1 : utf8SequenceAt(buf, i);
    if (n > 0) {
      i += n;
      continue;
    }
    text += decoder.decode(buf.subarray(run, i));
    if (first < 0) first = text.length;
    text += windows1252Char(buf[i]);
    run = ++i;
  }
  text += decoder.decode(buf.subarray(run));
  return { text, stray: { count: strays, first } };
}
