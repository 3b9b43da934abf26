import { useEffect, useMemo, useState } from 'react';
import type { PlanIssue, ScenarioResult } from '../../../shared/engine/types';
import type { Plan, Scenario } from '../../../shared/model/types';
import { getEngine } from './engineClient';
import type { ResultDetail } from './protocol';

export interface ScenarioResults {
  /** Results by scenario id, for the requested scenarios; undefined until the first answer. */
  results: Map<string, ScenarioResult> | undefined;
  /** Problems that stop evaluation (each names its record and field), or empty. */
  issues: PlanIssue[];
  /** Time the engine took for the last answer, ms. */
  ms: number | null;
  /** True while the figures shown are not yet those of the current inputs. */
  computing: boolean;
}

// Each plan value (the app makes a new one on every change) gets a number, for request keys.
const planNumbers = new WeakMap<Plan, number>();
let lastPlanNumber = 0;
function planNumber(plan: Plan): number {
  let n = planNumbers.get(plan);
  if (n === undefined) {
    n = ++lastPlanNumber;
    planNumbers.set(plan, n);
  }
  return n;
}

interface Answer {
  key: string;
  results: Map<string, ScenarioResult> | undefined;
  issues: PlanIssue[];
  ms: number | null;
}

/** Evaluates scenarios of the plan in the engine worker, again whenever the plan or a draft changes. */
export function useScenarioResults(
  plan: Plan | null | undefined,
  scenarioIds: readonly string[],
  overrides: readonly Scenario[] = [],
  detail: ResultDetail = 'summary',
): ScenarioResults {
  const [answer, setAnswer] = useState<Answer>({ key: '', results: undefined, issues: [], ms: null });
  const key = useMemo(
    () => (plan ? `${planNumber(plan)}|${scenarioIds.join('\u0000')}|${detail}|${JSON.stringify(overrides)}` : ''),
    [plan, scenarioIds, overrides, detail],
  );

  useEffect(() => {
    if (!plan || scenarioIds.length === 0) return;
    const engine = getEngine();
    engine.setPlan(plan);
    let cancelled = false;
    void engine.evaluate([...scenarioIds], [...overrides], detail).then((r) => {
      if (cancelled) return;
      if (r.type === 'results') setAnswer({ key, results: new Map(r.results.map((x) => [x.scenarioId, x])), issues: [], ms: r.ms });
      else if (r.type === 'invalid') setAnswer({ key, results: undefined, issues: r.issues, ms: null });
      else setAnswer((a) => ({ ...a, key }));
    });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the plan, the ids, the overrides and the detail
  }, [key]);

  return { results: answer.results, issues: answer.issues, ms: answer.ms, computing: answer.key !== key };
}
