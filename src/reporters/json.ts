import { REPORT_TOOL } from '../api.js';
import { type FileResult, type LintMessage, SCHEMA_VERSION } from '../report.js';
import { jsonArrayItems, nestedJson } from './common.js';
import { type StreamReporter, wholeReport } from './types.js';

/** Fixes are internal and left out of the report. */
const withoutFixes = (key: string, value: unknown) => (key === 'fix' ? undefined : value);
const nested = (value: unknown, depth: number) => nestedJson(value, depth, withoutFixes);

const ID_KEYS = ['messageId', 'data', 'suggestionId', 'suggestionData'] as const;
const withoutIds = <T extends object>(o: T): T => {
  const out = { ...o } as Record<string, unknown>;
  for (const k of ID_KEYS) delete out[k];
  return out as T;
};

/**
 * A result as the report writes it: the findings' message ids and data only with a locale
 * other than `en` (`locale` set), so that the default report is what it always was.
 */
function written(r: FileResult): FileResult {
  if (r.locale) return r;
  return { ...r, messages: r.messages.map((m): LintMessage => ({ ...withoutIds(m), ...(m.related ? { related: m.related.map(withoutIds) } : {}) })) };
}

/**
 * The JSON report, schema version 1 (schemas/report.schema.json), written one result at a time:
 * the same text as JSON.stringify(report, null, 2).
 */
export const jsonStream: StreamReporter = () => {
  const results = jsonArrayItems(1, withoutFixes);
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "tool": ${nested(REPORT_TOOL, 1)},\n  "results": [`,
    result: (r) => results.item(written(r)),
    end: (summary, _fatal, parity) => `${results.close()},\n  "summary": ${nested(summary, 1)}${parity ? `,\n  "parity": ${nested(parity, 1)}` : ''}\n}\n`,
  };
};

export const json = wholeReport(jsonStream);
