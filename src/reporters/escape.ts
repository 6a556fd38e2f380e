/**
 * Untrusted text (file names, notice text, configuration values) on its way out: one escaping
 * function per kind of output, used by every writer of that output.
 *
 * - a terminal (stylish, tree, the command's messages): escapeTerminal, escapeTerminalLines
 * - a GitHub workflow command or a line of the Actions log: escapeData, escapeProperty (github.ts), escapeLogLine
 * - Markdown (the step summary): escapeMarkdown, markdownCode (markdown.ts)
 * - JSON reports (json, sarif, codeclimate): JSON.stringify, which escapes every C0 control
 * - HTML (the html report): escapeHtml, for text and attribute values alike
 */

/**
 * What a terminal acts on or that changes what the reader sees: C0 controls (ESC starts a
 * sequence that can set the title, clear the screen, move the cursor), DEL, C1 controls (0x9B is
 * a one-character CSI), Unicode line and paragraph separators, and the bidirectional overrides
 * and isolates that reorder a line ("Trojan source"). Tab is kept.
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const TERMINAL_UNSAFE_BUT_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const n = c.charCodeAt(0);
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/**
 * A terminal is often a CI log, where the runner reads a line starting with "::" as a workflow
 * command and "##[" anywhere as an old one: the first ':' of a leading "::" and the second '#'
 * of "##[" are shown escaped too.
 */
const notCommand = (s: string) => s.replace(/^([ \t]*):(?=:)/gmu, '$1\\x3a').replace(/##\[/gu, '#\\x23[');

/** One line of terminal text: every control (line breaks included) shown as \n, \r, \xNN or \uNNNN. */
export function escapeTerminal(s: string): string {
  return notCommand(s.replace(TERMINAL_UNSAFE, visible));
}

/** Terminal text of several lines (a diff, a tree, messages): line feeds kept, every other control shown. */
export function escapeTerminalLines(s: string): string {
  return notCommand(s.replace(TERMINAL_UNSAFE_BUT_LF, visible));
}

/**
 * JSON text written to a log or a terminal: JSON.stringify already escapes every C0 control;
 * "##[" and the other controls (which can only be inside a string) are written as \uXXXX
 * escapes, the same string to a JSON reader.
 */
export function escapeJsonText(json: string): string {
  return json.replace(/##\[/gu, '#\\u0023[').replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** What JSON.stringify leaves raw that a terminal acts on: DEL, C1 controls, line separators, bidirectional overrides. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** Every control character (C0, DEL, C1), the separators a line could be split at, and the bidirectional overrides. */
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const percent = (c: string) => {
  const bytes = Buffer.from(c, 'utf8');
  return [...bytes].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
};

/**
 * A workflow command's data (the message after `::kind ...::`): GitHub decodes %25, %0D and %0A;
 * every other control is percent-encoded too, so it shows as text and never reaches the log
 * viewer's terminal emulation.
 */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(ANY_CONTROL, percent);
}

/** A workflow command's property value: as data, plus ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

/**
 * A plain line of the Actions log that holds untrusted text (a file name). The runner reads any
 * line that starts (after spaces) with "::" as a workflow command, and "##[" anywhere as an old
 * one: ':' and '#' are percent-encoded as well as what escapeData encodes, so the line is one
 * line and never a command.
 */
export function escapeLogLine(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/#/gu, '%23');
}

/**
 * What HTML must not get raw: C0 controls but tab, line feed and carriage return (not allowed
 * in a document), DEL and C1 controls, lone surrogates (not encodable), and the bidirectional
 * overrides and isolates that would reorder what the reader sees. Shown as \uNNNN. (With the
 * `u` flag a surrogate in the class matches only a lone one.)
 */
const HTML_UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;
const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text or an attribute value (quoted) in an HTML document: `& < > " '` as character references,
 * so markup in a notice ("<script>", "<!--") is shown as text, never parsed; controls,
 * lone surrogates and bidirectional overrides shown as escapes.
 */
export function escapeHtml(s: string): string {
  return s.replace(HTML_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/[&<>"']/gu, (c) => HTML_SPECIAL[c]);
}
