/** A Markdown page's front matter: the metadata a static site generator reads from the top of the file. */

/** A YAML (---) or TOML (+++) front matter's first line, and the lines that may close it. */
const FRONT_MATTER_OPEN = /^(---|\+\+\+)[ \t]*(?:\r\n|\r|\n)/u;
const FRONT_MATTER_MAX = 20_000;

/**
 * Where the front matter of a Markdown file ends (0: it has none): the metadata block a static
 * site generator (Jekyll, Hugo) reads from the top of the file, between two "---" (or "+++")
 * lines, opening with a key. It is no part of the notice: CommonMark would read "title: ..." over the closing "---"
 * as a heading, with nothing under it.
 */
export function frontMatterEnd(source: string): number {
  const open = FRONT_MATTER_OPEN.exec(source);
  if (!open) return 0;
  const fence = open[1];
  // Metadata opens with a key ("title: ...", "title = ..."): a file that opens with a thematic break has none.
  if (!/^[\w-]+[ \t]*[:=]/u.test(source.slice(open[0].length, open[0].length + 200))) return 0;
  const lineBreak = /\r\n|\r|\n/gu;
  for (let at = open[0].length; at <= Math.min(source.length, FRONT_MATTER_MAX); ) {
    lineBreak.lastIndex = at;
    const m = lineBreak.exec(source);
    const end = m ? m.index : source.length;
    const line = source.slice(at, end).trimEnd();
    const next = m ? end + m[0].length : source.length;
    if (line === fence || (fence === '---' && line === '...')) return next;
    if (!m) break;
    at = next;
  }
  return 0;
}

/** Letters a front-matter text must hold to be read as the page's prose, not a field of metadata. */
const FRONT_MATTER_PROSE_MIN_LETTERS = 200;
/** From four spaces on, Markdown would read indented lines as code: deeper text is read with its indent taken off. */
const MARKDOWN_CODE_INDENT = 4;
/** How far after a block scalar's key its first line is looked for (blank lines between): bounded work per key. */
const BLANK_LINES_REACH = 2_000;

/** A text of the front matter to read as Markdown: its span, and the indent to take off each line (0: read in place). */
export interface FrontMatterProse {
  start: number;
  end: number;
  dedent: number;
}

/**
 * The texts of a YAML front matter that are the page's own prose: block scalars ("body: >-",
 * "content: |") of at least FRONT_MATTER_PROSE_MIN_LETTERS letters. Some sites keep a page's
 * text in its front matter and let the layout print it ("gdpr_copy: >-" with the whole notice
 * under it; a page builder's "sections:" list, each section's "text: >+" nested deeper); a short
 * "description: >" stays metadata. Each span runs from its first indented line to its last; text
 * indented by one to three spaces reads as Markdown in place, deeper text with its indent taken off.
 */
export function frontMatterProse(source: string, end: number = frontMatterEnd(source)): FrontMatterProse[] {
  if (end === 0 || !source.startsWith('---')) return [];
  const spans: FrontMatterProse[] = [];
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  lines.lastIndex = source.indexOf('\n') + 1;
  let open: { start: number; end: number; indent: number } | null = null;
  const close = () => {
    if (open && (source.slice(open.start, open.end).match(/\p{L}/gu)?.length ?? 0) >= FRONT_MATTER_PROSE_MIN_LETTERS)
      spans.push({ start: open.start, end: open.end, dedent: open.indent >= MARKDOWN_CODE_INDENT ? open.indent : 0 });
    open = null;
  };
  while (lines.lastIndex < end) {
    const at = lines.lastIndex;
    const m = lines.exec(source);
    if (!m || m[0] === '') break;
    const line = m[0].replace(/[\r\n]+$/u, '');
    if (open) {
      const indent = /^ */u.exec(line)![0].length;
      if (line.trim() === '') continue;
      if (indent >= open.indent) {
        open.end = at + line.length;
        continue;
      }
      close();
    }
    // "key: >-", "key: |", "key: >2", at any depth ("    text: >+", "  - body: |"): a block scalar opens under this key.
    const key = /^( *)(?:- +)?[\w-]+[ \t]*:[ \t]*[|>][-+0-9]*[ \t]*$/u.exec(line);
    if (key) {
      const next = source.slice(lines.lastIndex, Math.min(end, lines.lastIndex + BLANK_LINES_REACH)).match(/^(?:[ \t]*(?:\r\n|\r|\n))*( +)\S/u);
      const indent = next ? next[1].length : 0;
      if (indent > key[1].length) open = { start: lines.lastIndex, end: lines.lastIndex, indent };
    }
  }
  close();
  return spans;
}
