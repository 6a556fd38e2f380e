import { REPORT_TOOL } from '../api.js';
import { SCHEMA_VERSION } from '../report.js';
import { jsonArrayItems, nestedJson } from './common.js';
import { type StreamReporter, wholeReport } from './types.js';

/** Fixes are internal and left out of the report. */
const withoutFixes = (key: string, value: unknown) => (key === 'fix' ? undefined : value);
const nested = (value: unknown, depth: number) => nestedJson(value, depth, withoutFixes);

/**
 * The JSON report, schema version 1 (schemas/report.schema.json), written one result at a time:
 * the same text as JSON.stringify(report, null, 2).
 */
export const jsonStream: StreamReporter = () => {
  const results = jsonArrayItems(1, withoutFixes);
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "tool": ${nested(REPORT_TOOL, 1)},\n  "results": [`,
    result: (r) => results.item(r),
    end: (summary, _fatal, parity) => `${results.close()},\n  "summary": ${nested(summary, 1)}${parity ? `,\n  "parity": ${nested(parity, 1)}` : ''}\n}\n`,
  };
};

export const json = wholeReport(jsonStream);
