import { describe, expect, it } from 'vitest';
import { ALL_RULE_METAS, ruleCatalogue } from '../src/cli/rules.js';
import { PARITY_RULES } from '../src/parity/meta.js';
import { ROOT, runCli } from './helpers.js';

const run = (args: string[]) => runCli(args, ROOT);

describe('noticelint rules', () => {
  it('--format json lists every rule, the language-version comparison\'s too, with its metadata', async () => {
    const { code, stdout } = await run(['rules', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as { id: string; severity: string; languages: string[]; reference: string | null; description: string; url: string }[];
    expect(list.map((r) => r.id)).toEqual(ALL_RULE_METAS.map((m) => m.id).sort());
    expect(list.map((r) => r.id)).toEqual(expect.arrayContaining(PARITY_RULES.map((m) => m.id)));
    for (const r of list) {
      const meta = ALL_RULE_METAS.find((x) => x.id === r.id)!;
      expect(r).toMatchObject({ severity: meta.severity, languages: meta.languages, description: meta.description, reference: meta.reference ?? null });
      expect(r.url).toMatch(new RegExp(`/docs/rules/${r.id}\\.md$`, 'u'));
    }
    expect(list).toEqual(ruleCatalogue());
  });

  it('prints a text table: id, severity and languages, then the reference and description', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^rule\s+severity\s+languages\s+reference \/ description$/u);
    for (const m of ALL_RULE_METAS) {
      expect(stdout).toMatch(new RegExp(`^${m.id}\\s+${m.severity}\\s+${m.languages.join(',')}\\s`, 'mu'));
      expect(stdout).toContain(m.description);
    }
    expect(stdout).toContain(`${ALL_RULE_METAS.length} rules.`);
  });

  it('refuses a lint format it cannot print (exit 2)', async () => {
    const { code, stderr } = await run(['rules', '--format', 'sarif']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^noticelint: noticelint rules prints text/u);
  });
});
