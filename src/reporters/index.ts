import { codeclimate } from './codeclimate.js';
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Output formats by name; `--format NAME`. */
export const reporters: Record<string, Reporter> = { stylish, json, sarif, github, codeclimate, markdown };
