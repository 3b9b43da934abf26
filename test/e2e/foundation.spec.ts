import { expect, test } from '@playwright/test';
import { createPlan, expectAllSaved, openApp } from './support/app';
import { addRow, gridCell, gridEditor, typeInCell } from './support/grid';

test('a new user creates a plan and a kitchen, and the kitchen is still there after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Måltid' })).toBeVisible();
  await createPlan(page);
  await expect(page.getByTestId('header-currency')).toContainText('SEK');

  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await addRow(page, 'kitchens', 'Björkskolan');
  await typeInCell(page, 'kitchens', 'Björkskolan', 'meals.lunch', '420');
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('420');

  await expectAllSaved(page);
  await page.reload();
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'name')).toHaveText('Björkskolan');
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('420');
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'sector')).toHaveText('School');
  await expect(page.getByTestId('status-line')).toContainText('saved');
});

test('an invalid number keeps what was typed and says what is wrong', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await addRow(page, 'kitchens', 'Ekbacken');
  await typeInCell(page, 'kitchens', 'Ekbacken', 'meals.lunch', '12o');
  await expect(page.getByTestId('kitchens-error')).toHaveText('Lunch must be a number, such as 12 or 12.5.');
  await expect(gridEditor(page, 'kitchens')).toHaveValue('12o');
  // Clicking elsewhere keeps the typed text in the cell, marked, with its error listed.
  await gridCell(page, 'kitchens', 'Ekbacken', 'name').click();
  await expect(gridCell(page, 'kitchens', 'Ekbacken', 'meals.lunch')).toHaveText('12o');
  await expect(gridCell(page, 'kitchens', 'Ekbacken', 'meals.lunch')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.grid-drafts')).toContainText('Lunch must be a number');
  // Nothing invalid was saved.
  await page.reload();
  await expect(gridCell(page, 'kitchens', 'Ekbacken', 'meals.lunch')).toHaveText('0');
});

test('the app follows the OS language on first start', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'da-DK' });
  const page = await context.newPage();
  await openApp(page);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Køkkener' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Velkommen til Måltid' })).toBeVisible();
  await context.close();
});

test('switching the language to Finnish and back is kept across a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('language-select').selectOption('fi');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Keittiöt' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Asetukset' })).toBeVisible();
  await page.getByTestId('language-select').selectOption('en');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Kitchens' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeVisible();
});

test('numbers and dates are formatted for the chosen language', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await addRow(page, 'kitchens', 'Centralköket');
  await typeInCell(page, 'kitchens', 'Centralköket', 'meals.lunch', '1234.5');
  await expect(gridCell(page, 'kitchens', 'Centralköket', 'meals.lunch')).toHaveText('1,234.5');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('language-select').selectOption('sv');
  await page.getByRole('navigation').getByRole('link', { name: 'Kök' }).click();
  // Swedish groups thousands with a no-break space and uses a decimal comma.
  await expect(gridCell(page, 'kitchens', 'Centralköket', 'meals.lunch')).toHaveText('1\u00a0234,5');
});
