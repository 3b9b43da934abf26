/**
 * i18next with the four UI languages bundled (they are small and the app is offline). The
 * language follows the OS locale (navigator.languages, which Electron sets from the OS) until the
 * user picks one in Settings; the choice is stored in the database.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/model/enums';
import { LANGUAGES } from '../../../shared/model/enums';
import da from './locales/da';
import en from './locales/en';
import fi from './locales/fi';
import sv from './locales/sv';

export const RESOURCES = { en, sv, da, fi } as const;

/** The first of the OS's preferred languages that Måltid speaks; English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(primary ?? '')) return primary as Language;
    // Norwegian readers understand Danish best of the four.
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'da';
  }
  return 'en';
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, { translation: res }])),
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
