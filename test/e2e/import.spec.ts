/**
 * Importing real data through the UI, in Chromium against the production build: a kitchens file
 * in the Nordic Excel dialect (Swedish headers, semicolons, decimal comma, Windows-1252) with the
 * mapping step and the preview; purchase lines and the baseline they give; a bad file that is
 * refused row by row and field by field with the workspace unchanged; and Cancel (and a page
 * closed mid-write) on a large file leaving nothing behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createPlan, openApp, screenshot } from './support/app';
import { readPlanFromPage } from './support/planFromPage';
import { STOCKHOLM_PURCHASES_CSV, cp1252, databaseText, purchaseCounts, writeLargePurchaseFile } from './support/importFiles';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });

const KITCHENS = [
  'Namn;Kommun;Verksamhet;Kökstyp;Frukost;Lunch per dag;Middag;Mellanmål;Närvaro;Serveringsdagar',
  'Björkskolan;Södertälje kommun;Skola;Tillagningskök;0;350;0;0;90 %;178',
  '"Ekbackens äldreboende";Södertälje;Äldreboende;Mottagningskök;45;45;45;40;1;',
  '"Solgläntans förskola; avd Älgen";0181;Förskola;Serveringskök;60;62,5;0;60;0,85;220',
].join('\r\n');

async function chooseFile(page: Page, name: string, buffer: Buffer) {
  await page.getByTestId('import-file').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

test('a kitchens CSV from Excel (Swedish, semicolons, decimal comma, Windows-1252): mapping, preview, confirm, and the kitchens are there', async ({ page }) => {
  await openApp(page);
  await createPlan(page, { organisation: 'Södertälje kommun' });
  // The welcome form creates the organisation without a code; give it Södertälje's.
  await nav(page, 'Organisations').click();
  await page.getByTestId('organisations-row').first().locator('[data-column="code"]').click();
  await page.keyboard.type('0181');
  await page.keyboard.press('Enter');

  await nav(page, 'Kitchens').click();
  await page.getByTestId('import-kitchens').click();
  await chooseFile(page, 'kök 2026.csv', cp1252(KITCHENS));
  await expect(page.getByTestId('import-mapping')).toBeVisible();
  await expect(page.getByTestId('import-encoding')).toHaveValue('windows-1252');
  await expect(page.getByTestId('import-encoding').locator('option:checked')).toHaveText(/detected/);
  await expect(page.getByTestId('import-delimiter')).toHaveValue(';');
  await expect(page.getByTestId('import-decimal')).toHaveValue(',');
  await expect(page.getByTestId('import-map-sector').locator('option:checked')).toHaveText('Verksamhet');
  await expect(page.getByTestId('import-map-lunch').locator('option:checked')).toHaveText('Lunch per dag');
  await expect(page.getByTestId('import-map-breakfast').locator('option:checked')).toHaveText('Frukost');
  await expect(page.getByTestId('import-mapping')).toContainText('Ekbackens äldreboende');
  await screenshot(page, 'import-kitchens-mapping');

  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await expect(page.getByTestId('import-summary')).toHaveText('3 rows read without errors. Nothing has been stored yet: check the preview and confirm.');
  const rows = page.getByTestId('import-preview-rows').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText('Solgläntans förskola; avd Älgen');
  await expect(rows.nth(2)).toContainText('62.5');
  await expect(rows.nth(2)).toContainText('85%');
  await screenshot(page, 'import-kitchens-preview');
  // Nothing is stored before the confirm.
  expect((await readPlanFromPage(page)).kitchens).toHaveLength(0);

  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('Stored: 3 new and 0 updated.');
  await page.getByTestId('import-close').click();
  for (const name of ['Björkskolan', 'Ekbackens äldreboende', 'Solgläntans förskola; avd Älgen']) await expect(page.getByTestId('kitchens-row').filter({ hasText: name })).toHaveCount(1);
  await screenshot(page, 'import-kitchens-done');
  const plan = await readPlanFromPage(page);
  expect(plan.kitchens.map((k) => [k.name, k.sector, k.kind, k.meals.lunch, k.attendance, k.serviceDays])).toEqual([
    ['Björkskolan', 'school', 'production', 350, 0.9, 178],
    ['Ekbackens äldreboende', 'elderly_care', 'receiving', 45, 1, 365],
    ['Solgläntans förskola; avd Älgen', 'preschool', 'serving', 62.5, 0.85, 220],
  ]);

  // One undo step takes the whole import back.
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByTestId('kitchens-row')).toHaveCount(0);
});

test('purchase lines: imported, browsed, re-categorised, and the baseline shows where we are', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-stockholm-malardalen').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await nav(page, 'Suppliers').click();
  await page.getByTestId('tab-purchases').click();
  await expect(page.getByTestId('purchases-tab')).toContainText('No purchase lines yet');

  // Local is "grown in län 01, 03, 04, 18 or 19" in this demo.
  const file = STOCKHOLM_PURCHASES_CSV;
  await page.getByTestId('import-purchases').click();
  await chooseFile(page, 'inköp 2025.csv', Buffer.from(file, 'utf8'));
  await expect(page.getByTestId('import-map-amount').locator('option:checked')).toHaveText('Belopp exkl. moms');
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toContainText('4 rows read without errors');
  await expect(page.getByTestId('import-preview-rows').locator('tbody tr').first()).toContainText('Milk and fermented milk');
  await screenshot(page, 'import-purchases-preview');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('4 purchase lines from inköp 2025.csv have been stored.');
  await page.getByTestId('import-close').click();

  // Value 40,000 kr: local 20,000 (milk from 04, potatoes from 03); weight 3,600 kg, local 3,000.
  await expect(page.getByTestId('baseline-localValue')).toContainText('50.0%');
  await expect(page.getByTestId('baseline-localWeight')).toContainText('83.3%');
  await expect(page.getByTestId('baseline-organicValue')).toContainText('50.0%');
  await expect(page.getByTestId('baseline-organicWeight')).toContainText('41.7%');
  await expect(page.getByTestId('baseline-totals')).toContainText('for 75.0% of the spend');
  await expect(page.getByTestId('baseline-scenarios')).toContainText('Where we are (2025)');
  await expect(page.getByTestId('purchase-count')).toHaveText('4 of 4 lines');
  await screenshot(page, 'import-purchases-baseline');

  // Compare shows the same baseline beside the scenarios, for the latest year with lines.
  await nav(page, 'Compare').click();
  await expect(page.getByTestId('compare-key-figures')).toBeVisible();
  await expect(page.getByTestId('baseline-localValue')).toContainText('50.0%');
  await expect(page.getByTestId('baseline-scenarios')).toContainText('Where we are (2025)');
  await nav(page, 'Suppliers').click();
  await page.getByTestId('tab-purchases').click();

  // Re-categorise one line by hand.
  await page.getByTestId('purchase-search').fill('banan');
  await expect(page.getByTestId('purchase-count')).toHaveText('1 of 4 lines');
  await page.getByTestId('purchase-row').first().click();
  await page.getByTestId('purchase-line-category').selectOption('other');
  await page.getByTestId('purchase-set-line').click();
  await expect(page.getByTestId('purchase-row-category').first()).toHaveText('Fats, oils, sauces, spices, other (set by hand)');
  await screenshot(page, 'import-purchases-recategorised');
  expect(await purchaseCounts(page)).toEqual({ batches: 1, chunks: 1, lines: 4, rowCount: 4 });

  // Undo the import: delete the batch.
  await page.getByTestId('purchase-batch-delete').click();
  await page.getByTestId('purchase-batch-delete-confirm').click();
  await expect(page.getByTestId('purchases-tab')).toContainText('No purchase lines yet');
  expect(await purchaseCounts(page)).toEqual({ batches: 0, chunks: 0, lines: 0, rowCount: 0 });
});

test('a bad file is refused with every problem by row and field, and the workspace is unchanged', async ({ page }) => {
  await openApp(page);
  await createPlan(page, { organisation: 'Södertälje kommun' });
  await nav(page, 'Kitchens').click();
  const before = await databaseText(page);
  const bad = ['Namn;Kommun;Verksamhet;Lunch per dag', 'Björkskolan;Södertälje;Skola;350', 'Ekbacken;Södertälje;Äldreboende;35O', 'Ängen;Gnesta;Skola;40', 'Biblioteket;Södertälje;Bibliotek;12'].join('\n');
  await page.getByTestId('import-kitchens').click();
  await chooseFile(page, 'kök.csv', Buffer.from(bad, 'utf8'));
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toHaveText('4 rows read, 3 errors. Correct them in the file (or choose other columns) and try again. Nothing has been stored.');
  await expect(page.getByTestId('import-problem')).toHaveText([
    'kök.csv, row 3, Lunches a day: “35O” is not a number. Write it with digits, e.g. 1 234,50.',
    'kök.csv, row 4, Organisation: no organisation of the plan has the name or code “Gnesta”. Add it under Organisations first, or correct the name.',
    'kök.csv, row 5, Sector: “Bibliotek” is not one of the known values: skola, förskola, äldreboende, hemtjänst, sjukhus, övrigt.',
  ]);
  await expect(page.getByTestId('import-confirm')).toBeDisabled();
  await screenshot(page, 'import-bad-file');
  await page.getByTestId('import-back').click();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);

  // A binary file renamed .csv, and a 0-byte file.
  await page.getByTestId('import-kitchens').click();
  await chooseFile(page, 'bild.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await expect(page.getByTestId('import-problem')).toHaveText(/^bild\.csv: this is not a text file \(CSV\) or a spreadsheet \(XLSX\)/);
  await expect(page.getByTestId('import-check')).toBeDisabled();
  await page.getByRole('button', { name: 'Choose another file' }).click();
  await chooseFile(page, 'tom.csv', Buffer.alloc(0));
  await expect(page.getByTestId('import-problem')).toHaveText('tom.csv: the file is empty: there is nothing to import.');
  await page.keyboard.press('Escape');
  expect(await databaseText(page)).toBe(before);
});

test.describe('a large file', () => {
  let dir = '';
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'maltid-e2e-import-'));
    writeLargePurchaseFile(join(dir, 'stor.csv'), 600_000);
  });
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('Cancel while checking leaves nothing behind; a page closed while storing leaves all or nothing', async ({ page }) => {
    test.setTimeout(180_000);
    await openApp(page);
    await createPlan(page, { organisation: 'Södertälje kommun' });
    await nav(page, 'Suppliers').click();
    await page.getByTestId('tab-purchases').click();
    const before = await databaseText(page);

    await page.getByTestId('import-purchases').click();
    await page.getByTestId('import-file').setInputFiles(join(dir, 'stor.csv'));
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-progress')).toContainText(/rows a second/);
    await screenshot(page, 'import-large-progress');
    await page.getByTestId('import-cancel').click();
    await expect(page.getByTestId('import-stopped')).toHaveText('The import was cancelled. Nothing was stored.');
    expect(await databaseText(page)).toBe(before);

    // Again to the preview, then confirm and leave the page while the lines are being stored.
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByTestId('import-file').setInputFiles(join(dir, 'stor.csv'));
    await page.getByTestId('import-check').click();
    await expect(page.getByTestId('import-summary')).toContainText('600,000 rows read without errors', { timeout: 120_000 });
    await page.getByTestId('import-confirm').click();
    // While the lines are being stored the app holds the unload back and the browser asks "Leave
    // site?" (data/closeGuard.ts); the user leaves anyway, which is what this test is about
    // (Playwright would accept a beforeunload dialog by itself too: made explicit here).
    page.once('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await expect(page.getByRole('navigation')).toBeVisible();
    const after = await purchaseCounts(page);
    // IndexedDB commits the one transaction wholly or not at all: either every line or none.
    expect([JSON.stringify({ batches: 0, chunks: 0, lines: 0, rowCount: 0 }), JSON.stringify({ batches: 1, chunks: 60, lines: 600_000, rowCount: 600_000 })]).toContain(JSON.stringify(after));
    const outcome = after.batches ? 'the write had committed: every line is there' : 'the write was cut off: nothing is there';
    test.info().annotations.push({ type: 'page closed mid-write', description: outcome });
    console.log(`Page closed while storing 600,000 lines: ${outcome}.`);
  });
});

test.describe('in Swedish', () => {
  test.use({ locale: 'sv-SE' });

  test('the mapping step and the preview speak Swedish, problems included', async ({ page }) => {
    await openApp(page);
    await createPlan(page, { name: 'Matplan 2027', organisation: 'Södertälje kommun' });
    await nav(page, 'Kök').click();
    await page.getByRole('button', { name: 'Importera från fil…' }).click();
    await chooseFile(page, 'kök.csv', cp1252(KITCHENS.replace('62,5', '62,5 st')));
    await expect(page.getByTestId('import-mapping')).toContainText('Måltid har gissat utifrån kolumnrubrikerna');
    await expect(page.getByTestId('import-encoding').locator('option:checked')).toHaveText('Windows-1252 (Excel i Windows) (identifierad)');
    await screenshot(page, 'sv-import-mapping');
    await page.getByRole('button', { name: 'Kontrollera filen' }).click();
    // The new plan's organisation has no municipality code yet, so row 4's "0181" is unknown too.
    await expect(page.getByTestId('import-problem')).toHaveText([
      'kök.csv, rad 4, Organisation: ingen organisation i planen har namnet eller koden ”0181”. Lägg först till den under Organisationer, eller rätta namnet.',
      'kök.csv, rad 4, Luncher per dag: ”62,5 st” är inget tal. Skriv det med siffror, t.ex. 1 234,50.',
    ]);
    await screenshot(page, 'sv-import-problem');
  });
});
