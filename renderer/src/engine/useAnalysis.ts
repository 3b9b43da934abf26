import { useEffect, useState } from 'react';
import type { GoalSeekResult } from '../../../shared/engine/goalSeek';
import type { SensitivityResult } from '../../../shared/engine/sensitivity';
import type { Plan, Scenario } from '../../../shared/model/types';
import { getEngine } from './engineClient';

type Result<K> = K extends 'goalSeek' ? GoalSeekResult : SensitivityResult;

/** Goal seek or sensitivity of a scenario and year, computed in the engine worker. */
export function useAnalysis<K extends 'goalSeek' | 'sensitivity'>(
  kind: K,
  plan: Plan,
  scenario: Scenario,
  year: number,
  draft: Scenario | null,
  targetShare?: number,
): { result: Result<K> | null; key: string } {
  const key = `${kind}|${scenario.id}|${year}|${targetShare ?? ''}|${JSON.stringify(draft)}`;
  const [answer, setAnswer] = useState<{ key: string; result: Result<K> | null }>({ key: '', result: null });
  useEffect(() => {
    const engine = getEngine();
    engine.setPlan(plan);
    let cancelled = false;
    void engine.analyse(kind, scenario.id, year, draft ? [draft] : [], targetShare).then((r) => {
      if (cancelled) return;
      if (r.type === kind) setAnswer({ key, result: r.result as Result<K> });
      else setAnswer({ key, result: null });
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the inputs
  }, [plan, key]);
  return { result: answer.result, key: answer.key };
}
