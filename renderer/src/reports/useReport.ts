import i18next from 'i18next';
import { useMemo } from 'react';
import { createFormatter } from '../../../shared/format';
import type { Plan } from '../../../shared/model/types';
import { buildReportModel } from '../../../shared/report';
import { useScenarioResults } from '../engine/useScenarioResults';
import { reportContent } from '../exports/reportContent';
import type { ReportChoices } from './useReportSelection';

const NO_OVERRIDES: never[] = [];

/**
 * Evaluates the chosen scenarios in the engine worker (with the category and offer rows the
 * workbook and the capacity table need) and builds the report in the chosen language: the texts
 * from i18next.getFixedT, so the report does not follow the UI language.
 */
export function useReport(plan: Plan, choices: ReportChoices) {
  const { results, issues, computing } = useScenarioResults(plan, choices.scenarioIds, NO_OVERRIDES, 'full');
  const t = useMemo(() => i18next.getFixedT(choices.language), [choices.language]);
  const f = useMemo(() => createFormatter(choices.language), [choices.language]);
  const complete = results !== undefined && choices.scenarioIds.every((id) => results.has(id));
  const model = useMemo(() => (complete && results ? buildReportModel(plan, results, choices) : null), [complete, results, plan, choices]);
  const content = useMemo(() => (model ? reportContent(plan, model, t, f, choices.language) : null), [model, plan, t, f, choices.language]);
  return { results, model, content, t, f, issues, computing };
}
