import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli/main.js';
import { ruleCatalogue } from '../src/cli/rules.js';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, env: {}, cwd: ROOT };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('noticelint rules', () => {
  it('--format json lists every registered rule with its metadata', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; severity: string; languages: string[]; reference: string | null; description: string; url: string }[];
    expect(list.map((r) => r.id)).toEqual([...rules].map((r) => r.meta.id).sort());
    for (const r of list) {
      const rule = rules.find((x) => x.meta.id === r.id)!;
      expect(r).toMatchObject({ severity: rule.meta.severity, languages: rule.meta.languages, description: rule.meta.description, reference: rule.meta.reference ?? null });
      expect(r.url).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`, 'u'));
    }
    expect(list).toEqual(ruleCatalogue());
  });

  it('prints a text table: id, severity and languages, then the reference and description', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^rule\s+severity\s+languages\s+reference \/ description$/u);
    for (const r of rules) {
      expect(stdout).toMatch(new RegExp(`^${r.meta.id}\\s+${r.meta.severity}\\s+${r.meta.languages.join(',')}\\s`, 'mu'));
      expect(stdout).toContain(r.meta.description);
    }
    expect(stdout).toContain(`${rules.length} rules.`);
  });

  it('refuses a lint format it cannot print (exit 2)', async () => {
    const { code, stderr } = await run(['rules', '--format', 'sarif']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^noticelint: noticelint rules prints text/u);
  });
});
