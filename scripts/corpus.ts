/**
 * A synthetic corpus for the bench: thousands of notices made from the project's own
 * fixtures (fixtures/corpus, fixtures/rules, examples), never from the seeds. Each notice
 * takes a fixture's sections, swaps some for sections of other notices in the same language,
 * drops and reorders a few, changes numbers, dates and company names, and is written out as
 * plain text (four heading styles, LF or CRLF), Markdown or HTML (bare or inside a page).
 * Deterministic: the same seed gives the same files.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { loadMarkupParsers } from '../src/parse/markup.js';
import { parseNotice } from '../src/parse/notice.js';
import type { Format, Lang, Section } from '../src/model/types.js';
import { withoutMarkers } from './rule-fixtures.js';

interface SourceSection {
  title: string;
  paragraphs: string[];
  list: boolean;
}

interface SourceNotice {
  lang: Lang;
  title: string;
  intro: string[];
  sections: SourceSection[];
}

const FORMATS: Record<string, Format> = { '.txt': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' };

/** mulberry32: small, fast, good enough to vary a corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of entries) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(listFiles(full));
    else if (FORMATS[extname(name).toLowerCase()] && name !== 'README.md') out.push(full);
  }
  return out;
}

function sectionsOf(list: Section[], out: SourceSection[]): void {
  for (const s of list) {
    const paragraphs = s.blocks.map((b) => b.text.trim()).filter(Boolean);
    if (s.title) out.push({ title: s.title, paragraphs, list: s.blocks.some((b) => b.kind === 'list-item') });
    sectionsOf(s.children, out);
  }
}

/** Reads the fixtures into sections, with the project's own parser. */
export async function loadSources(root: string): Promise<SourceNotice[]> {
  await loadMarkupParsers();
  const files = [...listFiles(join(root, 'fixtures', 'corpus')), ...listFiles(join(root, 'fixtures', 'rules')), ...listFiles(join(root, 'examples'))];
  const out: SourceNotice[] = [];
  for (const file of files) {
    const text = withoutMarkers(readFileSync(file, 'utf8'));
    const notice = parseNotice(text, FORMATS[extname(file).toLowerCase()]);
    if (notice.language === 'und') continue;
    const sections: SourceSection[] = [];
    sectionsOf(notice.root.children, sections);
    if (sections.length < 2) continue;
    const intro = notice.root.blocks.map((b) => b.text.trim()).filter(Boolean).slice(0, 3);
    out.push({ lang: notice.language, title: sections[0].title, intro, sections: sections.slice(1) });
  }
  return out;
}

const NAMES = ['Aaltonen', 'Berg', 'Kivelä', 'Lindqvist', 'Mäkelä', 'Nyström', 'Pihlaja', 'Rautio', 'Sjöberg', 'Tammi', 'Ulvila', 'Vainio', 'Westerlund', 'Ylönen', 'Öhman', 'Harbour', 'Fenwick', 'Lakeside'];
const SUFFIX = { fi: 'Oy', sv: 'Ab', en: 'Ltd' } as const;
const COMPANY = /\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30}){0,2} (?:Oy|Oyj|Ab|AB|Ltd|Ry|ry|rf)(?![\p{L}])/gu;

function mutate(text: string, r: () => number, company: string): string {
  return text
    .replace(COMPANY, () => company)
    .replace(/\d+/g, (d) => (r() < 0.4 ? d.replace(/\d/g, () => String(Math.floor(r() * 10))) : d));
}

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(format: Format, title: string, intro: string[], sections: SourceSection[], r: () => number): string {
  if (format === 'markdown') {
    const out = [`# ${title}`, '', ...intro.flatMap((p) => [p, ''])];
    const bold = r() < 0.25;
    for (const s of sections) {
      out.push(bold ? `**${s.title}**` : `## ${s.title}`, '');
      if (s.list) out.push(...s.paragraphs.map((p) => `- ${p.replace(/\n/g, ' ')}`), '');
      else for (const p of s.paragraphs) out.push(p, '');
    }
    return out.join('\n');
  }
  if (format === 'html') {
    const body = [`<h1>${escapeHtml(title)}</h1>`, ...intro.map((p) => `<p>${escapeHtml(p)}</p>`)];
    for (const s of sections) {
      body.push(`<h2>${escapeHtml(s.title)}</h2>`);
      if (s.list) body.push('<ul>', ...s.paragraphs.map((p) => `  <li>${escapeHtml(p)}</li>`), '</ul>');
      else body.push(...s.paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`));
    }
    if (r() < 0.5) return body.join('\n') + '\n';
    return [
      '<!DOCTYPE html>',
      '<html><head><meta charset="utf-8"><title>' + escapeHtml(title) + '</title>',
      '<style>body { font-family: sans-serif; } .nav a { margin: 0 1em; }</style></head>',
      '<body><nav class="nav"><a href="/">Etusivu</a><a href="/palvelut">Palvelut</a><a href="/yhteys">Yhteystiedot</a></nav>',
      '<main>',
      ...body,
      '</main>',
      '<footer><p>© 2025</p></footer><script>window.dataLayer = window.dataLayer || [];</script>',
      '</body></html>',
      '',
    ].join('\n');
  }
  const style = pick(r, ['numbered', 'caps', 'plain', 'table'] as const);
  const out = [title.toUpperCase(), '', ...intro.flatMap((p) => [p, ''])];
  sections.forEach((s, i) => {
    if (style === 'table') {
      const [first = '', ...rest] = s.paragraphs.map((p) => p.replace(/\n/g, ' '));
      out.push(`${s.title}\t${first}`, ...rest.map((p) => `\t${p}`));
      return;
    }
    const heading = style === 'numbered' ? `${i + 1}. ${s.title}` : style === 'caps' ? s.title.toUpperCase() : s.title;
    out.push(heading, '');
    for (const p of s.paragraphs) out.push(s.list ? `- ${p}` : p, '');
  });
  const text = out.join('\n') + '\n';
  return r() < 0.15 ? text.replace(/\n/g, '\r\n') : text;
}

export interface GeneratedFile {
  path: string;
  bytes: number;
}

/** Writes `count` notices into `dir` (in sub-folders of 500), numbered from `from`. */
export function generateCorpus(sources: SourceNotice[], dir: string, count: number, from = 0, seed = 20260): GeneratedFile[] {
  const byLang = new Map<Lang, SourceSection[]>();
  for (const s of sources) byLang.set(s.lang, [...(byLang.get(s.lang) ?? []), ...s.sections]);
  const files: GeneratedFile[] = [];
  for (let k = from; k < from + count; k++) {
    const r = rng(seed * 1_000_003 + k);
    const src = sources[k % sources.length];
    const pool = byLang.get(src.lang)!;
    let sections = src.sections.map((s) => ({ ...s }));
    const swaps = Math.floor(r() * 4);
    for (let i = 0; i < swaps && sections.length; i++) sections[Math.floor(r() * sections.length)] = pick(r, pool);
    if (r() < 0.3 && sections.length > 3) sections.splice(Math.floor(r() * sections.length), 1);
    if (r() < 0.3) sections.push(pick(r, pool));
    for (let i = 0; i < 2 && sections.length > 2; i++) {
      const j = Math.floor(r() * (sections.length - 1));
      [sections[j], sections[j + 1]] = [sections[j + 1], sections[j]];
    }
    const company = `${pick(r, NAMES)} ${pick(r, ['Palvelu', 'Group', 'Konsult', 'Tekniikka', 'Design', 'Logistik'])} ${SUFFIX[src.lang]}`;
    sections = sections.map((s) => ({ ...s, title: mutate(s.title, r, company), paragraphs: s.paragraphs.map((p) => mutate(p, r, company)) }));
    const x = r();
    const format: Format = x < 0.55 ? 'text' : x < 0.8 ? 'markdown' : 'html';
    const text = render(format, mutate(src.title, r, company), src.intro.map((p) => mutate(p, r, company)), sections, r);
    const sub = join(dir, String(Math.floor(k / 500)).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    const path = join(sub, `notice-${String(k).padStart(5, '0')}-${src.lang}.${format === 'text' ? 'txt' : format === 'markdown' ? 'md' : 'html'}`);
    writeFileSync(path, text);
    files.push({ path, bytes: Buffer.byteLength(text) });
  }
  return files;
}
