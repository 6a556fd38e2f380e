/**
 * The GitHub Action as the runner runs it, without GitHub: the committed bundle
 * (dist/action/index.js) is started with node, INPUT_* variables, a pull_request event
 * payload, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and GITHUB_WORKSPACE, inside a temporary
 * git repository whose pull request changes one of two notices.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const BUNDLE = join(ROOT, 'dist', 'action', 'index.js');

/** A short Finnish notice (invented), in the base commit. */
const NOTICE_BASE = `# Tietosuojaseloste

Päivitetty 1.3.2026.

## Rekisterinpitäjä

Kukkakauppa Esimerkki Oy (Y-tunnus 1234567-1), Puistokatu 4, 00100 Helsinki.

## Henkilötietojen käsittelyn tarkoitus

Käsittelemme asiakkaiden nimiä ja yhteystietoja tilausten toimittamiseksi.

## Oikeus tehdä valitus

Voit tehdä valituksen tietosuojavaltuutetun toimistolle.

## Käsittelyn oikeusperuste

Käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen.

## Tietojen vastaanottajat

Tietoja käsittelee puolestamme verkkokaupan palveluntarjoaja. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

## Oikeutesi

Sinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista, rajoittaa käsittelyä, vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen.

## Muut tiedot

Tiedot saadaan asiakkaalta itseltään. Nimi ja osoite tarvitaan tilauksen toimittamiseen. Emme tee automaattisia päätöksiä. Tietosuojavastaavamme tavoittaa osoitteesta tietosuoja@kukkakauppa-puisto.fi.
`;

/** The pull request: a mistyped business ID (line 7) and an empty section (line 13). */
const NOTICE_HEAD = `# Tietosuojaseloste

Päivitetty 1.3.2026.

## Rekisterinpitäjä

Kukkakauppa Esimerkki Oy (Y-tunnus 1234567-8), Puistokatu 4, 00100 Helsinki.

## Henkilötietojen käsittelyn tarkoitus

Käsittelemme asiakkaiden nimiä ja yhteystietoja tilausten toimittamiseksi.

## Säilytysaika

## Oikeus tehdä valitus

Voit tehdä valituksen tietosuojavaltuutetun toimistolle, Ratapihantie 9, 00521 Helsinki.

## Käsittelyn oikeusperuste

Käsittely perustuu asiakkaan kanssa tehtyyn sopimukseen.

## Tietojen vastaanottajat

Tietoja käsittelee puolestamme verkkokaupan palveluntarjoaja. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.

## Oikeutesi

Sinulla on oikeus tarkastaa tietosi, pyytää niiden oikaisemista tai poistamista, rajoittaa käsittelyä, vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen.

## Muut tiedot

Tiedot saadaan asiakkaalta itseltään. Nimi ja osoite tarvitaan tilauksen toimittamiseen. Emme tee automaattisia päätöksiä. Tietosuojavastaavamme tavoittaa osoitteesta tietosuoja@kukkakauppa-puisto.fi.
`;

/** The other notice (English, invented, complete): it has an error of its own (its business ID) but the pull request does not touch it. */
const OTHER_NOTICE = `PRIVACY NOTICE

Controller

Example Bikes Ltd (business ID 7654321-0), Harbour Road 1, 00100 Helsinki.

Purposes

We process customers' names and contact details to rent bikes.

Legal basis

The processing is necessary for the rental contract.

Recipients

Our booking system provider processes the data on our behalf. We do not transfer data outside the EU/EEA.

Retention

We keep rental records for two years after the rental.

Your rights

You have the right to access your data, to have it corrected or erased, to restrict or object to its processing and to data portability. You may lodge a complaint with the Data Protection Ombudsman.

Other information

We receive the data from you when you book. Your name and phone number are needed to rent a bike. We make no automated decisions. Our data protection officer: dpo@example-bikes.com. Updated 1.3.2026.
`;

let repo: string;
let base: string;
let head: string;

function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' },
  }).trim();
}

function write(path: string, text: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'noticelint-action-'));
  git('init', '-q', '-b', 'main');
  write('README.md', '# Shop\n\nNot a notice.\n');
  write('site/tietosuojaseloste.md', NOTICE_BASE);
  write('docs/privacy-notice.txt', OTHER_NOTICE);
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  base = git('rev-parse', 'HEAD');
  git('checkout', '-q', '-b', 'feature');
  write('site/tietosuojaseloste.md', NOTICE_HEAD);
  git('commit', '-q', '-am', 'head');
  head = git('rev-parse', 'HEAD');
});

afterAll(() => {
  if (repo) rmSync(repo, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: string[];
}

function runAction(inputs: Record<string, string>, event: object | null = { number: 7, pull_request: { number: 7, base: { sha: '' }, head: { sha: '' } } }): Run {
  const work = mkdtempSync(join(tmpdir(), 'noticelint-runner-'));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repo,
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary.md'),
  };
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  if (event) {
    const payload = JSON.parse(JSON.stringify(event));
    if (payload.pull_request) {
      payload.pull_request.base.sha = base;
      payload.pull_request.head.sha = head;
    }
    env.GITHUB_EVENT_NAME = 'pull_request';
    env.GITHUB_EVENT_PATH = join(work, 'event.json');
    writeFileSync(env.GITHUB_EVENT_PATH, JSON.stringify(payload));
  }
  // GitHub's convention: INPUT_ + the name in upper case, hyphens kept.
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: repo, env, encoding: 'utf8' });
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(env.GITHUB_OUTPUT!, 'utf8').split('\n')) {
    const m = /^([\w-]+)=(.*)$/u.exec(line);
    if (m) outputs[m[1]] = m[2];
  }
  const summary = readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8');
  rmSync(work, { recursive: true, force: true });
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs,
    summary,
    annotations: r.stdout.split('\n').filter((l) => /^::(error|warning|notice) /u.test(l)),
  };
}

const DEFAULTS = { files: '', config: '', 'fail-on': 'error', 'only-changed': 'false', 'sarif-file': '', 'filter-mode': '' };

describe('the GitHub Action (dist/action/index.js) on a pull request', () => {
  it('is bundled and committed', () => {
    expect(existsSync(BUNDLE)).toBe(true);
  });

  it('only-changed: lints only the notice the pull request changes; annotations, outputs, summary, SARIF; fail-on error exits 1', () => {
    const r = runAction({ ...DEFAULTS, 'only-changed': 'true', 'sarif-file': 'out/noticelint.sarif' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    // Only the changed notice.
    expect(r.stdout).toContain('::group::noticelint ');
    expect(r.stdout).toContain('1 notice changed by the pull request #7, of 2 matching the files globs');
    expect(r.annotations.length).toBeGreaterThan(0);
    // (The closing "more findings" notice names no file.)
    expect(r.annotations.filter((a) => a.includes(' file=')).every((a) => a.includes('file=site/tietosuojaseloste.md,'))).toBe(true);
    expect(r.stdout).not.toContain('privacy-notice.txt');
    // Annotations point at the notice's lines: the business ID on line 7, the empty section on line 13.
    expect(r.annotations).toContainEqual(expect.stringMatching(/^::error file=site\/tietosuojaseloste\.md,line=7,endLine=7,col=\d+,endColumn=\d+,title=noticelint \(invalid-business-id\)::/u));
    expect(r.annotations).toContainEqual(expect.stringMatching(/^::warning file=site\/tietosuojaseloste\.md,line=13,endLine=13,col=1,endColumn=\d+,title=noticelint \(empty-section\)::/u));
    const firstWarning = r.annotations.findIndex((a) => a.startsWith('::warning'));
    const lastError = r.annotations.map((a) => a.startsWith('::error')).lastIndexOf(true);
    expect(lastError).toBeLessThan(firstWarning);
    // Outputs.
    expect(Number(r.outputs['error-count'])).toBeGreaterThanOrEqual(1);
    expect(Number(r.outputs['warning-count'])).toBeGreaterThanOrEqual(1);
    expect(r.outputs['sarif-file']).toBe(join(repo, 'out', 'noticelint.sarif'));
    // SARIF, repository-relative.
    const log = JSON.parse(readFileSync(r.outputs['sarif-file'], 'utf8'));
    const uris = new Set(log.runs[0].results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['site/tietosuojaseloste.md']);
    expect(log.runs[0].results.length).toBe(Number(r.outputs['error-count']) + Number(r.outputs['warning-count']) + log.runs[0].results.filter((x: any) => x.level === 'note').length);
    // Summary.
    expect(r.summary).toContain('## noticelint');
    expect(r.summary).toContain('### ❌ `site/tietosuojaseloste.md`');
    expect(r.summary).toContain('Finnish (`fi`)');
    expect(r.summary).toMatch(/\| 7:\d+ \| 🔴 error \| \[invalid-business-id\]/u);
    expect(r.summary).toMatch(/\| 13:1 \| 🟡 warning \| \[empty-section\]/u);
    expect(r.summary).not.toContain('privacy-notice.txt');
    expect(r.summary).toContain('_Linted 1 notice changed by the pull request #7, of 2 matching the files globs._');
  });

  it('fail-on never: the same findings, exit 0', () => {
    const r = runAction({ ...DEFAULTS, 'only-changed': 'true', 'fail-on': 'never' });
    expect(r.status).toBe(0);
    expect(Number(r.outputs['error-count'])).toBeGreaterThanOrEqual(1);
    expect(r.outputs['sarif-file']).toBe('');
  });

  it('fail-on decides the exit code from the counts: error, warning, never', () => {
    // Rules keep landing, so derive the expectation from the reported counts.
    for (const failOn of ['error', 'warning', 'never'] as const) {
      const r = runAction({ ...DEFAULTS, 'only-changed': 'true', 'fail-on': failOn });
      const errors = Number(r.outputs['error-count']);
      const warnings = Number(r.outputs['warning-count']);
      const expected = failOn === 'never' ? 0 : failOn === 'warning' ? Number(errors + warnings > 0) : Number(errors > 0);
      expect({ failOn, status: r.status }).toEqual({ failOn, status: expected });
    }
  });

  it('the config input applies a configuration file to every notice', () => {
    write('ci/noticelint.json', JSON.stringify({ rules: { 'empty-section': 'off', 'invalid-business-id': 'warning' } }));
    try {
      const r = runAction({ ...DEFAULTS, 'only-changed': 'true', config: 'ci/noticelint.json' });
      expect(r.annotations.some((a) => a.includes('(empty-section)'))).toBe(false);
      expect(r.annotations).toContainEqual(expect.stringMatching(/^::warning file=site\/tietosuojaseloste\.md,line=7,.*\(invalid-business-id\)/u));
    } finally {
      rmSync(join(repo, 'ci'), { recursive: true });
    }
  });

  it('only-changed false (the default) lints every notice the files globs match', () => {
    const r = runAction({ ...DEFAULTS, 'filter-mode': 'nofilter' });
    expect(r.status).toBe(1);
    expect(r.annotations.some((a) => a.includes('file=docs/privacy-notice.txt,'))).toBe(true);
    expect(r.annotations.some((a) => a.includes('file=site/tietosuojaseloste.md,'))).toBe(true);
    expect(r.annotations.some((a) => a.includes('README.md'))).toBe(false);
    expect(r.summary).toContain('`docs/privacy-notice.txt`');
  });

  it('the files input chooses the notices ("!" excludes)', () => {
    const r = runAction({ ...DEFAULTS, files: '**/*.md\n**/*.txt\n!README.md\n!site/**', 'filter-mode': 'nofilter' });
    expect(r.annotations.length).toBeGreaterThan(0);
    expect(r.annotations.filter((a) => a.includes(' file=')).every((a) => a.includes('file=docs/privacy-notice.txt,'))).toBe(true);
  });

  it('no pull request in the event: only-changed lints everything, with a notice saying so', () => {
    const r = runAction({ ...DEFAULTS, 'only-changed': 'true' }, { ref: 'refs/heads/main' });
    expect(r.stdout).toMatch(/^::notice title=noticelint::only-changed: this pull_request event has no pull request or push range/mu);
    expect(r.summary).toContain('`docs/privacy-notice.txt`');
  });

  it('a notice that cannot be linted is an error annotation, a summary line and a failure', () => {
    writeFileSync(join(repo, 'docs', 'privacy-old.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x00]));
    try {
      const r = runAction({ ...DEFAULTS, 'fail-on': 'error', files: 'docs/*.txt' });
      expect(r.status).toBe(1);
      expect(r.annotations).toContainEqual(expect.stringMatching(/^::error file=docs\/privacy-old\.txt,title=noticelint%3A file not linted::docs\/privacy-old\.txt could not be linted: /u));
      expect(r.summary).toContain('### ❌ `docs/privacy-old.txt`\n\n**Not linted:** ');
      expect(r.summary).toContain('**1 not linted**');
    } finally {
      rmSync(join(repo, 'docs', 'privacy-old.txt'));
    }
  });

  it('only-changed in a shallow checkout (actions/checkout depth 1): the base commit is fetched', () => {
    const clone = mkdtempSync(join(tmpdir(), 'noticelint-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', '--branch', 'feature', `file://${repo}`, clone]);
      expect(() => execFileSync('git', ['cat-file', '-e', `${base}^{commit}`], { cwd: clone, stdio: 'pipe' })).toThrow();
      const saved = repo;
      repo = clone;
      let r: Run;
      try {
        r = runAction({ ...DEFAULTS, 'only-changed': 'true' });
      } finally {
        repo = saved;
      }
      expect(r.stdout).toContain('1 notice changed by the pull request #7, of 2 matching the files globs');
      // (The closing "more findings" notice names no file.)
    expect(r.annotations.filter((a) => a.includes(' file=')).every((a) => a.includes('file=site/tietosuojaseloste.md,'))).toBe(true);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });

  it('filter-mode added (the default): a one-line edit to an old notice sees no old findings, only their count', () => {
    // The pull request retitles line 7 of the English notice, whose business ID (line 5) has long been wrong.
    git('checkout', '-q', '-b', 'one-line', base);
    write('docs/privacy-notice.txt', OTHER_NOTICE.replace('\nPurposes\n', '\nPurposes of processing\n'));
    git('commit', '-q', '-am', 'retitle');
    const saved = head;
    head = git('rev-parse', 'HEAD');
    try {
      const lines = (run: Run) => run.annotations.filter((a) => a.includes(' file=')).map((a) => Number(/,line=(\d+),/u.exec(a)![1]));
      const all = runAction({ ...DEFAULTS, 'only-changed': 'true', 'filter-mode': 'nofilter' });
      expect(all.status).toBe(1);
      expect(lines(all)).toContain(5);
      const r = runAction({ ...DEFAULTS, 'only-changed': 'true' });
      expect(lines(r)).toEqual([]);
      expect(r.status).toBe(0);
      const hidden = lines(all).length;
      expect(r.outputs['error-count']).toBe('0');
      expect(r.summary).toContain(`${hidden} more finding${hidden === 1 ? '' : 's'} outside the changed lines (filter-mode: added): \`docs/privacy-notice.txt\` ${hidden}.`);
      expect(r.stdout).toContain(`noticelint: ${hidden} more finding${hidden === 1 ? '' : 's'} outside the changed lines not shown (filter-mode: added)`);
      // diff-context: the three lines around line 7 take in line 5; file: everything in the changed file.
      const context = runAction({ ...DEFAULTS, 'only-changed': 'true', 'filter-mode': 'diff-context' });
      expect(lines(context)).toContain(5);
      expect(lines(context).every((l) => l >= 4 && l <= 10)).toBe(true);
      expect(context.status).toBe(1);
      expect(lines(runAction({ ...DEFAULTS, 'only-changed': 'true', 'filter-mode': 'file' })).sort()).toEqual(lines(all).sort());
      // Without only-changed, the unchanged notice is linted, and its findings counted, not shown.
      const every = runAction({ ...DEFAULTS });
      expect(every.annotations.some((a) => a.includes('file=site/tietosuojaseloste.md,'))).toBe(false);
      expect(every.summary).toMatch(/outside the changed lines \(filter-mode: added\): .*`site\/tietosuojaseloste\.md` \d+/u);
    } finally {
      git('checkout', '-q', 'feature');
      head = saved;
    }
  });

  it('honours the configuration\'s ignore, and a changed configuration file brings its notices in whole', () => {
    git('checkout', '-q', '-b', 'config-change', base);
    write('docs/.noticelintrc.json', JSON.stringify({ overrides: [{ files: ['*.txt'], rules: { 'invalid-business-id': 'warning' } }] }));
    write('.noticelintrc.json', JSON.stringify({ ignore: ['site/**'] }));
    git('add', '.');
    git('commit', '-q', '-m', 'configuration');
    const saved = head;
    head = git('rev-parse', 'HEAD');
    try {
      const r = runAction({ ...DEFAULTS, 'only-changed': 'true' });
      // site/ is ignored; docs/privacy-notice.txt did not change, but its configuration did: all of it is shown.
      expect(r.stdout).toContain('1 notice changed by the pull request #7 (1 by a change to their configuration), of 1 matching the files globs');
      expect(r.annotations.filter((a) => a.includes(' file=')).every((a) => a.includes('file=docs/privacy-notice.txt,'))).toBe(true);
      // The override applies.
      expect(r.annotations).toContainEqual(expect.stringMatching(/^::warning file=docs\/privacy-notice\.txt,line=5,.*\(invalid-business-id\)/u));
      expect(r.summary).not.toContain('more finding');
    } finally {
      git('checkout', '-q', 'feature');
      head = saved;
    }
  });

  it('a bad input is an error annotation and a failing exit code', () => {
    const r = runAction({ ...DEFAULTS, 'fail-on': 'sometimes' });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('::error title=noticelint::input fail-on must be error, warning or never, not "sometimes"');
  });
});
