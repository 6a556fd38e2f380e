/**
 * Lints one hostile case in this process and prints what it cost: the CPU time of this process
 * (user + system) and its peak resident memory. Run by test/stress/hostile.test.ts, one process
 * per case, so the numbers are the case's own whatever else the machine is doing.
 *   node --import tsx test/stress/measure.ts CASE-INDEX FORMAT
 */
import { lintSource } from '../../src/linter.js';
import type { Format } from '../../src/model/types.js';
import { HOSTILE_CASES } from '../hostile-cases.js';

const [index, format] = process.argv.slice(2);
const source = HOSTILE_CASES[Number(index)].source(1);
const before = process.cpuUsage();
const { result } = lintSource(source, { filePath: `hostile.${format}`, format: format as Format, today: '2026-11-21' });
const cpu = process.cpuUsage(before);
// Lines as the linter counts them (CRLF, CR and LF each end one): every finding must lie on one.
const lines = source.split(/\r\n|\r|\n/u).length;
const outside = result.messages.filter((m) => m.line < 1 || m.line > lines || m.endLine < m.line || m.endLine > lines || m.column < 1).length;
process.stdout.write(
  JSON.stringify({
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    messages: result.messages.length,
    ruleIds: [...new Set(result.messages.map((m) => m.ruleId))].sort(),
    outside,
  }) + '\n',
);
