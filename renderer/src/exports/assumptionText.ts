/**
 * The report's assumptions (shared/report/assumptions.ts) in words: a label, the value formatted
 * in the report's language, the source, and whether it is an estimate. One list serves the
 * printed report, the Word memo and the workbook's Assumptions sheet.
 */
import type { TFunction } from 'i18next';
import type { Formatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan, TrajectoryPoint } from '../../../shared/model/types';
import type { Assumption } from '../../../shared/report';
import { categoryName } from '../format/names';
import { cell, type Table } from './table';

export type AssumptionGroup = 'general' | 'scenario' | 'thresholds' | 'climate' | 'profiles' | 'sources';

export interface AssumptionRow {
  group: AssumptionGroup;
  /** For the scenario group: which scenario. */
  scenarioId?: string;
  label: string;
  value: string;
  source: string;
  estimate: boolean;
}

export function assumptionRows(assumptions: readonly Assumption[], plan: Plan, t: TFunction, f: Formatter, language: Language): AssumptionRow[] {
  const currency = plan.meta.currency;
  const category = (id: string) => {
    if (id === '*') return t('reports.doc.assumptions.allCategories');
    const c = plan.foodCategories.find((x) => x.id === id);
    return c ? categoryName(c, language) : id;
  };
  const organisation = (id: string | null) => (id ? (plan.organisations.find((o) => o.id === id)?.name ?? id) : t('reports.doc.assumptions.eachParentRegion'));
  const points = (ps: readonly TrajectoryPoint[]) =>
    ps.length ? [...ps].sort((a, b) => a.year - b.year).map((p) => `${p.year}: ${f.percent(p.share, 1)}`).join(', ') : t('reports.doc.assumptions.noTarget');
  const row = (group: AssumptionGroup, label: string, value: string, extra: Partial<AssumptionRow> = {}): AssumptionRow => ({ group, label, value, source: '', estimate: false, ...extra });

  return assumptions.map((a): AssumptionRow => {
    switch (a.key) {
      case 'mealWeight':
        return row('general', t('reports.doc.assumptions.mealWeight', { meal: t(`mealTypes.${a.mealType}`) }), t('reports.doc.assumptions.lunchEquivalents', { weight: f.number(a.weight, 2) }));
      case 'localDefinition': {
        const where = t(`reports.doc.assumptions.localKinds.${a.local.kind}`, { km: f.number(a.local.radiusKm), codes: a.local.regionCodes.join(', ') || '–' });
        return row('general', t('reports.doc.assumptions.local'), `${where} ${t(`reports.doc.assumptions.localStages.${a.local.stage}`)}`);
      }
      case 'transportFactor':
        return row('general', t('reports.doc.assumptions.transportFactor'), t('reports.doc.assumptions.perTonneKm', { value: f.number(a.kgCo2ePerTonneKm, 3) }), { source: t('reports.doc.assumptions.defraSource') });
      case 'defaultDistance':
        return row('general', t('reports.doc.assumptions.defaultDistance'), t('reports.doc.assumptions.km', { value: f.number(a.km) }));
      case 'deliveryCost':
        return row('general', t('reports.doc.assumptions.deliveryCost'), t('reports.doc.assumptions.perKg', { value: f.money(a.minorPerKg, currency, 2) }));
      case 'localTarget':
      case 'organicTarget': {
        const basis = t(`scenarios.bases.${a.basis}`);
        const own = a.categoryTargets ? ` ${t('reports.doc.assumptions.categoryTargets', { count: a.categoryTargets })}` : '';
        return row('scenario', t(a.key === 'localTarget' ? 'reports.doc.assumptions.localTarget' : 'reports.doc.assumptions.organicTarget', { basis }), points(a.points) + own, {
          scenarioId: a.scenarioId,
        });
      }
      case 'priceIndex': {
        const own = a.categoryRates ? ` ${t('reports.doc.assumptions.categoryRates', { count: a.categoryRates })}` : '';
        return row('scenario', t('reports.doc.assumptions.priceIndex'), t('reports.doc.assumptions.perYear', { rate: f.percent(a.rate, 1) }) + own, { scenarioId: a.scenarioId });
      }
      case 'priceShock':
        return row('scenario', t('reports.doc.assumptions.priceShock', { category: category(a.categoryId), year: a.year }), f.percent(a.rate, 1), { scenarioId: a.scenarioId });
      case 'localPremium':
        return row('scenario', t('reports.doc.assumptions.localPremium'), f.percent(a.rate, 1), { scenarioId: a.scenarioId });
      case 'mealsFactor':
        return row('scenario', t('reports.doc.assumptions.mealsFactor'), f.percent(a.factor, 1), { scenarioId: a.scenarioId });
      case 'wasteShare':
        return row('scenario', t('reports.doc.assumptions.wasteShare'), f.percent(a.share, 1), { scenarioId: a.scenarioId });
      case 'tendering':
        return row(
          'scenario',
          t('reports.doc.assumptions.tendering'),
          t('reports.doc.assumptions.tenderingValue', { cost: f.money(a.costMinor, currency), years: f.number(a.contractYears, 1) }),
          { scenarioId: a.scenarioId },
        );
      case 'rationing':
        return row('scenario', t('reports.doc.assumptions.rationing'), t(`scenarios.rationings.${a.rule}`), { scenarioId: a.scenarioId });
      case 'regional':
        return row(
          'scenario',
          t('reports.doc.assumptions.regional'),
          t('reports.doc.assumptions.regionalValue', { sectors: a.sectors.map((s) => t(`sectors.${s}`)).join(', ') || '–', year: a.fromYear, region: organisation(a.regionId) }),
          { scenarioId: a.scenarioId },
        );
      case 'partnership':
        return row(
          'scenario',
          t('reports.doc.assumptions.partnership'),
          t('reports.doc.assumptions.partnershipValue', {
            members: a.members,
            categories: a.pooledCategoryIds.map(category).join(', ') || '–',
            discount: f.percent(a.pooledDiscount, 1),
          }) + ` ${t(a.hubEnabled ? 'reports.doc.assumptions.hubYes' : 'reports.doc.assumptions.hubNo')}`,
          { scenarioId: a.scenarioId },
        );
      case 'threshold':
        return row(
          'thresholds',
          t(`thresholdKinds.${a.threshold.kind}`),
          a.threshold.validTo
            ? t('reports.doc.assumptions.thresholdUntil', { amount: f.money(a.threshold.amountMinor, a.threshold.currency), from: f.date(a.threshold.validFrom), to: f.date(a.threshold.validTo) })
            : t('reports.doc.assumptions.thresholdFrom', { amount: f.money(a.threshold.amountMinor, a.threshold.currency), from: f.date(a.threshold.validFrom) }),
          { source: a.threshold.source },
        );
      case 'climateFactor':
        return row('climate', category(a.categoryId), t('reports.doc.assumptions.perKgCo2e', { value: f.number(a.co2ePerKg, 2) }), { source: a.source, estimate: a.isEstimate });
      case 'mealProfile':
        return row('profiles', t(`sectors.${a.sector}`), t('reports.doc.assumptions.wasteValue', { share: f.percent(a.wasteShare, 1) }), { source: a.source, estimate: a.isEstimate });
      case 'offerEstimates':
        return row('general', t('reports.doc.assumptions.offerPrices'), t('reports.doc.assumptions.offerEstimates', { estimates: a.estimates, offers: a.offers }), { estimate: a.estimates > 0 });
      case 'source':
        return row('sources', a.source.label, a.source.note ?? '', { source: a.source.url ?? '' });
    }
  });
}

export function assumptionsTable(rows: readonly AssumptionRow[], plan: Plan, t: TFunction): Table {
  const scenario = (id: string | undefined) => (id ? (plan.scenarios.find((s) => s.id === id)?.name ?? id) : '');
  return {
    id: 'assumptions',
    title: t('reports.doc.assumptions.title'),
    currency: plan.meta.currency,
    columns: [
      { header: t('reports.doc.assumptions.columns.group'), numeric: false, width: 26 },
      { header: t('reports.doc.assumptions.columns.assumption'), numeric: false, width: 36 },
      { header: t('reports.doc.assumptions.columns.value'), numeric: false, width: 44 },
      { header: t('reports.doc.assumptions.columns.source'), numeric: false, width: 60 },
      { header: t('common.estimate'), numeric: false, width: 10 },
    ],
    rows: rows.map((r) => [
      cell.text(r.group === 'scenario' ? scenario(r.scenarioId) : t(`reports.doc.assumptions.groups.${r.group}`)),
      cell.text(r.label),
      cell.text(r.value),
      cell.text(r.source),
      cell.bool(r.estimate),
    ]),
  };
}
