/**
 * Purchase lines travel in the plan file, in Chromium against the production build: lines
 * imported through the UI are saved with the plan (Save plan file), and opening that file as a
 * copy brings them along, so that Compare's baseline ("where we are today") shows the same
 * figures in the copy; saving the copy writes the same lines again.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openDemo } from './support/analysis';
import { STOCKHOLM_PURCHASES_CSV } from './support/importFiles';

const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });

async function savePlanFile(page: Page): Promise<Buffer> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId('header-save-plan').click()]);
  return readFileSync(await d.path());
}

const BASELINE = ['baseline-localValue', 'baseline-localWeight', 'baseline-organicValue', 'baseline-organicWeight', 'baseline-totals', 'baseline-scenarios'];

async function compareBaseline(page: Page): Promise<string[]> {
  await nav(page, 'Compare').click();
  await expect(page.getByTestId('compare-key-figures')).toBeVisible();
  await expect(page.getByTestId('baseline-scenarios')).toContainText('Where we are (2025)');
  // The scenarios' rows come from the engine worker: read them once every figure is there.
  await expect(page.getByTestId('baseline-scenarios')).not.toContainText('Computing');
  return Promise.all(BASELINE.map((id) => page.getByTestId(id).innerText()));
}

test('purchase lines are saved in the plan file and opened with it: a copy shows the same baseline in Compare', async ({ page }) => {
  await openDemo(page, 'stockholm-malardalen');
  await nav(page, 'Suppliers').click();
  await page.getByTestId('tab-purchases').click();
  const file = STOCKHOLM_PURCHASES_CSV;
  await page.getByTestId('import-purchases').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'inköp 2025.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') });
  await page.getByTestId('import-check').click();
  await expect(page.getByTestId('import-summary')).toContainText('4 rows read without errors');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-done')).toContainText('4 purchase lines from inköp 2025.csv have been stored.');
  await page.getByTestId('import-close').click();

  const original = await compareBaseline(page);
  // Value 40,000 kr: local 20,000 (milk from län 04, potatoes from 03); as import.spec.ts checks.
  expect(original[0]).toContain('50.0%');

  const saved = await savePlanFile(page);
  const text = saved.toString('utf8');
  const json = JSON.parse(text) as { plan: { meta: { id: string; name: string } }; purchases: { batches: { sourceFile: string; rowCount: number }[]; rows: unknown[][] } };
  expect(json.purchases.batches.map((b) => [b.sourceFile, b.rowCount])).toEqual([['inköp 2025.csv', 4]]);
  expect(text).toContain('\n      ["batch-');

  // Open the file as a copy next to the original.
  await page.getByTestId('header-plans').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-plan-file').click()]);
  await chooser.setFiles({ name: 'Stockholm.maltid', mimeType: 'application/json', buffer: saved });
  await page.getByTestId('plan-exists-copy').click();
  await expect(page.getByTestId('header-workspace')).toContainText(`${json.plan.meta.name} (copy)`);

  expect(await compareBaseline(page)).toEqual(original);
  await nav(page, 'Suppliers').click();
  await page.getByTestId('tab-purchases').click();
  await expect(page.getByTestId('purchase-count')).toHaveText('4 of 4 lines');

  // Saving the copy writes the same lines: only the plan's identity differs.
  const copy = JSON.parse((await savePlanFile(page)).toString('utf8')) as typeof json;
  expect(copy.plan.meta.id).not.toBe(json.plan.meta.id);
  expect(copy.purchases).toEqual(json.purchases);
});
