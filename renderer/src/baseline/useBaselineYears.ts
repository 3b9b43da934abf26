/**
 * The years the plan's purchase lines cover (ascending; empty without lines), so that a view can
 * show the baseline of the latest actual year — purchase lines are the past, scenarios the future.
 */
import { useMemo } from 'react';
import { dayToYear } from '../../../shared/import/cells';
import type { Plan } from '../../../shared/model/types';
import { usePurchases } from '../purchases/purchaseStore';

export function useBaselineYears(plan: Plan): number[] {
  const { batches } = usePurchases(plan.meta.id);
  return useMemo(() => {
    const set = new Set<number>();
    for (const b of batches ?? []) {
      if (b.firstDay === null || b.lastDay === null) continue;
      for (let y = dayToYear(b.firstDay); y <= dayToYear(b.lastDay); y++) set.add(y);
    }
    return [...set].sort((a, b) => a - b);
  }, [batches]);
}
