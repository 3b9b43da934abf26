// Finds a Chromium for the browser tests, the benchmarks and the web fallback of `npm start`:
// $CHROMIUM_PATH if set, then Playwright's own browser where it was downloaded, then the
// system's Chromium or Chrome. Returns null when there is none.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

function playwrightChromium() {
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** @returns {{ path: string, source: 'env' | 'playwright' | 'system' } | null} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'env' };
  const own = playwrightChromium();
  if (own) return { path: own, source: 'playwright' };
  const system = SYSTEM_CANDIDATES.find((p) => existsSync(p));
  return system ? { path: system, source: 'system' } : null;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium was found: install one (on Debian or Ubuntu: sudo apt-get install -y chromium; elsewhere: npx playwright install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.';

/** Flags for Chromium on a locked-down or offline machine (no background traffic, no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
