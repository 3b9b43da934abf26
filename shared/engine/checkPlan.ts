/**
 * The problems that stop evaluation (docs/engine.md §9), each naming the table, the record id and
 * the field, e.g. table 'kitchens', id 'k-12', field 'meals.lunch'.
 */
import type { z } from 'zod';
import { planSchema } from '../model/schema';
import { PLAN_TABLES, type Plan, type PlanTable, type Trajectory } from '../model/types';
import { isValidIsoDate, parseIsoDate } from './dates';
import { keep, kept } from './memo';
import type { PlanIssue } from './types';

type IssueCode = PlanIssue['code'];

/** Thrown by `evaluate` when the plan cannot be evaluated; carries the issues. */
export class PlanError extends Error {
  readonly issues: PlanIssue[];
  constructor(issues: PlanIssue[]) {
    super(
      issues.length === 1
        ? `The plan cannot be evaluated: ${issues[0]!.message}`
        : `The plan cannot be evaluated (${issues.length} problems): ${issues
            .slice(0, 3)
            .map((i) => i.message)
            .join('; ')}${issues.length > 3 ? '; …' : ''}`,
    );
    this.name = 'PlanError';
    this.issues = issues;
  }
}

function issue(
  code: IssueCode,
  table: PlanIssue['table'],
  id: string,
  field: string,
  message: string,
  params: Record<string, string | number> = {},
): PlanIssue {
  const where = table === 'plan' ? 'plan' : `${table}${id ? ` '${id}'` : ''}`;
  return { code, table, id, field, params, message: `${where}${field ? `, ${field}` : ''}: ${message}` };
}

function isTable(x: unknown): x is PlanTable {
  return typeof x === 'string' && (PLAN_TABLES as readonly string[]).includes(x);
}

/** Maps a zod issue to the record and field it is about. */
function fromZod(input: unknown, zi: z.core.$ZodIssue): PlanIssue {
  const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const root = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const head = path[0];
  if (head === 'meta') {
    const meta = root.meta as { id?: unknown } | undefined;
    const id = meta && typeof meta.id === 'string' ? meta.id : '';
    return issue('invalid', 'meta', id, path.slice(1).join('.'), zi.message, { path: path.join('.') });
  }
  if (isTable(head) && typeof path[1] === 'number') {
    const rows = root[head];
    const row = Array.isArray(rows) ? (rows[path[1]] as { id?: unknown } | undefined) : undefined;
    const id = row && typeof row === 'object' && typeof row.id === 'string' ? row.id : `#${path[1]}`;
    return issue('invalid', head, id, path.slice(2).join('.'), zi.message, { path: path.join('.') });
  }
  if (isTable(head)) return issue('invalid', head, '', path.slice(1).join('.'), zi.message, { path: path.join('.') });
  return issue('invalid', 'plan', '', path.join('.'), zi.message, { path: path.join('.') });
}

/**
 * Schema results per table value. A plan is a value: the app replaces a table (a new array) when
 * it changes a record, so a table that is the same array as last time needs no new schema check.
 * This keeps re-evaluation cheap when only a scenario changes (a slider).
 */
const schemaCache = new WeakMap<object, PlanIssue[]>();
const consistencyCache = new WeakMap<object, { tables: unknown[]; issues: PlanIssue[] }>();
const TOP_KEYS = Object.keys(planSchema.shape) as (keyof typeof planSchema.shape)[];

function schemaIssues(plan: Plan): PlanIssue[] {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) {
    const parsed = planSchema.safeParse(plan);
    return parsed.success ? [] : parsed.error.issues.map((zi) => fromZod(plan, zi));
  }
  const root = plan as unknown as Record<string, unknown>;
  const extra = Object.keys(root).filter((k) => !(TOP_KEYS as string[]).includes(k));
  if (extra.length > 0) {
    const parsed = planSchema.safeParse(plan);
    return parsed.success ? [] : parsed.error.issues.map((zi) => fromZod(plan, zi));
  }
  const out: PlanIssue[] = [];
  for (const key of TOP_KEYS) {
    const value = root[key];
    const cached = value !== null && typeof value === 'object' ? schemaCache.get(value) : undefined;
    if (cached) {
      out.push(...cached);
      continue;
    }
    const parsed = planSchema.shape[key].safeParse(value);
    const issues = parsed.success ? [] : parsed.error.issues.map((zi) => fromZod(plan, { ...zi, path: [key, ...zi.path] }));
    if (value !== null && typeof value === 'object') schemaCache.set(value, issues);
    out.push(...issues);
  }
  return out;
}

/** Schema problems (with paths), then the plan's references, dates and consistency. */
export function checkPlan(plan: Plan): PlanIssue[] {
  const schema = schemaIssues(plan);
  if (schema.length > 0) return schema;
  const root = plan as unknown as Record<string, unknown>;
  const tables = TOP_KEYS.map((k) => root[k]);
  const hit = consistencyCache.get(plan);
  if (hit && hit.tables.every((t, i) => t === tables[i])) return hit.issues;
  const issues = checkConsistency(plan);
  consistencyCache.set(plan, { tables, issues });
  return issues;
}

/** Duplicate ids of one table, and the table's ids. */
function duplicateIds(plan: Plan, table: PlanTable, out: PlanIssue[]): Set<string> {
  const seen = new Set<string>();
  for (const row of plan[table] as { id: string }[]) {
    if (seen.has(row.id)) out.push(issue('duplicateId', table, row.id, 'id', 'the id is used twice in the table.'));
    seen.add(row.id);
  }
  return seen;
}

type Ids = Record<PlanTable, Set<string>>;

function referenceCheck(ids: Ids, out: PlanIssue[]) {
  return (table: PlanTable, id: string, field: string, target: PlanTable, value: string): boolean => {
    if (!ids[target].has(value)) {
      out.push(issue('unknownReference', table, id, field, `refers to ${target} '${value}', which does not exist.`, { target, value }));
      return false;
    }
    return true;
  };
}

/** The tables other than the scenarios: what `tableChecks` depends on. */
const RECORD_TABLES = PLAN_TABLES.filter((t) => t !== 'scenarios');

interface TableChecks {
  /** Duplicate ids of the tables before the scenarios (PLAN_TABLES order; scenarios come last). */
  duplicates: PlanIssue[];
  /** The other issues of those tables. */
  issues: PlanIssue[];
  ids: Omit<Ids, 'scenarios'>;
  orgById: Map<string, Plan['organisations'][number]>;
}

/**
 * The checks of everything but the scenarios, kept per table value (./memo.ts): a what-if slider
 * changes only the scenarios, so it re-checks only them.
 */
const tableChecksKept = kept<TableChecks>();

function tableChecks(plan: Plan): TableChecks {
  return keep(tableChecksKept, [plan.meta, ...RECORD_TABLES.map((t) => plan[t])], () => {
    const duplicates: PlanIssue[] = [];
    const ids = {} as Ids;
    for (const table of RECORD_TABLES) ids[table] = duplicateIds(plan, table, duplicates);
    const out: PlanIssue[] = [];
    const orgById = new Map(plan.organisations.map((o) => [o.id, o]));
    recordChecks(plan, ids, orgById, out);
    return { duplicates, issues: out, ids, orgById };
  });
}

/** The checks that need more than one record at a time. Assumes the plan matches the schema. */
export function checkConsistency(plan: Plan): PlanIssue[] {
  const base = tableChecks(plan);
  const scenarioDuplicates: PlanIssue[] = [];
  const ids: Ids = { ...base.ids, scenarios: duplicateIds(plan, 'scenarios', scenarioDuplicates) };
  const out: PlanIssue[] = [...base.duplicates, ...scenarioDuplicates, ...base.issues];
  scenarioChecks(plan, ids, base.orgById, out);
  return out;
}

function recordChecks(plan: Plan, ids: Ids, orgById: Map<string, Plan['organisations'][number]>, out: PlanIssue[]): void {
  const ref = referenceCheck(ids, out);
  const date = (table: PlanIssue['table'], id: string, field: string, value: string): boolean => {
    if (isValidIsoDate(value)) return true;
    out.push(issue('invalid', table, id, field, `'${value}' is not a calendar date.`, { value }));
    return false;
  };

  date('meta', plan.meta.id, 'planDate', plan.meta.planDate);
  for (const o of plan.organisations) {
    if (o.currency !== plan.meta.currency) {
      out.push(issue('currencyMismatch', 'organisations', o.id, 'currency', `is ${o.currency}, but the plan counts in ${plan.meta.currency}.`, { currency: o.currency, planCurrency: plan.meta.currency }));
    }
    if (o.parentRegionId !== undefined && ref('organisations', o.id, 'parentRegionId', 'organisations', o.parentRegionId)) {
      if (orgById.get(o.parentRegionId)!.kind !== 'region') {
        out.push(issue('invalid', 'organisations', o.id, 'parentRegionId', `'${o.parentRegionId}' is not a region.`, { value: o.parentRegionId }));
      }
    }
  }

  const kitchenById = new Map(plan.kitchens.map((k) => [k.id, k]));
  const sectorsWithProfile = new Set<string>();
  for (const p of plan.mealProfiles) {
    if (sectorsWithProfile.has(p.sector)) {
      out.push(issue('duplicateId', 'mealProfiles', p.id, 'sector', `a second profile for the sector '${p.sector}'.`, { sector: p.sector }));
    }
    sectorsWithProfile.add(p.sector);
    for (const catId of Object.keys(p.grams)) ref('mealProfiles', p.id, `grams.${catId}`, 'foodCategories', catId);
  }
  const missingReported = new Set<string>();
  for (const k of plan.kitchens) {
    ref('kitchens', k.id, 'organisationId', 'organisations', k.organisationId);
    if (!sectorsWithProfile.has(k.sector) && !missingReported.has(k.sector)) {
      missingReported.add(k.sector);
      out.push(issue('missingProfile', 'kitchens', k.id, 'sector', `no meal profile for the sector '${k.sector}'.`, { sector: k.sector }));
    }
    if (k.suppliedById !== undefined) ref('kitchens', k.id, 'suppliedById', 'kitchens', k.suppliedById);
    if (k.kind === 'receiving') {
      const from = k.suppliedById !== undefined ? kitchenById.get(k.suppliedById) : undefined;
      if (k.suppliedById === undefined) {
        out.push(issue('receivingWithoutSupplier', 'kitchens', k.id, 'suppliedById', 'a receiving kitchen needs the production kitchen that cooks for it.'));
      } else if (from && from.kind !== 'production') {
        out.push(issue('receivingWithoutSupplier', 'kitchens', k.id, 'suppliedById', `'${from.id}' is not a production kitchen.`, { value: from.id }));
      }
    }
  }

  const offerKeys = new Set<string>();
  for (const o of plan.offers) {
    ref('offers', o.id, 'supplierId', 'suppliers', o.supplierId);
    ref('offers', o.id, 'categoryId', 'foodCategories', o.categoryId);
    offerKeys.add(`${o.supplierId}\u0000${o.categoryId}`);
  }

  for (const c of plan.contracts) {
    c.buyerIds.forEach((b, i) => ref('contracts', c.id, `buyerIds.${i}`, 'organisations', b));
    const supplierOk = ref('contracts', c.id, 'supplierId', 'suppliers', c.supplierId);
    c.categoryIds.forEach((cat, i) => {
      if (ref('contracts', c.id, `categoryIds.${i}`, 'foodCategories', cat) && supplierOk && !offerKeys.has(`${c.supplierId}\u0000${cat}`)) {
        out.push(issue('contractWithoutOffer', 'contracts', c.id, `categoryIds.${i}`, `the supplier '${c.supplierId}' has no offer for '${cat}', so the contract's price is unknown.`, { supplierId: c.supplierId, categoryId: cat }));
      }
    });
    const okStart = date('contracts', c.id, 'start', c.start);
    const okEnd = date('contracts', c.id, 'initialEnd', c.initialEnd);
    if (okStart && okEnd && parseIsoDate(c.initialEnd) < parseIsoDate(c.start)) {
      out.push(issue('datesOutOfOrder', 'contracts', c.id, 'initialEnd', `ends (${c.initialEnd}) before it starts (${c.start}).`, { start: c.start, initialEnd: c.initialEnd }));
    }
    if (c.joinByDate !== undefined && date('contracts', c.id, 'joinByDate', c.joinByDate) && okStart && parseIsoDate(c.joinByDate) > parseIsoDate(c.start)) {
      out.push(issue('datesOutOfOrder', 'contracts', c.id, 'joinByDate', `the join-by date (${c.joinByDate}) is after the start (${c.start}).`, { joinByDate: c.joinByDate, start: c.start }));
    }
  }

  const budgetKeys = new Map<string, string>();
  for (const b of plan.budgets) {
    ref('budgets', b.id, 'organisationId', 'organisations', b.organisationId);
    const key = `${b.organisationId}\u0000${b.year}`;
    const other = budgetKeys.get(key);
    if (other !== undefined) {
      out.push(issue('duplicateBudget', 'budgets', b.id, 'year', `'${other}' is already the budget of '${b.organisationId}' for ${b.year}.`, { other, organisationId: b.organisationId, year: b.year }));
    }
    budgetKeys.set(key, b.id);
  }

  for (const t of plan.thresholds) {
    const okFrom = date('thresholds', t.id, 'validFrom', t.validFrom);
    if (t.validTo !== undefined && date('thresholds', t.id, 'validTo', t.validTo) && okFrom && parseIsoDate(t.validTo) < parseIsoDate(t.validFrom)) {
      out.push(issue('datesOutOfOrder', 'thresholds', t.id, 'validTo', `ends (${t.validTo}) before it starts (${t.validFrom}).`, { validFrom: t.validFrom, validTo: t.validTo }));
    }
    if (t.country === plan.meta.country && t.currency !== plan.meta.currency) {
      out.push(issue('currencyMismatch', 'thresholds', t.id, 'currency', `is ${t.currency}, but the plan counts in ${plan.meta.currency}.`, { currency: t.currency, planCurrency: plan.meta.currency }));
    }
  }

}

function scenarioChecks(plan: Plan, ids: Ids, orgById: Map<string, Plan['organisations'][number]>, out: PlanIssue[]): void {
  const ref = referenceCheck(ids, out);
  for (const s of plan.scenarios) {
    const sc = (field: string, target: PlanTable, value: string) => ref('scenarios', s.id, field, target, value);
    const trajectory = (name: string, t: Trajectory) => {
      const points = (field: string, pts: { year: number }[]) => {
        for (let i = 1; i < pts.length; i++) {
          if (pts[i]!.year <= pts[i - 1]!.year) {
            out.push(issue('datesOutOfOrder', 'scenarios', s.id, `${field}.${i}.year`, `the years of the points must increase (${pts[i - 1]!.year}, then ${pts[i]!.year}).`, { previous: pts[i - 1]!.year, year: pts[i]!.year }));
          }
        }
      };
      points(`${name}.points`, t.points);
      t.categories.forEach((c, i) => {
        sc(`${name}.categories.${i}.categoryId`, 'foodCategories', c.categoryId);
        points(`${name}.categories.${i}.points`, c.points);
      });
    };
    trajectory('localTarget', s.localTarget);
    trajectory('organicTarget', s.organicTarget);
    s.categoryPriceIndex.forEach((r, i) => sc(`categoryPriceIndex.${i}.categoryId`, 'foodCategories', r.categoryId));
    s.priceShocks.forEach((r, i) => {
      if (r.categoryId !== '*') sc(`priceShocks.${i}.categoryId`, 'foodCategories', r.categoryId);
    });
    s.priorityIds.forEach((id, i) => sc(`priorityIds.${i}`, 'organisations', id));
    s.excludedSupplierIds.forEach((id, i) => sc(`excludedSupplierIds.${i}`, 'suppliers', id));
    s.includedCandidateIds.forEach((id, i) => sc(`includedCandidateIds.${i}`, 'suppliers', id));
    const shareSum = new Map<string, number>();
    s.fixedShares.forEach((f, i) => {
      sc(`fixedShares.${i}.supplierId`, 'suppliers', f.supplierId);
      sc(`fixedShares.${i}.categoryId`, 'foodCategories', f.categoryId);
      shareSum.set(f.categoryId, (shareSum.get(f.categoryId) ?? 0) + f.share);
    });
    for (const [cat, sum] of shareSum) {
      if (sum > 1 + 1e-9) {
        out.push(issue('sharesAboveOne', 'scenarios', s.id, 'fixedShares', `the fixed shares of '${cat}' add up to ${sum}, more than the whole demand.`, { categoryId: cat, sum }));
      }
    }
    if (s.regional.regionId !== undefined && sc('regional.regionId', 'organisations', s.regional.regionId)) {
      if (orgById.get(s.regional.regionId)!.kind !== 'region') {
        out.push(issue('invalid', 'scenarios', s.id, 'regional.regionId', `'${s.regional.regionId}' is not a region.`, { value: s.regional.regionId }));
      }
    }
    const members = new Set<string>();
    s.partnership.memberIds.forEach((id, i) => {
      sc(`partnership.memberIds.${i}`, 'organisations', id);
      if (members.has(id)) out.push(issue('duplicateId', 'scenarios', s.id, `partnership.memberIds.${i}`, `'${id}' is listed twice.`, { value: id }));
      members.add(id);
    });
    s.partnership.pooledCategoryIds.forEach((id, i) => sc(`partnership.pooledCategoryIds.${i}`, 'foodCategories', id));
    s.partnership.fees.forEach((f, i) => sc(`partnership.fees.${i}.organisationId`, 'organisations', f.organisationId));
  }
}
