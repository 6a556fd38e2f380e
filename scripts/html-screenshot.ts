/**
 * The screenshots of the HTML report in docs/ (shown in the README): the examples' report
 * made with the command, photographed in the OS's Chromium (scripts/chromium.ts).
 * `npx tsx scripts/html-screenshot.ts` after a change to how the report looks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { main } from '../src/cli/main.js';
import { CHROMIUM, hasChromium, openBrowser } from './chromium.js';

if (!hasChromium()) {
  process.stderr.write(`no Chromium at ${CHROMIUM}: apt-get install chromium\n`);
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'noticelint-shot-'));
const io = { stdout: () => {}, stderr: (t: string) => void process.stderr.write(t), isTTY: false, env: {}, cwd: root };
await main(['--format', 'html', '--output-dir', dir, '--today', '2026-12-07', 'examples/'], io);
const browser = await openBrowser();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 760 });
  await page.goto(pathToFileURL(join(dir, 'notices', '0003-tietosuojaseloste.txt.html')).href);
  // The text where findings overlap: a line with two, their notes beside it.
  await page.locator('#n1-L28').evaluate((e) => e.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(root, 'docs', 'html-report.png') });
  await page.goto(pathToFileURL(join(dir, 'index.html')).href);
  await page.screenshot({ path: join(root, 'docs', 'html-overview.png') });
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
