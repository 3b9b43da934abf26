/**
 * Small deterministic helpers shared by the three demo builders: the common dates, scenario and
 * contract records with the demos' stated defaults, and the two-pass build (capacities and budgets
 * are set from the engine's own figures for the plan, docs/demos.md §1).
 */
import type { Currency, ScenarioKind, ShareBasis } from '../model/enums';
import { createScenario, sekToMinor } from '../model/defaults';
import type { Contract, ExtensionOption, Plan, Scenario, SourceRef, Trajectory, TrajectoryPoint } from '../model/types';
import { CATEGORY_IDS } from './offers';

/** The date every demo is made as of: contract status and lead times are judged from it. */
export const DEMO_PLAN_DATE = '2026-11-24';
/** Scenarios run 2027–2032 (six years: the horizon of one or two contract cycles). */
export const DEMO_START_YEAR = 2027;
export const DEMO_YEARS = 6;

/**
 * Tendering cost per lot: Örebro and Jönköping put a simple procurement that is not appealed at
 * about 20,000 SEK (ESO report 2009, via Inköpsrådet); the demos use 25,000 SEK at 2024 wages
 * (estimate). A lot is tendered once every four years (the framework maximum).
 */
export const TENDER_COST_SEK = 25_000;

export function demoScenario(
  plan: Pick<Plan, 'meta'>,
  base: { id: string; name: string; kind: ScenarioKind },
  over: Partial<Scenario> = {},
): Scenario {
  const s = createScenario(plan, { ...base, startYear: DEMO_START_YEAR });
  return { ...s, years: DEMO_YEARS, tenderCostMinor: sekToMinor(TENDER_COST_SEK, plan.meta.currency), contractYears: 4, ...over };
}

export interface ContractSpec {
  id: string;
  name: string;
  buyerIds: string[];
  supplierId: string;
  categoryIds: string[];
  start: string;
  initialEnd: string;
  extensions?: ExtensionOption[];
  leadTimeMonths: number;
  joinByDate?: string;
}

export function contract(s: ContractSpec): Contract {
  return {
    id: s.id,
    name: s.name,
    buyerIds: [...s.buyerIds],
    supplierId: s.supplierId,
    categoryIds: [...s.categoryIds],
    start: s.start,
    initialEnd: s.initialEnd,
    extensions: (s.extensions ?? []).map((e) => ({ ...e })),
    leadTimeMonths: s.leadTimeMonths,
    ...(s.joinByDate !== undefined ? { joinByDate: s.joinByDate } : {}),
  };
}

/** Money in the plan's currency from a SEK amount (the brief's rates). */
export function sek(amount: number, currency: Currency): number {
  return sekToMinor(amount, currency);
}

/** Sources every demo rests on (domain brief and reference data). */
export const COMMON_SOURCES: readonly SourceRef[] = [
  {
    label: 'Måltid domain brief (figures, formulas and their sources)',
    note: 'Sector defaults (§1.1), portions (§3.1), price ranges and local premiums (§3.2), climate factors (§3.3), volume brackets (§5.4, no public source).',
  },
  {
    label: 'Hudiksvall kommun, Kostenheten: kitchen organisation',
    url: 'https://www.hudiksvall.se/',
    note: '5,000 portions a day to 18 schools, 2,000 to 26 preschools, 1,750 to 12 nursing homes: the typical kitchen sizes used to count kitchens.',
  },
  {
    label: 'Inköpsrådet: Så lite kostar en upphandling',
    url: 'https://inkopsradet.se/statistik/sa-lite-kostar-en-upphandling/',
    note: 'Örebro and Jönköping: a simple procurement costs about 20,000 SEK (ESO report 2009). Basis of the tendering cost per lot.',
  },
];

/** Trajectory points from [year, share] pairs. */
export function points(...pairs: [number, number][]): TrajectoryPoint[] {
  return pairs.map(([year, share]) => ({ year, share }));
}

/**
 * A target with its own points for the listed categories and 0 for every other category. The
 * engine applies a general target to each category on its own, so a general "20 % local" would
 * ask for 20 % local fish where no local fish exists; the demos instead set the target on the
 * categories a local lot is planned for, and keep the general points for the overall figure
 * shown beside it (the `*` row).
 */
export function categoryTarget(basis: ShareBasis, general: TrajectoryPoint[], listed: readonly string[], own: TrajectoryPoint[]): Trajectory {
  return {
    basis,
    points: general.map((p) => ({ ...p })),
    categories: CATEGORY_IDS.map((categoryId) => ({
      categoryId,
      basis,
      points: listed.includes(categoryId) ? own.map((p) => ({ ...p })) : [{ year: DEMO_START_YEAR, share: 0 }],
    })),
  };
}

/** The same target for every category except those listed, which get 0 (e.g. fish: no organic offer exists). */
export function targetExcept(basis: ShareBasis, general: TrajectoryPoint[], zero: readonly string[]): Trajectory {
  return {
    basis,
    points: general.map((p) => ({ ...p })),
    categories: zero.map((categoryId) => ({ categoryId, basis, points: [{ year: DEMO_START_YEAR, share: 0 }] })),
  };
}
