import { REPORT_TOOL } from '../api.js';
import { SCHEMA_VERSION } from '../report.js';
import { nestedJson } from './common.js';
import { type StreamReporter, wholeReport } from './types.js';

/** Fixes are internal and left out of the report. */
const nested = (value: unknown, depth: number) => nestedJson(value, depth, (key, v) => (key === 'fix' ? undefined : v));

/**
 * The JSON report, schema version 1 (schemas/report.schema.json), written one result at a time:
 * the same text as JSON.stringify(report, null, 2).
 */
export const jsonStream: StreamReporter = () => {
  let first = true;
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "tool": ${nested(REPORT_TOOL, 1)},\n  "results": [`,
    result: (r) => {
      const comma = first ? '' : ',';
      first = false;
      return `${comma}\n    ${nested(r, 2)}`;
    },
    end: (summary) => `${summary.files > 0 ? '\n  ' : ''}],\n  "summary": ${nested(summary, 1)}\n}\n`,
  };
};

export const json = wholeReport(jsonStream);
