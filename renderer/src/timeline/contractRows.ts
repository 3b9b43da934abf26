/**
 * What the timeline shows of each contract, from the engine's contract timelines and the plan's
 * contract records: the periods to draw and the dates people must act by.
 */
import type { ContractTimeline, EngineWarning } from '../../../shared/engine/types';
import type { Contract, Plan } from '../../../shared/model/types';
import { dayAfter, dayBefore } from './timeScale';

export interface ContractRow {
  contract: Contract;
  timeline: ContractTimeline;
  /** The extensions the plan assumes are used ([initialEnd + 1, plannedEnd]), or null. */
  extension: { start: string; end: string } | null;
  /** The options not assumed ([plannedEnd + 1, maxEnd]), or null. */
  unusedOptions: { start: string; end: string } | null;
  /** Still bound after the planned end because a new tender takes longer ([plannedEnd + 1, newSupplierFrom − 1]), or null. */
  stillBound: { start: string; end: string } | null;
  /** The engine warned that re-tendering should already have started. */
  tenderLate: boolean;
}

export function contractRows(plan: Plan, timelines: readonly ContractTimeline[], warnings: readonly EngineWarning[]): ContractRow[] {
  const byId = new Map(plan.contracts.map((c) => [c.id, c]));
  const late = new Set(warnings.filter((w) => w.code === 'tenderStartPassed').map((w) => String(w.params.contractId)));
  return timelines.flatMap((tl) => {
    const contract = byId.get(tl.contractId);
    if (!contract) return [];
    const afterPlanned = dayAfter(tl.plannedEnd);
    return [
      {
        contract,
        timeline: tl,
        extension: tl.plannedEnd > tl.initialEnd ? { start: dayAfter(tl.initialEnd), end: tl.plannedEnd } : null,
        unusedOptions: tl.maxEnd > tl.plannedEnd ? { start: afterPlanned, end: tl.maxEnd } : null,
        stillBound: tl.newSupplierFrom > afterPlanned ? { start: afterPlanned, end: dayBefore(tl.newSupplierFrom) } : null,
        tenderLate: late.has(contract.id),
      },
    ];
  });
}
