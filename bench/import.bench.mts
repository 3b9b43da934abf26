/**
 * Importing a year of purchase lines end to end, in Chromium against the production web build,
 * through the real UI path: the file input, the import worker (read in slices, decode, parse,
 * map, check), the preview, and the store into IndexedDB (one transaction of column chunks).
 *
 * - import_rows_per_s: 1,000,000 lines (about 100 MB, semicolons, decimal comma) divided by the time
 *   from choosing the file to "stored" (the two confirming clicks are made at once);
 * - import_peak_mib: the peak resident memory of the page's renderer process (the page, its import
 *   worker and their buffers, typed arrays included), sampled every 100 ms during the import;
 *   import_page_js_heap_peak_mib: the page's own JS heap (CDP Performance.getMetrics
 *   JSHeapUsedSize; typed-array contents are not in it), for comparison; import_after_peak_mib: the
 *   renderer's peak in the 5 s after, with the Purchases tab showing the million lines;
 * - import_longest_block_ms: the longest main-thread task during the import (PerformanceObserver
 *   "longtask"); import_after_longest_block_ms: the longest task in the 5 s after it, while the
 *   Purchases tab reads the million lines and computes the baseline;
 * - import_vs_rowwise_ratio: import_rows_per_s over a plain one-record-per-line IndexedDB write of
 *   the same lines (already parsed, no indexes, 50,000 per transaction) in the same browser.
 * A fresh browser context (profile) per run. Run: npx tsx bench/import.bench.mts (after
 * `npx electron-vite build`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newBenchContext, openBenchBrowser } from './lib/browser';
import { PRODUCTS, purchaseLineWith, UNITS, writePurchaseFile } from './lib/purchaseFile';
import { recordFigures } from './lib/results';

const LINES = 1_000_000;
const dir = mkdtempSync(join(tmpdir(), 'maltid-bench-import-'));
const file = join(dir, 'inkop-2025.csv');
const bytes = await writePurchaseFile(file, LINES);
console.log(`Generated ${LINES.toLocaleString('en')} lines, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);

function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const bench = await openBenchBrowser(5184);
const figures: Record<string, { value: number; unit: string }> = {};
try {
  const context = await newBenchContext(bench.browser, { locale: 'en-GB', viewport: { width: 1360, height: 860 } });
  // The row-wise reference writes the same lines: the page gets the file's line generator.
  await context.addInitScript({ content: `window.__purchaseLine = (${purchaseLineWith.toString()}); window.__purchaseArgs = ${JSON.stringify([PRODUCTS, UNITS])};` });
  const page = await context.newPage();
  await page.goto(bench.url);
  await page.getByLabel('Name of the plan').fill('Bench');
  await page.getByLabel('Your organisation').fill('Södertälje kommun');
  await page.getByTestId('new-plan-submit').click();
  await page.getByTestId('header-workspace').waitFor();
  await page.getByTestId('nav-suppliers').click();
  await page.getByTestId('tab-purchases').click();
  await page.getByTestId('import-purchases').click();

  // The renderer processes of this browser (the page and its worker live in one of them).
  const browserSession = await bench.browser.newBrowserCDPSession();
  const info: { processInfo: { type: string; id: number }[] } = await browserSession.send('SystemInfo.getProcessInfo');
  const renderers = info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const peak = { import: { rss: 0, heap: 0 }, after: { rss: 0, heap: 0 } };
  let phase: 'import' | 'after' = 'import';
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const p = peak[phase];
      for (const pid of renderers) p.rss = Math.max(p.rss, rssMiB(pid));
      const { metrics } = await cdp.send('Performance.getMetrics');
      p.heap = Math.max(p.heap, (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1024 / 1024);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();

  // Page-side clock: from the file input's change to the "stored" message; long tasks throughout.
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __done?: Promise<number>; __tasks: { start: number; duration: number }[] };
    w.__tasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener('change', () => (w.__t0 ??= performance.now()), { capture: true });
    w.__done = new Promise<number>((resolve) => {
      const check = () => (document.querySelector('[data-testid="import-done"]') ? resolve(performance.now()) : requestAnimationFrame(check));
      check();
    });
  });
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-check').click();
  await page.getByTestId('import-confirm').waitFor({ timeout: 600_000 });
  const previewAt = await page.evaluate(() => performance.now());
  const summary = await page.getByTestId('import-summary').textContent();
  await page.getByTestId('import-confirm').click();
  const { t0, t1 } = await page.evaluate(async () => {
    const w = window as unknown as { __t0: number; __done: Promise<number> };
    return { t0: w.__t0, t1: await w.__done };
  });
  phase = 'after';
  const seconds = (t1 - t0) / 1000;
  // The tab reads the lines and computes the baseline after the import: measured apart.
  await page.waitForTimeout(5000);
  sampling = false;
  await sampler;
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: { start: number; duration: number }[] }).__tasks);
  const during = tasks.filter((x) => x.start >= t0 && x.start <= t1);
  const after = tasks.filter((x) => x.start > t1);
  const stored = await page.getByTestId('purchase-count').textContent({ timeout: 60_000 });
  console.log(`Preview: ${summary}`);
  console.log(`Browser after import: ${stored}`);
  console.log(`Long tasks during the import: ${during.length} (${during.map((x) => `${x.duration.toFixed(0)} ms at +${(x.start - t0).toFixed(0)} ms`).join(', ')}); after: ${after.map((x) => x.duration.toFixed(0)).join(', ')} ms`);
  console.log(`Preview shown at +${(previewAt - t0).toFixed(0)} ms, stored at +${(t1 - t0).toFixed(0)} ms`);

  // The reference: one IndexedDB record per line, the same lines already parsed, no indexes.
  const rowwise = await page.evaluate(
    async ({ lines }) => {
      const w = window as unknown as { __purchaseLine: (i: number, p: string[], u: string[]) => string; __purchaseArgs: [string[], string[]] };
      const line = (i: number) => w.__purchaseLine(i, ...w.__purchaseArgs);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('bench-rowwise', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('lines', { keyPath: 'id' });
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(new Error(String(r.error)));
      });
      const BATCH = 50_000;
      let ms = 0;
      for (let start = 0; start < lines; start += BATCH) {
        const rows: Record<string, unknown>[] = [];
        for (let i = start; i < Math.min(lines, start + BATCH); i++) {
          const c = line(i).split(';');
          rows.push({ id: i, date: c[0], buyer: c[1], costCentre: c[2], supplier: c[3], product: c[4], quantity: Number(c[5]!.replace(',', '.')), unit: c[6], amountMinor: Math.round(Number(c[7]!.replace(/\s/g, '').replace(',', '.')) * 100), organic: c[8] === 'Ja', origin: c[9] });
        }
        const t = performance.now();
        const tx = db.transaction('lines', 'readwrite');
        const store = tx.objectStore('lines');
        for (const r of rows) store.put(r);
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(new Error(String(tx.error)));
        });
        ms += performance.now() - t;
      }
      db.close();
      return (lines / ms) * 1000;
    },
    { lines: LINES },
  );

  const rate = LINES / seconds;
  figures.import_rows_per_s = { value: rate, unit: 'rows/s' };
  figures.import_seconds = { value: seconds, unit: 's' };
  figures.import_vs_rowwise_ratio = { value: rate / rowwise, unit: '×' };
  figures.import_rowwise_rows_per_s = { value: rowwise, unit: 'rows/s' };
  figures.import_peak_mib = { value: peak.import.rss, unit: 'MiB' };
  figures.import_page_js_heap_peak_mib = { value: peak.import.heap, unit: 'MiB' };
  figures.import_after_peak_mib = { value: peak.after.rss, unit: 'MiB' };
  figures.import_longest_block_ms = { value: Math.max(0, ...during.map((x) => x.duration)), unit: 'ms' };
  figures.import_after_longest_block_ms = { value: Math.max(0, ...after.map((x) => x.duration)), unit: 'ms' };
  await context.close();
} finally {
  await bench.close();
  rmSync(dir, { recursive: true, force: true });
}

recordFigures(figures);
for (const [name, f] of Object.entries(figures)) console.log(`${name}: ${f.value.toFixed(2)} ${f.unit}`);
