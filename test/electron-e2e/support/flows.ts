/**
 * User flows shared by the Electron specs, written against the renderer's accessible names and
 * test ids in all four languages, so they work whatever the OS language of the test machine is.
 */
import { expect, type Page } from '@playwright/test';

/** First start shows the welcome form: create a plan so that the other views have one. */
export async function createPlanIfNeeded(page: Page, name = 'Kostplan 2027'): Promise<void> {
  const form = page.getByTestId('new-plan-form');
  if (!(await form.isVisible())) return;
  await form.getByLabel(/Name of the plan|Planens namn|Planens navn|Suunnitelman nimi/).fill(name);
  await form.getByLabel(/Your organisation|Din organisation|Organisaatiosi/).fill('Södertälje kommun');
  await form.getByTestId('new-plan-submit').click();
  await expect(form).toBeHidden();
}

/**
 * Adds a kitchen the way a user would. The brief's UI is a form (`add-kitchen` → `kitchen-form`);
 * the renderer is moving to an editable grid (`kitchens-add` → an inline name editor). Whichever
 * the build has is used, so this smoke test follows the renderer instead of pinning its design.
 */
export async function addKitchen(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByTestId('nav-kitchens').click();
  await page.getByTestId('kitchens-add').click();
  await expect(page.getByTestId('kitchens-grid').locator('.grid-editor')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toBeVisible();
}
