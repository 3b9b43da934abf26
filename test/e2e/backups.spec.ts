import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { openDemo } from './support/analysis';
import { installFakeDesktop } from './support/fakeDesktop';

test('the desktop app backs the plan up as it changes, and a backup can be restored (and the restore taken back)', async ({ context }) => {
  await installFakeDesktop(context);
  const page = await context.newPage();
  await openApp(page);
  await page.getByTestId('demo-open-stockholm-malardalen').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('backups')).toContainText('at most every ten minutes');
  await page.getByTestId('backup-now').click();
  await expect(page.getByTestId('backups-table').getByRole('row')).toHaveCount(2);

  // Change a kitchen, then restore the backup made before the change.
  await page.getByTestId('nav-kitchens').click();
  const rowId = (await page.getByTestId('kitchens-row').first().getAttribute('data-row-id'))!;
  const lunch = page.locator(`[data-row-id="${rowId}"] [data-column="meals.lunch"]`);
  const before = (await lunch.textContent())!;
  await lunch.click();
  await page.keyboard.type('4321');
  await page.keyboard.press('Enter');
  await expect(lunch).toHaveText('4,321');

  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-restore').last().click();
  await page.getByTestId('backup-restore-confirm').click();
  await expect(page.getByRole('status').filter({ hasText: 'restored' })).toBeVisible();
  // The plan as it was just before the restore was backed up too.
  await expect(page.getByTestId('backups-table').getByRole('row')).toHaveCount(3);
  await page.getByTestId('nav-kitchens').click();
  await expect(lunch).toHaveText(before);

  // Taking the restore back: restore the newest backup (made just before the restore).
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('backup-restore').first().click();
  await page.getByTestId('backup-restore-confirm').click();
  await page.getByTestId('nav-kitchens').click();
  await expect(lunch).toHaveText('4,321');
});

test('the web build says when the plan was last saved as a file', async ({ page }) => {
  // Waits for the tour and skips it (pressing Escape at once raced the tour under load).
  await openDemo(page, 'lapland');
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('backups')).toContainText('has not been saved as a plan file yet');
  // Saving the plan file from the header is the web build's backup: the section says when.
  await Promise.all([page.waitForEvent('download'), page.getByTestId('header-save-plan').click()]);
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('backups')).toContainText('Last saved as a plan file:');
});
