/**
 * Engine benchmark on the Denmark-scale plan (test/fixtures/denmarkScale.ts: 98 municipalities,
 * 5 regions, 4,000 kitchens, 40 categories, 300 suppliers, 2,000 offers, 6 years).
 *
 * Run:  node --expose-gc --import tsx bench/engine.bench.ts      (or: npm run bench -- engine)
 *
 * It measures twice: in this process (the TypeScript sources through tsx), and the same code
 * bundled by esbuild (as the app ships it: one file, run by a child process; the bundle is
 * written to node_modules/.tmp/engine-bench/). Figures (bench/results.json), each also as
 * engine_dk_bundled_… for the bundle:
 *
 * - engine_dk_ms_municipal / _regional / _partnership: WARM, the median of 40 evaluations of the
 *   kind's scenario after 8 of warm-up. Warm is what a what-if slider costs: the plan's record
 *   tables are the same arrays on every run (the app keeps a table's array until a record of it
 *   changes), but every run gets a new plan object with a new scenarios array holding a new copy of
 *   the scenario, as the app's worker builds it for each request (renderer/src/engine/
 *   evaluateRequest.ts). So the schema check of the scenarios table and the plan's consistency
 *   check run every time, and whatever the engine keeps per plan table (docs/engine.md §11) is
 *   reused, while nothing that depends on the scenario can be. Each run is
 *   `evaluate(plan, id)`: check, compute and the FULL result (every row).
 * - engine_dk_ms_median: the WORST kind's warm median (the frame budget must hold for every kind).
 * - engine_dk_cpu_ms_median: the worst kind's median CPU time of the same runs (process.cpuUsage,
 *   every thread of the process, so garbage-collector helpers count too): less sensitive than wall
 *   time to other jobs on the machine taking the cores; the printed load average says how busy it was.
 * - engine_dk_ms_cold: COLD, the first evaluation of a new plan value: a plan generated afresh
 *   (every table a new array, as after opening a file), `evaluate(plan, municipal)` with the full
 *   schema check and everything the engine keeps per plan table built anew (code already
 *   compiled by the warm runs). Median of 5.
 * - engine_dk_ms_summary: warm, worst kind, `evaluateScenario(plan, scenario, {}, { rows: 'summary' })`
 *   after `checkPlan`: the same result without the per-category and per-offer rows (what the
 *   worker sends for a totals-only request).
 * - engine_dk_ms_slider: warm, the municipal scenario with its local premium moved 0 %, 1 %, …,
 *   39 % (a slider drag: the results change on every run). Median of 40.
 * - engine_dk_slider_ms_median: warm, a drag of the local-target slider as the worker runs it:
 *   the municipal scenario's last target point moved 20 %, 21 %, …, 59 %, each step checked and
 *   evaluated totals-only (`rows: 'summary'`) and handed what the step before kept
 *   (EvaluateOptions.previous / keep, shared/engine/sliderReuse.ts), the kept allocation copied as
 *   the worker does. Median of 40 after 8 of warm-up.
 * - engine_dk_slider_nocache_ms_median: the same steps without what was kept (each a fresh
 *   evaluation), run interleaved with them: what a step cost before.
 * - engine_dk_lower_bound_ratio: engine_dk_ms_median divided by the median of a plain-loop lower
 *   bound for the same arithmetic, written below: kitchens × categories × years computing demand,
 *   then per category and year each owner's demand filled from the offers cheapest first within
 *   capacity, with no objects, targets, contracts or warnings.
 * - engine_dk_result_mib: heap held by one evaluated result (the largest of the three kinds),
 *   measured as heapUsed after global.gc() with the result alive, minus before (needs --expose-gc;
 *   without it the figure is not recorded).
 *
 * The machine is shared: repeat runs and compare medians, not single figures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { checkPlan, evaluate } from '../shared/engine';
import { evaluateScenario } from '../shared/engine/evaluate';
import type { KeptEvaluation } from '../shared/engine/sliderReuse';
import type { ScenarioResult } from '../shared/engine/types';
import type { Plan } from '../shared/model/types';
import { SECTORS } from '../shared/model/enums';
import { withFinalShare } from '../shared/model/trajectoryEdit';
import { serviceDays } from '../shared/engine/calendar';
import { generateDenmarkScalePlan } from '../test/fixtures/denmarkScale';
import { median, recordFigures } from './lib/results';

const WARMUP = 8;
const RUNS = 40;
const COLD_RUNS = 5;
const CHILD = process.env.ENGINE_BENCH_CHILD === '1';
const gc = (globalThis as { gc?: () => void }).gc;
const KINDS = ['municipal', 'regional', 'partnership'] as const;
type Kind = (typeof KINDS)[number];

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** Wall time and the process's CPU time (user + system, every thread) of one call, in ms. */
function timeBoth(f: () => unknown): [number, number] {
  const c = process.cpuUsage();
  const t = performance.now();
  f();
  const wall = performance.now() - t;
  const cpu = process.cpuUsage(c);
  return [wall, (cpu.user + cpu.system) / 1000];
}

/** The plain-loop lower bound: demand, then cheapest-first allocation within capacity. */
function lowerBound(plan: Plan): () => number {
  const orgIdx = new Map(plan.organisations.map((o, i) => [o.id, i]));
  const catIdx = new Map(plan.foodCategories.map((c, i) => [c.id, i]));
  const nOrg = plan.organisations.length;
  const nCat = plan.foodCategories.length;
  const s = plan.scenarios[0]!;
  const years = Array.from({ length: s.years }, (_, i) => s.startYear + i);
  const nY = years.length;
  const w = plan.meta.mealWeights;
  // Per kitchen: owner, lunch-equivalents × attendance, days per year, kg per meal per category.
  const K = plan.kitchens.length;
  const owner = new Int32Array(K);
  const perDay = new Float64Array(K);
  const days = new Float64Array(K * nY);
  const kgPerMeal = new Float64Array(SECTORS.length * nCat);
  const sector = new Int32Array(K);
  plan.mealProfiles.forEach((p) => {
    const si = SECTORS.indexOf(p.sector);
    for (const [id, g] of Object.entries(p.grams)) kgPerMeal[si * nCat + catIdx.get(id)!] = g / 1000 / (1 - p.wasteShare);
  });
  plan.kitchens.forEach((k, i) => {
    owner[i] = orgIdx.get(k.organisationId)!;
    sector[i] = SECTORS.indexOf(k.sector);
    perDay[i] = (k.meals.breakfast * w.breakfast + k.meals.lunch * w.lunch + k.meals.dinner * w.dinner + k.meals.snack * w.snack) * k.attendance;
    years.forEach((y, yi) => (days[i * nY + yi] = serviceDays(k.calendar, k.serviceDays, plan.meta.country, y)));
  });
  // Offers per category, cheapest first.
  const byCat: number[][] = Array.from({ length: nCat }, () => []);
  plan.offers.forEach((o, j) => byCat[catIdx.get(o.categoryId)!]!.push(j));
  for (const l of byCat) l.sort((a, b) => plan.offers[a]!.pricePerKgMinor - plan.offers[b]!.pricePerKgMinor);
  const price = Float64Array.from(plan.offers, (o) => o.pricePerKgMinor);
  const cap = Float64Array.from(plan.offers, (o) => (o.capacityKg === null ? Infinity : o.capacityKg));
  const D = new Float64Array(nOrg * nCat * nY);
  const left = new Float64Array(plan.offers.length);
  return () => {
    D.fill(0);
    for (let k = 0; k < K; k++) {
      const o = owner[k]!;
      const sk = sector[k]! * nCat;
      for (let y = 0; y < nY; y++) {
        const meals = perDay[k]! * days[k * nY + y]!;
        for (let c = 0; c < nCat; c++) D[(c * nY + y) * nOrg + o]! += meals * kgPerMeal[sk + c]!;
      }
    }
    let cost = 0;
    for (let c = 0; c < nCat; c++) {
      const offers = byCat[c]!;
      for (let y = 0; y < nY; y++) {
        for (const j of offers) left[j] = cap[j]!;
        for (let o = 0; o < nOrg; o++) {
          let need = D[(c * nY + y) * nOrg + o]!;
          for (let i = 0; i < offers.length && need > 0; i++) {
            const j = offers[i]!;
            const take = Math.min(need, left[j]!);
            left[j] = left[j]! - take;
            need -= take;
            cost += take * price[j]!;
          }
        }
      }
    }
    return cost;
  };
}

function heapOf(make: () => ScenarioResult): number | null {
  if (!gc) return null;
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const result = make();
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  if (result.scenarioId === '') console.log('');
  return (after - before) / 1024 / 1024;
}

/** A new plan value for a slider step: the same tables, a new scenarios array with a new copy of the scenario. */
function sliderStep(plan: Plan, id: string, edit: (s: Plan['scenarios'][number]) => Plan['scenarios'][number] = (s) => ({ ...s })): Plan {
  return { ...plan, scenarios: plan.scenarios.map((s) => (s.id === id ? edit(s) : s)) };
}

interface Measured {
  warm: Record<Kind, number>;
  worst: number;
  /** The worst kind's median CPU time (process.cpuUsage: every thread, so GC helpers count too). */
  worstCpu: number;
  cold: number;
  coldRuns: number[];
  coldCheck: number;
  summary: number;
  slider: number;
  /** The local-target drag with what each step kept handed to the next, and without. */
  targetSlider: number;
  targetSliderNoCache: number;
  bound: number;
  resultMib: number | null;
  /** The machine's 1-minute load average at the end (2 cores are shared with others). */
  load: number;
}

function measure(): Measured {
  const plan = generateDenmarkScalePlan();
  const coldCheck = time(() => checkPlan(plan));
  const ids = Object.fromEntries(KINDS.map((k) => [k, plan.scenarios.find((s) => s.kind === k)!.id])) as Record<Kind, string>;

  for (let i = 0; i < WARMUP; i++) for (const k of KINDS) evaluate(sliderStep(plan, ids[k]), ids[k]);
  const samples: Record<Kind, number[]> = { municipal: [], regional: [], partnership: [] };
  const cpuSamples: Record<Kind, number[]> = { municipal: [], regional: [], partnership: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const k of KINDS) {
      const p = sliderStep(plan, ids[k]);
      const [wall, cpu] = timeBoth(() => evaluate(p, ids[k]));
      samples[k].push(wall);
      cpuSamples[k].push(cpu);
    }
  }
  const warm = Object.fromEntries(KINDS.map((k) => [k, median(samples[k])])) as Record<Kind, number>;
  const worst = Math.max(...KINDS.map((k) => warm[k]));
  const worstCpu = Math.max(...KINDS.map((k) => median(cpuSamples[k])));

  // A slider drag: the local premium moves by 1 % a step.
  const drag: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const p = sliderStep(plan, ids.municipal, (s) => ({ ...s, localPremium: i / 100 }));
    drag.push(time(() => evaluate(p, ids.municipal)));
  }

  // The totals-only mode: evaluateScenario's fourth argument, after the check evaluate() does.
  const one = (k: Kind) => {
    const p = sliderStep(plan, ids[k]);
    const s = p.scenarios.find((x) => x.id === ids[k])!;
    return time(() => {
      if (checkPlan(p).length) throw new Error('invalid plan');
      evaluateScenario(p, s, {}, { rows: 'summary' });
    });
  };
  for (let i = 0; i < WARMUP; i++) for (const k of KINDS) one(k);
  const sm: Record<Kind, number[]> = { municipal: [], regional: [], partnership: [] };
  for (let i = 0; i < RUNS; i++) for (const k of KINDS) sm[k].push(one(k));
  const summary = Math.max(...KINDS.map((k) => median(sm[k])));

  // A local-target slider drag as the worker runs it, with and without what the step before kept.
  const targetStep = (i: number) => {
    const p = sliderStep(plan, ids.municipal, (s) => ({ ...s, localTarget: withFinalShare(s.localTarget, s.startYear, s.startYear + s.years - 1, 0.2 + (i % 40) / 100) }));
    return { p, s: p.scenarios.find((x) => x.id === ids.municipal)! };
  };
  let kept: KeptEvaluation | undefined;
  const targetRun = (i: number, reuse: boolean) => {
    const { p, s } = targetStep(i);
    return time(() => {
      if (checkPlan(p).length) throw new Error('invalid plan');
      if (reuse) evaluateScenario(p, s, {}, { rows: 'summary', ...(kept ? { previous: kept } : {}), keep: (k) => (kept = k) });
      else evaluateScenario(p, s, {}, { rows: 'summary' });
    });
  };
  for (let i = 0; i < WARMUP; i++) {
    targetRun(i, false);
    targetRun(i, true);
  }
  const withKept: number[] = [];
  const withoutKept: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    withoutKept.push(targetRun(WARMUP + i, false));
    withKept.push(targetRun(WARMUP + i, true));
  }

  const boundFn = lowerBound(plan);
  for (let i = 0; i < WARMUP; i++) boundFn();
  const bound = median(Array.from({ length: RUNS }, () => time(boundFn)));

  const mib = KINDS.map((k) => heapOf(() => evaluate(plan, ids[k])));
  const resultMib = mib.every((m) => m !== null) ? Math.max(...mib.map((m) => m ?? 0)) : null;

  // Cold: a new plan value (every table a new array), evaluated once.
  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const fresh = generateDenmarkScalePlan();
    gc?.();
    cold.push(time(() => evaluate(fresh, ids.municipal)));
  }

  return { warm, worst, worstCpu, cold: median(cold), coldRuns: cold, coldCheck, summary, slider: median(drag), targetSlider: median(withKept), targetSliderNoCache: median(withoutKept), bound, resultMib, load: os.loadavg()[0]! };
}

function print(title: string, m: Measured): void {
  const rows: [string, string][] = [
    ...KINDS.map((k): [string, string] => [`warm ${k} (median of ${RUNS})`, `${m.warm[k].toFixed(1)} ms`]),
    ['warm, worst kind', `${m.worst.toFixed(1)} ms (target 16 ms)`],
    ['  its CPU time (process, all threads)', `${m.worstCpu.toFixed(1)} ms`],
    ['warm, slider drag (local premium)', `${m.slider.toFixed(1)} ms`],
    ['warm, totals only (rows: summary), worst kind', `${m.summary.toFixed(1)} ms`],
    ['slider drag (local target, summary), last step kept', `${m.targetSlider.toFixed(1)} ms`],
    ['  the same steps, nothing kept', `${m.targetSliderNoCache.toFixed(1)} ms`],
    [`cold: first evaluation of a new plan (median of ${COLD_RUNS})`, `${m.cold.toFixed(1)} ms (runs: ${m.coldRuns.map((x) => x.toFixed(0)).join(', ')})`],
    ['  of which the first check (schema and consistency)', `${m.coldCheck.toFixed(0)} ms`],
    ['plain-loop lower bound', `${m.bound.toFixed(2)} ms`],
    ['engine / lower bound', `${(m.worst / m.bound).toFixed(1)} ×`],
    ['result heap (largest kind)', m.resultMib === null ? 'run with --expose-gc' : `${m.resultMib.toFixed(1)} MiB`],
    ['load average (1 min) at the end', m.load.toFixed(1)],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  console.log(title);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
}

function figures(m: Measured, prefix: string): Record<string, { value: number; unit: string }> {
  return {
    [`${prefix}_ms_median`]: { value: m.worst, unit: 'ms' },
    [`${prefix}_cpu_ms_median`]: { value: m.worstCpu, unit: 'ms' },
    [`${prefix}_ms_municipal`]: { value: m.warm.municipal, unit: 'ms' },
    [`${prefix}_ms_regional`]: { value: m.warm.regional, unit: 'ms' },
    [`${prefix}_ms_partnership`]: { value: m.warm.partnership, unit: 'ms' },
    [`${prefix}_ms_cold`]: { value: m.cold, unit: 'ms' },
    [`${prefix}_ms_slider`]: { value: m.slider, unit: 'ms' },
    [`${prefix}_ms_summary`]: { value: m.summary, unit: 'ms' },
    [`${prefix}_slider_ms_median`]: { value: m.targetSlider, unit: 'ms' },
    [`${prefix}_slider_nocache_ms_median`]: { value: m.targetSliderNoCache, unit: 'ms' },
    [`${prefix}_lower_bound_ratio`]: { value: m.worst / m.bound, unit: 'x' },
    ...(m.resultMib === null ? {} : { [`${prefix}_result_mib`]: { value: m.resultMib, unit: 'MiB' } }),
  };
}

const JSON_MARK = 'ENGINE_BENCH_JSON ';

if (CHILD) {
  // The bundled copy: measure and hand the figures to the parent.
  console.log(JSON_MARK + JSON.stringify(measure()));
} else {
  const plan = generateDenmarkScalePlan();
  console.log(`Engine, Denmark-scale plan: ${plan.kitchens.length} kitchens, ${plan.offers.length} offers, ${plan.scenarios[0]!.years} years`);
  const source = measure();
  print('TypeScript sources (tsx)', source);

  // The same file bundled by esbuild, run in a child process.
  let bundled: Measured | null = null;
  // Paths from the working directory: benchmarks run from the project root (bench/lib/results.ts).
  const outDir = resolve('node_modules/.tmp/engine-bench');
  const outfile = join(outDir, 'engine.bench.cjs');
  try {
    mkdirSync(outDir, { recursive: true });
    buildSync({
      entryPoints: [resolve('bench/engine.bench.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['esbuild'],
      outfile,
      logLevel: 'warning',
    });
    const r = spawnSync(process.execPath, ['--expose-gc', outfile], { env: { ...process.env, ENGINE_BENCH_CHILD: '1' }, encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = r.stdout.split('\n').find((l) => l.startsWith(JSON_MARK));
    if (r.status !== 0 || !line) throw new Error(`the bundled run failed: ${r.stderr || r.stdout}`);
    bundled = JSON.parse(line.slice(JSON_MARK.length)) as Measured;
    print('Bundled (esbuild, one file, as the app ships)', bundled);
  } catch (e) {
    console.error(`Bundled measurement skipped: ${e instanceof Error ? e.message : String(e)}`);
  }

  recordFigures({ ...figures(source, 'engine_dk'), ...(bundled ? figures(bundled, 'engine_dk_bundled') : {}) });
}
