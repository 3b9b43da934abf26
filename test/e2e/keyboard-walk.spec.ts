import { expect, test, type Locator, type Page } from '@playwright/test';
import { openApp, screenshot } from './support/app';

/**
 * The main job with the keyboard only — open a demo, build a scenario, compare it, export the report —
 * checking at every Tab stop on the way that the focused element is on screen and visibly marked
 * (an outline or a focus ring of at least 2 px). The walk uses no mouse click.
 */

interface FocusInfo {
  tag: string;
  name: string;
  visible: boolean;
  marked: boolean;
}

async function focusInfo(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const onScreen = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none' && /\b[2-9](\.\d+)?px|\b\d{2,}px/.test(style.boxShadow);
    const label = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? (el.textContent ?? '').trim().slice(0, 40);
    return { tag: el.tagName.toLowerCase(), name: label, visible: onScreen, marked: outline || ring };
  });
}

/**
 * Presses Tab (or Shift+Tab, back up the page) until `target` has focus; every element passed on the way
 * must show where the focus is.
 */
async function tabTo(page: Page, target: Locator, stops: FocusInfo[], { back = false, max = 120 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const info = await focusInfo(page);
    if (info) stops.push(info);
  }
  await expect(target, `reachable with Tab within ${max} presses`).toBeFocused();
}

function invisibleStops(stops: FocusInfo[]): string[] {
  return stops.filter((s) => !s.visible || !s.marked).map((s) => `${s.tag} "${s.name}" ${s.visible ? '' : 'off screen '}${s.marked ? '' : 'no focus mark'}`);
}

test('the main job by keyboard alone, with the focus visible at every stop', async ({ page }) => {
  test.setTimeout(180_000);
  const stops: FocusInfo[] = [];
  await openApp(page);

  // Open a demo.
  await tabTo(page, page.getByTestId('demo-open-stockholm-malardalen'), stops);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('tour')).toBeVisible();
  // The tour takes the focus; Escape closes it.
  await expect(page.getByTestId('tour')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await expect(page.getByTestId('fig-cost-per-meal-value')).toHaveText(/\d/);

  // Build a scenario: a partnership, renamed, with a higher local target.
  await tabTo(page, page.getByTestId('nav-scenarios'), stops);
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByTestId('new-scenario-kind'), stops);
  await page.keyboard.press('End'); // the last kind in the list
  const kind = await page.getByTestId('new-scenario-kind').inputValue();
  await tabTo(page, page.getByTestId('new-scenario'), stops);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('scenario-kind')).toHaveValue(kind);
  const name = page.getByTestId('scenario-name');
  await tabTo(page, name, stops);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard partnership');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('scenario-workspace')).toContainText('Keyboard partnership');
  // Look at the last year of the plan, where the local target bites.
  await tabTo(page, page.getByTestId('scenario-year'), stops);
  await page.keyboard.press('End');
  const before = await page.getByTestId('fig-local-value-value').textContent();
  const slider = page.getByTestId('whatif-local-target');
  await tabTo(page, slider, stops);
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('fig-local-value-value')).not.toHaveText(before!);

  // Compare it with the demo's scenarios.
  await tabTo(page, page.getByTestId('nav-compare'), stops, { back: true });
  await page.keyboard.press('Enter');
  const table = page.getByTestId('compare-key-figures');
  await expect(table).toBeVisible();
  const pick = page.getByRole('checkbox', { name: /Keyboard partnership/ });
  await tabTo(page, pick, stops);
  await page.keyboard.press('Space');
  await expect(pick).toBeChecked();
  await expect(table.getByRole('columnheader', { name: /Keyboard partnership/ })).toBeVisible();

  // Export the council report as a workbook.
  await tabTo(page, page.getByTestId('nav-reports'), stops, { back: true });
  await page.keyboard.press('Enter');
  const excel = page.getByTestId('export-xlsx');
  await expect(excel).toBeEnabled({ timeout: 15_000 });
  await tabTo(page, excel, stops);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);

  await screenshot(page, 'keyboard-walk-end');
  expect(stops.length).toBeGreaterThan(10);
  expect(invisibleStops(stops)).toEqual([]);
});

test('at 200 % zoom the main views still fit the window without sideways scrolling of the page', async ({ page }) => {
  // 200 % zoom of a 1280 × 800 window is a 640 × 400 CSS-pixel viewport at device scale 2 (WCAG 1.4.4/1.4.10).
  await page.setViewportSize({ width: 640, height: 400 });
  await openApp(page);
  await page.getByTestId('demo-open-stockholm-malardalen').click();
  // The tour fits the narrow window too.
  await expect(page.getByTestId('tour')).toBeInViewport({ ratio: 1 });
  await screenshot(page, 'zoom200-tour');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
  for (const view of ['overview', 'kitchens', 'suppliers', 'scenarios', 'compare', 'timeline', 'reports', 'settings']) {
    await page.getByTestId(`nav-${view}`).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${view}: the page scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(1);
    if (view === 'scenarios' || view === 'compare') await screenshot(page, `zoom200-${view}`);
  }
});
