/**
 * The configuration's JSON Schema (schemas/noticelintrc.schema.json), the one description of
 * what a configuration may hold: configurations are validated against it (validate.ts), editors
 * read it, and the README's table of keys is generated from it. The bundles inline it
 * (scripts/build-action.ts, inlineConfigSchema).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CONFIG_SCHEMA: Record<string, any> = require('../../schemas/noticelintrc.schema.json');
