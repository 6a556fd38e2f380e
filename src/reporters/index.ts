import { codeclimate, codeclimateStream } from './codeclimate.js';
import { compact, compactStream } from './compact.js';
import { github, githubStream } from './github.js';
import { html, htmlStream } from './html.js';
import { json, jsonStream } from './json.js';
import { junit, junitStream } from './junit.js';
import { markdown, markdownStream } from './markdown.js';
import { sarif, sarifStream } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';
import type { Reporter, StreamReporter } from './types.js';

/** Output formats by name; `--format NAME`. */
export const reporters: Record<string, Reporter> = { stylish, json, sarif, github, codeclimate, markdown, html, compact, junit };

/**
 * The same formats written file by file (the command line's way: it keeps no results, so memory
 * stays flat in the number of files).
 */
export const streamReporters: Record<string, StreamReporter> = {
  stylish: stylishStream,
  json: jsonStream,
  sarif: sarifStream,
  github: githubStream,
  codeclimate: codeclimateStream,
  markdown: markdownStream(),
  html: htmlStream,
  compact: compactStream,
  junit: junitStream,
};
