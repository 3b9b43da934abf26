/**
 * Browser benchmarks: the production web build served on 127.0.0.1 and driven in Chromium
 * (Playwright's own where downloaded, Debian's /usr/bin/chromium where not).
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../scripts/lib/find-chromium.mjs';
import { startServer } from '../../scripts/lib/serve.mjs';

export interface BenchBrowser {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

export async function openBenchBrowser(port = 5181): Promise<BenchBrowser> {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM_MESSAGE);
  const { server, url } = await startServer({ port });
  const browser = await chromium.launch({ executablePath: found.path, args: CHROMIUM_ARGS });
  return {
    browser,
    url,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * A browser context for benchmarks. tsx compiles the functions we pass to page.evaluate with
 * esbuild's keep-names helper (`__name`), which does not exist in the page: define it there.
 */
export async function newBenchContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'window.__name = (f) => f;' });
  return context;
}
