import { expect, test } from '@playwright/test';
import { evaluate } from '../../shared/engine';
import { createFormatter } from '../../shared/format';
import { screenshot } from './support/app';
import { demoPlan, expectNoAxeViolations, openDemo } from './support/analysis';

const en = createFormatter('en');

test('local capacity per supplier and category in each scenario: demand against capacity, shortfalls marked in words', async ({ page }) => {
  const plan = demoPlan('stockholm-malardalen');
  const results = plan.scenarios.map((s) => evaluate(plan, s.id));
  const YEAR = 2031;

  await openDemo(page, 'stockholm-malardalen');
  await page.getByTestId('nav-compare').click();
  await page.getByTestId('tab-capacity').click();
  await expect(page).toHaveURL(/#\/compare\/capacity$/);
  await page.getByTestId('compare-period').selectOption(String(YEAR));

  // The engine's offer rows with a capacity limit, summed per supplier and category.
  let shortCells = 0;
  const lines = new Set<string>();
  for (const r of results) {
    const sums = new Map<string, { demand: number; denied: number; capacity: number }>();
    for (const o of r.offers) {
      if (o.year !== YEAR || o.capacityKg === null) continue;
      const key = `${o.supplierId}-${o.categoryId}`;
      const s = sums.get(key) ?? { demand: 0, denied: 0, capacity: 0 };
      s.demand += o.allocatedKg + o.deniedKg;
      s.denied += o.deniedKg;
      s.capacity += o.capacityKg;
      sums.set(key, s);
    }
    for (const [key, s] of sums) {
      lines.add(key);
      const cell = page.getByTestId(`capacity-${key}-${r.scenarioId}`);
      await expect(cell).toContainText(`${en.number(s.demand)} kg`);
      if (s.denied > 0) {
        shortCells++;
        await expect(cell).toHaveAttribute('data-shortfall', 'true');
        await expect(cell).toContainText(`Short by ${en.number(s.denied)} kg`);
      } else await expect(cell).not.toHaveAttribute('data-shortfall', 'true');
    }
  }
  expect(shortCells).toBeGreaterThan(0);
  // One row per supplier and category limited in any scenario; where a scenario does not offer it, it says so.
  await expect(page.getByTestId('capacity-row')).toHaveCount(lines.size);
  for (const r of results)
    for (const key of lines)
      if (!r.offers.some((o) => o.year === YEAR && o.capacityKg !== null && `${o.supplierId}-${o.categoryId}` === key))
        await expect(page.getByTestId(`capacity-${key}-${r.scenarioId}`)).toHaveText('Not offered in this scenario');

  const figure = page.getByTestId('chart-capacity');
  const caption = (await figure.locator('figcaption').textContent())!;
  expect(caption).toBe(`Demand against capacity in ${YEAR}`);
  await expect(page.getByRole('figure', { name: caption })).toBeVisible();
  await expect(figure.locator('.chart-area')).toHaveAttribute('aria-label', /table below/);
  await expect(figure.locator('table caption')).toHaveText(caption);
  await expect(figure.locator('.recharts-wrapper')).toBeVisible();
  await screenshot(page, 'en-compare-capacity');
  await expectNoAxeViolations(page);

  // A reload keeps the tab (the address names it).
  await page.reload();
  await expect(page.getByTestId('tab-capacity')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('capacity-summary')).toBeVisible();
});
