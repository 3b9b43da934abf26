import { expect, test, type Page } from '@playwright/test';
import { createPlan, expectAllSaved, openApp, screenshot } from './support/app';
import { gridCell, gridEditor, gridRow } from './support/grid';
import { activate, tabTo } from './support/keyboard';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });

/** Focuses the grid with the keyboard and puts the active cell on (row, column) by arrows. */
async function gridGoTo(page: Page, grid: string, row: number, col: number) {
  await tabTo(page, page.getByTestId(`${grid}-grid`));
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < row; i++) await page.keyboard.press('ArrowDown');
  for (let i = 0; i < col; i++) await page.keyboard.press('ArrowRight');
}

/** In the row being edited: chooses the `steps`-th next option of a choice cell with the keyboard. */
async function chooseBelow(page: Page, grid: string, steps: number) {
  await page.keyboard.press('Enter');
  await expect(gridEditor(page, grid)).toBeFocused();
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('a new user fills the registers with the keyboard only, and everything is there after a reload', async ({ page }) => {
  await openApp(page);

  // New plan, by keyboard.
  await tabTo(page, page.getByLabel('Name of the plan'));
  await page.keyboard.type('Matplan 2027–2032');
  await tabTo(page, page.getByLabel('Your organisation'));
  await page.keyboard.type('Södertälje kommun');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('header-workspace')).toContainText('Matplan 2027–2032');

  // An organisation: a region.
  await activate(page, nav(page, 'Organisations'));
  await activate(page, page.getByTestId('organisations-add'));
  await expect(gridEditor(page, 'organisations')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Region Stockholm');
  await page.keyboard.press('Tab'); // saves the name, moves to "Kind"
  await chooseBelow(page, 'organisations', 1); // Municipality → Region
  await expect(gridCell(page, 'organisations', 'Region Stockholm', 'kind')).toHaveText('Region');

  // A budget for our municipality (tabs: Tab reaches the selected one, arrows move between them).
  await tabTo(page, page.getByRole('tab', { name: 'Organisations' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Budgets' })).toHaveAttribute('aria-selected', 'true');
  await activate(page, page.getByTestId('budgets-add'));
  await expect(gridEditor(page, 'budgets')).toBeFocused(); // the year
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2027');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4500000');
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'budgets', '2027', 'amount')).toHaveText('4,500,000');

  // Three kitchens of different sectors.
  await activate(page, nav(page, 'Kitchens'));
  const kitchens: [string, number, string][] = [
    ['Björkskolan', 0, '350'],
    ['Solgläntans förskola', 1, '60'],
    ['Ekbackens äldreboende', 2, '45'],
  ];
  for (const [name, sectorSteps, lunches] of kitchens) {
    await activate(page, page.getByTestId('kitchens-add'));
    await expect(gridEditor(page, 'kitchens')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Tab'); // → organisation
    await page.keyboard.press('ArrowRight'); // → sector
    if (sectorSteps) await chooseBelow(page, 'kitchens', sectorSteps);
    // Back on this row (a choice saved with Enter moves down; the new row is the last).
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight'); // past the row's checkbox → lunch
    await page.keyboard.type(lunches);
    await page.keyboard.press('Enter');
    await expect(gridCell(page, 'kitchens', name, 'meals.lunch')).toHaveText(lunches);
  }
  await expect(gridCell(page, 'kitchens', 'Solgläntans förskola', 'sector')).toHaveText('Preschool');
  await expect(gridCell(page, 'kitchens', 'Ekbackens äldreboende', 'sector')).toHaveText('Elderly care');

  // A supplier with two offers.
  await activate(page, nav(page, 'Suppliers'));
  await activate(page, page.getByTestId('suppliers-add'));
  await expect(gridEditor(page, 'suppliers')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Mälardalens Grönt');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('tab', { name: 'Suppliers' }));
  await page.keyboard.press('ArrowRight');
  for (const price of ['24.50', '9.80']) {
    await activate(page, page.getByTestId('offers-add'));
    await expect(gridEditor(page, 'offers')).toBeFocused(); // the price
    await page.keyboard.press('Control+A');
    await page.keyboard.type(price);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('offers-row')).toHaveCount(2);
  // The second offer is for milk: choose its category with the keyboard.
  await gridGoTo(page, 'offers', 1, 2);
  await chooseBelow(page, 'offers', 3); // red meat → poultry → fish → milk
  await expect(page.getByTestId('offers-row').nth(1).locator('[data-column="categoryId"]')).toHaveText('Milk and fermented milk');
  await screenshot(page, 'en-registers-offers');

  // Reload: everything is there.
  await expectAllSaved(page);
  await page.reload();
  await expect(gridRow(page, 'offers', 'Mälardalens Grönt')).toHaveCount(2);
  await expect(page.getByTestId('offers-row').nth(0).locator('[data-column="price"]')).toHaveText('24.50');
  await tabTo(page, page.getByRole('tab', { name: 'Offers' }));
  await page.keyboard.press('ArrowLeft');
  await expect(gridCell(page, 'suppliers', 'Mälardalens Grönt', 'offers')).toHaveText('2');
  await activate(page, nav(page, 'Kitchens'));
  await expect(page.getByTestId('kitchens-row')).toHaveCount(3);
  await expect(gridCell(page, 'kitchens', 'Björkskolan', 'meals.lunch')).toHaveText('350');
  await activate(page, nav(page, 'Organisations'));
  await expect(page.getByTestId('organisations-row')).toHaveCount(2);
  await tabTo(page, page.getByRole('tab', { name: 'Organisations' }));
  await page.keyboard.press('ArrowRight');
  await expect(gridCell(page, 'budgets', '2027', 'organisationId')).toHaveText('Södertälje kommun');
});

test('undo brings back a deleted kitchen, also after switching views', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await nav(page, 'Kitchens').click();
  for (const name of ['Aspskolan', 'Björkskolan', 'Cederskolan']) {
    await page.getByTestId('kitchens-add').click();
    await expect(gridEditor(page, 'kitchens')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByTestId('kitchens-row')).toHaveCount(3);
  await gridGoTo(page, 'kitchens', 1, 1);
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('kitchens-row')).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'deleted' })).toBeVisible();

  // Switch views, come back, undo with the keyboard.
  await nav(page, 'Suppliers').click();
  await nav(page, 'Kitchens').click();
  await page.getByTestId('kitchens-grid').focus();
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('kitchens-row')).toHaveCount(3);
  // Back at its old place, between the other two.
  await expect(page.getByTestId('kitchens-row').nth(1)).toContainText('Björkskolan');
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('kitchens-row')).toHaveCount(2);
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('kitchens-row')).toHaveCount(3);
  await expectAllSaved(page);
  await page.reload();
  await expect(gridRow(page, 'kitchens', 'Björkskolan')).toHaveCount(1);
});

test('bulk edit sets the service days of all school kitchens in one undoable step', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await nav(page, 'Kitchens').click();
  for (const name of ['Skola A', 'Skola B', 'Förskola C']) {
    await page.getByTestId('kitchens-add').click();
    await expect(gridEditor(page, 'kitchens')).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await gridCell(page, 'kitchens', 'Förskola C', 'sector').dblclick();
  await gridEditor(page, 'kitchens').selectOption('preschool');
  await page.keyboard.press('Enter');

  await page.getByTestId('kitchens-filter-sector').selectOption('school');
  await expect(page.getByTestId('kitchens-row')).toHaveCount(2);
  await page.getByTestId('kitchens-grid').focus();
  await page.keyboard.press('Control+a');
  await page.getByTestId('kitchens-bulk-edit').click();
  const dialog = page.getByTestId('bulk-edit-dialog');
  await dialog.getByLabel('Column').selectOption('calendar');
  await dialog.getByLabel('New value').selectOption('fixed');
  await dialog.getByTestId('bulk-edit-apply').click();
  await page.getByTestId('kitchens-bulk-edit').click();
  await dialog.getByLabel('Column').selectOption('serviceDays');
  await dialog.getByLabel('New value').fill('400');
  await dialog.getByTestId('bulk-edit-apply').click();
  await expect(dialog.getByRole('alert')).toHaveText('Service days must be between 0 and 366.');
  await dialog.getByLabel('New value').fill('180');
  await dialog.getByTestId('bulk-edit-apply').click();
  await expect(gridCell(page, 'kitchens', 'Skola A', 'serviceDays')).toHaveText('180');
  await expect(gridCell(page, 'kitchens', 'Skola B', 'serviceDays')).toHaveText('180');
  await page.getByTestId('kitchens-filter-sector').selectOption('');
  await expect(gridCell(page, 'kitchens', 'Förskola C', 'serviceDays')).not.toHaveText('180');
  // One step undoes both rows: back to the fixed calendar's default days.
  await page.getByTestId('undo').click();
  await expect(gridCell(page, 'kitchens', 'Skola A', 'serviceDays')).toHaveText('178');
  await expect(gridCell(page, 'kitchens', 'Skola B', 'serviceDays')).toHaveText('178');
  // And the step before it, the calendar of both.
  await page.getByTestId('undo').click();
  await expect(gridCell(page, 'kitchens', 'Skola A', 'serviceDays')).toHaveText('by calendar');
  await expect(gridCell(page, 'kitchens', 'Skola B', 'serviceDays')).toHaveText('by calendar');
});

test('the registers show units and currency in their headers, in every language', async ({ browser }) => {
  for (const [locale, price, lunch] of [
    ['sv-SE', 'Pris (SEK/kg)', 'Lunch (måltider/dag)'],
    ['da-DK', 'Pris (SEK/kg)', 'Frokost (måltider/dag)'],
    ['fi-FI', 'Hinta (SEK/kg)', 'Lounas (ateriaa/päivä)'],
    ['en-GB', 'Price (SEK/kg)', 'Lunch (meals/day)'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openApp(page);
    await createPlan(page);
    await page.getByTestId('nav-kitchens').click();
    await page.getByTestId('kitchens-add').click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('columnheader', { name: lunch })).toBeVisible();
    await page.getByTestId('nav-suppliers').click();
    await page.getByTestId('suppliers-add').click();
    await page.keyboard.press('Enter');
    await page.getByTestId('tab-offers').click();
    await page.getByTestId('offers-add').click();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('columnheader', { name: price })).toBeVisible();
    await screenshot(page, `${locale.slice(0, 2)}-registers-offers-empty`);
    await context.close();
  }
});

test('contracts: dates typed in the language format or picked from the calendar, expiry and re-tender dates shown', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await nav(page, 'Suppliers').click();
  await page.getByTestId('suppliers-add').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Martin & Servera');
  await page.keyboard.press('Enter');
  await page.getByTestId('tab-contracts').click();
  await page.getByTestId('contracts-add').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Livsmedel 2025');
  await page.keyboard.press('Enter');

  // Start and end typed in the table, in the English (UK) format.
  await typeInCellAndCheck(page, 'start', '01/03/2025');
  await typeInCellAndCheck(page, 'initialEnd', '28/02/2027');
  // An end before the start is refused, with the reason.
  await gridCell(page, 'contracts', 'Livsmedel 2025', 'initialEnd').click();
  await page.keyboard.type('01/01/2024');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('contracts-error')).toHaveText('Initial end: the end cannot come before the start.');
  await page.keyboard.press('Escape');
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', 'initialEnd')).toHaveText('28/02/2027');
  // Planned end (no options used) and the latest tender start: 9 months of lead time before it.
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', 'plannedEnd')).toHaveText('28/02/2027');
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', 'latestTenderStart')).toContainText('01/06/2026');

  // The detail form: use the first option, pick the join-by date from the calendar by keyboard.
  await gridCell(page, 'contracts', 'Livsmedel 2025', 'name').click();
  await page.getByTestId('contracts-details-open').click();
  const details = page.getByTestId('contract-details');
  await details.getByLabel('The plan assumes it is used').first().check();
  await details.getByRole('button', { name: 'Calendar' }).nth(2).click();
  const calendar = page.getByRole('dialog', { name: /Choose Join by/ });
  await expect(calendar).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(details.getByTestId('contract-joinby')).not.toHaveValue('');
  await details.getByTestId('contract-details-save').click();
  // With the 12-month option used, the contract runs a year longer.
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', 'plannedEnd')).toHaveText('29/02/2028');
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', 'extensions')).toHaveText('12 mo. (used) + 12 mo.');
  await screenshot(page, 'en-registers-contracts');
});

async function typeInCellAndCheck(page: Page, column: string, text: string) {
  await gridCell(page, 'contracts', 'Livsmedel 2025', column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(gridCell(page, 'contracts', 'Livsmedel 2025', column)).toHaveText(text);
}

test('meal profiles: grams per portion with the kg a year they imply, and a warning for an implausible portion', async ({ page }) => {
  await openApp(page);
  await createPlan(page);
  await nav(page, 'Kitchens').click();
  await page.getByTestId('kitchens-add').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Björkskolan');
  await page.keyboard.press('Enter');
  await typeInCellOf(page, 'kitchens', 'Björkskolan', 'meals.lunch', '100');
  await page.getByTestId('tab-profiles').click();
  // 100 lunches × 178 school days × 90 % × 35 g red meat / (1 − 12 %) = 637.2 kg.
  await expect(gridCell(page, 'profiles', 'Red meat', 'kgPerYear')).toHaveText('637');
  await expect(page.getByTestId('portion-totals')).toContainText('Every portion lies within');
  await typeInCellOf(page, 'profiles', 'Red meat', 'grams.school', '900');
  await expect(page.getByTestId('portion-warnings')).toContainText('The School portion sums to 1,378 g, above the plausible 1,000 g');
  // 900 g: 16,384 kg.
  await expect(gridCell(page, 'profiles', 'Red meat', 'kgPerYear')).toHaveText('16,384');
  await screenshot(page, 'en-registers-profiles');
  await page.getByTestId('undo').click();
  await expect(page.getByTestId('portion-warnings')).toHaveCount(0);
});

async function typeInCellOf(page: Page, grid: string, row: string, column: string, text: string) {
  await gridCell(page, grid, row, column).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(gridCell(page, grid, row, column)).toContainText(text.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}
