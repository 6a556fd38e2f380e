import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** Output formats by name; `--format NAME`. */
export const reporters: Record<string, Reporter> = { stylish, json };
