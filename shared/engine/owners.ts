/**
 * Who owns which kitchens in a scenario, and who buys for whom (docs/engine.md, Vocabulary).
 *
 * Owner: the organisation that buys a kitchen's food and carries its cost. In a regional scenario,
 * from `regional.fromYear` on, the kitchens of the moved sectors belong to `regional.regionId` or,
 * when that is absent, to their organisation's `parentRegionId` (a municipality without one keeps
 * them). Buying unit: the owner itself, or, in a partnership, the pool (index nOrg) for the
 * members' pooled categories.
 */
import { SECTORS } from '../model/enums';
import type { Plan, Scenario } from '../model/types';
import { SECTOR_COUNT as SECTORS_N, type PlanIndex } from './planIndex';

/** A local copy: a module binding read in a hot loop can cost a getter call per read. */
const SECTOR_COUNT: number = SECTORS_N;

export interface Ownership {
  years: number[];
  nY: number;
  /** ownerOf[(org * SECTOR_COUNT + sector) * nY + y]: the owner organisation's index. */
  ownerOf: Int32Array;
  /** Partnership members (1) by organisation index; all 0 outside a partnership. */
  member: Uint8Array;
  /** Pooled categories (1) by category index. */
  pooled: Uint8Array;
  /** The pool's unit index (= nOrg); units 0..nOrg-1 are the organisations themselves. */
  pool: number;
  nUnits: number;
}

export function scenarioYears(s: Scenario): number[] {
  return Array.from({ length: s.years }, (_, i) => s.startYear + i);
}

export function ownership(plan: Plan, ix: PlanIndex, s: Scenario): Ownership {
  const years = scenarioYears(s);
  const nY = years.length;
  const ownerOf = new Int32Array(ix.nOrg * SECTOR_COUNT * nY);
  const moved = new Uint8Array(SECTOR_COUNT);
  if (s.kind === 'regional') for (const sec of s.regional.sectors) moved[SECTORS.indexOf(sec)] = 1;
  const explicitRegion = s.kind === 'regional' && s.regional.regionId !== undefined ? ix.orgIdx.get(s.regional.regionId) : undefined;
  for (let o = 0; o < ix.nOrg; o++) {
    const org = plan.organisations[o]!;
    const parent = org.parentRegionId !== undefined ? ix.orgIdx.get(org.parentRegionId) : undefined;
    const target = explicitRegion ?? parent ?? o;
    for (let sec = 0; sec < SECTOR_COUNT; sec++) {
      for (let y = 0; y < nY; y++) {
        const takes = s.kind === 'regional' && moved[sec] === 1 && years[y]! >= s.regional.fromYear;
        ownerOf[(o * SECTOR_COUNT + sec) * nY + y] = takes ? target : o;
      }
    }
  }
  const member = new Uint8Array(ix.nOrg);
  const pooled = new Uint8Array(ix.nCat);
  if (s.kind === 'partnership') {
    for (const id of s.partnership.memberIds) member[ix.orgIdx.get(id)!] = 1;
    for (const id of s.partnership.pooledCategoryIds) pooled[ix.catIdx.get(id)!] = 1;
  }
  return { years, nY, ownerOf, member, pooled, pool: ix.nOrg, nUnits: ix.nOrg + 1 };
}

/** The buying unit of an owner for a category. */
export function unitOf(own: Ownership, owner: number, cat: number): number {
  return own.member[owner] === 1 && own.pooled[cat] === 1 ? own.pool : owner;
}
