/**
 * The desktop shell's exports: "PDF" prints the Reports view with printToPDF and saves it where
 * the native save dialog says, and Word and the plan file go through the same dialog. A test
 * cannot click a native dialog, so the main process's dialog answers with a path in a temporary
 * folder. Skipped, with its reason, where the Electron runtime is not installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, skipWithoutElectron, test } from './support/electron-app';

skipWithoutElectron();

test('the report is saved as a Finnish A4 PDF, a Word memo and a plan file through the save dialog', async ({ electronApp, appPage }) => {
  const dir = mkdtempSync(join(tmpdir(), 'maltid-desktop-exports-'));
  await electronApp.evaluate(({ dialog }, folder) => {
    let n = 0;
    dialog.showSaveDialog = ((...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      const name = (options.defaultPath ?? `file-${n}`).split(/[\\/]/).pop()!;
      n++;
      return Promise.resolve({ canceled: false, filePath: `${folder}/${name}` });
    });
  }, dir);

  await appPage.getByTestId('demo-open-lapland').click();
  // The guided tour opens on the first demo; Escape closes it in every language.
  await appPage.keyboard.press('Escape');
  await appPage.getByTestId('nav-reports').click();
  await appPage.getByTestId('report-language').selectOption('fi');
  await expect(appPage.getByTestId('report-chart-trajectory').locator('svg.recharts-surface')).toBeVisible();

  await appPage.getByTestId('export-pdf').click();
  const pdf = join(dir, 'Lappi (demo) – päätösaineisto.pdf');
  await expect.poll(() => existsSync(pdf), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => readFileSync(pdf).length).toBeGreaterThan(10_000);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('Yhteenveto päätöksentekoa varten');
  expect(text).toMatch(/Sivu 1\/\d+/);
  expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12]/);

  await appPage.getByTestId('export-docx').click();
  await expect.poll(() => existsSync(join(dir, 'Lappi (demo) – päätösaineisto.docx')), { timeout: 30_000 }).toBe(true);

  await appPage.getByTestId('save-plan-file').click();
  await expect.poll(() => existsSync(join(dir, 'Lappi demo.maltid')), { timeout: 30_000 }).toBe(true);
});
