/**
 * Bytes to text, cheapest check first: a byte-order mark (UTF-8, UTF-16 LE/BE); then binary
 * detection (a NUL byte in the first 8,000 bytes, as git does); then strict UTF-8; otherwise
 * Windows-1252 through iconv-lite. Node's own TextDecoder('windows-1252') maps 0x80-0x9F to
 * control characters (curly quotes, dashes and the euro sign would be lost), so it is not used
 * for legacy text.
 */
import { iconv } from './iconv.js';

export type Decoded =
  | { ok: true; text: string; encoding: string; /** true when the encoding was a guess (no BOM, not UTF-8) */ legacy: boolean }
  | { ok: false; reason: 'binary' | 'unknown-encoding'; message: string };

const BINARY_SNIFF = 8000;
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export function isSupportedEncoding(name: string): boolean {
  return iconv().encodingExists(name);
}

export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  if (forced) {
    if (!iconv().encodingExists(forced)) return { ok: false, reason: 'unknown-encoding', message: `unknown encoding "${forced}"` };
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
  if (sniff.includes(0)) return { ok: false, reason: 'binary', message: 'binary file (it contains NUL bytes), not a text notice' };
  try {
    return { ok: true, text: utf8Strict.decode(buf), encoding: 'utf-8', legacy: false };
  } catch {
    return { ok: true, text: iconv().decode(buf, 'windows-1252'), encoding: 'windows-1252', legacy: true };
  }
}
