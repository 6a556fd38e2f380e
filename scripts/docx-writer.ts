/**
 * A small DOCX writer for fixtures and tests: a notice described as blocks becomes both a Word
 * document and the HTML of the same document (Word headings as HTML headings). Not a general
 * Word writer: only what the fixtures need (heading styles, paragraphs, bold, lists, tables,
 * tracked changes, comments, a header and a footer). Deterministic: the same blocks give the
 * same bytes.
 *
 * Inline marks in a block's text, for what Word has and HTML does not:
 *   [+text+]  a tracked insertion (kept in the HTML)
 *   [-text-]  a tracked deletion (left out of the HTML)
 *   [#text#]  a comment on the text before it (left out of the HTML)
 *   [/]       where Word's last layout broke the page (w:lastRenderedPageBreak; nothing in the HTML)
 */
import { crc32, deflateRawSync } from 'node:zlib';

export type DocBlock =
  | { h: 1 | 2; text: string }
  | { title: string }
  | { p: string }
  | { bold: string }
  | { ul: string[] }
  | { ol: string[] }
  | { table: string[][] }
  /** A page break typed in Word (Ctrl+Enter): a paragraph of its own in the DOCX, nothing elsewhere. */
  | { pageBreak: true };

export interface DocSpec {
  lang: string;
  blocks: DocBlock[];
  /** Text of the page header and footer (Word only; no part of the notice). */
  header?: string;
  footer?: string;
}

/** A ZIP archive (stored or deflated entries), with a fixed date so the bytes are reproducible. */
export function zip(files: { name: string; data: Uint8Array | string; store?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0;
  const DOS_DATE = (2026 - 1980) << 9 | 12 << 5 | 1;
  for (const f of files) {
    const raw = typeof f.data === 'string' ? Buffer.from(f.data, 'utf8') : Buffer.from(f.data);
    const data = f.store ? raw : deflateRawSync(raw);
    const method = f.store ? 0 : 8;
    const name = Buffer.from(f.name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

const MARK = /\[\+([^\]]*?)\+\]|\[-([^\]]*?)-\]|\[#([^\]]*?)#\]|(\[\/\])/gu;

/** A block's text as the HTML has it: insertions kept, deletions and comments left out. */
export function plainOf(text: string): string {
  return text.replace(MARK, (_m, ins?: string) => ins ?? '').replace(/ {2,}/gu, ' ');
}

/** The HTML of the same document. */
export function htmlOf(spec: DocSpec): string {
  const out: string[] = [`<!DOCTYPE html>`, `<html lang="${spec.lang}">`, `<head><meta charset="utf-8"></head>`, `<body>`];
  for (const b of spec.blocks) {
    if ('pageBreak' in b) continue;
    if ('h' in b) out.push(`<h${b.h}>${esc(plainOf(b.text))}</h${b.h}>`);
    else if ('title' in b) out.push(`<h1>${esc(plainOf(b.title))}</h1>`);
    else if ('p' in b) out.push(`<p>${esc(plainOf(b.p))}</p>`);
    else if ('bold' in b) out.push(`<p><strong>${esc(plainOf(b.bold))}</strong></p>`);
    else if ('ul' in b || 'ol' in b) {
      const tag = 'ul' in b ? 'ul' : 'ol';
      const items = 'ul' in b ? b.ul : b.ol;
      out.push(`<${tag}>`, ...items.map((i) => `<li>${esc(plainOf(i))}</li>`), `</${tag}>`);
    } else {
      out.push('<table>', ...b.table.map((row) => `<tr>${row.map((c) => `<td>${esc(plainOf(c))}</td>`).join('')}</tr>`), '</table>');
    }
  }
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Word runs for a text with inline marks; comments are collected into `comments`. */
function runs(text: string, comments: string[], bold = false): string {
  const rPr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  const run = (t: string) => (t ? `<w:r>${rPr}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>` : '');
  let out = '';
  let last = 0;
  let change = 1;
  for (const m of text.matchAll(MARK)) {
    out += run(text.slice(last, m.index));
    last = (m.index ?? 0) + m[0].length;
    if (m[1] !== undefined) out += `<w:ins w:id="${change++}" w:author="Fixture" w:date="2026-12-01T00:00:00Z">${run(m[1])}</w:ins>`;
    else if (m[2] !== undefined) {
      out += `<w:del w:id="${change++}" w:author="Fixture" w:date="2026-12-01T00:00:00Z"><w:r>${rPr}<w:delText xml:space="preserve">${esc(m[2])}</w:delText></w:r></w:del>`;
    } else if (m[4] !== undefined) out += '<w:r><w:lastRenderedPageBreak/></w:r>';
    else {
      const id = comments.push(m[3]!) - 1;
      out += `<w:r><w:commentReference w:id="${id}"/></w:r>`;
    }
  }
  return out + run(text.slice(last));
}

function para(text: string, comments: string[], opts: { style?: string; num?: number; bold?: boolean } = {}): string {
  const pPr = opts.style || opts.num ? `<w:pPr>${opts.style ? `<w:pStyle w:val="${opts.style}"/>` : ''}${opts.num ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${opts.num}"/></w:numPr>` : ''}</w:pPr>` : '';
  return `<w:p>${pPr}${runs(text, comments, opts.bold)}</w:p>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>
</w:styles>`;

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="${W}">
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>`;

/** The Word document of a notice. */
export function docxOf(spec: DocSpec): Buffer {
  const comments: string[] = [];
  const body: string[] = [];
  for (const b of spec.blocks) {
    if ('pageBreak' in b) body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
    else if ('h' in b) body.push(para(b.text, comments, { style: `Heading${b.h}` }));
    else if ('title' in b) body.push(para(b.title, comments, { style: 'Title' }));
    else if ('p' in b) body.push(para(b.p, comments));
    else if ('bold' in b) body.push(para(b.bold, comments, { bold: true }));
    else if ('ul' in b) for (const i of b.ul) body.push(para(i, comments, { style: 'ListParagraph', num: 1 }));
    else if ('ol' in b) for (const i of b.ol) body.push(para(i, comments, { style: 'ListParagraph', num: 2 }));
    else {
      const rows = b.table.map((row) => `<w:tr>${row.map((c) => `<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>${para(c, comments)}</w:tc>`).join('')}</w:tr>`);
      body.push(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`);
    }
  }
  const refs = [
    spec.header !== undefined ? `<w:headerReference w:type="default" r:id="rIdHeader"/>` : '',
    spec.footer !== undefined ? `<w:footerReference w:type="default" r:id="rIdFooter"/>` : '',
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>
${body.join('\n')}
<w:sectPr>${refs}<w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;
  const rels = [
    `<Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${R}/numbering" Target="numbering.xml"/>`,
  ];
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
    `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`,
  ];
  const files: { name: string; data: string }[] = [];
  const hf = (kind: 'header' | 'footer', text: string) => {
    const tag = kind === 'header' ? 'hdr' : 'ftr';
    rels.push(`<Relationship Id="rId${kind === 'header' ? 'Header' : 'Footer'}" Type="${R}/${kind}" Target="${kind}1.xml"/>`);
    overrides.push(`<Override PartName="/word/${kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`);
    files.push({ name: `word/${kind}1.xml`, data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} xmlns:w="${W}">${para(text, [])}</w:${tag}>` });
  };
  if (spec.header !== undefined) hf('header', spec.header);
  if (spec.footer !== undefined) hf('footer', spec.footer);
  if (comments.length) {
    rels.push(`<Relationship Id="rIdComments" Type="${R}/comments" Target="comments.xml"/>`);
    overrides.push(`<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`);
    const items = comments.map((c, i) => `<w:comment w:id="${i}" w:author="Fixture" w:date="2026-12-01T00:00:00Z">${para(c, [])}</w:comment>`);
    files.push({ name: 'word/comments.xml', data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${items.join('')}</w:comments>` });
  }
  return zip([
    {
      name: '[Content_Types].xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    },
    { name: 'word/document.xml', data: document },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    },
    { name: 'word/styles.xml', data: STYLES },
    { name: 'word/numbering.xml', data: NUMBERING },
    ...files,
  ]);
}
