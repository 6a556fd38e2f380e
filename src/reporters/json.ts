import type { Reporter } from './types.js';

/** The JSON report, schema version 1 (schemas/report.schema.json); fixes are internal and left out. */
export const json: Reporter = (report) =>
  JSON.stringify(report, (key, value) => (key === 'fix' ? undefined : value), 2) + '\n';
