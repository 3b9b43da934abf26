import { expect, test } from '@playwright/test';
import { createPlan, openApp } from './support/app';

test('a new user creates a plan and a kitchen, and the kitchen is still there after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Måltid' })).toBeVisible();
  await createPlan(page);
  await expect(page.getByTestId('header-currency')).toContainText('SEK');

  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await page.getByTestId('add-kitchen').click();
  const form = page.getByTestId('kitchen-form');
  await form.getByLabel('Name', { exact: true }).fill('Björkskolan');
  await form.getByLabel('Sector').selectOption('school');
  await form.getByLabel(/^Lunch/).fill('420');
  await form.getByTestId('kitchen-form-submit').click();
  await expect(page.getByTestId('kitchens-table')).toContainText('Björkskolan');

  await page.reload();
  await expect(page.getByTestId('kitchens-table')).toContainText('Björkskolan');
  await expect(page.getByTestId('kitchens-table')).toContainText('420');
  await expect(page.getByTestId('status-line')).toContainText('saved');
});

test('an invalid number keeps what was typed and says what is wrong', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await page.getByTestId('add-kitchen').click();
  const form = page.getByTestId('kitchen-form');
  await form.getByLabel('Name', { exact: true }).fill('Ekbacken');
  await form.getByLabel(/^Lunch/).fill('12o');
  await form.getByTestId('kitchen-form-submit').click();
  await expect(form.getByRole('alert')).toHaveText('Lunch must be a number, such as 12 or 12.5.');
  await expect(form.getByLabel(/^Lunch/)).toHaveValue('12o');
  await expect(page.getByTestId('kitchens-table')).toHaveCount(0);
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
  await page.getByTestId('add-kitchen').click();
  const form = page.getByTestId('kitchen-form');
  await form.getByLabel('Name', { exact: true }).fill('Centralköket');
  await form.getByLabel(/^Lunch/).fill('1234.5');
  await form.getByTestId('kitchen-form-submit').click();
  await expect(page.getByTestId('kitchens-table')).toContainText('1,234.5');
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
  await page.getByTestId('language-select').selectOption('sv');
  await page.getByRole('navigation').getByRole('link', { name: 'Kök' }).click();
  // Swedish groups thousands with a no-break space and uses a decimal comma.
  await expect(page.getByTestId('kitchens-table')).toContainText('1\u00a0234,5');
});
