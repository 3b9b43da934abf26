import { useMemo } from 'react';
import { kgPerYearByCategory } from '../../../shared/engine/preview';
import type { Plan } from '../../../shared/model/types';

/** The kg a year the meal profiles imply for the plan's kitchens, for the year after the plan date. */
export function useKgPerYearPreview(plan: Plan): { year: number; kg: Map<string, number> | null } {
  const year = Number(plan.meta.planDate.slice(0, 4)) + 1;
  const kg = useMemo(() => {
    try {
      return kgPerYearByCategory(plan, year);
    } catch {
      // A plan with broken references cannot be previewed; the registers show what to fix.
      return null;
    }
  }, [plan, year]);
  return { year, kg };
}
