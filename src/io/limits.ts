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

/**
 * The most lines read from one file. Every line costs the readers and the rules some hundreds
 * of bytes whatever it holds: 5 MB of empty lines took 0.8 GB, 8 MB of one-letter lines 2.2 GB
 * and 42 s. A privacy notice has hundreds of lines, the longest a few thousand.
 */
export const MAX_LINES = 250_000;

/** Whether the text has more than MAX_LINES line ends (LF, CRLF or CR alone). */
export function tooManyLines(text: string): boolean {
  // Every line end is a character: a shorter text cannot have too many.
  if (text.length <= MAX_LINES) return false;
  let breaks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++breaks > MAX_LINES) return true;
    }
  }
  return false;
}
