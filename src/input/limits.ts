/** What noticelint refuses to read, before parsing: past these, a file costs more than any notice could. */

/** Files larger than this are refused from their size (`--max-file-size`, `settings.maxFileSize`). */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

/**
 * The most HTML elements read from one file. The HTML parser, the conversion to mdast and the
 * rules hold about 6 KB per element: a page of 120,000 table rows (360,000 elements, 5.5 MB)
 * took 2.2 GB, and twice that would end in V8's out-of-memory abort. A privacy notice, even
 * inside a large web page, has a few thousand.
 */
export const MAX_HTML_ELEMENTS = 200_000;

/** Whether the text has more start tags ("<" and a letter, what the HTML parser makes elements of) than MAX_HTML_ELEMENTS. */
export function tooManyElements(text: string): boolean {
  let n = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const c = text.charCodeAt(i + 1) | 0x20;
    if (c >= 97 && c <= 122 && ++n > MAX_HTML_ELEMENTS) return true;
  }
  return false;
}

/** Files of many lines are read flat rather than refused: see MAX_LINES in parse/notice.ts. */
