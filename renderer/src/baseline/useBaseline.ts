/**
 * The baseline of the open plan, from its purchase lines (shared/baseline), recomputed in slices
 * (./../purchases/useSteps.ts) when the plan or the lines change.
 */
import { useMemo } from 'react';
import { baselineSteps, type Baseline } from '../../../shared/baseline';
import type { Plan } from '../../../shared/model/types';
import { usePurchases } from '../purchases/purchaseStore';
import { useSteps } from '../purchases/useSteps';

export function useBaseline(plan: Plan): { baseline: Baseline | undefined; lines: number } {
  const { batches, data } = usePurchases(plan.meta.id);
  const key = useMemo(() => ({ plan, data }), [plan, data]);
  const result = useSteps(key, () => baselineSteps(plan, [...data.values()]));
  const lines = useMemo(() => (batches ?? []).reduce((s, b) => s + b.rowCount, 0), [batches]);
  return { baseline: batches ? result?.value : undefined, lines };
}
