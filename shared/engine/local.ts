/**
 * "Local", decided per (offer, organisation) by the plan's local definition (docs/engine.md §6),
 * and delivery distances for the transport climate figure.
 *
 * The status is three-valued: local, not local, or unknown (the field the definition needs is
 * missing, so the volume counts against data coverage). Places are where the food is grown (the
 * offer's origin) or processed (the supplier), or both.
 */
import type { Location, Organisation, Plan } from '../model/types';
import { keep, kept } from './memo';
import type { PlanIndex } from './planIndex';

export const UNKNOWN = 0;
export const NOT_LOCAL = 1;
export const LOCAL = 2;

const EARTH_RADIUS_KM = 6371.0088;
/** Road distance ≈ 1.25 × great-circle distance (docs/engine.md §6). */
export const ROAD_FACTOR = 1.25;

export function greatCircleKm(a: Location, b: Location): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Where an organisation is: its location, else the mean of its kitchens', else of its member municipalities'. */
export function organisationLocations(plan: Plan, ix: PlanIndex): (Location | undefined)[] {
  const sums = plan.organisations.map(() => ({ lat: 0, lon: 0, n: 0 }));
  for (const k of plan.kitchens) {
    if (!k.location) continue;
    const s = sums[ix.orgIdx.get(k.organisationId)!]!;
    s.lat += k.location.lat;
    s.lon += k.location.lon;
    s.n++;
  }
  const own: (Location | undefined)[] = plan.organisations.map((o, i) => {
    if (o.location) return o.location;
    const s = sums[i]!;
    return s.n ? { lat: s.lat / s.n, lon: s.lon / s.n } : undefined;
  });
  const children = plan.organisations.map(() => ({ lat: 0, lon: 0, n: 0 }));
  plan.organisations.forEach((o, i) => {
    const loc = own[i];
    if (!o.parentRegionId || !loc) return;
    const p = ix.orgIdx.get(o.parentRegionId);
    if (p === undefined) return;
    const c = children[p]!;
    c.lat += loc.lat;
    c.lon += loc.lon;
    c.n++;
  });
  return own.map((loc, i) => {
    if (loc) return loc;
    const c = children[i]!;
    return c.n ? { lat: c.lat / c.n, lon: c.lon / c.n } : undefined;
  });
}

/** The municipality codes an organisation covers: its own code, or a region's member municipalities' codes. */
function municipalityCodes(plan: Plan): string[][] {
  const byParent = new Map<string, string[]>();
  for (const o of plan.organisations) {
    if (o.kind === 'municipality' && o.code && o.parentRegionId) {
      const l = byParent.get(o.parentRegionId) ?? [];
      l.push(o.code);
      byParent.set(o.parentRegionId, l);
    }
  }
  return plan.organisations.map((o) => (o.kind === 'municipality' ? (o.code ? [o.code] : []) : (byParent.get(o.id) ?? [])));
}

function regionCodeOf(o: Organisation): string | undefined {
  return o.regionCode ?? (o.kind === 'region' ? o.code : undefined);
}

interface Place {
  country?: string | undefined;
  regionCode?: string | undefined;
  municipalityCode?: string | undefined;
  location?: Location | undefined;
  distanceKm?: number | undefined;
}

function unit(l: Location): [number, number, number] {
  const lat = (l.lat * Math.PI) / 180;
  const lon = (l.lon * Math.PI) / 180;
  return [Math.cos(lat) * Math.cos(lon), Math.cos(lat) * Math.sin(lon), Math.sin(lat)];
}

/**
 * Fills `out` (length nOrg) with the status of one place for every organisation. Radius tests
 * compare chord lengths of unit vectors, so no trigonometry runs per pair.
 */
function placeStatus(place: Place | null, ctx: StatusContext, out: Uint8Array): void {
  const def = ctx.plan.meta.local;
  const n = out.length;
  if (!place) {
    out.fill(UNKNOWN);
    return;
  }
  switch (def.kind) {
    case 'radius_km': {
      if (place.distanceKm !== undefined) {
        out.fill(place.distanceKm <= def.radiusKm ? LOCAL : NOT_LOCAL);
        return;
      }
      if (!place.location) {
        out.fill(UNKNOWN);
        return;
      }
      const [px, py, pz] = unit(place.location);
      const limit = ctx.chordLimit2;
      for (let i = 0; i < n; i++) {
        const u = ctx.orgUnit[i];
        if (!u) {
          out[i] = UNKNOWN;
          continue;
        }
        const dx = u[0] - px;
        const dy = u[1] - py;
        const dz = u[2] - pz;
        out[i] = dx * dx + dy * dy + dz * dz <= limit ? LOCAL : NOT_LOCAL;
      }
      return;
    }
    case 'same_municipality': {
      const code = place.municipalityCode;
      if (code === undefined) {
        out.fill(UNKNOWN);
        return;
      }
      out.set(ctx.defaultRow);
      for (const i of ctx.orgsByMunicipality.get(code) ?? []) out[i] = LOCAL;
      return;
    }
    case 'same_region': {
      const code = place.regionCode;
      if (code === undefined) {
        out.fill(UNKNOWN);
        return;
      }
      out.set(ctx.defaultRow);
      for (const i of ctx.orgsByRegion.get(code) ?? []) out[i] = LOCAL;
      return;
    }
    case 'region_set':
      out.fill(place.regionCode === undefined ? UNKNOWN : def.regionCodes.includes(place.regionCode) ? LOCAL : NOT_LOCAL);
      return;
    case 'domestic': {
      if (place.country === undefined) {
        out.fill(UNKNOWN);
        return;
      }
      for (let i = 0; i < n; i++) out[i] = ctx.orgCountry[i] === place.country ? LOCAL : NOT_LOCAL;
      return;
    }
  }
}

interface StatusContext {
  plan: Plan;
  orgUnit: ([number, number, number] | undefined)[];
  chordLimit2: number;
  orgCountry: string[];
  /** NOT_LOCAL where the organisation has the code the definition compares, else UNKNOWN. */
  defaultRow: Uint8Array;
  orgsByMunicipality: Map<string, number[]>;
  orgsByRegion: Map<string, number[]>;
}

export interface LocalTable {
  /** status[offer * nOrg + org]: UNKNOWN, NOT_LOCAL or LOCAL. */
  status: Uint8Array;
  /** Whether the offer is local for at least one organisation (the local premium applies). */
  localForSome: Uint8Array;
  orgLocation: (Location | undefined)[];
}

export function buildLocalTable(plan: Plan, ix: PlanIndex): LocalTable {
  const nOrg = ix.nOrg;
  const def = plan.meta.local;
  const orgLocation = organisationLocations(plan, ix);
  const muni = municipalityCodes(plan);
  const orgsByMunicipality = new Map<string, number[]>();
  const orgsByRegion = new Map<string, number[]>();
  const defaultRow = new Uint8Array(nOrg);
  plan.organisations.forEach((o, i) => {
    for (const c of muni[i]!) orgsByMunicipality.set(c, [...(orgsByMunicipality.get(c) ?? []), i]);
    const r = regionCodeOf(o);
    if (r !== undefined) orgsByRegion.set(r, [...(orgsByRegion.get(r) ?? []), i]);
    const known = def.kind === 'same_municipality' ? muni[i]!.length > 0 : r !== undefined;
    defaultRow[i] = known ? NOT_LOCAL : UNKNOWN;
  });
  const half = def.radiusKm / (2 * EARTH_RADIUS_KM);
  const chord = 2 * Math.sin(Math.min(half, Math.PI / 2));
  const ctx: StatusContext = {
    plan,
    orgUnit: orgLocation.map((l) => (l ? unit(l) : undefined)),
    chordLimit2: chord * chord * (1 + 1e-12),
    orgCountry: plan.organisations.map((o) => o.country),
    defaultRow,
    orgsByMunicipality,
    orgsByRegion,
  };

  const status = new Uint8Array(ix.nOffer * nOrg);
  const localForSome = new Uint8Array(ix.nOffer);
  const grownRow = new Uint8Array(nOrg);
  const supplierRows = new Map<number, Uint8Array>();
  const processedRow = (s: number): Uint8Array => {
    let row = supplierRows.get(s);
    if (!row) {
      const sup = plan.suppliers[s]!;
      row = new Uint8Array(nOrg);
      placeStatus(
        { country: sup.country, regionCode: sup.regionCode, municipalityCode: sup.municipalityCode, location: sup.location, distanceKm: sup.distanceKm },
        ctx,
        row,
      );
      supplierRows.set(s, row);
    }
    return row;
  };
  plan.offers.forEach((o, i) => {
    const row = status.subarray(i * nOrg, (i + 1) * nOrg);
    if (def.stage === 'grown' || def.stage === 'both') placeStatus(o.origin, ctx, def.stage === 'grown' ? row : grownRow);
    if (def.stage === 'processed') row.set(processedRow(ix.offerSup[i]!));
    if (def.stage === 'both') {
      const p = processedRow(ix.offerSup[i]!);
      for (let k = 0; k < nOrg; k++) {
        const a = grownRow[k]!;
        const b = p[k]!;
        row[k] = a === NOT_LOCAL || b === NOT_LOCAL ? NOT_LOCAL : a === LOCAL && b === LOCAL ? LOCAL : UNKNOWN;
      }
    }
    for (let k = 0; k < nOrg; k++) {
      if (row[k] === LOCAL) {
        localForSome[i] = 1;
        break;
      }
    }
  });
  return { status, localForSome, orgLocation };
}

export interface Distances {
  /** km[supplier * nOrg + org], −1 until computed. */
  km: Float64Array;
  /** Computes, stores and returns the distance of cell `i` of `km`. */
  fill(i: number): number;
}

/**
 * Delivery distance from a supplier to an organisation: the supplier's `distanceKm`, else
 * 1.25 × the great-circle distance between the two locations, else the plan's default. Computed
 * on first use and kept.
 */
export function makeDistances(plan: Plan, ix: PlanIndex, orgLocation: (Location | undefined)[]): Distances {
  const km = new Float64Array(ix.nSup * ix.nOrg).fill(-1);
  const nOrg = ix.nOrg;
  const suppliers = plan.suppliers;
  const defaultKm = plan.meta.defaultDistanceKm;
  return {
    km,
    fill(i: number): number {
      const s = Math.floor(i / nOrg);
      const org = i - s * nOrg;
      const sup = suppliers[s]!;
      const loc = orgLocation[org];
      const d =
        sup.distanceKm !== undefined
          ? sup.distanceKm
          : sup.location && loc
            ? ROAD_FACTOR * greatCircleKm(sup.location, loc)
            : defaultKm;
      km[i] = d;
      return d;
    },
  };
}

const localKept = kept<{ local: LocalTable; distances: Distances }>();

/**
 * The local table and the distances of the plan's tables, kept per table value (./memo.ts): they
 * depend only on the tables behind `ix` (the index is rebuilt, a new object, when one of them
 * changes). Distances are computed on first use and kept with them.
 */
export function localAndDistances(plan: Plan, ix: PlanIndex): { local: LocalTable; distances: Distances } {
  return keep(localKept, [ix], () => {
    const local = buildLocalTable(plan, ix);
    return { local, distances: makeDistances(plan, ix, local.orgLocation) };
  });
}
