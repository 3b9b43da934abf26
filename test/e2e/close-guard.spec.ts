/**
 * A window closed right after an edit keeps the edit (renderer/src/data/closeGuard.ts), in Chromium
 * against real IndexedDB. An edit is stored a moment after it is made; to make that moment long
 * enough to close the page in, a second connection holds the kitchens table in a read-write
 * transaction until the test lets it go, so that the app's write waits in its queue (the status line
 * says "Saving changes…"). The page is then closed with its beforeunload handlers run, as when the
 * user closes the window, and the plan is opened again in a new page of the same profile.
 * Nothing here depends on how fast the machine is: the hold ends when the test says so, and the
 * what-if test stops the page's clock so that the slider's draft cannot settle by itself.
 */
import { expect, test, type BrowserContext, type Dialog, type Page } from '@playwright/test';
import { createPlan, expectAllSaved, openApp } from './support/app';
import { installFakeDesktop } from './support/fakeDesktop';
import { addRow, gridCell, typeInCell } from './support/grid';

/** The longest a table is held if the test never lets it go (a failed test), so the page is not stuck. */
const HOLD_CAP_MS = 20_000;

/** Keeps `table` busy in a read-write transaction of a second connection until `releaseTable`. */
async function holdTable(page: Page, table: string): Promise<void> {
  await page.evaluate(
    ({ table, cap }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('maltid');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          const store = tx.objectStore(table);
          const w = window as unknown as { __releaseTable?: () => void };
          let released = false;
          w.__releaseTable = () => (released = true);
          const end = performance.now() + cap;
          // A transaction stays open while it has requests: one after another until released.
          const next = (): void => {
            if (!released && performance.now() < end) store.count().onsuccess = next;
          };
          next();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
    { table, cap: HOLD_CAP_MS },
  );
}

/** Lets the table held by `holdTable` go: the app's waiting write goes through. */
async function releaseTable(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __releaseTable: () => void }).__releaseTable());
}

/** A plan with one kitchen, stored, on the kitchens register. */
async function planWithKitchen(page: Page): Promise<void> {
  await openApp(page);
  await createPlan(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Kitchens' }).click();
  await addRow(page, 'kitchens', 'Björkskolan');
  await expectAllSaved(page);
}

/** Changes the kitchen's lunches while its table is held, so that the write is still waiting. */
async function editWhileTheWriteWaits(page: Page): Promise<void> {
  await holdTable(page, 'kitchens');
  await typeInCell(page, 'kitchens', 'Björkskolan', 'meals.lunch', '420');
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('420');
  await expect(page.getByTestId('status-line')).toHaveText('Saving changes…');
}

/** Closes the page as the user closes a window; the dialog the page raised, or null if it just closed. */
async function closeLikeTheUser(page: Page): Promise<Dialog | null> {
  // Waiting for a dialog fails when the page closes instead: that is the "no dialog" answer.
  const outcome = Promise.race([page.waitForEvent('dialog').catch(() => null), page.waitForEvent('close').then(() => null)]);
  await page.close({ runBeforeUnload: true });
  return outcome;
}

/** The kitchen's lunches as a new window on the same profile shows them. */
async function lunchesWhenOpenedAgain(context: BrowserContext): Promise<string | null> {
  const page = await context.newPage();
  await openApp(page, './#/kitchens');
  const cell = gridCell(page, 'kitchens', 'Björkskolan', 'meals.lunch');
  await expect(cell).toBeVisible();
  return cell.textContent();
}

test('in the browser, a tab closed while an edit is being saved asks first, and the edit is kept', async ({ page, context }) => {
  await planWithKitchen(page);
  await editWhileTheWriteWaits(page);

  const dialog = await closeLikeTheUser(page);
  // The browser asks "Leave site?"; the user stays, and the edit is stored meanwhile.
  expect(dialog?.type(), 'the close was held back while the edit was being saved').toBe('beforeunload');
  await dialog?.dismiss();
  await releaseTable(page);
  await expectAllSaved(page);
  // Nothing is being saved now: the tab closes without asking.
  expect(await closeLikeTheUser(page)).toBeNull();

  expect(await lunchesWhenOpenedAgain(context)).toBe('420');
});

test('in the desktop app, a window closed while an edit is being saved saves it first, then asks the shell to close again', async ({ page, context }) => {
  await installFakeDesktop(context);
  await planWithKitchen(page);
  await editWhileTheWriteWaits(page);

  const dialog = await closeLikeTheUser(page);
  expect(dialog?.type(), 'the close was held back while the edit was being saved').toBe('beforeunload');
  // Electron cancels the close without a dialog; Chromium shows one, which stands in for that here.
  await dialog?.dismiss();
  await expect(page.getByTestId('status-line')).toHaveText('Saving before closing…');
  expect(await page.evaluate(() => (window as unknown as { __closeRequests: number }).__closeRequests), 'not closed while the edit waits').toBe(0);
  await releaseTable(page);
  // Once the edit is stored, the page asks the shell to close the window again, by itself.
  await expect.poll(() => page.evaluate(() => (window as unknown as { __closeRequests: number }).__closeRequests)).toBe(1);
  await expectAllSaved(page);
  // The shell closes the window again: this time nothing holds it back.
  expect(await closeLikeTheUser(page)).toBeNull();

  expect(await lunchesWhenOpenedAgain(context)).toBe('420');
});

test('a what-if slider moved just before the tab closes is saved, though it had not settled yet', async ({ page, context }) => {
  // The page's timers run on a clock the test controls: it runs as usual until paused below.
  await page.clock.install();
  await openApp(page);
  await page.getByTestId('demo-open-lapland').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByTestId('nav-scenarios').click();
  await expectAllSaved(page);
  const title = await page.locator('.scenario-title').textContent();
  const slider = page.getByTestId('whatif-local-premium');
  const before = await slider.inputValue();
  // From here the draft's settle timer (600 ms) cannot fire, however slowly the steps below run.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await slider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const moved = await slider.inputValue();
  expect(moved).not.toBe(before);

  // Closed before the draft settled: the draft is flushed into the queue and waited for.
  const dialog = await closeLikeTheUser(page);
  expect(dialog?.type(), 'the close was held back while the draft was being saved').toBe('beforeunload');
  await dialog?.dismiss();
  await page.clock.resume();
  await expectAllSaved(page);
  expect(await closeLikeTheUser(page)).toBeNull();

  const again = await context.newPage();
  await openApp(again);
  await again.getByTestId('nav-scenarios').click();
  await expect(again.locator('.scenario-title')).toHaveText(title!);
  await expect(again.getByTestId('whatif-local-premium')).toHaveValue(moved);
});
