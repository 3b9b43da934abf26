/**
 * Sums of the engine's organisation-year rows over the organisations a report covers. The
 * engine's own totals are the same sums over every organisation, so with all organisations
 * chosen a slice equals `totals` and `horizon` exactly (money is integer, so to the minor unit).
 */
import { addFigures, emptyFigures } from '../engine/results';
import type { OrganisationYear } from '../engine/types';
import type { SliceFigures } from './types';

export function emptySlice(): SliceFigures {
  return { ...emptyFigures(), budgetMinor: null, gapMinor: null };
}

export function addToSlice(into: SliceFigures, row: SliceFigures): void {
  addFigures(into, row);
  if (row.budgetMinor !== null) {
    into.budgetMinor = (into.budgetMinor ?? 0) + row.budgetMinor;
    into.gapMinor = (into.gapMinor ?? 0) + (row.gapMinor ?? 0);
  }
}

/** The rows of the chosen organisations (and, when given, of one year), summed. */
export function sliceOf(rows: readonly OrganisationYear[], organisationIds: ReadonlySet<string>, year?: number): SliceFigures {
  const out = emptySlice();
  for (const row of rows) {
    if (!organisationIds.has(row.organisationId)) continue;
    if (year !== undefined && row.year !== year) continue;
    addToSlice(out, row);
  }
  return out;
}
