/**
 * Register tables at scale, in Chromium against the production web build:
 * - registers_render_ms: the kitchens table with 5,000 rows, from clicking "Kitchens" to the rows
 *   painted (median of 5);
 * - registers_edit_ms: one inline edit (type a number, Enter) until the cell shows it (median of 10);
 * - registers_scroll_p95_frame_ms: frame times while scrolling the 5,000 rows top to bottom
 *   (33 ms is 30 frames a second);
 * - registers_offers_render_ms: the offers table with 2,000 rows.
 * The rows are written straight into IndexedDB in the app's own schema before the app reads them.
 * Run: npx tsx bench/registers.bench.mts (after `npm run build`).
 */
import type { Page } from '@playwright/test';
import { newBenchContext, openBenchBrowser } from './lib/browser';
import { median, percentile, recordFigures } from './lib/results';

const KITCHENS = 5000;
const OFFERS = 2000;

async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ kitchens, offers }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('maltid');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(new Error(String(r.error)));
      });
      const ws = await new Promise<{ id: string }>((resolve) => {
        const r = db.transaction('workspaces').objectStore('workspaces').getAll();
        r.onsuccess = () => resolve((r.result as { id: string }[])[0]!);
      });
      const orgs = await new Promise<{ id: string }[]>((resolve) => {
        const r = db.transaction('organisations').objectStore('organisations').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const tx = db.transaction(['kitchens', 'suppliers', 'offers', 'workspaces'], 'readwrite');
      const sectors = ['school', 'preschool', 'elderly_care', 'home_meals', 'hospital'];
      const cats = ['red_meat', 'poultry', 'fish', 'milk', 'vegetables', 'potatoes_roots', 'bread', 'grains'];
      for (let i = 0; i < kitchens; i++) {
        tx.objectStore('kitchens').put({
          id: `k-${i}`,
          name: `Kök ${String(i).padStart(4, '0')}`,
          organisationId: orgs[0]!.id,
          sector: sectors[i % sectors.length],
          kind: 'production',
          meals: { breakfast: 0, lunch: 50 + (i % 400), dinner: 0, snack: 0 },
          attendance: 0.9,
          calendar: 'fixed',
          serviceDays: 178,
          workspaceId: ws.id,
          seq: 1000 + i,
        });
      }
      for (let s = 0; s < 300; s++) tx.objectStore('suppliers').put({ id: `s-${s}`, name: `Leverantör ${s}`, country: 'SE', workspaceId: ws.id, seq: 10000 + s });
      for (let o = 0; o < offers; o++) {
        tx.objectStore('offers').put({
          id: `o-${o}`,
          supplierId: `s-${o % 300}`,
          categoryId: cats[o % cats.length],
          pricePerKgMinor: 1000 + (o % 9000),
          priceYear: 2026,
          organic: o % 3 === 0,
          capacityKg: o % 2 ? null : 10000 + o,
          minVolumeKg: 0,
          discountTiers: [],
          origin: null,
          candidate: false,
          source: '',
          isEstimate: true,
          workspaceId: ws.id,
          seq: 20000 + o,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { kitchens: KITCHENS, offers: OFFERS },
  );
}

/** Milliseconds from clicking a link or tab until rows of `grid` are painted. */
async function timeToRows(page: Page, clickSelector: string, grid: string): Promise<number> {
  return page.evaluate(
    async ({ clickSelector, grid }) => {
      const target = document.querySelector<HTMLElement>(clickSelector)!;
      const t0 = performance.now();
      target.click();
      await new Promise<void>((resolve) => {
        const check = () => {
          if (document.querySelector(`[data-testid="${grid}-row"]`)) requestAnimationFrame(() => resolve());
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - t0;
    },
    { clickSelector, grid },
  );
}

const bench = await openBenchBrowser(5182);
const render: number[] = [];
const edit: number[] = [];
const offersRender: number[] = [];
let frames: number[] = [];
try {
  const context = await newBenchContext(bench.browser, { locale: 'en-GB', viewport: { width: 1360, height: 860 } });
  const page = await context.newPage();
  await page.goto(bench.url);
  await page.getByLabel('Name of the plan').fill('Bench');
  await page.getByLabel('Your organisation').fill('Kommun');
  await page.getByTestId('new-plan-submit').click();
  await page.getByTestId('header-workspace').waitFor();
  await seed(page);

  for (let i = 0; i < 5; i++) {
    await page.goto(`${bench.url}#/overview`);
    await page.reload();
    await page.getByTestId('nav-kitchens').waitFor();
    render.push(await timeToRows(page, '[data-testid="nav-kitchens"]', 'kitchens'));
  }
  const count = await page.getByTestId('kitchens-count').textContent();
  if (!count?.includes('5,000')) throw new Error(`Expected 5,000 kitchens, the table says ${count}`);

  // One inline edit, ten times: the lunch cell of row 3 gets a new number.
  for (let i = 0; i < 10; i++) {
    const cell = page.getByTestId('kitchens-row').nth(3).locator('[data-column="meals.lunch"]');
    await cell.click();
    const value = String(200 + i);
    await page.keyboard.type(value);
    await page.evaluate((expected) => {
      const w = window as unknown as { __editStart?: number; __editDone?: Promise<number> };
      w.__editDone = new Promise<number>((resolve) => {
        window.addEventListener('keydown', (e) => (e.key === 'Enter' ? (w.__editStart = performance.now()) : undefined), { capture: true, once: true });
        const row = document.querySelectorAll('[data-testid="kitchens-row"]')[3]!;
        const check = () => {
          const text = row.querySelector('[data-column="meals.lunch"] .cell-text')?.textContent;
          if (text === expected && w.__editStart !== undefined) requestAnimationFrame(() => resolve(performance.now() - w.__editStart!));
          else requestAnimationFrame(check);
        };
        check();
      });
    }, value);
    await page.keyboard.press('Enter');
    edit.push(await page.evaluate(() => (window as unknown as { __editDone: Promise<number> }).__editDone));
  }

  // Scroll top to bottom in steps, one step a frame, recording frame times.
  frames = await page.evaluate(async () => {
    const scroller = document.querySelector<HTMLElement>('.grid-scroll')!;
    const out: number[] = [];
    let last = performance.now();
    scroller.scrollTop = 0;
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += 600;
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      out.push(now - last);
      last = now;
    }
    return out;
  });

  for (let i = 0; i < 5; i++) {
    await page.goto(`${bench.url}#/suppliers`);
    await page.reload();
    await page.getByTestId('tab-offers').waitFor();
    offersRender.push(await timeToRows(page, '[data-testid="tab-offers"]', 'offers'));
  }
  await context.close();
} finally {
  await bench.close();
}

const figures = {
  registers_render_ms: { value: median(render), unit: 'ms' },
  registers_edit_ms: { value: median(edit), unit: 'ms' },
  registers_scroll_p95_frame_ms: { value: percentile(frames, 95), unit: 'ms' },
  registers_offers_render_ms: { value: median(offersRender), unit: 'ms' },
};
recordFigures(figures);
console.log(`render runs: ${render.map((x) => x.toFixed(0)).join(', ')}; edit runs: ${edit.map((x) => x.toFixed(0)).join(', ')}; scroll frames: ${frames.length}, max ${Math.max(...frames).toFixed(0)} ms`);
for (const [name, f] of Object.entries(figures)) console.log(`${name}: ${f.value.toFixed(1)} ${f.unit}`);
