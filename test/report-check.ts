// Shared checks for the hostile-input and property tests: every position lies inside the
// document, and the report validates against schemas/report.schema.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { buildReport } from '../src/api.js';
import type { FileResult } from '../src/report.js';
import { ROOT } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: false });
export const validateReport = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));

/** Lengths of the source's lines (CRLF, CR and LF all end a line), without their endings. */
export function lineLengths(source: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && source.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(source.length - start);
  return out;
}

function inside(lengths: number[], line: number, column: number, what: string): void {
  expect(Number.isInteger(line) && line >= 1 && line <= lengths.length, `${what}: line ${line} of ${lengths.length}`).toBe(true);
  expect(Number.isInteger(column) && column >= 1 && column <= lengths[line - 1] + 1, `${what}: column ${column} on a line of ${lengths[line - 1]}`).toBe(true);
}

/** Positions inside the document, start before end, fix ranges inside the source; report valid. */
export function checkResult(source: string, result: FileResult): void {
  const lengths = lineLengths(source);
  for (const m of result.messages) {
    const what = `${m.ruleId} "${m.message.slice(0, 60)}"`;
    inside(lengths, m.line, m.column, what);
    inside(lengths, m.endLine, m.endColumn, what);
    expect(m.endLine > m.line || (m.endLine === m.line && m.endColumn >= m.column), `${what}: ends before it starts`).toBe(true);
    for (const r of m.related ?? []) {
      inside(lengths, r.line, r.column, `${what} (related)`);
      inside(lengths, r.endLine, r.endColumn, `${what} (related)`);
    }
    if (m.fix) expect(0 <= m.fix.range[0] && m.fix.range[0] <= m.fix.range[1] && m.fix.range[1] <= source.length, `${what}: fix range`).toBe(true);
  }
  for (const [id, item] of Object.entries(result.items)) if (item.line !== undefined) inside(lengths, item.line, 1, `item ${id}`);
  const report = buildReport([result]);
  const valid = validateReport(JSON.parse(JSON.stringify(report)));
  expect(valid, JSON.stringify(validateReport.errors?.slice(0, 3))).toBe(true);
}
