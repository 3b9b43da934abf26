/**
 * Engine benchmark on the Denmark-scale plan (test/fixtures/denmarkScale.ts: 98 municipalities,
 * 5 regions, 4,000 kitchens, 40 categories, 300 suppliers, 2,000 offers, 6 years).
 *
 * Run:  node --expose-gc --import tsx bench/engine.bench.ts      (or: npm run bench -- engine)
 *
 * Figures (bench/results.json):
 * - engine_dk_ms_municipal / _regional / _partnership: median of `evaluate(plan, id)` per
 *   scenario kind, after warm-up. The plan object is the same on every run, as when a slider moves
 *   in the app, so the schema check is served from its per-table cache (the cold check is printed).
 * - engine_dk_ms_median: the WORST kind's median (the frame budget must hold for every kind).
 * - engine_dk_lower_bound_ratio: that time divided by the median of a plain-loop lower bound for the
 *   same arithmetic, written below: kitchens × categories × years computing demand, then per
 *   category and year each owner's demand filled from the offers cheapest first within capacity,
 *   with no objects, targets, contracts or warnings.
 * - engine_dk_result_mib: heap held by one evaluated result (the largest of the three kinds),
 *   measured as heapUsed after global.gc() with the result alive, minus before (needs --expose-gc;
 *   without it the figure is not recorded).
 */
import { checkPlan, evaluate } from '../shared/engine';
import type { ScenarioResult } from '../shared/engine/types';
import type { Plan } from '../shared/model/types';
import { SECTORS } from '../shared/model/enums';
import { serviceDays } from '../shared/engine/calendar';
import { generateDenmarkScalePlan } from '../test/fixtures/denmarkScale';
import { median, recordFigures } from './lib/results';

const WARMUP = 8;
const RUNS = 40;
const gc = (globalThis as { gc?: () => void }).gc;

function time(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
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

const plan = generateDenmarkScalePlan();
const coldCheck = time(() => checkPlan(plan));
const kinds = ['municipal', 'regional', 'partnership'] as const;
const ids = Object.fromEntries(kinds.map((k) => [k, plan.scenarios.find((s) => s.kind === k)!.id])) as Record<(typeof kinds)[number], string>;

for (let i = 0; i < WARMUP; i++) for (const k of kinds) evaluate(plan, ids[k]);
const samples: Record<string, number[]> = { municipal: [], regional: [], partnership: [] };
for (let i = 0; i < RUNS; i++) for (const k of kinds) samples[k]!.push(time(() => evaluate(plan, ids[k])));
const medians = Object.fromEntries(kinds.map((k) => [k, median(samples[k]!)])) as Record<(typeof kinds)[number], number>;
const worst = Math.max(...kinds.map((k) => medians[k]));

const bound = lowerBound(plan);
for (let i = 0; i < WARMUP; i++) bound();
const boundMs = median(Array.from({ length: RUNS }, () => time(bound)));

const mib = kinds.map((k) => heapOf(() => evaluate(plan, ids[k])));
const resultMib = mib.every((m) => m !== null) ? Math.max(...(mib)) : null;

const rows: [string, string][] = [
  ['kitchens / offers / years', `${plan.kitchens.length} / ${plan.offers.length} / ${plan.scenarios[0]!.years}`],
  ...kinds.map((k): [string, string] => [`evaluate ${k} (median of ${RUNS})`, `${medians[k].toFixed(1)} ms`]),
  ['worst kind (engine_dk_ms_median)', `${worst.toFixed(1)} ms (target 16 ms)`],
  ['plain-loop lower bound', `${boundMs.toFixed(2)} ms`],
  ['engine / lower bound', `${(worst / boundMs).toFixed(1)} ×`],
  ['cold schema + consistency check', `${coldCheck.toFixed(0)} ms (once per table value)`],
  ['result heap (largest kind)', resultMib === null ? 'run with --expose-gc' : `${resultMib.toFixed(1)} MiB`],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('Engine, Denmark-scale plan');
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);

recordFigures({
  engine_dk_ms_median: { value: worst, unit: 'ms' },
  engine_dk_ms_municipal: { value: medians.municipal, unit: 'ms' },
  engine_dk_ms_regional: { value: medians.regional, unit: 'ms' },
  engine_dk_ms_partnership: { value: medians.partnership, unit: 'ms' },
  engine_dk_lower_bound_ratio: { value: worst / boundMs, unit: 'x' },
  ...(resultMib === null ? {} : { engine_dk_result_mib: { value: resultMib, unit: 'MiB' } }),
});
