/**
 * pdf.js (3 MB), loaded on first use through require(esm): the command's bundle runs where
 * import() has no loader (src/cli/load-bundle.ts), and keeps pdf.js in node_modules. The
 * Action, which has no node_modules, imports it statically instead (scripts/build-action.ts).
 */
import { createRequire } from 'node:module';
import { quietPdfjsWarnings, standInsForPdfjs } from './pdfjs-stand-ins.js';

export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: PdfJs | undefined;

export function pdfjs(): PdfJs {
  if (!loaded) {
    standInsForPdfjs();
    const restore = quietPdfjsWarnings();
    try {
      const require = createRequire(import.meta.url);
      // The worker's code runs in this thread ("fake worker"): given here, pdf.js imports nothing itself.
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require('pdfjs-dist/legacy/build/pdf.worker.mjs') as unknown;
      loaded = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfJs;
    } finally {
      restore();
    }
  }
  return loaded;
}
