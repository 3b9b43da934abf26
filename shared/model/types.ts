/** Domain types, inferred from the schemas so that the two can never drift apart. */
import type { z } from 'zod';
import type * as s from './schema';

export type Location = z.infer<typeof s.locationSchema>;
export type LocalDefinition = z.infer<typeof s.localDefinitionSchema>;
export type MealWeights = z.infer<typeof s.mealWeightsSchema>;
export type SourceRef = z.infer<typeof s.sourceSchema>;
export type PlanMeta = z.infer<typeof s.planMetaSchema>;
export type Organisation = z.infer<typeof s.organisationSchema>;
export type MealsPerDay = z.infer<typeof s.mealsPerDaySchema>;
export type Kitchen = z.infer<typeof s.kitchenSchema>;
export type LocalizedNames = z.infer<typeof s.localizedNamesSchema>;
export type FoodCategory = z.infer<typeof s.foodCategorySchema>;
export type MealProfile = z.infer<typeof s.mealProfileSchema>;
export type Origin = z.infer<typeof s.originSchema>;
export type Supplier = z.infer<typeof s.supplierSchema>;
export type DiscountTier = z.infer<typeof s.discountTierSchema>;
export type Offer = z.infer<typeof s.offerSchema>;
export type ExtensionOption = z.infer<typeof s.extensionOptionSchema>;
export type Contract = z.infer<typeof s.contractSchema>;
export type Budget = z.infer<typeof s.budgetSchema>;
export type Threshold = z.infer<typeof s.thresholdSchema>;
export type TrajectoryPoint = z.infer<typeof s.trajectoryPointSchema>;
export type CategoryTrajectory = z.infer<typeof s.categoryTrajectorySchema>;
export type Trajectory = z.infer<typeof s.trajectorySchema>;
export type PriceShock = z.infer<typeof s.priceShockSchema>;
export type FixedShare = z.infer<typeof s.fixedShareSchema>;
export type MemberFee = z.infer<typeof s.memberFeeSchema>;
export type RegionalSettings = z.infer<typeof s.regionalSettingsSchema>;
export type PartnershipSettings = z.infer<typeof s.partnershipSettingsSchema>;
export type Scenario = z.infer<typeof s.scenarioSchema>;
export type Plan = z.infer<typeof s.planSchema>;
export type PlanFile = z.infer<typeof s.planFileSchema>;
export type PlanFilePurchases = z.infer<typeof s.purchasesFileSchema>;
export type PurchaseBatchInfo = z.infer<typeof s.purchaseBatchSchema>;
export type PurchaseField = (typeof s.PURCHASE_FIELDS)[number];
export type PurchaseCell = z.infer<typeof s.purchaseCellSchema>;

/** The record tables of a plan, in plan-file order. */
export const PLAN_TABLES = [
  'organisations',
  'kitchens',
  'foodCategories',
  'mealProfiles',
  'suppliers',
  'offers',
  'contracts',
  'budgets',
  'thresholds',
  'scenarios',
] as const;
export type PlanTable = (typeof PLAN_TABLES)[number];
export type PlanRecord<T extends PlanTable> = Plan[T][number];
