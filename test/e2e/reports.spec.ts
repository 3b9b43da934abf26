/**
 * The council report as PDF: Playwright's page.pdf() prints the Reports view with the same
 * Chromium print engine as the desktop's printToPDF, with the same options. The PDF's text
 * (pdftotext) must carry the headline figures in the report's language and number format,
 * computed here with the engine and shared/format from the plan the app stored; its first two
 * pages are rendered (pdftoppm) into test-results/screenshots/ to be looked at.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluate } from '../../shared/engine';
import { co2ePerMeal, costPerMeal, shareBy } from '../../shared/engine/figures';
import { createFormatter } from '../../shared/format';
import type { Language } from '../../shared/model/enums';
import type { DemoId } from '../../shared/demos';
import { recommendScenario, buildReportModel, defaultSelection } from '../../shared/report';
import { SCREENSHOT_DIR, screenshot } from './support/app';
import { expectNoAxeViolations, openDemo } from './support/analysis';
import { readPlanFromPage } from './support/planFromPage';

/** The options the desktop shell prints with (electron/main/print.ts), in Playwright's terms. */
const PDF = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

/** pdftotext's text with every kind of space made a plain space, as Intl's no-break spaces are. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/[\u00a0\u202f\u2009]/g, ' ');
}

const plain = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ');

async function openReport(page: Page, demo: DemoId, language: Language): Promise<void> {
  await openDemo(page, demo);
  await page.getByTestId('nav-reports').click();
  await page.getByTestId('report-language').selectOption(language);
  await expect(page.getByTestId('report-document')).toHaveAttribute('lang', language);
  await expect(page.getByTestId('report-chart-costPerMeal').locator('svg.recharts-surface')).toBeVisible();
  await expect(page.getByTestId('report-chart-trajectory').locator('svg.recharts-surface')).toBeVisible();
}

async function printPdf(page: Page, name: string): Promise<{ file: string; text: string; pages: number }> {
  const dir = resolve('test-results/pdf');
  mkdirSync(dir, { recursive: true });
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = resolve(dir, `${name}.pdf`);
  await page.pdf({ path: file, ...PDF });
  // Pages 1 and 2 (the cover and the decision summary) as images, kept as artifacts.
  // (-singlefile keeps the names fixed: without it pdftoppm pads page numbers to the page count.)
  for (const n of [1, 2]) execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(n), '-l', String(n), '-singlefile', file, resolve(SCREENSHOT_DIR, `${name}-page${n}`)]);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return { file, text: pdfText(file), pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

const CASES: { demo: DemoId; language: Language; texts: string[]; page: (n: number, of: number) => string }[] = [
  {
    demo: 'stockholm-malardalen',
    language: 'sv',
    texts: ['Livsmedelsupphandling: beslutsunderlag', 'Sammanfattning för beslut', 'Rekommenderat scenario', 'Lokal andel under planperioden', 'Kapacitetsbrist och risker', 'Antaganden och datakällor'],
    page: (n, of) => `Sida ${n} av ${of}`,
  },
  {
    demo: 'lapland',
    language: 'fi',
    texts: ['Elintarvikehankinnat: päätöksenteon pohja-aineisto', 'Yhteenveto päätöksentekoa varten', 'Suositeltu skenaario', 'Lähiruoan osuus suunnittelukaudella', 'Kapasiteettivaje ja riskit', 'Oletukset ja tietolähteet'],
    page: (n, of) => `Sivu ${n}/${of}`,
  },
];

for (const c of CASES) {
  test(`the ${c.demo} report prints as an A4 PDF in ${c.language}, whatever the UI language, with the engine’s figures`, async ({ page }) => {
    test.setTimeout(120_000);
    await openReport(page, c.demo, c.language);
    // The UI stays English: only the report follows the chosen language.
    await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

    const plan = await readPlanFromPage(page);
    const f = createFormatter(c.language);
    const currency = plan.meta.currency;
    const results = new Map(plan.scenarios.map((s) => [s.id, evaluate(plan, s.id)]));
    const selection = defaultSelection(plan);
    const year = selection.year;

    const { text, pages } = await printPdf(page, `report-${c.demo}-${c.language}`);
    // Labels the stylesheet sets in capitals come out of pdftotext in capitals.
    for (const s of c.texts) expect(text.toLowerCase(), s).toContain(s.toLowerCase());
    expect(pages).toBeGreaterThanOrEqual(6);
    // Page numbers in the report's language, from page 1; the running header from page 2.
    expect(text).toContain(c.page(1, pages));
    expect(text).toContain(c.page(pages, pages));
    expect(text).toContain(plain(`${plan.meta.name} – ${c.texts[0]}`));

    // The headline figures of every scenario, in the language's format: cost per meal, total
    // cost over the horizon and in the year, local share and kg CO2e per meal in the summary year.
    for (const s of plan.scenarios.slice(0, 4)) {
      const r = results.get(s.id)!;
      const y = r.totals.find((x) => x.year === year)!;
      expect(text, s.name).toContain(plain(s.name));
      expect(text).toContain(plain(f.money(costPerMeal(y)!, currency, 2)));
      expect(text).toContain(plain(f.money(r.horizon.totalMinor, currency)));
      expect(text).toContain(plain(f.money(y.totalMinor, currency)));
      // The local share by the basis of the scenario's target (Lapland's is by weight).
      expect(text).toContain(plain(f.percent(shareBy(s.localTarget.basis, 'local', y)!, 1)));
      expect(text).toContain(plain(f.number(co2ePerMeal(y)!, 2)));
    }
    // The recommended scenario, by the stated rule, recomputed here.
    const model = buildReportModel(plan, results, selection);
    const recommended = plan.scenarios.find((s) => s.id === recommendScenario(model.scenarios)!.scenarioId)!;
    const summaryPage = text.split('\f')[1]!;
    expect(plain(summaryPage)).toContain(plain(recommended.name));
  });
}

test('the Reports view: choices change the preview, the summary fits its page, and axe finds no violation', async ({ page }) => {
  await openReport(page, 'danish-partnership', 'da');
  const doc = page.getByTestId('report-document');
  await expect(doc.getByTestId('report-summary')).toContainText('Resumé til beslutning');
  await expect(page.getByTestId('report-scenario-dk-alone')).toBeChecked();
  // Two scenarios only: the summary table has a column each.
  await page.getByTestId('report-scenario-dk-partnership-hub').uncheck();
  await expect(doc.getByTestId('report-table-summary').locator('thead th')).toHaveCount(3);
  // One scenario is too few to compare: no preview, no export.
  await page.getByTestId('report-scenario-dk-partnership').uncheck();
  await expect(page.getByText('Choose at least two scenarios to compare.')).toBeVisible();
  await expect(page.getByTestId('export-pdf')).toBeDisabled();
  await page.getByTestId('report-scenario-dk-partnership').check();
  // Another year and one organisation.
  await page.getByTestId('report-year').selectOption('2029');
  await expect(doc.getByTestId('report-table-summary')).toContainText('Udgift pr. måltid, 2029');
  await page.getByTestId('report-organisations-all').uncheck();
  await expect(page.getByText('Choose at least one organisation.')).toBeVisible();
  const plan = await readPlanFromPage(page);
  await page.getByTestId(`report-organisation-${plan.organisations[0]!.id}`).check();
  await expect(doc.getByTestId('report-cover-organisations')).toHaveText(plan.organisations[0]!.name);
  await expectNoAxeViolations(page);
  await screenshot(page, 'en-reports-preview-da');

  // The one-page summary really is one page: laid out for print at the width of A4's content box
  // (210 mm less 2 × 16 mm), it is no taller than that box (297 mm less 20 and 18 mm).
  const mm = 96 / 25.4;
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: Math.floor(178 * mm), height: viewport.height });
  await page.emulateMedia({ media: 'print' });
  const height = await doc.getByTestId('report-summary').evaluate((el) => el.getBoundingClientRect().height);
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);
  expect(height).toBeLessThan((297 - 20 - 18) * mm);
});
