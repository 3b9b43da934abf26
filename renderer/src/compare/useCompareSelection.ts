import { useMemo } from 'react';
import type { Plan } from '../../../shared/model/types';
import { useAppStore } from '../state/appStore';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** Shown when nothing is chosen yet: the plan's first three scenarios (or two, if it has two). */
const DEFAULT_COMPARED = 3;

/**
 * The scenarios side by side (kept in the store's `compareIds`, in plan order). Ids of deleted
 * scenarios are dropped; with fewer than two left, the plan's first scenarios are shown.
 */
export function useCompareSelection(plan: Plan | null | undefined): { ids: string[]; toggle(id: string): void } {
  const stored = useAppStore((s) => s.compareIds);
  const setCompareIds = useAppStore((s) => s.setCompareIds);
  const ids = useMemo(() => {
    if (!plan) return [];
    const chosen = plan.scenarios.filter((s) => stored.includes(s.id)).map((s) => s.id);
    return chosen.length >= MIN_COMPARED ? chosen.slice(0, MAX_COMPARED) : plan.scenarios.slice(0, DEFAULT_COMPARED).map((s) => s.id);
  }, [plan, stored]);
  const toggle = (id: string) => {
    if (!plan) return;
    const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
    if (next.length < MIN_COMPARED || next.length > MAX_COMPARED) return;
    setCompareIds(plan.scenarios.filter((s) => next.includes(s.id)).map((s) => s.id));
  };
  return { ids, toggle };
}
