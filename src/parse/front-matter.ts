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
