import type { Plan } from '../../../shared/model/types';
import { BaselinePanel } from '../baseline/BaselinePanel';
import { useBaselineYears } from '../baseline/useBaselineYears';

/**
 * "Where we are today" beside the scenarios: the baseline from the plan's imported purchase lines, for
 * their latest year (purchase lines are the past, so the scenarios' years would show nothing). Nothing
 * is shown when no purchase lines have been imported.
 */
export function CompareBaseline({ plan }: { plan: Plan }) {
  const years = useBaselineYears(plan);
  const latest = years.at(-1);
  return latest === undefined ? null : <BaselinePanel plan={plan} year={latest} />;
}
