/** An error's first line, short and without control or bidirectional characters (it may quote the file). */
export function oneLine(error: unknown): string {
  // eslint-disable-next-line no-control-regex
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 160).replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu, '?');
}
