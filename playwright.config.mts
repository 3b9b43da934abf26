import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from './scripts/lib/find-chromium.mjs';

// Browser end-to-end tests: the production web build (out/renderer, built by `npm test` before
// this runs) served on 127.0.0.1, driven in a real Chromium with real IndexedDB. Playwright's own
// browser is used where it was downloaded; Debian's /usr/bin/chromium where not.
const chromium = findChromium();
if (!chromium) throw new Error(NO_CHROMIUM_MESSAGE);

const PORT = Number(process.env.MALTID_TEST_PORT ?? 5180);
export const BASE_URL = `http://127.0.0.1:${PORT}/`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-output',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    locale: 'en-GB',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1360, height: 860 },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromium.path, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [
    { name: 'chromium', testDir: 'test/e2e' },
    // The desktop shell, wherever the Electron runtime is installed; elsewhere each test skips
    // and one line says why (test/electron-e2e/support).
    { name: 'electron', testDir: 'test/electron-e2e', testMatch: /.*\.spec\.ts$/, fullyParallel: false },
  ],
});
