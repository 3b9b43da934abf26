import { expect, test, type Page } from '@playwright/test';
import { evaluate } from '../../shared/engine';
import {
  co2ePerMeal,
  costPerMeal,
  foodCostPerMeal,
  localShareValue,
  localShareWeight,
  organicShareValue,
  organicShareWeight,
} from '../../shared/engine/figures';
import type { Figures, ScenarioResult } from '../../shared/engine/types';
import { createFormatter } from '../../shared/format';
import type { Plan } from '../../shared/model/types';
import { screenshot } from './support/app';
import { demoPlan, expectNoAxeViolations, openDemo } from './support/analysis';

const en = createFormatter('en');

type WithBudget = Figures & { gapMinor: number | null };

/** What the screen must say for each measure, formatted as the app formats it (en). */
function expected(plan: Plan, f: WithBudget): Record<string, string> {
  const c = plan.meta.currency;
  const perMeal = (v: number | null) => en.money(v!, c, 2);
  const share = (v: number | null) => en.percent(v!, 1);
  return {
    costPerMeal: perMeal(costPerMeal(f)),
    foodCostPerMeal: perMeal(foodCostPerMeal(f)),
    totalCost: en.money(f.totalMinor, c),
    localShareValue: share(localShareValue(f)),
    localShareWeight: share(localShareWeight(f)),
    organicShareValue: share(organicShareValue(f)),
    organicShareWeight: share(organicShareWeight(f)),
    co2ePerMeal: `${en.number(co2ePerMeal(f)!, 2)} kg CO2e`,
    budgetGap:
      f.gapMinor === null
        ? 'No budget entered'
        : f.gapMinor <= 0
          ? `The budget holds, with ${en.money(-f.gapMinor, c)} to spare`
          : `The budget does not hold: ${en.money(f.gapMinor, c)} over`,
  };
}

/** The best scenario on each measure, computed here independently of the app. */
function expectedWinners(results: ScenarioResult[], slice: (r: ScenarioResult) => WithBudget): Record<string, string[]> {
  // Compared as shown on screen (scenarios that read the same tie): shown() rounds to that precision.
  const pick = (value: (f: WithBudget) => number | null, better: 'lower' | 'higher', shown: (v: number) => number) => {
    const values = results
      .map((r) => [r.scenarioId, value(slice(r))] as const)
      .filter((e): e is readonly [string, number] => e[1] !== null)
      .map(([id, v]) => [id, shown(v)] as const);
    const best = better === 'lower' ? Math.min(...values.map((e) => e[1])) : Math.max(...values.map((e) => e[1]));
    const ids = values.filter((e) => e[1] === best).map((e) => e[0]);
    return ids.length === values.length ? [] : ids;
  };
  return {
    costPerMeal: pick(costPerMeal, 'lower', Math.round),
    totalCost: pick((f) => f.totalMinor, 'lower', (v) => Math.round(v / 100)),
    localShareValue: pick(localShareValue, 'higher', (v) => Math.round(v * 1000)),
    organicShareValue: pick(organicShareValue, 'higher', (v) => Math.round(v * 1000)),
    co2ePerMeal: pick(co2ePerMeal, 'lower', (v) => Math.round(v * 100)),
    budgetGap: pick((f) => f.gapMinor, 'lower', (v) => Math.round(v / 100)),
  };
}

async function expectFiguresEqualEngine(page: Page, plan: Plan, results: ScenarioResult[], slice: (r: ScenarioResult) => WithBudget) {
  const table = page.getByTestId('compare-key-figures');
  for (const r of results) {
    for (const [measure, text] of Object.entries(expected(plan, slice(r)))) {
      await expect(table.getByTestId(`cmp-${measure}-${r.scenarioId}-value`), `${measure} of ${r.scenarioId}`).toHaveText(text);
    }
  }
  for (const [measure, ids] of Object.entries(expectedWinners(results, slice))) {
    for (const r of results) {
      const cell = table.getByTestId(`cmp-${measure}-${r.scenarioId}`);
      if (ids.includes(r.scenarioId)) {
        await expect(cell, `${r.scenarioId} best on ${measure}`).toHaveAttribute('data-winner', 'true');
        await expect(cell.getByTestId('winner-mark')).toHaveText('Best');
      } else await expect(cell.getByTestId('winner-mark'), `${r.scenarioId} not best on ${measure}`).toHaveCount(0);
    }
  }
}

test('three scenarios side by side for a year and for the horizon: the screen equals the engine, the best is marked in words', async ({ page }) => {
  const plan = demoPlan('danish-partnership');
  const ids = plan.scenarios.map((s) => s.id);
  const results = ids.map((id) => evaluate(plan, id));

  await openDemo(page, 'danish-partnership');
  await page.getByTestId('nav-compare').click();
  await expect(page.locator('#view-title')).toHaveText('Compare');

  // The plan's first three scenarios are chosen; two is the least, so neither of two left can be unticked.
  for (const id of ids) await expect(page.getByTestId(`compare-pick-${id}`)).toBeChecked();
  await page.getByTestId(`compare-pick-${ids[1]}`).uncheck();
  await expect(page.getByTestId(`compare-pick-${ids[0]}`)).toBeDisabled();
  await expect(page.getByTestId('compare-key-figures').getByRole('columnheader')).toHaveCount(3);
  await page.getByTestId(`compare-pick-${ids[1]}`).check();
  await expect(page.getByTestId('compare-key-figures').getByRole('columnheader')).toHaveCount(4);

  await page.getByTestId('compare-period').selectOption('2030');
  await expect(page.getByRole('heading', { name: 'Key figures in 2030' })).toBeVisible();
  const year = (r: ScenarioResult) => r.totals.find((t) => t.year === 2030)!;
  await expectFiguresEqualEngine(page, plan, results, year);

  // Budget per organisation and year in a plain sentence.
  const org = plan.organisations.find((o) => results[0]!.organisations.some((row) => row.organisationId === o.id && row.year === 2030 && row.gapMinor !== null))!;
  const gap = results[0]!.organisations.find((row) => row.organisationId === org.id && row.year === 2030)!.gapMinor!;
  await expect(page.getByTestId(`budget-${org.id}-${ids[0]}`)).toContainText(
    gap <= 0 ? `The budget holds, with ${en.money(-gap, plan.meta.currency)} to spare` : `The budget does not hold: ${en.money(gap, plan.meta.currency)} over`,
  );

  // Unmet local demand per category: the engine's rows summed over the organisations.
  const unmet = new Map<string, number>();
  for (const row of results[0]!.categories) if (row.year === 2030) unmet.set(row.categoryId, (unmet.get(row.categoryId) ?? 0) + row.unmetLocalKg);
  const [cat, kg] = [...unmet].sort((a, b) => b[1] - a[1])[0]!;
  await expect(page.getByTestId(`unmet-${cat}-${ids[0]}`)).toContainText(`${en.number(kg)} kg`);

  await expect(page.locator('.analysis-chart .recharts-wrapper').first()).toBeVisible();
  await screenshot(page, 'en-compare-2030');

  // The whole horizon: the engine's horizon figures.
  await page.getByTestId('compare-period').selectOption('horizon');
  await expect(page.getByRole('heading', { name: 'Key figures over the whole horizon' })).toBeVisible();
  await expectFiguresEqualEngine(page, plan, results, (r) => r.horizon);
  await screenshot(page, 'en-compare-horizon');
});

test('every chart has an accessible name, a description and a table with the same numbers under it', async ({ page }) => {
  const plan = demoPlan('stockholm-malardalen');
  const results = plan.scenarios.map((s) => evaluate(plan, s.id));
  await openDemo(page, 'stockholm-malardalen');
  await page.getByTestId('nav-compare').click();
  await page.getByTestId('compare-period').selectOption('2029');

  const figures = page.locator('figure.analysis-chart');
  await expect(figures).toHaveCount(8);
  for (const figure of await figures.all()) {
    const caption = (await figure.locator('figcaption').textContent())!;
    await expect(page.getByRole('figure', { name: caption })).toHaveCount(1);
    const image = figure.locator('.chart-area');
    await expect(image).toHaveAttribute('role', 'img');
    await expect(image).toHaveAttribute('aria-label', /table below/);
    await expect(figure.locator('table caption')).toHaveText(caption);
    await expect(figure.locator('.recharts-wrapper')).toBeVisible();
  }

  // The cost-per-meal chart's table holds the engine's numbers.
  const table = page.getByTestId('chart-cost-per-meal-table');
  for (const r of results) {
    const y = r.totals.find((t) => t.year === 2029)!;
    await expect(table.getByTestId(`cmp-costPerMeal-${r.scenarioId}-value`)).toHaveText(en.money(costPerMeal(y)!, plan.meta.currency, 2));
    await expect(table.getByTestId(`cmp-foodCostPerMeal-${r.scenarioId}-value`)).toHaveText(en.money(foodCostPerMeal(y)!, plan.meta.currency, 2));
  }
  // Year by year: the lines' table.
  for (const r of results)
    for (const y of r.totals)
      await expect(page.getByTestId(`line-localShareValue-${y.year}-${r.scenarioId}`)).toContainText(en.percent(localShareValue(y)!, 1));

  // A number's breakdown opens from the keyboard and closes with Escape.
  const id = results[0]!.scenarioId;
  const toggle = page.getByTestId(`cmp-costPerMeal-${id}`).first().getByRole('button');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const y = results[0]!.totals.find((t) => t.year === 2029)!;
  await expect(page.getByTestId(`cmp-costPerMeal-${id}`).first().getByRole('note')).toContainText(`${en.money(y.totalMinor, plan.meta.currency)} ÷ ${en.number(y.meals)} meals`);
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await screenshot(page, 'en-compare-stockholm-2029');
  await expectNoAxeViolations(page);
});

for (const [language, locale, title] of [
  ['sv', 'sv-SE', 'Jämför'],
  ['da', 'da-DK', 'Sammenlign'],
  ['fi', 'fi-FI', 'Vertailu'],
] as const) {
  test(`Compare, Capacity and Timeline read in ${language}, every text translated`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('./');
    await page.getByTestId('demo-open-lapland').click();
    // The guided tour closes with Escape.
    await expect(page.getByTestId('tour')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('tour')).toHaveCount(0);
    await page.getByTestId('nav-compare').click();
    await expect(page.locator('#view-title')).toHaveText(title);
    await expect(page.getByTestId('compare-key-figures')).toBeVisible();
    await expect(page.locator('.analysis-chart .recharts-wrapper').first()).toBeVisible();
    const untranslated = /\{\{|\b(compare|capacity|timeline|results)\.[a-z]/;
    expect((await page.locator('main').textContent())!).not.toMatch(untranslated);
    await screenshot(page, `${language}-compare-lapland`);
    await page.getByTestId('tab-capacity').click();
    await expect(page.getByTestId('chart-capacity-table')).toBeVisible();
    expect((await page.locator('main').textContent())!).not.toMatch(untranslated);
    await screenshot(page, `${language}-capacity-lapland`);
    await page.getByTestId('nav-timeline').click();
    await expect(page.getByTestId('timeline-table')).toBeVisible();
    await expect(page.getByTestId('chart-trajectory').locator('.recharts-wrapper')).toBeVisible();
    expect((await page.locator('main').textContent())!).not.toMatch(untranslated);
    await screenshot(page, `${language}-timeline-lapland`);
    await context.close();
  });
}
