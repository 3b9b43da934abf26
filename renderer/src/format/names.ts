import type { Language } from '../../../shared/model/enums';
import type { FoodCategory } from '../../../shared/model/types';

/** A category's name in the UI language, falling back to the name it was entered with. */
export function categoryName(category: FoodCategory, language: Language): string {
  return category.names[language]?.trim() || category.name;
}
