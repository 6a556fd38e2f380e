import { REPORT_TOOL } from '../api.js';
import { SCHEMA_VERSION } from '../report.js';
import { type StreamReporter, wholeReport } from './types.js';

/** JSON.stringify's two-space layout, indented to sit `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  // Fixes are internal and left out of the report.
  return JSON.stringify(value, (key, v) => (key === 'fix' ? undefined : v), 2).replace(/\n/gu, `\n${pad}`);
}

/**
 * The JSON report, schema version 1 (schemas/report.schema.json), written one result at a time:
 * the same text as JSON.stringify(report, null, 2).
 */
export const jsonStream: StreamReporter = {
  begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "tool": ${nested(REPORT_TOOL, 1)},\n  "results": [`,
  result: (r, first) => `${first ? '' : ','}\n    ${nested(r, 2)}`,
  end: (summary, _fatal) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${nested(summary, 1)}\n}\n`,
};

export const json = wholeReport(jsonStream);
