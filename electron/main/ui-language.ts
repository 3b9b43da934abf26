/**
 * The language of the native menu and dialogs. It starts from the OS locale and follows the
 * renderer's choice once the page calls `setLanguage`.
 */
import type { Language } from '../../shared/model/enums';
import { MENU_LABELS, type MenuLabels } from '../../shared/i18n/menu';

let current: Language = 'en';

export function currentLanguage(): Language {
  return current;
}

export function setCurrentLanguage(language: Language): void {
  current = language;
}

export function currentLabels(): Readonly<MenuLabels> {
  return MENU_LABELS[current];
}
