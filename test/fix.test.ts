/** --fix and --fix-dry-run: the fixes are safe, complete and touch nothing else. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { lint } from '../src/api.js';
import { main } from '../src/cli/main.js';
import { applyFixes, unifiedDiff } from '../src/fix/apply.js';
import type { FixOutcome } from '../src/fix/files.js';
import { lintSource } from '../src/linter.js';
import { NO_SHARED, SEEDS, SEEDS_DIR, TODAY } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'noticelint-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function copySeed(name: string): string {
  const target = join(dir, name);
  copyFileSync(join(SEEDS_DIR, name), target);
  return target;
}

function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [i + 1]));
}

/** Findings as rule, line and message, without those that carried a fix. */
function unfixable(source: string): string[] {
  const { result } = lintSource(source, { filePath: 'x.txt', format: 'text', today: TODAY });
  return result.messages.filter((m) => !m.fix).map((m) => `${m.ruleId}:${m.line}:${m.message}`);
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes from the end and skips overlapping ones', () => {
    const r = applyFixes('abcdef', [
      { range: [4, 5], text: 'E' },
      { range: [0, 2], text: 'AB' },
      { range: [1, 3], text: 'x' },
    ]);
    expect(r.output).toBe('ABcdEf');
    expect(r.skipped).toEqual([{ range: [1, 3], text: 'x' }]);
  });

  it('diffs like diff -u', () => {
    expect(unifiedDiff('f.txt', 'a\nb\nc\n', 'a\nB\nc\n')).toBe('--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n');
  });
});

describe.skipIf(NO_SHARED)('--fix on the seeds', () => {
  for (const [name, line, expected] of [
    [SEEDS.s001, 34, 'Tietosuojavaltuutetun toimisto PL 800, Lintulahdenkuja 4, 00531 Helsinki'],
    [SEEDS.s004, 119, 'https://tietosuoja.fi Tietosuojavaltuutetun toimisto Käyntiosoite: Lintulahdenkuja 4, 00530 HELSINKI Postiosoite: PL 800, 00531 HELSINKI'],
  ] as const) {
    it(`${name}: the current address, no fixable finding left, nothing else changed`, async () => {
      const file = copySeed(name);
      const before = readFileSync(file, 'utf8');
      const outcomes: FixOutcome[] = [];
      const report = await lint([file], { today: TODAY, noConfig: true, fix: { mode: 'write', onOutcome: (o) => outcomes.push(o) } });
      const after = readFileSync(file, 'utf8');
      expect(outcomes.map((o) => o.status)).toEqual(['fixed']);
      expect(after).toContain(expected);
      expect(after).not.toMatch(/Ratapihantie|00521|00520|tietosuoja\.fi\/fi\/index/u);
      // Only the fixed lines changed.
      expect(changedLines(before, after)).toEqual([line]);
      // The report is of the fixed file: no stale-authority-contact with a fix, nothing fixable at all.
      expect(report.results[0].messages.filter((m) => m.fix)).toEqual([]);
      const second = await lint([file], { today: TODAY, noConfig: true });
      expect(second.results[0].messages.filter((m) => m.ruleId === 'stale-authority-contact' && m.fix)).toEqual([]);
      // Every other finding is the same as before the fix.
      expect(unfixable(after)).toEqual(unfixable(before));
    });
  }

  it('seed 001 has no stale-authority-contact at all after the fix; seed 004 keeps only the fax', async () => {
    const f1 = copySeed(SEEDS.s001);
    const f4 = copySeed(SEEDS.s004);
    await lint([f1, f4], { today: TODAY, noConfig: true, fix: { mode: 'write' } });
    const report = await lint([f1, f4], { today: TODAY, noConfig: true });
    const stale = report.results.map((r) => r.messages.filter((m) => m.ruleId === 'stale-authority-contact').map((m) => m.message));
    expect(stale[0]).toEqual([]);
    expect(stale[1]).toHaveLength(1);
    expect(stale[1][0]).toMatch(/fax/u);
  });
});

describe('--fix safety', () => {
  it.skipIf(NO_SHARED)('--fix-dry-run prints a diff and writes nothing', async () => {
    const file = copySeed(SEEDS.s001);
    const before = readFileSync(file, 'utf8');
    let out = '';
    const code = await main(['--fix-dry-run', '--no-config', '--today', TODAY, file], {
      stdout: (t) => (out += t),
      stderr: () => undefined,
      isTTY: false,
      env: {},
      cwd: dir,
    });
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(out).toMatch(/^--- a\//u);
    expect(out).toContain('\n-Oikeus tehdä valitus');
    expect(out).toContain('PL 800, Lintulahdenkuja 4, 00531 Helsinki');
    expect(code).not.toBe(2);
  });

  it('never rewrites a file whose encoding was a guess (Windows-1252)', async () => {
    const file = join(dir, 'legacy.txt');
    const text = 'Tietosuojaseloste\n\nValitukset: Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki. Käsittely on lainmukaista.\n';
    const bytes = iconv.encode(text, 'windows-1252');
    writeFileSync(file, bytes);
    const outcomes: FixOutcome[] = [];
    await lint([file], { today: TODAY, noConfig: true, fix: { mode: 'write', onOutcome: (o) => outcomes.push(o) } });
    expect(outcomes[0].status).toBe('refused');
    expect(outcomes[0].reason).toMatch(/guessed/u);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('writes back in the file’s own encoding, byte-order mark included', async () => {
    const file = join(dir, 'utf16.txt');
    const text = 'Tietosuojaseloste\n\nValitukset: Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki. Käsittely on lainmukaista.\n';
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    await lint([file], { today: TODAY, noConfig: true, fix: { mode: 'write' } });
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(iconv.decode(bytes.subarray(2), 'utf-16le')).toBe(text.replace('00521', '00531'));
  });

  it('never rewrites standard input', async () => {
    const outcomes: FixOutcome[] = [];
    const text = 'Valitukset: Tietosuojavaltuutetun toimisto, PL 800, 00521 Helsinki.\n';
    await lint(['-'], { today: TODAY, noConfig: true, stdin: () => Buffer.from(text), fix: { mode: 'write', onOutcome: (o) => outcomes.push(o) } });
    expect(outcomes[0].status).toBe('refused');
  });
});
