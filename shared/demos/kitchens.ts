/**
 * Kitchens for a demo organisation, derived from its population (docs/demos.md §2). Every rule
 * here is an estimate and is written out so that a reader can redo it by hand:
 *
 * - people served per sector = round(population × the sector's share of the population);
 * - kitchen records per sector = round(people × attendance / typical kitchen size), at least 1 and
 *   at most KITCHEN_CAP (in a large municipality one record then stands for a group of kitchens);
 * - people are split evenly between the records (the first records take the remainder);
 * - the kind of kitchen follows a fixed pattern: in schools and elderly care every third record
 *   is a production kitchen and the two after it receive from it; in preschools every fourth
 *   cooks and the others receive from the school production kitchens in turn; home-delivered
 *   meals are packed in one receiving kitchen supplied by the first elderly-care production kitchen.
 */
import type { Country, Sector } from '../model/enums';
import { createKitchen } from '../model/defaults';
import type { Kitchen, Location, MealsPerDay, Organisation } from '../model/types';
import { sectorDefaults } from '../reference/sectors';

/** The sectors a municipality runs kitchens in (hospitals belong to regions). */
export type MunicipalSector = 'school' | 'preschool' | 'elderly_care' | 'home_meals';

/** People served per inhabitant, per sector (fractions of the population). */
export type SectorShares = Record<MunicipalSector, number>;

/**
 * Typical people served per kitchen, from Hudiksvall's kitchen organisation (domain brief §1.1):
 * 5,000 portions a day to 18 schools (≈ 280), 2,000 to 26 preschools (≈ 77), 1,750 to 12 nursing
 * homes (≈ 146 portions ≈ 30 residents at about five meals each).
 */
export const KITCHEN_SIZE: Record<'school' | 'preschool' | 'elderly_care', number> = {
  school: 280,
  preschool: 77,
  elderly_care: 30,
};

/** At most this many kitchen records per organisation and sector, to keep a demo small. */
export const KITCHEN_CAP = 16;

/** Local-language labels for kitchen names (kitchen names are data, written as the owner would). */
export interface KitchenLabels {
  school: string;
  preschool: string;
  elderly_care: string;
  home_meals: string;
  hospital: string;
}

/** Splits `total` into `n` integers that differ by at most one (the first ones take the remainder). */
export function splitEvenly(total: number, n: number): number[] {
  const base = Math.floor(total / n);
  const rest = total - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < rest ? 1 : 0));
}

/**
 * Meals per service day for `people` people of a sector. The weights in the plan (breakfast 0.25,
 * lunch 1, dinner 0.6, snack 0.35) then give the sector's lunch-equivalents per person-day:
 * preschool 0.25 + 1 + 0.35 = 1.6; elderly care 0.25 + 1 + 0.6 + 0.35 = 2.2; hospital with two
 * snacks 0.25 + 1 + 0.6 + 0.7 = 2.55 (reference 2.5).
 */
export function mealsFor(sector: Sector, people: number): MealsPerDay {
  switch (sector) {
    case 'school':
    case 'home_meals':
    case 'other':
      return { breakfast: 0, lunch: people, dinner: 0, snack: 0 };
    case 'preschool':
      return { breakfast: people, lunch: people, dinner: 0, snack: people };
    case 'elderly_care':
      return { breakfast: people, lunch: people, dinner: people, snack: people };
    case 'hospital':
      return { breakfast: people, lunch: people, dinner: people, snack: 2 * people };
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function kitchen(
  org: Organisation,
  country: Country,
  sector: Sector,
  index: number,
  people: number,
  name: string,
  location: Location | undefined,
): Kitchen {
  const k = createKitchen({ id: `${org.id}-${sector}-${pad(index + 1)}`, name, organisationId: org.id, sector, country });
  return { ...k, meals: mealsFor(sector, people), ...(location ? { location: { ...location } } : {}) };
}

export interface MunicipalKitchenOptions {
  org: Organisation;
  country: Country;
  shares: SectorShares;
  labels: KitchenLabels;
  /** Name of the place used in kitchen names (usually the municipality's name). */
  place: string;
}

/** The number of kitchen records of a sector for `people` people (see the file comment). */
export function kitchenCount(sector: 'school' | 'preschool' | 'elderly_care', people: number, attendance: number): number {
  return Math.min(KITCHEN_CAP, Math.max(1, Math.round((people * attendance) / KITCHEN_SIZE[sector])));
}

/** People served in a sector: round(population × share). */
export function peopleIn(population: number, share: number): number {
  return Math.round(population * share);
}

/** A municipality's kitchens in the four municipal sectors (see the file comment). */
export function municipalKitchens({ org, country, shares, labels, place }: MunicipalKitchenOptions): Kitchen[] {
  const population = org.population ?? 0;
  const location = org.location;
  const out: Kitchen[] = [];
  const build = (sector: 'school' | 'preschool' | 'elderly_care'): Kitchen[] => {
    const people = peopleIn(population, shares[sector]);
    const n = kitchenCount(sector, people, sectorDefaults(sector, country).attendance);
    return splitEvenly(people, n).map((p, i) => kitchen(org, country, sector, i, p, `${place} ${labels[sector]} ${i + 1}`, location));
  };

  const schools = build('school').map((k, i): Kitchen => (i % 3 === 0 ? k : { ...k, kind: 'receiving', suppliedById: `${org.id}-school-${pad(i - (i % 3) + 1)}` }));
  const schoolProduction = schools.filter((k) => k.kind === 'production');
  const preschools = build('preschool').map((k, i): Kitchen =>
    i % 4 === 0 ? k : { ...k, kind: 'receiving', suppliedById: schoolProduction[i % schoolProduction.length]!.id },
  );
  const elderly = build('elderly_care').map((k, i): Kitchen =>
    i % 3 === 0 ? k : { ...k, kind: 'receiving', suppliedById: `${org.id}-elderly_care-${pad(i - (i % 3) + 1)}` },
  );
  const homePeople = peopleIn(population, shares.home_meals);
  const home: Kitchen = {
    ...kitchen(org, country, 'home_meals', 0, homePeople, `${place} ${labels.home_meals}`, location),
    kind: 'receiving',
    suppliedById: elderly[0]!.id,
  };
  out.push(...schools, ...preschools, ...elderly, home);
  return out;
}

/** One hospital production kitchen for `beds` beds (attendance = bed occupancy, sector default). */
export function hospitalKitchen(org: Organisation, country: Country, id: string, name: string, beds: number, location?: Location): Kitchen {
  const k = createKitchen({ id, name, organisationId: org.id, sector: 'hospital', country });
  return { ...k, meals: mealsFor('hospital', beds), ...(location ? { location: { ...location } } : {}) };
}
