/**
 * Default food categories: 13 planning categories with a default climate factor and a 2024-level
 * conventional price range (SEK/kg excl. VAT). All prices and most factors are estimates and are
 * labelled so in the app; the source text says where each came from.
 * Source: Måltid domain brief §3.2–3.3 (SLU Mat-klimat-listan 1.1, Aarhus University 2019, CONCITO).
 */
import type { FoodCategory } from '../model/types';

export interface CategoryReference {
  category: FoodCategory;
  /** Conventional price range, SEK per kg excl. VAT, 2024 level [estimate]. */
  priceSekPerKg: readonly [number, number];
  /** Organic price premium range, as fractions [estimate]. */
  organicPremium: readonly [number, number];
}

function cat(
  id: string,
  en: string,
  sv: string,
  da: string,
  fi: string,
  co2ePerKg: number,
  basis: string,
  price: readonly [number, number],
  organic: readonly [number, number],
): CategoryReference {
  return {
    category: {
      id,
      name: en,
      names: { en, sv, da, fi },
      co2ePerKg,
      source: `Estimate. ${basis}`,
      isEstimate: true,
    },
    priceSekPerKg: price,
    organicPremium: organic,
  };
}

export const CATEGORY_REFERENCE: readonly CategoryReference[] = [
  cat('red_meat', 'Red meat', 'Rött kött', 'Rødt kød', 'Punainen liha', 16, 'SLU Mat-klimat-listan 1.1: mince 50/50 beef and pork 16 (beef 26, pork 6, processed 7).', [55, 130], [0.2, 0.8]),
  cat('poultry', 'Poultry', 'Fågel', 'Fjerkræ', 'Siipikarja', 3.5, 'Between SLU (2) and Aarhus University 2019 (5.5).', [65, 90], [0.6, 1.0]),
  cat('fish', 'Fish and shellfish', 'Fisk och skaldjur', 'Fisk og skaldyr', 'Kala ja äyriäiset', 3, 'SLU Mat-klimat-listan 1.1.', [80, 130], [0, 0]),
  cat('milk', 'Milk and fermented milk', 'Mjölk och fil', 'Mælk og syrnede mælkeprodukter', 'Maito ja hapanmaitotuotteet', 1.1, 'SLU 1.0; CONCITO light milk under 1.', [9, 12], [0.1, 0.25]),
  cat('other_dairy', 'Cheese, cream, yoghurt, butter', 'Ost, grädde, yoghurt, smör', 'Ost, fløde, yoghurt, smør', 'Juusto, kerma, jogurtti, voi', 7, 'Cheese 8 (SLU); cream 4 and butter 7 estimated.', [65, 90], [0.15, 0.3]),
  cat('eggs', 'Eggs', 'Ägg', 'Æg', 'Munat', 2, 'SLU and Aarhus University 2019.', [30, 40], [0.4, 0.8]),
  cat('vegetables', 'Vegetables', 'Grönsaker', 'Grøntsager', 'Vihannekset', 0.6, 'Field 0.3–0.5; greenhouse or imported 1–3.', [18, 35], [0.2, 0.5]),
  cat('potatoes_roots', 'Potatoes and root vegetables', 'Potatis och rotfrukter', 'Kartofler og rodfrugter', 'Peruna ja juurekset', 0.2, 'SLU potatoes 0.1; CONCITO under 0.5.', [6, 12], [0.3, 0.6]),
  cat('fruit_berries', 'Fruit and berries', 'Frukt och bär', 'Frugt og bær', 'Hedelmät ja marjat', 0.5, 'Range 0.3–0.8.', [18, 30], [0.2, 0.5]),
  cat('bread', 'Bread', 'Bröd', 'Brød', 'Leipä', 0.8, 'SLU Mat-klimat-listan 1.1.', [30, 45], [0.15, 0.3]),
  cat('grains', 'Pasta, rice, grains, flour', 'Pasta, ris, gryn, mjöl', 'Pasta, ris, gryn, mel', 'Pasta, riisi, viljat, jauhot', 1.2, 'Grains 0.7–1.0; rice 2.5–3.5.', [12, 25], [0.2, 0.4]),
  cat('legumes', 'Legumes (dry)', 'Baljväxter', 'Bælgfrugter', 'Palkokasvit', 0.7, 'SLU dry legumes.', [20, 35], [0.2, 0.4]),
  cat('other', 'Fats, oils, sauces, spices, other', 'Fett, oljor, såser, kryddor, övrigt', 'Fedt, olie, saucer, krydderier, andet', 'Rasvat, öljyt, kastikkeet, mausteet, muut', 3, 'Estimate 2–4.', [20, 60], [0.2, 0.4]),
];

/**
 * Week-averaged purchased grams per portion (as bought), per category id and reference meal.
 * Source: Måltid domain brief §3.1 [estimates]; totals about 0.51 kg for a school lunch with milk.
 */
export const PORTION_GRAMS: Readonly<Record<string, { school: number; preschool: number; elderlyLunch: number; elderlyDay: number }>> = {
  red_meat: { school: 35, preschool: 20, elderlyLunch: 40, elderlyDay: 70 },
  poultry: { school: 15, preschool: 10, elderlyLunch: 15, elderlyDay: 25 },
  fish: { school: 15, preschool: 10, elderlyLunch: 20, elderlyDay: 30 },
  milk: { school: 180, preschool: 150, elderlyLunch: 150, elderlyDay: 500 },
  other_dairy: { school: 20, preschool: 15, elderlyLunch: 25, elderlyDay: 80 },
  eggs: { school: 5, preschool: 5, elderlyLunch: 5, elderlyDay: 25 },
  vegetables: { school: 80, preschool: 50, elderlyLunch: 70, elderlyDay: 200 },
  potatoes_roots: { school: 70, preschool: 50, elderlyLunch: 90, elderlyDay: 150 },
  fruit_berries: { school: 20, preschool: 40, elderlyLunch: 30, elderlyDay: 150 },
  bread: { school: 25, preschool: 15, elderlyLunch: 25, elderlyDay: 120 },
  grains: { school: 25, preschool: 15, elderlyLunch: 15, elderlyDay: 50 },
  legumes: { school: 8, preschool: 5, elderlyLunch: 5, elderlyDay: 10 },
  other: { school: 15, preschool: 10, elderlyLunch: 20, elderlyDay: 60 },
};
