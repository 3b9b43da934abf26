import { expect, test } from '@playwright/test';
import { openApp, screenshot } from './support/app';

const DEMOS = ['stockholm-malardalen', 'danish-partnership', 'lapland'] as const;

test('the first start shows the welcome screen with the three demos, a new plan and a plan file', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Måltid' })).toBeVisible();
  for (const id of DEMOS) await expect(page.getByTestId(`demo-open-${id}`)).toBeVisible();
  await expect(page.getByTestId('new-plan-form')).toBeVisible();
  await expect(page.getByTestId('open-plan-file')).toBeVisible();
  await screenshot(page, 'en-welcome-demos');
});

for (const id of DEMOS) {
  test(`opening the ${id} demo shows its overview with figures and its note`, async ({ page }) => {
    await openApp(page);
    await page.getByTestId(`demo-open-${id}`).click();
    // The guided tour starts on the first demo; it can be dismissed.
    await expect(page.getByTestId('tour')).toBeVisible();
    await page.getByRole('button', { name: 'Skip the tour' }).click();
    await expect(page.getByTestId('tour')).toHaveCount(0);
    await expect(page.getByTestId('fig-cost-per-meal-value')).toHaveText(/\d/);
    await expect(page.getByTestId('fig-local-value-value')).toHaveText(/%/);
    await expect(page.getByTestId('demo-note')).not.toContainText('{{');
    await expect(page.getByTestId('stat-scenarios')).toContainText('3');
    await screenshot(page, `en-demo-${id}-overview`);
  });
}

test('the app reopens the last plan after a reload, and a demo can be reset to how it shipped', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-danish-partnership').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  const planName = await page.getByTestId('header-workspace').textContent();
  await page.reload();
  await expect(page.getByTestId('header-workspace')).toHaveText(planName!);
  // The tour is not shown again once dismissed.
  await expect(page.getByTestId('tour')).toHaveCount(0);

  // Edit the demo: a kitchen's lunches.
  await page.getByTestId('nav-kitchens').click();
  const rowId = (await page.getByTestId('kitchens-row').first().getAttribute('data-row-id'))!;
  const lunch = page.locator(`[data-row-id="${rowId}"] [data-column="meals.lunch"]`);
  const before = await lunch.textContent();
  await lunch.click();
  await page.keyboard.type('9999');
  await page.keyboard.press('Enter');
  await expect(lunch).toHaveText('9,999');

  // Reset it.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('demo-reset').click();
  await page.getByTestId('demo-reset-confirm').click();
  await page.getByTestId('nav-kitchens').click();
  await expect(lunch).toHaveText(before!);

  // Opening the demo again from the welcome page opens the same plan, not a second copy.
  await page.getByTestId('header-plans').click();
  await page.getByTestId('demo-open-danish-partnership').click();
  await page.getByTestId('header-plans').click();
  await expect(page.getByTestId('plans-table').getByRole('row')).toHaveCount(2);
});

test('the guided tour walks through four steps and can be replayed from Settings', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-lapland').click();
  for (const title of ['Registers', 'Scenarios', 'Compare', 'Reports and export']) {
    await expect(page.getByTestId('tour').getByRole('heading')).toHaveText(title);
    await page.getByTestId('tour-next').click();
  }
  await expect(page.getByTestId('tour')).toHaveCount(0);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('tour-replay').click();
  await expect(page.getByTestId('tour')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('tour')).toHaveCount(0);
});

for (const [locale, title] of [
  ['sv-SE', 'Välkommen till Måltid'],
  ['da-DK', 'Velkommen til Måltid'],
  ['fi-FI', 'Tervetuloa Måltidiin'],
] as const) {
  test(`the demos open in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openApp(page);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await page.getByTestId('demo-open-stockholm-malardalen').click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('demo-note')).not.toContainText('{{');
    await expect(page.getByTestId('fig-cost-per-meal-value')).toHaveText(/kr|€|SEK/);
    await screenshot(page, `${locale.slice(0, 2)}-demo-overview`);
    await context.close();
  });
}
