import { expect, test } from '@playwright/test';
import { evaluate } from '../../shared/engine';
import { createFormatter } from '../../shared/format';
import { screenshot } from './support/app';
import { demoPlan, expectNoAxeViolations, openDemo } from './support/analysis';
import { tabTo } from './support/keyboard';

const en = createFormatter('en');

test('contracts on a time axis with the re-tender window and the plan date, the same dates in a table, and when each target becomes reachable', async ({ page }) => {
  const plan = demoPlan('stockholm-malardalen');
  const results = plan.scenarios.map((s) => evaluate(plan, s.id));
  const first = results[0]!;

  await openDemo(page, 'stockholm-malardalen');
  await page.getByTestId('nav-timeline').click();
  await expect(page.locator('#view-title')).toHaveText('Timeline');

  // The axis: one row per contract, each with its re-tender window; the plan date across them.
  const axis = page.getByTestId('timeline-axis');
  await expect(page.getByRole('figure', { name: 'Contracts on a time axis' })).toBeVisible();
  await expect(axis.locator('.timeline-row:not(.reach-row)')).toHaveCount(plan.contracts.length);
  for (const c of first.contracts) {
    const row = page.getByTestId(`timeline-row-${c.contractId}`);
    const window = row.getByTestId('retender-window');
    await expect(window).toHaveCount(1);
    expect((await window.boundingBox())!.width).toBeGreaterThan(4);
    // What the row draws, in words for screen readers.
    await expect(row).toContainText(`Re-tendering must start by ${en.date(c.latestTenderStart)}; a new supplier can start on ${en.date(c.newSupplierFrom)}.`);
  }
  await expect(page.getByTestId('timeline-today')).toBeVisible();
  await expect(page.getByTestId('timeline-today')).toHaveText(`Plan date ${en.date(plan.meta.planDate)}`);

  // The table equivalent lists every contract with its dates and options.
  const table = page.getByTestId('timeline-table');
  await expect(table.locator('tbody tr')).toHaveCount(plan.contracts.length);
  for (const c of first.contracts) {
    const contract = plan.contracts.find((x) => x.id === c.contractId)!;
    const row = page.getByTestId(`timeline-table-row-${c.contractId}`);
    await expect(row.getByRole('rowheader')).toContainText(contract.name);
    await expect(row).toContainText(en.date(c.start));
    await expect(row).toContainText(en.date(c.plannedEnd));
    await expect(row).toContainText(en.date(c.latestTenderStart));
    await expect(row).toContainText(en.date(c.newSupplierFrom));
    for (const o of c.options) await expect(row).toContainText(`decide by ${en.date(o.decideBy)}`);
  }
  // Contracts whose re-tendering should already have started are marked in words.
  const late = first.warnings.filter((w) => w.code === 'tenderStartPassed').map((w) => String(w.params.contractId));
  expect(late.length).toBeGreaterThan(0);
  for (const id of late) await expect(page.getByTestId(`timeline-table-row-${id}`)).toContainText('Re-tendering should already have started');

  // The year each scenario's local target becomes reachable (first year achieved ≥ target).
  for (const r of results) {
    const s = plan.scenarios.find((x) => x.id === r.scenarioId)!;
    const rows = r.trajectory.filter((x) => x.categoryId === '*' && x.measure === 'local').sort((a, b) => a.year - b.year);
    const year = rows.find((x) => x.achievedShare >= x.targetShare - 1e-9)?.year;
    await expect(page.getByTestId(`reach-${s.id}`)).toHaveText(year ? `From ${year}` : `Not within ${s.startYear}–${s.startYear + s.years - 1}`);
  }

  // The achievable trajectory beside the target, with its table, for the chosen scenario.
  const chosen = results[2]!;
  await page.getByTestId('timeline-scenario').selectOption(chosen.scenarioId);
  const chart = page.getByTestId('chart-trajectory');
  await expect(chart.locator('.chart-area')).toHaveAttribute('role', 'img');
  await expect(chart.locator('.recharts-wrapper')).toBeVisible();
  const trajectory = chosen.trajectory.filter((x) => x.categoryId === '*' && x.measure === 'local').sort((a, b) => a.year - b.year);
  const tableRows = page.getByTestId('chart-trajectory-table').locator('tbody tr');
  await expect(tableRows).toHaveCount(trajectory.length);
  for (const [i, x] of trajectory.entries()) {
    await expect(tableRows.nth(i)).toContainText(en.percent(x.targetShare, 1));
    await expect(tableRows.nth(i)).toContainText(en.percent(x.achievedShare, 1));
  }
  await screenshot(page, 'en-timeline');
  await expectNoAxeViolations(page);

  // Keyboard: a contract row takes focus and shows its dates in words beside the axis.
  const row = page.getByTestId(`timeline-row-${first.contracts[0]!.contractId}`);
  await tabTo(page, row);
  await expect(row.locator('.timeline-tip')).toBeVisible();
  await screenshot(page, 'en-timeline-focus');
});

test('a plan where a target is reached early shows the year on the axis and in the table', async ({ page }) => {
  const plan = demoPlan('lapland');
  const r = evaluate(plan, 'fi-municipal');
  const rows = r.trajectory.filter((x) => x.categoryId === '*' && x.measure === 'local').sort((a, b) => a.year - b.year);
  const year = rows.find((x) => x.achievedShare >= x.targetShare - 1e-9)!.year;
  await openDemo(page, 'lapland');
  await page.getByTestId('nav-timeline').click();
  await expect(page.getByTestId('reach-fi-municipal')).toHaveText(`From ${year}`);
  await expect(page.getByTestId('timeline-reach-fi-municipal')).toContainText(`From ${year}`);
  await expect(page.getByTestId('timeline-reach-fi-municipal').locator('.mark-reach')).toBeVisible();
  await screenshot(page, 'en-timeline-lapland');
});
