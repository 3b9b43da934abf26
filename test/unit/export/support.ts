/**
 * What the export tests share: the app's translations in a fixed language (as the Reports view
 * gets them from i18next.getFixedT), the formatter, and a demo plan with its engine results and
 * report model.
 */
import i18next, { type TFunction } from 'i18next';
import { DEMOS } from '../../../shared/demos';
import { evaluate } from '../../../shared/engine';
import type { ScenarioResult } from '../../../shared/engine/types';
import { createFormatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { buildReportModel, defaultSelection, type ReportSelection } from '../../../shared/report';
import { RESOURCES } from '../../../renderer/src/i18n';
import { reportContent } from '../../../renderer/src/exports/reportContent';

export async function fixedT(language: Language): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.getFixedT(language);
}

export function demoPlan(id: string): Plan {
  return DEMOS.find((d) => d.id === id)!.build();
}

export function resultsOf(plan: Plan): Map<string, ScenarioResult> {
  return new Map(plan.scenarios.map((s) => [s.id, evaluate(plan, s.id)]));
}

export async function reportOf(plan: Plan, language: Language, selection: Partial<ReportSelection> = {}) {
  const t = await fixedT(language);
  const f = createFormatter(language);
  const results = resultsOf(plan);
  const model = buildReportModel(plan, results, { ...defaultSelection(plan), ...selection });
  const content = reportContent(plan, model, t, f, language);
  return { plan, t, f, results, model, content, language };
}
