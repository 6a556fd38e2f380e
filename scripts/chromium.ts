/**
 * The OS's Chromium (Debian's `chromium`, /usr/bin/chromium; NOTICELINT_CHROMIUM names another)
 * driven by playwright-core, for the browser test and the report's screenshot. Never a browser
 * of playwright's own: nothing is downloaded. A fresh profile each time; the browser's own
 * network (updates, sync, first run) is off, and every request for anything but a file: URL is
 * refused and recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.NOTICELINT_CHROMIUM ?? '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** No network of the browser's own, no first-run, no GPU, no sandbox (CI runs as root). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface OpenBrowser {
  context: BrowserContext;
  /** URLs the pages asked for beyond their own files (refused). */
  requests: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<OpenBrowser> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'noticelint-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  return {
    context,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
