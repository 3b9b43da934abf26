import { useMemo, useState } from 'react';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { defaultSelection, defaultYear, yearsOf, type ReportSelection } from '../../../shared/report';
import { useAppStore } from '../state/appStore';

export const MAX_SCENARIOS = 4;

export interface ReportChoices extends ReportSelection {
  language: Language;
}

/** Keeps choices valid for the plan as it is now (a scenario or organisation may have been deleted). */
export function validChoices(plan: Plan, c: ReportChoices): ReportChoices {
  const scenarioIds = c.scenarioIds.filter((id) => plan.scenarios.some((s) => s.id === id)).slice(0, MAX_SCENARIOS);
  const organisationIds = c.organisationIds.filter((id) => plan.organisations.some((o) => o.id === id));
  const years = yearsOf(plan, scenarioIds);
  const year = years.includes(c.year) ? c.year : defaultYear(plan, scenarioIds);
  return { ...c, scenarioIds, organisationIds, year };
}

/**
 * The reader's choices for the report: by default the first four scenarios, every organisation,
 * the last year they share and the UI language. The view is keyed by the plan's id, so another
 * plan starts from its own defaults.
 */
export function useReportSelection(plan: Plan): [ReportChoices, (next: ReportChoices) => void] {
  const uiLanguage = useAppStore((s) => s.language);
  const [choices, setChoices] = useState<ReportChoices>(() => ({ ...defaultSelection(plan), language: uiLanguage }));
  const valid = useMemo(() => validChoices(plan, choices), [plan, choices]);
  return [valid, (next) => setChoices(validChoices(plan, next))];
}
