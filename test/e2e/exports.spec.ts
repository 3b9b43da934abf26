/**
 * Every export from the browser build, as a user makes it: the plan file round trip (and plan
 * files dropped on the window, which never replace a plan without asking), the Excel workbook
 * and the Word memo from the Reports view, CSV of a register and of a report table in the
 * chosen dialect, and a chart as PNG and SVG. Downloads are caught with Playwright and read in
 * Node.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import * as ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate } from '../../shared/engine';
import { IMAGE_RIGHT_MARGIN } from '../../renderer/src/exports/chartImage';
import { parseCsv } from '../../shared/import/csv';
import { parseNumberCell } from '../../shared/import/numbers';
import { openApp } from './support/app';
import { openDemo } from './support/analysis';
import { readPlanFromPage } from './support/planFromPage';

async function download(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download: d, bytes: readFileSync((await d.path())) };
}

/** Drops a file on the window the way a file manager does (dragenter, dragover, drop). */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/json' }));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    { name, data: [...bytes] },
  );
}

test('plan file round trip: save, open into a new workspace, save again gives the same bytes', async ({ page, browser }, testInfo) => {
  await openDemo(page, 'lapland');
  const first = await download(page, () => page.getByTestId('header-save-plan').click());
  expect(first.download.suggestedFilename()).toBe('Lappi demo.maltid');
  expect(first.bytes.toString('utf8')).toMatch(/^\{\n {2}"format": "maltid-plan",/);

  // A new workspace on another machine: a fresh browser profile opens the file, saves it again.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL! });
  const other = await context.newPage();
  await openApp(other);
  const [chooser] = await Promise.all([other.waitForEvent('filechooser'), other.getByTestId('open-plan-file').click()]);
  await chooser.setFiles({ name: 'Lappi (demo).maltid', mimeType: 'application/json', buffer: first.bytes });
  await expect(other.getByTestId('header-workspace')).toContainText('Lappi (demo)');
  const second = await download(other, () => other.getByTestId('header-save-plan').click());
  expect(second.bytes.equals(first.bytes)).toBe(true);
  await context.close();

  // In the same profile the plan is already there: opening asks, and as a copy only the identity differs.
  await page.getByTestId('header-plans').click();
  const [again] = await Promise.all([page.waitForEvent('filechooser'), page.getByTestId('open-plan-file').click()]);
  await again.setFiles({ name: 'Lappi (demo).maltid', mimeType: 'application/json', buffer: first.bytes });
  await page.getByTestId('plan-exists-copy').click();
  await expect(page.getByTestId('header-workspace')).toContainText('Lappi (demo)');
  const copy = await download(page, () => page.getByTestId('header-save-plan').click());
  const a = JSON.parse(first.bytes.toString('utf8')) as { plan: { meta: Record<string, unknown> } };
  const b = JSON.parse(copy.bytes.toString('utf8')) as { plan: { meta: Record<string, unknown> } };
  expect(b.plan.meta.id).not.toBe(a.plan.meta.id);
  expect(b.plan.meta.name).not.toBe(a.plan.meta.name);
  expect({ ...b, plan: { ...b.plan, meta: { ...b.plan.meta, id: a.plan.meta.id, name: a.plan.meta.name } } }).toEqual(a);
});

test('a plan file dropped on the window opens it, and never replaces a plan without asking', async ({ page, browser }, testInfo) => {
  await openDemo(page, 'danish-partnership');
  const saved = await download(page, () => page.getByTestId('header-save-plan').click());

  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL! });
  const other = await context.newPage();
  await openApp(other, './#/overview');
  await dropFile(other, 'partnerskab.maltid', saved.bytes);
  await expect(other.getByTestId('header-workspace')).toContainText('Dansk kommunepartnerskab (demo)');

  // The same file again, from any view: the app asks first; cancelling changes nothing.
  await other.getByTestId('nav-kitchens').click();
  await dropFile(other, 'partnerskab.maltid', saved.bytes);
  await expect(other.getByTestId('plan-exists')).toBeVisible();
  await other.getByTestId('plan-exists').getByRole('button', { name: 'Cancel' }).click();
  await expect(other.getByTestId('plans-table').locator('tbody tr')).toHaveCount(1);

  // Something that is not a plan file is refused with a sentence.
  await dropFile(other, 'notes.txt', Buffer.from('hello'));
  await expect(other.getByText('“notes.txt” is not a plan file (.maltid or .json).')).toBeVisible();
  await context.close();
});

test('the Excel workbook from the Reports view equals the engine to the minor unit, in the report’s language', async ({ page }) => {
  await openDemo(page, 'stockholm-malardalen');
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-language').selectOption('sv');
  await expect(page.getByTestId('export-xlsx')).toBeEnabled();
  const { download: d, bytes } = await download(page, () => page.getByTestId('export-xlsx').click());
  expect(d.suggestedFilename()).toBe('Stockholm–Mälardalen (demo) – siffror.xlsx');

  const plan = await readPlanFromPage(page);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Jämförelse', 'Antaganden', '1 Totalt per år']);
  plan.scenarios.slice(0, 4).forEach((s, i) => {
    const r = evaluate(plan, s.id);
    const ws = wb.getWorksheet(`${i + 1} Totalt per år`)!;
    let total = 0;
    ws.getRow(2).eachCell((c, col) => {
      if (c.value === 'Total kostnad (SEK)') total = col;
    });
    r.totals.forEach((y, k) => {
      const v = ws.getRow(3 + k).getCell(total).value as number;
      expect(Math.round(v * 100)).toBe(y.totalMinor);
      expect(v).toBe(y.totalMinor / 100);
    });
  });
});

test('the Word memo from the Reports view follows the Danish decision-memo form', async ({ page }) => {
  await openDemo(page, 'danish-partnership');
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-language').selectOption('da');
  await expect(page.getByTestId('export-docx')).toBeEnabled();
  const { download: d } = await download(page, () => page.getByTestId('export-docx').click());
  expect(d.suggestedFilename()).toBe('Dansk kommunepartnerskab (demo) – beslutningsgrundlag.docx');
  const xml = execFileSync('unzip', ['-p', (await d.path()), 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
  let at = -1;
  for (const heading of ['Resume', 'Indstilling', 'Beslutningskompetence', 'Sagsfremstilling', 'Økonomi', 'Bilag']) {
    const i = text.indexOf(`\n${heading}\n`, at + 1);
    expect(i, heading).toBeGreaterThan(at);
    at = i;
  }
});

test('CSV of a register and of a report table, in the dialect the user chose, with a byte-order mark', async ({ page }) => {
  await openDemo(page, 'stockholm-malardalen');
  const plan = await readPlanFromPage(page);
  await page.getByTestId('nav-kitchens').click();
  await page.getByTestId('kitchens-csv').click();
  const dialog = page.getByTestId('kitchens-csv-dialog');
  // English UI: comma and decimal point by default; the user picks the Nordic Excel dialect.
  await expect(dialog.getByTestId('kitchens-csv-delimiter')).toHaveValue(',');
  await dialog.getByTestId('kitchens-csv-delimiter').selectOption(';');
  await dialog.getByTestId('kitchens-csv-decimal').selectOption(',');
  const { download: d, bytes } = await download(page, () => dialog.getByTestId('kitchens-csv-save').click());
  expect(d.suggestedFilename()).toBe('Stockholm–Mälardalen (demo) – Kitchens.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8').slice(1), ';').rows;
  expect(rows).toHaveLength(plan.kitchens.length + 1);
  expect(rows[0]!.slice(0, 3)).toEqual(['Name', 'Organisation', 'Sector']);
  const lunch = rows[0]!.indexOf('Lunch per day');
  plan.kitchens.forEach((k, i) => {
    expect(rows[i + 1]![0]).toBe(k.name);
    expect(parseNumberCell(rows[i + 1]![lunch]!, ',')).toBe(k.meals.lunch);
  });

  await page.getByTestId('nav-reports').click();
  await page.getByTestId('csv-summary').click();
  await page.getByTestId('csv-summary-delimiter').selectOption('\t');
  const summary = await download(page, () => page.getByTestId('csv-summary-save').click());
  const table = parseCsv(summary.bytes.toString('utf8').slice(1), '\t').rows;
  expect(table[0]).toEqual(['Measure', ...plan.scenarios.slice(0, 4).map((s) => s.name)]);
  expect(table.map((r) => r[0])).toContain('Total cost, 2027–2032');
});

test('a report chart saved as PNG (twice its size) and as SVG', async ({ page }) => {
  await openDemo(page, 'lapland');
  await page.getByTestId('nav-reports').click();
  const chart = page.getByTestId('report-chart-costPerMeal');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const width = Number(await chart.locator('svg.recharts-surface').getAttribute('width'));

  await page.getByTestId('chart-image-costPerMeal-toggle').click();
  const png = await download(page, () => page.getByTestId('chart-image-costPerMeal-png').click());
  expect(png.download.suggestedFilename()).toBe('Cost per meal, 2032.png');
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The image is the chart and a margin on its right for the last axis label, at twice the size.
  expect(png.bytes.readUInt32BE(16)).toBe((width + IMAGE_RIGHT_MARGIN) * 2);
  writeFileSync(test.info().outputPath('cost-per-meal.png'), png.bytes); // kept to be looked at

  await page.getByTestId('chart-image-costPerMeal-toggle').click();
  const svg = await download(page, () => page.getByTestId('chart-image-costPerMeal-svg').click());
  const text = svg.bytes.toString('utf8');
  expect(text).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(text).toContain('<title>Cost per meal, 2032</title>');
  expect(text).toContain('Maakunnallinen kumppanuusmalli lähiruoalle');
});

test('a Compare chart saved as SVG carries its title, the bars and the legend, and as PNG', async ({ page }) => {
  await openDemo(page, 'danish-partnership');
  await page.getByTestId('nav-compare').click();
  const chart = page.getByTestId('chart-split');
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  const title = (await chart.locator('figcaption').textContent())!;
  const legend = await chart.locator('.recharts-legend-item-text').allTextContents();
  expect(legend.length).toBeGreaterThan(1);

  await page.getByTestId('chart-split-save-toggle').click();
  const svg = await download(page, () => page.getByTestId('chart-split-save-svg').click());
  expect(svg.download.suggestedFilename()).toMatch(/\.svg$/);
  const text = svg.bytes.toString('utf8');
  expect(text).toContain(`<title>${title}</title>`);
  // The bars' pattern fills resolve inside the image: their <pattern> definitions came along.
  const fills = [...text.matchAll(/fill="url\(#([^)]+)\)"/g)].map((m) => m[1]!);
  expect(fills.length).toBeGreaterThan(0);
  for (const id of new Set(fills)) expect(text).toContain(`id="${id}"`);
  for (const label of legend) expect(text).toContain(`>${label.replace(/&/g, '&amp;')}</text>`);

  await page.getByTestId('chart-split-save-toggle').click();
  const png = await download(page, () => page.getByTestId('chart-split-save-png').click());
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(600);
});
