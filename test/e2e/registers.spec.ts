import { expect, test, type Page } from '@playwright/test';
import { createPlan, openApp, screenshot } from './support/app';

async function goTo(page: Page, name: RegExp | string) {
  await page.getByRole('navigation').getByRole('link', { name }).click();
}

function editor(page: Page, grid: string) {
  return page.getByTestId(`${grid}-grid`).locator('.grid-editor');
}

test('kitchens: add rows with the keyboard, edit inline, and see them after a reload', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await goTo(page, 'Kitchens');
  await page.getByTestId('kitchens-add').click();
  await expect(editor(page, 'kitchens')).toBeFocused();
  await page.keyboard.type('Björkskolan');
  await page.keyboard.press('Tab');
  await screenshot(page, 'dev-kitchens-grid');
  await expect(page.getByTestId('kitchens-row')).toHaveCount(1);
  await expect(page.getByTestId('kitchens-row').first()).toContainText('Björkskolan');
});
