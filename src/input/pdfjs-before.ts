/** Imported by the Action's bundle just before pdf.js (scripts/build-action.ts): see pdfjs-stand-ins.ts. */
import { quietPdfjsWarnings, standInsForPdfjs } from './pdfjs-stand-ins.js';

standInsForPdfjs();
export const restoreConsole = quietPdfjsWarnings();
