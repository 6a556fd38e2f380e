/**
 * Standard input, pipes and devices, read synchronously and safely. `readFileSync(0)` fails
 * with EAGAIN when standard input is a pipe whose writer has not written yet
 * (`curl ... | noticelint -`), and `readFileSync` of a pipe or a device reads everything
 * however large (`/dev/zero`: forever) before the size limit can be checked.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK = 64 * 1024;
/** Sleeps on it while the pipe is empty (Atomics.wait: no busy loop). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Standard input: see readBounded. */
export function readStdin(limit: number): Uint8Array {
  return readBounded(0, limit);
}

/** A path that is not a regular file (a pipe, a device): see readBounded. */
export function readPathBounded(path: string | Buffer, limit: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    return readBounded(fd, limit);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads an open file to its end, or until more than `limit` bytes have come: then it stops
 * and returns what it read (over the limit, which the caller refuses by its length).
 */
export function readBounded(fd: number, limit: number): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const buffer = Buffer.allocUnsafe(CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(fd, buffer, 0, CHUNK, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === 'EOF') break; // Windows, at the end of a pipe
      throw error;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buffer.subarray(0, n)));
    total += n;
    if (total > limit) break;
  }
  return Buffer.concat(chunks, total);
}
