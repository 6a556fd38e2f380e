/**
 * Writing a file so that it is whole or unchanged: the text goes to a temporary file beside it
 * (same folder, so the same file system), is flushed to disk, and is renamed over the target.
 * A failed write (a full disk, a file-size limit) removes the temporary file and leaves the
 * target as it was. Used by --fix for notices and by --output and the Action for reports.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

function temporaryBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export interface AtomicFile {
  write(data: string | Uint8Array): void;
  /** Flushes, closes and renames the temporary file over the target. */
  commit(): void;
  /** Closes and removes the temporary file; the target is left as it was. */
  abort(): void;
}

/**
 * A temporary file beside `target`, created exclusively (never through a link someone planted),
 * with the target's permission bits when it exists (`mode`: when it does not).
 */
export function openAtomic(target: string, mode = 0o666): AtomicFile {
  let keepMode: number | null = null;
  try {
    keepMode = statSync(target).mode & 0o7777;
  } catch {
    /* a new file */
  }
  const temp = temporaryBeside(target);
  const fd = openSync(temp, 'wx', keepMode ?? mode);
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let done = 0;
      while (done < bytes.byteLength) done += writeSync(fd, bytes, done, bytes.byteLength - done);
    },
    commit() {
      try {
        // The umask applied at creation: the target's own bits, exactly.
        if (keepMode !== null) fchmodSync(fd, keepMode);
        fsyncSync(fd);
        close();
        renameSync(temp, target);
      } catch (error) {
        this.abort();
        throw error;
      }
    },
    abort() {
      try {
        close();
      } catch {
        /* already failing */
      }
      try {
        unlinkSync(temp);
      } catch {
        /* gone already */
      }
    },
  };
}

/** Writes the whole of `data` to `target` through a temporary file; on failure the target is unchanged and the error thrown. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  let file: AtomicFile | null = null;
  try {
    file = openAtomic(target);
    file.write(data);
  } catch (error) {
    file?.abort();
    throw error;
  }
  file.commit();
}
