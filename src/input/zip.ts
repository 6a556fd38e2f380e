/**
 * Just enough of the ZIP format to look inside a DOCX before handing it to the converter: the
 * central directory's entries, and an entry inflated with a bound on its output. The converter
 * (mammoth, through JSZip) inflates whole entries in memory and trusts the sizes the archive
 * declares, so a few megabytes of crafted deflate data could become gigabytes there; every part
 * it reads is inflated here first, with zlib's `maxOutputLength`, whatever the archive says.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else the converter cannot read either. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As declared by the archive: not to be trusted. */
  size: number;
  localOffset: number;
}

/** `why`: what is wrong with the archive, in English (a technical detail the file error quotes). */
export type ZipListing = { ok: true; entries: ZipEntry[] } | { ok: false; message: string; why: string };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Most entries read from one archive (a Word document has a few dozen parts). */
const MAX_ENTRIES = 10_000;

/** Whether the bytes start like a ZIP archive ("PK\x03\x04", or an empty archive's "PK\x05\x06"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** The archive's entries from its central directory; never throws. */
export function listZip(bytes: Uint8Array): ZipListing {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (why: string): ZipListing => ({ ok: false, message: `corrupt ZIP archive (${why})`, why });
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (its comment).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return bad('no end of central directory: the file is cut short or not a ZIP');
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return bad('ZIP64, which no Word document needs');
  if (count > MAX_ENTRIES) return bad(`${count} entries`);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return bad('a damaged central directory');
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > bytes.length) return bad('a damaged central directory');
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      encrypted: (flags & 1) !== 0,
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/**
 * An entry's bytes, inflated to at most `max` bytes: null when it is damaged, encrypted, of a
 * method other than stored or deflated, or larger than `max` once inflated.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, max: number): Buffer | null {
  if (entry.encrypted || (entry.method !== 0 && entry.method !== 8)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return null;
  const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, entry.compressedSize);
  if (entry.method === 0) return data.length > max ? null : data;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, max) });
  } catch {
    return null;
  }
}
