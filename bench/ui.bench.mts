/**
 * What-if sliders at Denmark scale, in Chromium against the production web build: the generated
 * Denmark-scale plan (test/fixtures/denmarkScale.ts: 98 municipalities, 5 regions, ~4,000
 * kitchens, 300 suppliers, 2,000 offers) is stored in IndexedDB, the Scenarios view is opened
 * on its partnership scenario, and the local-target slider is moved.
 * - ui_slider_median_ms / ui_slider_p95_ms: from a slider step (an input event) to the figures
 *   showing the new values (the engine's answer rendered and painted), one step at a time, 30 steps,
 *   begun 2 s after the scenario's first figures were painted, as a user reads them before
 *   reaching for a slider (the engine worker meanwhile runs its code up to speed:
 *   renderer/src/engine/warmUp.ts);
 * - ui_slider_at_once_median_ms / ui_slider_at_once_p95_ms: the same 30 steps begun the moment the
 *   first figures are painted, in a page of their own (a new worker, its code not yet compiled to
 *   full speed: the first steps are the slowest);
 * - ui_slider_fee_median_ms / ui_slider_fee_p95_ms: the same for the partnership-fee slider, a
 *   change the costs alone read, so the engine worker reuses the scenario's allocation
 *   (shared/engine/allocationReuse.ts). The local-target slider above changes the allocation on
 *   every step: it stays the figure the target is held to.
 * - ui_compare_open_ms / ui_compare_reopen_ms: from opening Compare (its first three scenarios,
 *   with the rows Compare reads) to their key figures painted; then after a visit to Scenarios, again (the
 *   plan is read once for every view and the engine worker keeps what it computed for it).
 * - ui_longest_task_ms: the longest main-thread task (PerformanceObserver 'longtask') while the
 *   slider is dragged quickly (60 steps, one per frame, without waiting for answers). The browser
 *   reports only tasks of 50 ms or more, so 0 means that no task reached 50 ms.
 * Run: npx tsx bench/ui.bench.mts (after `npm run build`).
 */
import type { Page } from '@playwright/test';
import { PLAN_TABLES, type Plan } from '../shared/model/types';
import { generateDenmarkScalePlan } from '../test/fixtures/denmarkScale';
import { newBenchContext, openBenchBrowser } from './lib/browser';
import { median, percentile, recordFigures } from './lib/results';

/** Writes a plan into the app's database the way the app stores it, and makes it the open plan. */
async function storePlan(page: Page, plan: Plan): Promise<void> {
  await page.evaluate(
    async ({ plan, tables }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('maltid');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(new Error(String(r.error)));
      });
      const tx = db.transaction([...tables, 'workspaces', 'settings'], 'readwrite');
      let seq = 0;
      const id = plan.meta.id;
      for (const table of tables) for (const record of (plan as unknown as Record<string, object[]>)[table]!) tx.objectStore(table).put({ ...record, workspaceId: id, seq: seq++ });
      const now = new Date().toISOString();
      tx.objectStore('workspaces').put({ id, meta: plan.meta, origin: { kind: 'new' }, createdAt: now, updatedAt: now, nextSeq: seq });
      tx.objectStore('settings').put({ key: 'lastWorkspaceId', value: id });
      tx.objectStore('settings').put({ key: 'tourDone', value: true });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { plan, tables: [...PLAN_TABLES] },
  );
}

const plan = generateDenmarkScalePlan();
const partnership = plan.scenarios.find((s) => s.kind === 'partnership') ?? plan.scenarios[0]!;
console.log(`Denmark-scale plan: ${plan.organisations.length} organisations, ${plan.kitchens.length} kitchens, ${plan.offers.length} offers; scenario "${partnership.name}"`);

const bench = await openBenchBrowser(5183);
/** How long the user reads the first figures before moving a slider. */
const READ_MS = 2000;
let steps: number[] = [];
let atOnceSteps: number[] = [];
let atOnceEngineMs: number[] = [];
let longest = 0;
let engineMs: number[] = [];
let feeSteps: number[] = [];
let feeEngineMs: number[] = [];
let compare = { first: { ms: NaN, engine: NaN }, again: { ms: NaN, engine: NaN } };
try {
  const context = await newBenchContext(bench.browser, { locale: 'en-GB', viewport: { width: 1360, height: 900 } });
  const page = await context.newPage();
  await page.goto(bench.url);
  await page.getByRole('navigation').waitFor();
  await storePlan(page, plan);
  // Opens the partnership scenario in a fresh page load (a new engine worker, its code not run yet).
  const openScenario = async () => {
    await page.goto(`${bench.url}#/scenarios`);
    await page.reload();
    await page.getByTestId(`scenario-item-${partnership.id}`).click();
    await page.getByTestId('fig-cost-per-meal-value').waitFor({ timeout: 60_000 });
    await page.getByTestId('engine-status').filter({ hasText: 'Computed in' }).waitFor({ timeout: 60_000 });
  };
  // `atOnce`: only the 30 one-at-a-time steps, begun the moment the first figures are painted.
  const run = (atOnce: boolean) => page.evaluate(async (atOnce) => {
    let slider = document.querySelector<HTMLInputElement>('[data-testid="whatif-local-target"]')!;
    const status = document.querySelector('[data-testid="engine-status"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
    const move = (v: number) => {
      setValue.call(slider, String(v));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    };
    // Resolves once `ready()` holds at a frame and that frame is painted (the next frame begins).
    const painted = (ready: () => boolean) =>
      new Promise<void>((resolve) => {
        const check = () => (ready() ? void frame().then(() => resolve()) : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
    const settled = () => painted(() => !!status.textContent?.startsWith('Computed'));
    // One step at a time: input → the figures of the new value painted.
    const steps: number[] = [];
    const engine: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const t0 = performance.now();
      move(0.2 + i * 0.01);
      await settled();
      steps.push(performance.now() - t0);
      engine.push(Number(/(\d+)/.exec(status.textContent ?? '')?.[1] ?? NaN));
    }
    if (atOnce) return { steps, engine };
    // A quick drag: a step every frame, not waiting for answers; record long tasks meanwhile.
    let longest = 0;
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
    });
    observer.observe({ type: 'longtask' });
    for (let i = 0; i < 60; i++) {
      move(0.5 + (i % 30) * 0.01);
      await frame();
    }
    await settled();
    await new Promise((r) => setTimeout(r, 500));
    observer.disconnect();
    // The fee slider, one step at a time, after the drag above was saved and evaluated again.
    await new Promise((r) => setTimeout(r, 1000));
    await settled();
    slider = document.querySelector<HTMLInputElement>('[data-testid="whatif-fee"]')!;
    const feeSteps: number[] = [];
    const feeEngine: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const t0 = performance.now();
      move(i * 500_000);
      await settled();
      feeSteps.push(performance.now() - t0);
      feeEngine.push(Number(/(\d+)/.exec(status.textContent ?? '')?.[1] ?? NaN));
    }
    // Opening Compare (its three scenarios), then Scenarios and Compare again.
    const open = async (hash: string, selector: string) => {
      const t0 = performance.now();
      location.hash = hash;
      await painted(() => !!document.querySelector(selector) && !!document.querySelector('[data-testid="engine-status"]')?.textContent?.startsWith('Computed'));
      const ms = performance.now() - t0;
      return { ms, engine: Number(/(\d+)/.exec(document.querySelector('[data-testid="engine-status"]')?.textContent ?? '')?.[1] ?? NaN) };
    };
    const compareFirst = await open('#/compare', '[data-testid="compare-key-figures"]');
    await open('#/scenarios', '[data-testid="fig-cost-per-meal-value"]');
    const compareAgain = await open('#/compare', '[data-testid="compare-key-figures"]');
    return { steps, longest, engine, feeSteps, feeEngine, compareFirst, compareAgain };
  }, atOnce);

  await openScenario();
  const first = await run(true);
  atOnceSteps = first.steps;
  atOnceEngineMs = first.engine;
  // The last step's draft is saved once the slider settles (600 ms): then the page is left.
  await page.getByTestId('status-line').filter({ hasText: 'All changes saved' }).waitFor();
  await page.waitForTimeout(1000);
  // As a user: the figures are read before a slider is reached for (the worker meanwhile runs the
  // engine's code up to speed, renderer/src/engine/warmUp.ts).
  await openScenario();
  await page.waitForTimeout(READ_MS);
  const full = await run(false);
  if (full.longest === undefined) throw new Error('the full run ended early');
  const result = full as Required<typeof full>;
  steps = result.steps;
  longest = result.longest;
  engineMs = result.engine;
  feeSteps = result.feeSteps;
  feeEngineMs = result.feeEngine;
  compare = { first: result.compareFirst, again: result.compareAgain };
  await context.close();
} finally {
  await bench.close();
}

const figures = {
  ui_slider_median_ms: { value: median(steps), unit: 'ms' },
  ui_slider_p95_ms: { value: percentile(steps, 95), unit: 'ms' },
  ui_slider_at_once_median_ms: { value: median(atOnceSteps), unit: 'ms' },
  ui_slider_at_once_p95_ms: { value: percentile(atOnceSteps, 95), unit: 'ms' },
  ui_slider_fee_median_ms: { value: median(feeSteps), unit: 'ms' },
  ui_slider_fee_p95_ms: { value: percentile(feeSteps, 95), unit: 'ms' },
  ui_longest_task_ms: { value: longest, unit: 'ms' },
  ui_compare_open_ms: { value: compare.first.ms, unit: 'ms' },
  ui_compare_reopen_ms: { value: compare.again.ms, unit: 'ms' },
};
recordFigures(figures);
console.log(`steps at once: ${atOnceSteps.map((x) => x.toFixed(0)).join(', ')} (engine median ${median(atOnceEngineMs.filter(Number.isFinite))} ms)`);
console.log(`steps after ${READ_MS} ms: ${steps.map((x) => x.toFixed(0)).join(', ')}`);
console.log(`engine time per step (worker, ms): ${engineMs.join(', ')}`);
console.log(`fee steps: ${feeSteps.map((x) => x.toFixed(0)).join(', ')}`);
console.log(`engine time per answer (worker, ms): median ${median(engineMs.filter(Number.isFinite))}; fee slider ${median(feeEngineMs.filter(Number.isFinite))}`);
console.log(`compare: first ${compare.first.ms.toFixed(0)} ms (engine ${compare.first.engine} ms), again after Scenarios ${compare.again.ms.toFixed(0)} ms (engine ${compare.again.engine} ms)`);
for (const [name, f] of Object.entries(figures)) console.log(`${name}: ${f.value.toFixed(1)} ${f.unit}`);
if (longest === 0) console.log('(no main-thread task reached 50 ms, the shortest the browser reports as a long task)');
