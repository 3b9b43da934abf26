/**
 * Meals and purchased kg per owner, category and year (docs/engine.md §1), and the part of it
 * that running contracts bind (§3).
 *
 * Demand is aggregated before it is multiplied out: kitchens are summed per (organisation,
 * sector) once (planIndex), meals per (organisation, sector, year) follow from the year's days,
 * and kg per category are meals × kg-per-meal of the sector. Nothing is kept per kitchen.
 */
import { daysInYear } from './dates';
import { serviceDays } from './calendar';
import type { Binding, ContractBindings } from './contracts';
import type { Ownership } from './owners';
import { float64, type Scratch } from './scratch';
import { SECTOR_COUNT as SECTORS_N, type PlanIndex } from './planIndex';

/** A local copy: a module binding read in a hot loop can cost a getter call per read. */
const SECTOR_COUNT: number = SECTORS_N;

export interface DemandInputs {
  mealsFactor: number;
  /** Multiplies every profile's (or the scenario's) waste share. */
  wasteFactor?: number;
  /** Multiplies every profile's grams. */
  gramsFactor?: number;
  /** Replaces every profile's waste share when not null. */
  wasteShare: number | null;
}

export interface BoundEntries {
  /** Entries of (category, year) cy are [start[cy], start[cy + 1]). */
  start: Int32Array;
  owner: Int32Array;
  offer: Int32Array;
  contract: Int32Array;
  kg: Float64Array;
}

export interface Demand {
  /** meals[owner * nY + y]: lunch-equivalent meals served. */
  meals: Float64Array;
  /** kg[(cat * nY + y) * nOrg + owner]: purchased kg. */
  kg: Float64Array;
  /** Bound kg by (category, year). */
  bound: BoundEntries;
  /** kg per meal by sector and category: kPerMeal[sector * nCat + cat]. */
  kgPerMeal: Float64Array;
}

export function kgPerMeal(ix: PlanIndex, inputs: DemandInputs): Float64Array {
  const out = new Float64Array(SECTOR_COUNT * ix.nCat);
  const gf = inputs.gramsFactor ?? 1;
  const wf = inputs.wasteFactor ?? 1;
  for (let s = 0; s < SECTOR_COUNT; s++) {
    const p = ix.profileBySector[s];
    if (!p) continue;
    const waste = Math.min(0.95, (inputs.wasteShare ?? p.wasteShare) * wf);
    for (const [catId, grams] of Object.entries(p.grams)) {
      const c = ix.catIdx.get(catId);
      if (c === undefined) continue;
      out[s * ix.nCat + c] = (grams * gf) / 1000 / (1 - waste);
    }
  }
  return out;
}

export function computeDemand(ix: PlanIndex, own: Ownership, bindings: ContractBindings, inputs: DemandInputs, scratch: Scratch | null = null): Demand {
  const { nOrg, nCat } = ix;
  const { nY, years, ownerOf } = own;
  const kpm = kgPerMeal(ix, inputs);
  const meals = float64(scratch, 'demand.meals', nOrg * nY);
  const kg = float64(scratch, 'demand.kg', nCat * nY * nOrg);
  const diy = years.map(daysInYear);
  // Bound entries, collected unordered (in typed arrays that grow) then grouped by (category, year).
  let cap = 256;
  let n = 0;
  let bOwner = new Int32Array(cap);
  let bOffer = new Int32Array(cap);
  let bContract = new Int32Array(cap);
  let bKg = new Float64Array(cap);
  let bCy = new Int32Array(cap);
  const byOrgCat = bindingLists(bindings, nOrg, nCat);
  const mealsBySector = new Float64Array(SECTOR_COUNT);
  const owners = new Int32Array(SECTOR_COUNT);
  for (let o = 0; o < nOrg; o++) {
    const country = ix.orgCountry[o]!;
    let any = false;
    for (let s = 0; s < SECTOR_COUNT; s++) if (ix.hasKitchens[o * SECTOR_COUNT + s]) any = true;
    if (!any) continue;
    for (let y = 0; y < nY; y++) {
      const wd = serviceDays('weekdays', 0, country, years[y]!);
      // Meals per sector this year, and the owner of each sector's kitchens.
      for (let s = 0; s < SECTOR_COUNT; s++) {
        const cell = o * SECTOR_COUNT + s;
        const m = (ix.constMeals[cell]! + ix.everyDayMeals[cell]! * diy[y]! + ix.weekdayMeals[cell]! * wd) * inputs.mealsFactor;
        mealsBySector[s] = m;
        const owner = ownerOf[cell * nY + y]!;
        owners[s] = owner;
        meals[owner * nY + y] = meals[owner * nY + y]! + m;
      }
      // kg per category, summed per distinct owner (at most a few: the organisation and its region).
      for (let s = 0; s < SECTOR_COUNT; s++) {
        const owner = owners[s]!;
        let first = true;
        for (let t = 0; t < s; t++) if (owners[t] === owner) first = false;
        if (!first) continue;
        for (let c = 0; c < nCat; c++) {
          let q = 0;
          for (let t = s; t < SECTOR_COUNT; t++) {
            if (owners[t] === owner && mealsBySector[t]! > 0) q += mealsBySector[t]! * kpm[t * nCat + c]!;
          }
          if (q === 0) continue;
          const cell = (c * nY + y) * nOrg + owner;
          kg[cell] = kg[cell]! + q;
          const bl = byOrgCat[o * nCat + c];
          if (bl === undefined) continue;
          for (let i = 0; i < bl.length; i++) {
            const b = bl[i]!;
            const f = b.fractions[y]!;
            if (f <= 0) continue;
            if (n === cap) {
              cap *= 2;
              const grow = <T extends Int32Array | Float64Array>(a: T, make: (k: number) => T): T => {
                const g = make(cap);
                g.set(a);
                return g;
              };
              bOwner = grow(bOwner, (k) => new Int32Array(k));
              bOffer = grow(bOffer, (k) => new Int32Array(k));
              bContract = grow(bContract, (k) => new Int32Array(k));
              bKg = grow(bKg, (k) => new Float64Array(k));
              bCy = grow(bCy, (k) => new Int32Array(k));
            }
            bOwner[n] = owner;
            bOffer[n] = b.offer;
            bContract[n] = b.contract;
            bKg[n] = f * q;
            bCy[n] = c * nY + y;
            n++;
          }
        }
      }
    }
  }
  const nCy = nCat * nY;
  const start = new Int32Array(nCy + 1);
  for (let i = 0; i < n; i++) start[bCy[i]! + 1]!++;
  for (let i = 0; i < nCy; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, nCy);
  const bound: BoundEntries = { start, owner: new Int32Array(n), offer: new Int32Array(n), contract: new Int32Array(n), kg: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const at = fill[bCy[i]!]!++;
    bound.owner[at] = bOwner[i]!;
    bound.offer[at] = bOffer[i]!;
    bound.contract[at] = bContract[i]!;
    bound.kg[at] = bKg[i]!;
  }
  return { meals, kg, bound, kgPerMeal: kpm };
}

const listsOf = new WeakMap<ContractBindings, (Binding[] | undefined)[]>();

/** The bindings per (organisation, category) as an array (kept with the bindings, which are kept per plan table). */
function bindingLists(bindings: ContractBindings, nOrg: number, nCat: number): (Binding[] | undefined)[] {
  let l = listsOf.get(bindings);
  if (l === undefined) {
    l = new Array<Binding[] | undefined>(nOrg * nCat).fill(undefined);
    for (const [key, list] of bindings.byOrgCat) l[key] = list;
    listsOf.set(bindings, l);
  }
  return l;
}
