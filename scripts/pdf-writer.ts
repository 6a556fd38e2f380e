/**
 * A small PDF writer for fixtures and tests: a notice described as blocks (docx-writer.ts's
 * DocSpec) printed on small pages in Courier (headings larger and bold), lines wrapped by the
 * page, paragraphs cut by page breaks, and a page number at the foot of each page; and the plain
 * text of the same document. Not a general PDF writer. Deterministic.
 */
import iconv from 'iconv-lite';
import { type DocSpec, plainOf } from './docx-writer.js';

/** The fixtures' small pages (so that page breaks cut paragraphs); `pdfOf` takes others (A4: 595 x 842). */
export interface PageSize {
  width: number;
  height: number;
}
const SMALL: PageSize = { width: 420, height: 400 };
const MARGIN = 50;
const BODY = 10;
const HEAD = 13;
/** Courier's glyph width, as a share of the size: every glyph has it, so lines wrap as a word processor would. */
const CHAR_W = 0.6;

interface Drawn {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

/** The plain text of the same document: a line per heading, paragraph, list item or table row. */
export function textOf(spec: DocSpec): string {
  const out: string[] = [];
  for (const b of spec.blocks) {
    if ('pageBreak' in b) continue;
    if ('h' in b) out.push(plainOf(b.text));
    else if ('title' in b) out.push(plainOf(b.title));
    else if ('p' in b) out.push(plainOf(b.p));
    else if ('bold' in b) out.push(plainOf(b.bold));
    else if ('ul' in b || 'ol' in b) out.push(('ul' in b ? b.ul : b.ol).map((i) => `- ${plainOf(i)}`).join('\n'));
    else out.push(b.table.map((row) => row.map(plainOf).join('\t')).join('\n'));
  }
  return out.join('\n\n') + '\n';
}

function wrap(text: string, width: number, size: number): string[] {
  const max = Math.floor(width / (size * CHAR_W));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The document laid out on pages. */
function layout(spec: DocSpec, { width: PAGE_W, height: PAGE_H }: PageSize): Drawn[][] {
  const pages: Drawn[][] = [[]];
  let y = PAGE_H - MARGIN;
  const line = (text: string, x: number, size: number, bold: boolean, before = 0) => {
    y -= before;
    if (y < MARGIN) {
      pages.push([]);
      y = PAGE_H - MARGIN;
    }
    const at = y;
    pages[pages.length - 1].push({ text, x, y: at, size, bold });
    y -= size * 1.3;
    return at;
  };
  const width = PAGE_W - 2 * MARGIN;
  for (const b of spec.blocks) {
    if ('pageBreak' in b) continue;
    if ('h' in b || 'title' in b) {
      const text = plainOf('h' in b ? b.text : b.title);
      wrap(text, width, HEAD).forEach((l, i) => line(l, MARGIN, HEAD, true, i === 0 ? 10 : 0));
    } else if ('p' in b || 'bold' in b) {
      const text = plainOf('p' in b ? b.p : b.bold);
      wrap(text, width, BODY).forEach((l, i) => line(l, MARGIN, BODY, 'bold' in b, i === 0 ? 6 : 0));
    } else if ('ul' in b || 'ol' in b) {
      for (const item of 'ul' in b ? b.ul : b.ol) {
        wrap(plainOf(item), width - 14, BODY).forEach((l, i) => line(i === 0 ? `\u2022 ${l}` : l, i === 0 ? MARGIN : MARGIN + 14, BODY, false, 0));
      }
    } else {
      for (const row of b.table) {
        // Two cells a line: the second at a column of its own.
        const at = line(plainOf(row[0]), MARGIN, BODY, false, 2);
        if (row[1] !== undefined) pages[pages.length - 1].push({ text: plainOf(row[1]), x: MARGIN + 130, y: at, size: BODY, bold: false });
      }
    }
  }
  return pages;
}

const esc = (bytes: Buffer) => {
  let out = '';
  for (const b of bytes) out += b === 0x28 || b === 0x29 || b === 0x5c ? `\\${String.fromCharCode(b)}` : b < 0x20 || b > 0x7e ? `\\${b.toString(8).padStart(3, '0')}` : String.fromCharCode(b);
  return out;
};

/** A PDF of raw objects (each a string body), with its cross-reference table. */
export function pdfFromObjects(objects: string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Pages of content streams, with Courier (F1) and Courier-Bold (F2). */
export function pdfOfStreams(streams: string[], trailerExtra = '', { width: PAGE_W, height: PAGE_H }: PageSize = SMALL): Buffer {
  // 1 catalog, 2 pages, 3 F1, 4 F2, then a page and its content per page.
  const kids = streams.map((_s, i) => `${5 + 2 * i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${streams.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>',
  ];
  streams.forEach((content, i) => {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  return pdfFromObjects(objects, trailerExtra);
}

/** The document printed to PDF. */
export function pdfOf(spec: DocSpec, size: PageSize = SMALL): Buffer {
  const { width: PAGE_W } = size;
  const pages = layout(spec, size);
  const streams = pages.map((page, n) => {
    const drawn = [...page, { text: `\u2013 ${n + 1} \u2013`, x: PAGE_W / 2 - 12, y: 25, size: 8, bold: false }];
    return drawn.map((d) => `BT /${d.bold ? 'F2' : 'F1'} ${d.size} Tf 1 0 0 1 ${d.x.toFixed(2)} ${d.y.toFixed(2)} Tm (${esc(iconv.encode(d.text, 'windows-1252'))}) Tj ET`).join('\n');
  });
  return pdfOfStreams(streams, '', size);
}
