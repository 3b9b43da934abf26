/**
 * Invalid input gives typed issues that name the table, the record and the field; `evaluate`
 * throws a PlanError carrying them.
 */
import { describe, expect, it } from 'vitest';
import { PlanError, checkPlan, evaluate } from '../../../shared/engine';
import type { PlanIssue } from '../../../shared/engine/types';
import type { Plan } from '../../../shared/model/types';
import { kitchen, offer, org, smallPlan, supplier } from '../../fixtures/smallPlan';

function issuesOf(change: (p: Plan) => void): PlanIssue[] {
  const plan = smallPlan();
  change(plan);
  return checkPlan(plan);
}

describe('invalid input', () => {
  it('a valid plan has no issues', () => {
    expect(checkPlan(smallPlan())).toEqual([]);
  });

  it('negative meals name the kitchen and the field meals.lunch', () => {
    const issues = issuesOf((p) => (p.kitchens[0]!.meals.lunch = -5));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid', table: 'kitchens', id: 'k1', field: 'meals.lunch' });
    expect(issues[0]!.message).toContain("kitchens 'k1', meals.lunch");
  });

  it('a share outside [0, 1] and a missing field are schema issues with their paths', () => {
    const issues = issuesOf((p) => {
      p.kitchens[0]!.attendance = 1.5;
      delete (p.offers[0] as Partial<Plan['offers'][number]>).priceYear;
    });
    expect(issues.map((i) => [i.table, i.id, i.field])).toEqual([
      ['kitchens', 'k1', 'attendance'],
      ['offers', 'o-wholesale', 'priceYear'],
    ]);
  });

  it('unknown references name the record and the referring field', () => {
    const issues = issuesOf((p) => {
      p.kitchens[0]!.organisationId = 'nowhere';
      p.offers[0]!.supplierId = 'ghost';
      p.contracts.push({ id: 'ct1', name: 'C', buyerIds: ['m1', 'm9'], supplierId: 'wholesale', categoryIds: ['red_meat'], start: '2025-01-01', initialEnd: '2026-12-31', extensions: [], leadTimeMonths: 6 });
    });
    expect(issues.map((i) => [i.code, i.table, i.id, i.field, i.params.value])).toEqual([
      ['unknownReference', 'kitchens', 'k1', 'organisationId', 'nowhere'],
      ['unknownReference', 'offers', 'o-wholesale', 'supplierId', 'ghost'],
      ['unknownReference', 'contracts', 'ct1', 'buyerIds.1', 'm9'],
      // The wholesaler lost its only offer to 'ghost', so the contract has no price either.
      ['contractWithoutOffer', 'contracts', 'ct1', 'categoryIds.0', undefined],
    ]);
  });

  it('a sector with kitchens but no meal profile is named at its first kitchen', () => {
    const issues = issuesOf((p) => p.kitchens.push(kitchen('k-12', 'm1', { sector: 'hospital' })));
    expect(issues).toEqual([expect.objectContaining({ code: 'missingProfile', table: 'kitchens', id: 'k-12', field: 'sector', params: { sector: 'hospital' } })]);
  });

  it('dates out of order: a contract ending before it starts, trajectory years not increasing, a threshold ending before it starts', () => {
    const issues = issuesOf((p) => {
      p.contracts.push({ id: 'ct1', name: 'C', buyerIds: ['m1'], supplierId: 'wholesale', categoryIds: ['red_meat'], start: '2026-01-01', initialEnd: '2025-12-31', extensions: [], leadTimeMonths: 6 });
      p.scenarios[0]!.localTarget.points = [{ year: 2028, share: 0.3 }, { year: 2027, share: 0.2 }];
      p.thresholds.push({ id: 't1', country: 'SE', kind: 'direct_award', amountMinor: 1, currency: 'SEK', validFrom: '2026-01-01', validTo: '2025-01-01', source: '' });
    });
    expect(issues.map((i) => [i.code, i.table, i.id, i.field])).toEqual([
      ['datesOutOfOrder', 'contracts', 'ct1', 'initialEnd'],
      ['datesOutOfOrder', 'thresholds', 't1', 'validTo'],
      ['datesOutOfOrder', 'scenarios', 's-muni', 'localTarget.points.1.year'],
    ]);
  });

  it('a date that is not in the calendar is invalid', () => {
    const issues = issuesOf((p) => (p.meta.planDate = '2025-02-30'));
    expect(issues).toEqual([expect.objectContaining({ code: 'invalid', table: 'meta', id: 'plan-1', field: 'planDate' })]);
  });

  it('an organisation in another currency, duplicate ids and duplicate budgets are issues', () => {
    const issues = issuesOf((p) => {
      p.organisations.push(org('m2', { country: 'DK', currency: 'DKK' }), org('m2'));
      p.budgets.push({ id: 'b1', organisationId: 'm1', year: 2026, amountMinor: 1 }, { id: 'b2', organisationId: 'm1', year: 2026, amountMinor: 2 });
    });
    expect(issues.map((i) => [i.code, i.table, i.id, i.field])).toEqual([
      ['duplicateId', 'organisations', 'm2', 'id'],
      ['currencyMismatch', 'organisations', 'm2', 'currency'],
      ['duplicateBudget', 'budgets', 'b2', 'year'],
    ]);
  });

  it('a receiving kitchen needs a production kitchen', () => {
    const issues = issuesOf((p) => {
      p.kitchens.push(kitchen('r1', 'm1', { kind: 'receiving' }), kitchen('r2', 'm1', { kind: 'receiving', suppliedById: 'r1' }));
    });
    expect(issues.map((i) => [i.code, i.id, i.field])).toEqual([
      ['receivingWithoutSupplier', 'r1', 'suppliedById'],
      ['receivingWithoutSupplier', 'r2', 'suppliedById'],
    ]);
  });

  it('a contract whose supplier has no offer in its category, and fixed shares above one, are issues', () => {
    const issues = issuesOf((p) => {
      p.suppliers.push(supplier('farm'));
      p.offers.push(offer('o-farm', 'farm', 'red_meat', 1));
      p.contracts.push({ id: 'ct1', name: 'C', buyerIds: ['m1'], supplierId: 'farm', categoryIds: ['red_meat'], start: '2025-01-01', initialEnd: '2026-12-31', extensions: [], leadTimeMonths: 6 });
      p.foodCategories.push({ id: 'fish', name: 'Fish', names: {}, co2ePerKg: 3, source: '', isEstimate: false });
      p.contracts[0]!.categoryIds.push('fish');
      p.scenarios[0]!.fixedShares = [
        { supplierId: 'farm', categoryId: 'red_meat', share: 0.7 },
        { supplierId: 'wholesale', categoryId: 'red_meat', share: 0.6 },
      ];
    });
    expect(issues.map((i) => [i.code, i.table, i.id, i.field])).toEqual([
      ['contractWithoutOffer', 'contracts', 'ct1', 'categoryIds.1'],
      ['sharesAboveOne', 'scenarios', 's-muni', 'fixedShares'],
    ]);
  });

  it('evaluate throws a PlanError carrying the issues, and names an unknown scenario', () => {
    const plan = smallPlan();
    plan.kitchens[0]!.meals.lunch = -1;
    expect(() => evaluate(plan, 's-muni')).toThrow(PlanError);
    try {
      evaluate(plan, 's-muni');
    } catch (e) {
      expect((e as PlanError).issues[0]).toMatchObject({ table: 'kitchens', id: 'k1', field: 'meals.lunch' });
    }
    try {
      evaluate(smallPlan(), 'no-such');
      expect.unreachable();
    } catch (e) {
      expect((e as PlanError).issues).toEqual([expect.objectContaining({ code: 'unknownScenario', table: 'scenarios', id: 'no-such' })]);
    }
  });

  it('a table fixed in a new array is checked again (the schema check is kept per table value)', () => {
    const plan = smallPlan();
    expect(checkPlan(plan)).toEqual([]);
    const broken = { ...plan, kitchens: plan.kitchens.map((k) => ({ ...k, attendance: 2 })) };
    expect(checkPlan(broken)).toHaveLength(1);
    expect(checkPlan({ ...broken, kitchens: plan.kitchens })).toEqual([]);
  });
});
