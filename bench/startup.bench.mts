/**
 * startup_ms: cold start of the production web build to the first interactive view, in
 * Chromium, median of 5. Each run uses a fresh browser context (empty cache, empty IndexedDB),
 * and the time is read in the page: from navigation start to the app's
 * `maltid:interactive` mark (set after the first render of the shell).
 * initial_js_kib_gzip: the JavaScript index.html loads before anything else, gzipped.
 * Run: npx tsx bench/startup.bench.mts (after `npm run build`).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { newBenchContext, openBenchBrowser } from './lib/browser';
import { median, recordFigures } from './lib/results';

const OUT = resolve('out/renderer');

function initialJsKibGzip(): number {
  const html = readFileSync(resolve(OUT, 'index.html'), 'utf8');
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  let bytes = 0;
  for (const src of srcs) bytes += gzipSync(readFileSync(resolve(OUT, src))).length;
  return bytes / 1024;
}

const RUNS = 5;
const bench = await openBenchBrowser();
const times: number[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await newBenchContext(bench.browser);
    const page = await context.newPage();
    await page.goto(bench.url);
    await page.getByRole('navigation').waitFor();
    const ms = await page.evaluate(async () => {
      for (let tries = 0; tries < 200; tries++) {
        const mark = performance.getEntriesByName('maltid:interactive')[0];
        if (mark) return mark.startTime;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error('The app never became interactive.');
    });
    times.push(ms);
    await context.close();
  }
} finally {
  await bench.close();
}

const figures = {
  startup_ms: { value: median(times), unit: 'ms' },
  initial_js_kib_gzip: { value: initialJsKibGzip(), unit: 'KiB' },
};
recordFigures(figures);
console.log(`startup_ms runs: ${times.map((t) => t.toFixed(0)).join(', ')}`);
for (const [name, f] of Object.entries(figures)) console.log(`${name}: ${f.value.toFixed(1)} ${f.unit}`);
