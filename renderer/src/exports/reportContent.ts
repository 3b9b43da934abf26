/**
 * Everything the report says, in the report's language: the tables, the recommendation and the
 * rule behind it, the warnings in words, the assumptions. Built once per preview and shared by the
 * React report (screen and PDF) and the Word memo, so the two cannot say different things.
 */
import type { TFunction } from 'i18next';
import { costPerMeal, shareBy } from '../../../shared/engine/figures';
import type { WarningSeverity } from '../../../shared/engine/types';
import type { Formatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { reportAssumptions, type ReportModel } from '../../../shared/report';
import { tDynamic } from '../i18n/dynamic';
import { warningText } from '../results/warningText';
import { assumptionRows, type AssumptionRow } from './assumptionText';
import { capacityTable, heldBackTable, horizonOf, organisationsTable, summaryTable, trajectoryTable } from './reportTables';
import type { Table } from './table';

/** Warnings shown per group in print; the rest are counted (the workbook and the app have them all). */
export const WARNINGS_PER_GROUP = 8;

export interface WarningGroupText {
  code: string;
  severity: WarningSeverity;
  title: string;
  severityLabel: string;
  count: number;
  items: { text: string; where: string }[];
  /** How many more of this kind are not listed. */
  more: number;
}

export interface ReportContent {
  language: Language;
  title: string;
  planName: string;
  planDate: string;
  organisations: string;
  scenarioNames: string;
  horizon: string;
  languageName: string;
  recommendedName: string | null;
  recommendation: string;
  rule: string;
  summary: Table;
  trajectory: Table;
  heldBack: Table;
  capacity: Table;
  budgetByOrganisation: Table;
  warnings: WarningGroupText[];
  assumptions: AssumptionRow[];
  /** One sentence on what the trajectory shows, for the memo and the screen reader. */
  trajectorySentence: string;
}

function organisationsText(plan: Plan, model: ReportModel, t: TFunction): string {
  const chosen = plan.organisations.filter((o) => model.selection.organisationIds.includes(o.id));
  if (chosen.length === plan.organisations.length && chosen.length > 6) return t('reports.doc.cover.allOrganisations', { count: chosen.length });
  return chosen.map((o) => o.name).join(', ');
}

export function reportContent(plan: Plan, model: ReportModel, t: TFunction, f: Formatter, language: Language): ReportContent {
  const { from, to } = horizonOf(model);
  const currency = plan.meta.currency;
  const recommended = model.scenarios.find((s) => s.scenarioId === model.recommendation?.scenarioId) ?? null;
  const names = new Map(model.scenarios.map((s) => [s.scenarioId, s.name]));

  const recommendation = recommended
    ? t('reports.doc.summary.recommendation', {
        scenario: recommended.name,
        total: f.money(recommended.horizon.totalMinor, currency),
        from,
        to,
        perMeal: recommended.year && costPerMeal(recommended.year) !== null ? f.money(costPerMeal(recommended.year)!, currency, 2) : '–',
        year: model.selection.year,
      })
    : t('reports.doc.summary.noRecommendation');
  const rule = model.recommendation ? t(`reports.doc.summary.rule.${model.recommendation.rule}`, { from, to }) : '';

  const warnings = model.warnings.map((g): WarningGroupText => {
    const shown = g.items.slice(0, WARNINGS_PER_GROUP);
    return {
      code: g.code,
      severity: g.severity,
      title: tDynamic(t, `warningGroups.${g.code}`),
      severityLabel: t(`results.severity.${g.severity}`),
      count: g.items.length,
      items: shown.map((item) => ({
        text: warningText(t, f, language, plan, item.warning),
        where:
          item.scenarioIds.length === model.scenarios.length && model.scenarios.length > 1
            ? t('reports.doc.risks.allScenarios')
            : t('reports.doc.risks.inScenarios', { scenarios: item.scenarioIds.map((id) => names.get(id) ?? id).join(', ') }),
      })),
      more: g.items.length - shown.length,
    };
  });

  const last = model.trajectories.map((s) => ({ name: names.get(s.scenarioId) ?? s.scenarioId, p: s.points.at(-1) })).filter((x) => x.p);
  const trajectorySentence = last.length
    ? t('reports.doc.trajectory.sentence', {
        year: to,
        reached: last.map((x) => `${x.name}: ${x.p!.local === null ? '–' : f.percent(x.p!.local, 1)}`).join('; '),
        target: f.percent(last[0]!.p!.localTarget, 1),
        count: model.heldBack.length,
      })
    : '';

  return {
    language,
    title: t('reports.doc.title'),
    planName: plan.meta.name,
    planDate: f.date(plan.meta.planDate),
    organisations: organisationsText(plan, model, t),
    scenarioNames: model.scenarios.map((s) => s.name).join(', '),
    horizon: `${from}–${to}`,
    languageName: t(`languages.${language}`),
    recommendedName: recommended?.name ?? null,
    recommendation,
    rule,
    summary: summaryTable(plan, model, t),
    trajectory: trajectoryTable(plan, model, t),
    heldBack: heldBackTable(plan, model, t, language),
    capacity: capacityTable(plan, model, t, language),
    budgetByOrganisation: organisationsTable(plan, model, t),
    warnings,
    assumptions: assumptionRows(reportAssumptions(plan, model.selection.scenarioIds), plan, t, f, language),
    trajectorySentence,
  };
}

/** The local share of a scenario in the summary year by its target's basis, for charts. */
export function localShareOf(s: ReportModel['scenarios'][number]): number | null {
  return s.year ? shareBy(s.localBasis, 'local', s.year) : null;
}
