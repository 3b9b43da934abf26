/**
 * Suppliers' offers for the demos, priced from the reference ranges (docs/demos.md §4):
 *
 *   conventional price = midpoint of the category's 2024 SEK/kg range (shared/reference/foodCategories)
 *   organic price      = conventional × (1 + midpoint of the organic premium range)
 *   local price        = that price × (1 + the typical local premium of the category, below)
 *
 * converted to the plan's currency at the brief's rates (DKK = SEK × 0.65, EUR = SEK ÷ 11.4) and
 * quoted for 2024 (`priceYear`), so that the scenarios' 2 % a year carries them to the plan years.
 * All prices are estimates and are marked so.
 */
import type { Currency } from '../model/enums';
import { sekToMinor } from '../model/defaults';
import type { DiscountTier, Offer, Origin } from '../model/types';
import { CATEGORY_REFERENCE } from '../reference/foodCategories';

export const PRICE_YEAR = 2024;

/**
 * Typical local premium per category: the midpoint of the brief's "local premium (typical)"
 * column (§3.2). Red meat 0–25 %; poultry, cheese and dairy, eggs, potatoes 0–20 %; fresh local
 * fish +20–40 %; milk about 0 (dairy is regional anyway); vegetables −10…+30 %; bread 0–15 %;
 * legumes +20–50 %. Fruit and berries use the vegetables' midpoint (the brief says only that the
 * berry premium varies); grains, flour and "other" have no local column in the brief, and the
 * demos use 20 % for a small regional mill.
 */
export const LOCAL_PREMIUM: Readonly<Record<string, number>> = {
  red_meat: 0.125,
  poultry: 0.1,
  fish: 0.3,
  milk: 0,
  other_dairy: 0.1,
  eggs: 0.1,
  vegetables: 0.1,
  potatoes_roots: 0.1,
  fruit_berries: 0.1,
  bread: 0.075,
  grains: 0.2,
  legumes: 0.35,
  other: 0.2,
};

const BY_ID = new Map(CATEGORY_REFERENCE.map((r) => [r.category.id, r]));

function reference(categoryId: string) {
  const r = BY_ID.get(categoryId);
  if (!r) throw new Error(`No reference category '${categoryId}'.`);
  return r;
}

/** Midpoint of the conventional price range, SEK per kg (2024 level). */
export function conventionalSek(categoryId: string): number {
  const [lo, hi] = reference(categoryId).priceSekPerKg;
  return (lo + hi) / 2;
}

/** Midpoint of the organic premium range (a fraction). */
export function organicPremium(categoryId: string): number {
  const [lo, hi] = reference(categoryId).organicPremium;
  return (lo + hi) / 2;
}

export interface PriceOptions {
  organic?: boolean;
  local?: boolean;
  /** Replaces the category's typical local premium (documented where used). */
  localPremium?: number;
  /** Replaces the midpoint as the conventional SEK price (documented where used). */
  baseSek?: number;
}

/** Price in the plan's minor units per kg (see the file comment). */
export function priceMinor(categoryId: string, currency: Currency, opts: PriceOptions = {}): number {
  let sek = opts.baseSek ?? conventionalSek(categoryId);
  if (opts.organic) sek *= 1 + organicPremium(categoryId);
  if (opts.local) sek *= 1 + (opts.localPremium ?? LOCAL_PREMIUM[categoryId] ?? 0);
  return sekToMinor(sek, currency);
}

/**
 * Volume discount brackets for the wholesaler, from the brief's example (§5.4; no public source):
 * 2 % on the yearly value of a category between 1 and 5 M SEK, 4 % between 5 and 20 M, 6 % above.
 */
export function wholesalerTiers(currency: Currency): DiscountTier[] {
  return [
    { fromValueMinor: sekToMinor(1_000_000, currency), rate: 0.02 },
    { fromValueMinor: sekToMinor(5_000_000, currency), rate: 0.04 },
    { fromValueMinor: sekToMinor(20_000_000, currency), rate: 0.06 },
  ];
}

export interface OfferSpec {
  id: string;
  supplierId: string;
  categoryId: string;
  currency: Currency;
  organic?: boolean;
  local?: boolean;
  localPremium?: number;
  baseSek?: number;
  capacityKg?: number | null;
  minVolumeKg?: number;
  discountTiers?: DiscountTier[];
  origin: Origin | null;
  candidate?: boolean;
  /** Why this offer looks as it does (shown in the app). */
  source: string;
}

export function makeOffer(s: OfferSpec): Offer {
  return {
    id: s.id,
    supplierId: s.supplierId,
    categoryId: s.categoryId,
    pricePerKgMinor: priceMinor(s.categoryId, s.currency, s),
    priceYear: PRICE_YEAR,
    organic: s.organic ?? false,
    capacityKg: s.capacityKg ?? null,
    minVolumeKg: s.minVolumeKg ?? 0,
    discountTiers: s.discountTiers ?? [],
    origin: s.origin,
    candidate: s.candidate ?? false,
    source: s.source,
    isEstimate: true,
  };
}

/** The 13 reference categories, in reference order. */
export const CATEGORY_IDS: readonly string[] = CATEGORY_REFERENCE.map((r) => r.category.id);

/**
 * A national wholesaler's assortment: one offer per category, conventional or organic (fish has
 * no organic offer: MSC/ASC instead), unlimited, with the volume brackets above.
 *
 * The conventional and the organic assortment are two supplier records, because a contract buys
 * from one offer of its supplier in each category (shared/engine/contracts.ts): with both
 * assortments under one supplier, a running contract could only ever buy one of them. Two
 * records let a municipality's contract hold, say, its dairy as organic and its meat as
 * conventional, as Nordic kitchens switch whole product groups to organic.
 */
export function wholesalerOffers(supplierId: string, currency: Currency, organic: boolean, origins: (categoryId: string) => Origin | null): Offer[] {
  const tiers = wholesalerTiers(currency);
  const out: Offer[] = [];
  for (const categoryId of CATEGORY_IDS) {
    if (organic && organicPremium(categoryId) === 0) continue;
    out.push(
      makeOffer({
        id: `${supplierId}-${categoryId}`,
        supplierId,
        categoryId,
        currency,
        organic,
        discountTiers: tiers,
        origin: origins(categoryId),
        source: organic
          ? 'Estimate: midpoint of the 2024 reference price range × (1 + midpoint of the organic premium); volume brackets from the domain brief §5.4.'
          : 'Estimate: midpoint of the 2024 reference price range; volume brackets from the domain brief §5.4.',
      }),
    );
  }
  return out;
}

/** Rounds kg to whole tonnes (capacities are stated in tonnes). */
export function roundTonnes(kg: number): number {
  return Math.round(kg / 1000) * 1000;
}
