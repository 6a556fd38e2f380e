/**
 * iconv-lite, loaded on first use: with its code tables it is half of the command line's
 * bundle and ~20 ms of every start, and most files are UTF-8 without a byte-order mark.
 * (The GitHub Action's bundle, which has no node_modules beside it, replaces this module with
 * a static import: scripts/build-action.ts.)
 */
import { createRequire } from 'node:module';

type IconvLite = typeof import('iconv-lite');
let lib: IconvLite | undefined;

export function iconv(): IconvLite {
  lib ??= createRequire(import.meta.url)('iconv-lite') as IconvLite;
  return lib;
}
