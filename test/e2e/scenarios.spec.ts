import { expect, test, type Page } from '@playwright/test';
import { evaluate } from '../../shared/engine';
import { costPerMeal, localShareValue } from '../../shared/engine/figures';
import { createFormatter } from '../../shared/format';
import { openApp, screenshot } from './support/app';
import { readPlanFromPage } from './support/planFromPage';

const en = createFormatter('en');

async function newScenario(page: Page, kind: 'municipal' | 'regional' | 'partnership') {
  await page.getByTestId('new-scenario-kind').selectOption(kind);
  await page.getByTestId('new-scenario').click();
  await expect(page.getByTestId('scenario-kind')).toHaveValue(kind);
  await expect(page.getByTestId('fig-cost-per-meal-value')).toHaveText(/\d/);
}

/** The figures on screen equal the engine's, computed in Node from the plan the app stored. */
async function expectScreenEqualsEngine(page: Page, year: number) {
  const plan = await readPlanFromPage(page);
  const name = await page.locator('.scenario-title').textContent();
  const scenario = plan.scenarios.find((s) => s.name === name)!;
  const totals = evaluate(plan, scenario.id).totals.find((x) => x.year === year)!;
  await expect(page.getByTestId('fig-cost-per-meal-value')).toHaveText(en.money(costPerMeal(totals)!, plan.meta.currency, 2));
  await expect(page.getByTestId('fig-local-value-value')).toHaveText(en.percent(localShareValue(totals)!, 1));
  await expect(page.getByTestId('fig-total-cost-value')).toHaveText(en.money(totals.totalMinor, plan.meta.currency));
}

test('a user builds a scenario of each kind on a demo, moves the local-target slider, and the screen equals the engine', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-stockholm-malardalen').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByTestId('nav-scenarios').click();

  await newScenario(page, 'municipal');
  await newScenario(page, 'regional');
  await expect(page.getByTestId('regional-sector-elderly_care')).toBeChecked();
  await newScenario(page, 'partnership');
  await expect(page.locator('.scenario-list li')).toHaveCount(6);

  await page.getByTestId('scenario-year').selectOption('2030');
  await expectScreenEqualsEngine(page, 2030);

  // Drag the local target up with the keyboard: the figures follow at once.
  const localBefore = await page.getByTestId('fig-local-value-value').textContent();
  const slider = page.getByTestId('whatif-local-target');
  await slider.focus();
  // A move is one undo step when made without a pause of the settle time (600 ms,
  // useScenarioDraft.ts); on a loaded machine a key press can wait that long, so count the pauses.
  let pauses = 0;
  let last = Date.now();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('ArrowRight');
    const now = Date.now();
    if (i > 0 && now - last >= 500) pauses++;
    last = now;
  }
  await expect(page.getByTestId('whatif-local-target-value')).toHaveText(/%/);
  await expect(page.getByTestId('fig-local-value-value')).not.toHaveText(localBefore!);
  await screenshot(page, 'en-scenarios-partnership');

  // Once the slider settles the change is saved, and the screen still equals the engine.
  await expect(page.getByTestId('undo')).toBeEnabled();
  await page.waitForTimeout(900);
  await expectScreenEqualsEngine(page, 2030);

  // One undo takes the whole slider move back (one more for each pause the machine made).
  const figure = page.getByTestId('fig-local-value-value');
  await page.getByTestId('undo').click();
  for (let extra = 0; extra < pauses; extra++) {
    if (await expect(figure).toHaveText(localBefore!, { timeout: 3000 }).then(() => true, () => false)) break;
    await page.getByTestId('undo').click();
  }
  await expect(figure).toHaveText(localBefore!);
});

test('goal seek and sensitivity answer for the chosen year', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-lapland').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByTestId('nav-scenarios').click();
  await page.getByTestId('goal-seek-section').locator('summary').click();
  const goal = page.getByTestId('goal-seek');
  await expect(goal.getByRole('table')).toBeVisible();
  await expect(goal.getByRole('row')).toHaveCount(23); // header + 21 municipalities + the county
  await page.getByTestId('sensitivity-section').locator('summary').click();
  const sens = page.getByTestId('sensitivity');
  await expect(sens.getByRole('img', { name: /Tornado chart of how much each assumption moves the cost per meal/ })).toBeVisible();
  await expect(sens.getByRole('table').getByRole('row')).toHaveCount(9);
  await screenshot(page, 'en-scenarios-analyses');
});

test('the warnings are folded by kind, and a kind shows its sentences when opened', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('demo-open-lapland').click();
  await page.getByRole('button', { name: 'Skip the tour' }).click();
  await page.getByTestId('nav-scenarios').click();
  const plan = await readPlanFromPage(page);
  const name = await page.locator('.scenario-title').textContent();
  const scenario = plan.scenarios.find((s) => s.name === name)!;
  const warnings = evaluate(plan, scenario.id).warnings.filter((w) => w.severity !== 'error');
  const group = page.getByTestId('warnings').locator('details.warning-group:not(.warning-error)').first();
  const code = (await group.getAttribute('data-code'))!;
  const count = warnings.filter((w) => w.code === code).length;
  expect(count).toBeGreaterThan(0);
  // Folded: the title and its count only.
  await expect(group.locator('summary')).toContainText(`(${en.number(count)})`);
  await expect(group.locator('li')).toHaveCount(0);
  await group.locator('summary').click();
  await expect(group.locator('li')).toHaveCount(Math.min(count, 40));
  await expect(group.locator('li').first()).toHaveText(/\w/);
  await group.locator('summary').click();
  await expect(group.locator('li')).toHaveCount(0);
});
