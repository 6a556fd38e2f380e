import { codeclimate } from './codeclimate.js';
import { github } from './github.js';
import { json, jsonStream } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish, stylishStream } from './stylish.js';
import type { Reporter, StreamReporter } from './types.js';

/** Output formats by name; `--format NAME`. */
export const reporters: Record<string, Reporter> = { stylish, json, sarif, github, codeclimate, markdown };

/** The formats that can be written file by file, keeping no results (the others need them all). */
export const streamReporters: Record<string, StreamReporter> = { stylish: stylishStream, json: jsonStream };
