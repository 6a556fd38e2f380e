/**
 * The HTML report in a real browser: the OS's Chromium (Debian's `chromium`), driven by
 * playwright-core, never a browser of its own. What a reader sees: every finding's note
 * visible and every link leading somewhere, the checklist's counts equal to the JSON report's,
 * no console error (a Content-Security-Policy violation is one), no request leaving the file,
 * no script of the notice's running, and the overview's sorting and filtering working.
 * Without Chromium (a contributor's fresh clone) it skips, saying so in one line.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM, hasChromium, type OpenBrowser, openBrowser } from '../scripts/chromium.js';
import { ITEM_IDS } from '../src/items/index.js';
import type { LintReport } from '../src/report.js';
import { pageName } from '../src/reporters/html.js';
import { ROOT, runCli } from './helpers.js';

// The page's own globals, in the functions page.evaluate runs there (the project's types have no DOM).
declare const document: any;
declare const window: any;

const NO_CHROMIUM = !hasChromium();
if (NO_CHROMIUM) process.stderr.write(`skipped: browser test, no Chromium at ${CHROMIUM} (apt-get install chromium; see CONTRIBUTING.md)\n`);

const TODAY = '2026-12-07';

const HOSTILE = [
  'Tietosuojaseloste <script>alert(1)</script>',
  '',
  'Rekisterinpitäjä: <img src=x onerror=alert(2)> <!-- kommentti --> \u202egnirts desrever\u202c & "lainaus"',
  '',
  '</div></main><script>alert(3)</script><iframe src="https://example.invalid/"></iframe>',
  'y'.repeat(200_000),
].join('\n');

describe.skipIf(NO_CHROMIUM)('the HTML report in Chromium', () => {
  let browser: OpenBrowser;
  let dir: string;
  let report: LintReport;
  const problems: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'noticelint-browser-'));
    writeFileSync(join(dir, 'hostile.txt'), HOSTILE);
    const files = ['examples/tietosuojaseloste.txt', 'examples/dataskyddsbeskrivning.md', 'examples/privacy-notice.html', 'fixtures/documents/sv-notice.docx', join(dir, 'hostile.txt')];
    const site = await runCli(['--format', 'html', '--output-dir', join(dir, 'site'), '--today', TODAY, ...files]);
    expect(site.stderr).toBe('');
    report = JSON.parse((await runCli(['--format', 'json', '--today', TODAY, ...files])).stdout);
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${path}: console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`${path}: a dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    await page.goto(pathToFileURL(join(dir, 'site', path)).href);
    return page;
  }

  it('shows every finding with its note, every link leads somewhere, and the checklist counts what the JSON report says', async () => {
    for (const [i, r] of report.results.entries()) {
      const page = await open(pageName(i + 1, r.filePath));
      for (const [k, m] of r.messages.entries()) {
        const note = page.locator(`#n1-n${k + 1}`);
        expect(await note.isVisible(), `${r.filePath}: finding ${k + 1}`).toBe(true);
        expect(await note.innerText()).toContain(m.message.replace(/\s+/gu, ' ').slice(0, 60));
        // Its entry among the findings by severity links to it.
        expect(await page.locator(`ol.fl a[href="#n1-n${k + 1}"]`).count()).toBe(1);
        const wholeNotice = m.line === 1 && m.column === 1 && m.endLine === 1 && m.endColumn === 1;
        if (r.format !== 'docx' && !wholeNotice) {
          const pin = page.locator(`#n1-m${k + 1}`);
          expect(await pin.isVisible(), `${r.filePath}: pin ${k + 1}`).toBe(true);
          expect(await pin.getAttribute('href')).toBe(`#n1-n${k + 1}`);
        }
      }
      // Every link within the page has its target.
      const dangling = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="#"]')].map((a: any) => String(a.getAttribute('href')).slice(1)).filter((id: string) => !document.getElementById(id)),
      );
      expect(dangling, r.filePath).toEqual([]);
      // The checklist as shown, against the JSON report.
      const shown = await page.evaluate(() => [...document.querySelectorAll('table.checklist tbody tr')].map((tr: any) => tr.getAttribute('data-status')));
      const expected = ITEM_IDS.filter((id) => r.items[id]).map((id) => r.items[id].status);
      expect(shown, r.filePath).toEqual(expected);
      if (expected.length) {
        const count = (s: string) => expected.filter((x) => x === s).length;
        expect(await page.locator('p.counts').innerText()).toBe(`${count('present')} present, ${count('vague')} vague, ${count('missing')} missing, ${count('not-applicable')} not applicable`);
      }
      // Following a finding's link brings its note into view.
      if (r.messages.length) {
        await page.locator('ol.fl a').last().click();
        const last = page.locator(`#n1-n${Number((await page.locator('ol.fl a').last().getAttribute('href'))!.split('-n')[1])}`);
        expect(await last.evaluate((e) => { const b = e.getBoundingClientRect(); return b.top < window.innerHeight && b.bottom > 0; })).toBe(true);
      }
      await page.close();
    }
    expect(problems).toEqual([]);
    expect(browser.requests).toEqual([]);
  });

  it('shows a hostile notice\'s markup as text, running none of it', async () => {
    const i = report.results.findIndex((r) => r.filePath.endsWith('hostile.txt'));
    const page = await open(pageName(i + 1, report.results[i].filePath));
    expect(await page.locator('#n1-L1 .s').innerText()).toBe('Tietosuojaseloste <script>alert(1)</script>');
    expect(await page.locator('#n1-L3 .s').innerText()).toContain('<img src=x onerror=alert(2)> <!-- kommentti --> \\u202egnirts desrever\\u202c & "lainaus"');
    expect(await page.locator('#n1-L5 .s').innerText()).toContain('<iframe src="https://example.invalid/"></iframe>');
    expect(await page.evaluate(() => [document.scripts.length, document.querySelectorAll('img, iframe').length])).toEqual([0, 0]);
    expect((await page.locator('#n1-L6 .s').innerText()).length).toBe(200_000);
    await page.close();
    expect(problems).toEqual([]);
    expect(browser.requests).toEqual([]);
  });

  it('the overview: a row per notice, each linked to its page; sorting and filtering work, the page is whole without them', async () => {
    const page = await open('index.html');
    const rows = page.locator('#ov tbody tr');
    expect(await rows.count()).toBe(report.results.length);
    for (const [i, r] of report.results.entries()) expect(await page.locator(`#ov a[href="${pageName(i + 1, r.filePath)}"]`).innerText()).toBe(r.filePath);
    // Sort by errors, most first.
    const errors = page.locator('#ov thead th', { hasText: 'Errors' }).locator('button');
    await errors.click();
    await errors.click();
    expect(await page.locator('#ov thead th[aria-sort="descending"]').count()).toBe(1);
    const firstErrors = Number(await rows.first().locator('td').nth(4).innerText());
    expect(firstErrors).toBe(Math.max(...report.results.map((r) => r.errorCount)));
    // Filter by a rule id: only the notices with that rule's findings stay.
    await page.locator('#ov-q').fill('outdated-law-reference');
    const withRule = report.results.filter((r) => r.messages.some((m) => m.ruleId === 'outdated-law-reference')).length;
    expect(await page.locator('#ov tbody tr:not([hidden])').count()).toBe(withRule);
    expect(await page.locator('#ov-n').innerText()).toBe(`${withRule} of ${report.results.length} notices shown`);
    await page.locator('#ov-q').fill('');
    await page.locator('#ov-s').selectOption('m');
    expect(await page.locator('#ov tbody tr:not([hidden])').count()).toBe(report.results.filter((r) => Object.values(r.items).some((x) => x.status === 'missing')).length);
    // Printed, the controls are not there.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#ov-controls').isVisible()).toBe(false);
    await page.close();
    // Without script: every row shown, the controls hidden, the headers plain text.
    const still = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(still);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await still.goto(pathToFileURL(join(dir, 'site', 'index.html')).href);
    expect(await still.locator('#ov tbody tr:visible').count()).toBe(report.results.length);
    expect(await still.locator('#ov-controls').isVisible()).toBe(false);
    expect(await still.locator('#ov thead button:visible').count()).toBe(0);
    expect(await still.locator('#ov thead th .lab:visible').count()).toBe(7 + ITEM_IDS.length);
    expect(await still.locator('#ov-n').innerText()).toBe('');
    await still.close();
    expect(problems).toEqual([]);
    expect(browser.requests).toEqual([]);
  });
});
