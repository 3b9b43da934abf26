import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** Opens the app on a fresh profile and waits for the shell. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** Creates a plan through the welcome form, as a new user would. */
export async function createPlan(page: Page, { name = 'Food plan 2027', organisation = 'Södertälje kommun', country = 'SE' } = {}): Promise<void> {
  const form = page.getByTestId('new-plan-form');
  await form.getByLabel(/Name of the plan|Planens namn|Planens navn|Suunnitelman nimi/).fill(name);
  await form.getByLabel(/^(Country|Land|Maa)$/).selectOption(country);
  await form.getByLabel(/Your organisation|Din organisation|Organisaatiosi/).fill(organisation);
  await form.getByTestId('new-plan-submit').click();
  await expect(page.getByTestId('header-workspace')).toContainText(name);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${name}.png`);
  // Sections drawn only near the viewport (content-visibility: auto) are drawn for the capture,
  // as the user sees them when scrolling there.
  await page.screenshot({ path, fullPage: true, style: '* { content-visibility: visible !important; }' });
  return path;
}

/**
 * Waits until the status line says that every change is stored (English UI). The grid shows an
 * edit at once, before its write ends: a reload in between would test a promise the app does not
 * make, and the status line says "Saving changes…" meanwhile.
 */
export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('status-line')).toContainText('All changes saved');
}
