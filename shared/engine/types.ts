/**
 * What the scenario engine returns. Every money figure is integer minor units in the plan's
 * currency and every total is the exact sum of its parts (rows per organisation, category and
 * year add up to the year and horizon totals). Ratios (cost per meal, shares) are not stored:
 * they are computed from these sums by the helpers in ./figures, only for display.
 */
import type { Currency, ScenarioKind, ShareBasis } from '../model/enums';
import type { PlanTable } from '../model/types';

/** The additive figures of one slice (an organisation-year, a year, the horizon). */
export interface Figures {
  /** Lunch-equivalent meals served. */
  meals: number;
  /** kg purchased (served / (1 − waste)). */
  kg: number;
  foodMinor: number;
  logisticsMinor: number;
  tenderingMinor: number;
  feesMinor: number;
  /** food + logistics + tendering + fees. */
  totalMinor: number;
  localKg: number;
  localValueMinor: number;
  organicKg: number;
  organicValueMinor: number;
  /** kg and value whose origin is known well enough to judge "local" (data coverage). */
  knownOriginKg: number;
  knownOriginValueMinor: number;
  co2eFoodKg: number;
  co2eTransportKg: number;
  /** Volume discounts (tiers and the pooled discount) already taken off `foodMinor`. */
  discountMinor: number;
  /** kg of demand no offer could take (counted in `kg`, at no cost). */
  uncoveredKg: number;
  /** Local kg the target asked for that no local capacity could deliver. */
  unmetLocalKg: number;
}

export interface OrganisationYear extends Figures {
  organisationId: string;
  year: number;
  /** null when the plan has no budget for this organisation and year. */
  budgetMinor: number | null;
  /** total − budget: positive is over budget; null without a budget. */
  gapMinor: number | null;
}

export interface CategoryYear {
  organisationId: string;
  categoryId: string;
  year: number;
  kg: number;
  foodMinor: number;
  localKg: number;
  localValueMinor: number;
  organicKg: number;
  organicValueMinor: number;
  knownOriginKg: number;
  knownOriginValueMinor: number;
  co2eFoodKg: number;
  co2eTransportKg: number;
  /** Local kg the target asked for that no local capacity could deliver. */
  unmetLocalKg: number;
  /** kg of demand no offer could take (counted in `kg`, at no cost). */
  uncoveredKg: number;
  /** Volume discounts already taken off `foodMinor`. */
  discountMinor: number;
  logisticsMinor: number;
}

export interface YearTotals extends Figures {
  year: number;
  budgetMinor: number | null;
  gapMinor: number | null;
}

/** One row per offer and year, for offers that deliver that year or have a capacity limit. */
export interface OfferUtilisation {
  offerId: string;
  supplierId: string;
  categoryId: string;
  year: number;
  allocatedKg: number;
  /** null when the offer has no capacity limit. */
  capacityKg: number | null;
  /** kg asked of this offer beyond what its capacity could give (rationed away). */
  deniedKg: number;
}

export interface TrajectoryRow {
  /** Which target the row follows. */
  measure: 'local' | 'organic';
  /** A category id, or `*` for all categories together. */
  categoryId: string;
  year: number;
  basis: ShareBasis;
  targetShare: number;
  /** Share reached in this scenario, by the target's basis. */
  achievedShare: number;
  /** Contracts that keep part of this category's demand with their supplier this year. */
  heldBackBy: string[];
}

export interface OptionDeadline {
  index: number;
  /** The first day the option would cover. */
  optionStart: string;
  /** The last day to decide on it (option start − notice months). */
  decideBy: string;
}

export interface ContractTimeline {
  contractId: string;
  start: string;
  initialEnd: string;
  /** The last day covered, with the options the plan assumes are used. */
  plannedEnd: string;
  /** The last day if every option were used. */
  maxEnd: string;
  options: OptionDeadline[];
  /** plannedEnd − lead time: when re-tendering must start at the latest. */
  latestTenderStart: string;
  /** The first day a new supplier can take over (after the contract and the lead time). */
  newSupplierFrom: string;
}

export interface ThresholdCrossing {
  /** The buying unit: an organisation id or the partnership's id. */
  buyerId: string;
  categoryId: string;
  year: number;
  thresholdId: string;
  valueMinor: number;
  amountMinor: number;
}

export type WarningSeverity = 'info' | 'warning' | 'error';

export type WarningCode =
  | 'localCapacityShortfall'
  | 'contractHoldsBack'
  | 'contractOverCapacity'
  | 'uncoveredDemand'
  | 'thresholdCrossed'
  | 'tenderStartPassed'
  | 'joinByPassed'
  | 'frameworkOver48Months'
  | 'budgetMissing'
  | 'budgetExceeded'
  | 'sanityCostPerMeal'
  | 'sanityKgPerMeal'
  | 'sanityCo2ePerKg'
  | 'sharedKitchenAcrossOwners'
  | 'minVolumeNotReached'
  | 'lowDataCoverage'
  | 'organicTargetMissed';

/** A reference to the input that caused a warning, so the UI can link to it. */
export interface InputRef {
  table: PlanTable | 'meta';
  id: string;
  field?: string;
}

export interface EngineWarning {
  code: WarningCode;
  severity: WarningSeverity;
  /** Values for the translated message (numbers unformatted; ids resolved by the UI). */
  params: Record<string, string | number>;
  refs: InputRef[];
}

export interface ScenarioResult {
  scenarioId: string;
  kind: ScenarioKind;
  currency: Currency;
  years: number[];
  organisations: OrganisationYear[];
  categories: CategoryYear[];
  totals: YearTotals[];
  horizon: Figures & { budgetMinor: number | null; gapMinor: number | null };
  offers: OfferUtilisation[];
  trajectory: TrajectoryRow[];
  contracts: ContractTimeline[];
  thresholds: ThresholdCrossing[];
  warnings: EngineWarning[];
  /**
   * Never set by the engine. Set on a result trimmed for a view that shows only the first warnings
   * of each code (renderer/src/results/warningGroups.ts): `warnings` then holds those, and this how
   * many warnings of each code the whole result has.
   */
  warningCounts?: Partial<Record<WarningCode, number>>;
}

/** A problem in the plan's input that stops evaluation; names the record and the field. */
export interface PlanIssue {
  code:
    | 'invalid'
    | 'unknownReference'
    | 'duplicateId'
    | 'missingProfile'
    | 'datesOutOfOrder'
    | 'currencyMismatch'
    | 'receivingWithoutSupplier'
    | 'unknownScenario'
    | 'contractWithoutOffer'
    | 'sharesAboveOne'
    | 'duplicateBudget';
  table: PlanTable | 'meta' | 'plan';
  /** The record's id ('' for the plan itself). */
  id: string;
  /** Dotted path of the field within the record, e.g. `meals.lunch`. */
  field: string;
  /** Values for the translated message. */
  params: Record<string, string | number>;
  /** An English sentence for logs and the command line. */
  message: string;
}
