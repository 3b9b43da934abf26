/**
 * The open plan, read once for the whole app and shared by every view. Each view used to run its
 * own live queries: at Denmark scale, opening a view re-read every table from IndexedDB, built a
 * new plan value and sent it to the engine worker, which dropped what it keeps per plan (indexes,
 * allocations) and computed cold. Now a view switch keeps the same plan value until a record
 * changes; a change still re-reads only its table (./hooks.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Plan } from '../../../shared/model/types';
import { useLivePlan } from './hooks';

const PlanContext = createContext<Plan | null | undefined>(undefined);

export function PlanProvider({ children }: { children: ReactNode }) {
  const plan = useLivePlan();
  return <PlanContext.Provider value={plan}>{children}</PlanContext.Provider>;
}

/** The whole open plan: undefined while loading, null when none is open. */
export function usePlan(): Plan | null | undefined {
  return useContext(PlanContext);
}
