/** A new contract with the common Swedish pattern 2 + 1 + 1 years and nine months' notice (domain brief §2.3). */
import type { Contract, Plan } from '../../../shared/model/types';
import { addYearsIso } from '../format/dateMath';

export function newContract(plan: Plan, id: string, name: string): Contract | null {
  const buyer = plan.organisations[0];
  const supplier = plan.suppliers[0];
  const category = plan.foodCategories[0];
  if (!buyer || !supplier || !category) return null;
  const start = plan.meta.planDate;
  return {
    id,
    name,
    buyerIds: [buyer.id],
    supplierId: supplier.id,
    categoryIds: [category.id],
    start,
    initialEnd: addYearsIso(start, 2, -1),
    extensions: [
      { months: 12, noticeMonths: 9, use: false },
      { months: 12, noticeMonths: 9, use: false },
    ],
    leadTimeMonths: 9,
  };
}
