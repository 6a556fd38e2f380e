/**
 * What pdf.js needs around its loading. Its display layer makes a DOMMatrix when it loads and
 * otherwise looks for the native @napi-rs/canvas package, printing "Warning: ..." lines
 * (console.log and console.warn: standard output is where a JSON or SARIF report goes) when
 * that is missing. noticelint only reads text, which needs neither: inert stand-ins keep pdf.js from
 * failing where there is no such package (the Action), and its load-time warnings are dropped.
 */
export function standInsForPdfjs(): void {
  const g = globalThis as Record<string, unknown>;
  class Inert {}
  for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) g[name] ??= Inert;
}

/** Drops pdf.js's "Warning: ..." lines (console.log, console.warn) until the returned function is called. */
export function quietPdfjsWarnings(): () => void {
  const { log, warn } = console;
  const quiet =
    (print: (...args: unknown[]) => void) =>
    (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].startsWith('Warning: ')) return;
      print(...args);
    };
  console.log = quiet(log);
  console.warn = quiet(warn);
  return () => {
    console.log = log;
    console.warn = warn;
  };
}
