import { expect, test, type Page } from '@playwright/test';
import { openDemo } from './support/analysis';
import { openApp, screenshot } from './support/app';
import { databaseText } from './support/importFiles';

/**
 * Storage full or refused: a sentence the user can act on, and no partial write. The full disk is real
 * Chromium quota enforcement (DevTools Storage.overrideQuotaForOrigin shrinks this origin's quota to one
 * byte, so every write that adds data is refused as QuotaExceededError); the refusal is a browser whose IndexedDB will not open, as in some locked-down set-ups.
 */

/**
 * Chromium lends IndexedDB a slice of quota ahead and checks again only when it runs out or after some
 * seconds, so a shrunken quota bites a running session a little later. Probe with a throw-away database
 * (never the app's) until a write is refused, as the next real write then is.
 */
async function waitUntilStorageIsFull(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const open = indexedDB.open('quota-probe', 1);
              open.onupgradeneeded = () => open.result.createObjectStore('s');
              open.onsuccess = () => {
                const tx = open.result.transaction('s', 'readwrite');
                tx.objectStore('s').put('x'.repeat(1000), 1);
                tx.oncomplete = () => (open.result.close(), resolve('written'));
                tx.onabort = () => (open.result.close(), resolve(tx.error?.name ?? 'aborted'));
              };
              open.onerror = () => resolve(open.error?.name ?? 'error');
            }),
        ),
      { timeout: 90_000, intervals: [2_000] },
    )
    .toBe('QuotaExceededError');
}

test('with the disk full on a fresh computer, opening a demo says so and writes nothing', async ({ page, context }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(test.info().project.use.baseURL!).origin, quotaSize: 1 });
  await openApp(page);
  await page.getByTestId('demo-open-lapland').click();
  await expect(page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: "The computer's storage for Måltid is full" }).first()).toBeVisible();
  const tables = JSON.parse(await databaseText(page)) as Record<string, unknown[]>;
  expect(Object.entries(tables).filter(([, rows]) => rows.length > 0)).toEqual([]);
  await expect(page.getByTestId('header-workspace')).not.toContainText('Lappi');
});

test('with the disk full mid-session, a bulk edit is refused with a clear message, and nothing of it is written', async ({ page, context }) => {
  test.setTimeout(150_000);
  await openDemo(page, 'lapland');
  await page.getByTestId('nav-kitchens').click();
  await expect(page.getByTestId('kitchens-row').first()).toBeVisible();
  const before = await databaseText(page);

  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
  await waitUntilStorageIsFull(page);

  await page.getByTestId('kitchens-grid').focus();
  await page.keyboard.press('Control+a');
  await page.getByTestId('kitchens-bulk-edit').click();
  const dialog = page.getByTestId('bulk-edit-dialog');
  await dialog.getByLabel('Column').selectOption('sector');
  await dialog.getByLabel('New value').selectOption('hospital');
  await dialog.getByTestId('bulk-edit-apply').click();
  await expect(page.getByText("The computer's storage for Måltid is full, so the change was not saved.")).toBeVisible();
  await screenshot(page, 'storage-full');

  // Nothing was written: the database holds exactly what it held, also after a reload with room again.
  expect(await databaseText(page)).toBe(before);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await page.reload();
  await expect(page.getByTestId('kitchens-row').first()).toBeVisible();
  expect(await databaseText(page)).toBe(before);
  await expect(page.getByTestId('kitchens-row').filter({ hasText: 'Hospital' })).toHaveCount(0);
});

test('a browser that refuses the database gets a page that says so and what to do, not a blank window', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'sv-SE' });
  await context.addInitScript(() => {
    const refuse = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    Object.defineProperty(window, 'indexedDB', { configurable: true, get: () => ({ open: refuse, deleteDatabase: refuse, databases: () => Promise.reject(new Error('refused')) }) });
  });
  const page = await context.newPage();
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Måltid kan inte spara dina uppgifter här' })).toBeVisible();
  await expect(alert).toContainText('Måltid kunde inte öppna sin databas på den här datorn');
  await screenshot(page, 'storage-refused-sv');
  await context.close();
});

test('storage use and the browser\'s promise to keep the data are shown in Settings', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('nav-settings').click();
  await expect(page.getByText(/Used [\d.,]+ MB of [\d,]+ MB available\./)).toBeVisible();
});
