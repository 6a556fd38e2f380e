import { detectLanguage } from './language.js';
import { markupParsers } from './markup.js';
import { parseText } from './parse-text.js';
import { LineIndex } from './positions.js';
import { buildTree } from './tree.js';
import type { DetectedLang, Directive, Format, Notice, Section } from './types.js';

export interface ParseOptions {
  /** Overrides language detection. */
  language?: DetectedLang;
  /** How the bytes were decoded, when they came from a file. */
  encoding?: Notice['encoding'];
}

const DIRECTIVE = /<!--[ \t]{0,20}noticelint-(disable-next-line|disable|enable)(?![\w-])([^>]{0,500}?)-->/g;

function directives(source: string, lines: LineIndex): Directive[] {
  const out: Directive[] = [];
  for (const m of source.matchAll(DIRECTIVE)) {
    const ids = m[2].split(/[\s,]+/u).filter((s) => /^[a-z][a-z0-9-]*$/u.test(s));
    out.push({ kind: m[1] as Directive['kind'], ruleIds: ids, line: lines.position(m.index ?? 0).line });
  }
  return out;
}

function sectionText(s: Section): string {
  return [s.title, ...s.blocks.map((b) => b.text)].join('\n');
}

/** Reads a notice into its section tree: one parse per file, linear in its length. */
export function parseNotice(source: string, format: Format, options: ParseOptions = {}): Notice {
  const events = format === 'markdown' ? markupParsers().parseMarkdown(source) : format === 'html' ? markupParsers().parseHtml(source) : parseText(source);
  const { root, sections, blocks } = buildTree(events, source.length);
  const lines = new LineIndex(source);
  const language = options.language ?? detectLanguage(blocks.map((b) => b.text).join('\n'));
  root.language = language;
  for (const s of sections) s.language = detectLanguage(sectionText(s));
  return {
    source,
    format,
    language,
    root,
    sections,
    blocks,
    lines,
    directives: format === 'text' ? [] : directives(source, lines),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
}
