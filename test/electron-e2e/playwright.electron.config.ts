/**
 * Playwright config for the desktop app's end-to-end tests (Playwright's `_electron`), separate
 * from the browser tests because they need no web server and no browser, only the built app
 * (out/) and the Electron runtime. Run: npx playwright test -c test/electron-e2e/playwright.electron.config.ts
 * Without the runtime (offline machines) every test skips and one line says why.
 */
import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';

const ROOT = resolve(__dirname, '../..');

export default defineConfig({
  testDir: __dirname,
  testMatch: /.*\.spec\.ts$/,
  outputDir: resolve(ROOT, 'test-results/electron-e2e-output'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One Electron at a time: each test starts a whole app.
  workers: 1,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: resolve(ROOT, 'test-results/electron-e2e.json') }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
