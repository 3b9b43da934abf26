/**
 * Fixtures for driving the built desktop app (out/) with Playwright's `_electron`.
 *
 * Each test gets its own throwaway data folder (MALTID_USER_DATA_DIR, honoured only by an
 * unpackaged app), so tests never see each other's plans and never touch the user's.
 *
 * Where the Electron runtime binary is not installed (offline machines cannot download it) every
 * test here skips, and one line says why.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';

export const ROOT = resolve(__dirname, '../../..');

export const SKIP_REASON =
  'Electron end-to-end tests skipped: the Electron runtime binary is not installed (node_modules/electron/path.txt is missing; it cannot be downloaded on this machine).';

/** The Electron executable the electron package installed, or null. Never triggers a download. */
export function electronExecutable(): string | null {
  const packageDir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

const executable = electronExecutable();

/**
 * Prints SKIP_REASON once per Playwright run. The runner loads this file to list the tests before
 * it starts any worker, and workers inherit its environment, so the flag silences them.
 */
function announceSkipOnce(): void {
  if (process.env.MALTID_ELECTRON_E2E_SKIP_ANNOUNCED) return;
  process.env.MALTID_ELECTRON_E2E_SKIP_ANNOUNCED = '1';
  console.log(SKIP_REASON);
}

if (!executable) announceSkipOnce();

interface Fixtures {
  electronApp: ElectronApplication;
  appPage: Page;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
  electronApp: async ({}, use) => {
    if (!executable) throw new Error(SKIP_REASON);
    const mainBundle = join(ROOT, 'out', 'main', 'index.js');
    if (!existsSync(mainBundle)) throw new Error('The app is not built: run "npx electron-vite build" (or npm test) first.');
    const userData = mkdtempSync(join(tmpdir(), 'maltid-electron-e2e-'));
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
    delete env.ELECTRON_RUN_AS_NODE;
    env.MALTID_USER_DATA_DIR = userData;
    // Launching the project folder runs package.json's main (out/main/index.js), so app.getVersion()
    // and the app name come from package.json as in the installed app.
    const app = await _electron.launch({ executablePath: executable, args: [ROOT], cwd: ROOT, env });
    try {
      await use(app);
    } finally {
      await app.close().catch(() => undefined);
      rmSync(userData, { recursive: true, force: true });
    }
  },
  appPage: async ({ electronApp }, use) => {
    const page = await electronApp.firstWindow();
    await expect(page.getByRole('navigation')).toBeVisible();
    await use(page);
  },
});

/** Call at the top of each spec: skips the whole file where there is no Electron runtime. */
export function skipWithoutElectron(): void {
  test.skip(executable === null, SKIP_REASON);
}

export { expect };
