import { describe, expect, it } from 'vitest';
import { CALENDAR_KINDS, COUNTRIES, KITCHEN_KINDS, LANGUAGES, MEAL_TYPES, ORGANISATION_KINDS, REGION_KINDS, SECTORS } from '../../../shared/model/enums';
import { VIEW_IDS } from '../../../renderer/src/app/views';
import { RESOURCES } from '../../../renderer/src/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(RESOURCES).map(([lng, res]) => [lng, flatten(res as Tree)])) as Record<string, Map<string, string>>;
const english = flat.en!;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!).sort();
}

/** Keys the code builds at run time from the domain vocabularies: each must exist. */
const DYNAMIC_FAMILIES: Record<string, readonly string[]> = {
  nav: VIEW_IDS,
  sectors: SECTORS,
  kitchenKinds: KITCHEN_KINDS,
  mealTypes: MEAL_TYPES,
  calendars: CALENDAR_KINDS,
  countries: COUNTRIES,
  currencyOf: COUNTRIES,
  languages: LANGUAGES,
  organisationKinds: ORGANISATION_KINDS,
  regionKinds: REGION_KINDS,
  validation: ['required', 'notANumber', 'range', 'min', 'integer', 'tooLong', 'percentRange'],
  storage: ['quotaExceeded', 'unavailable', 'versionConflict', 'notFound', 'conflict', 'failed'],
  sectorBasis: ['school_SE', 'school_FI', 'school_DK', 'preschool', 'elderly_care', 'home_meals', 'hospital', 'other'],
  'settings.persistence': ['persisted', 'refused', 'unsupported'],
};

describe('translations', () => {
  it('ships exactly the four languages', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES) {
    it(`has every English key in ${language}, and no key English lacks`, () => {
      const keys = flat[language]!;
      expect([...english.keys()].filter((k) => !keys.has(k))).toEqual([]);
      expect([...keys.keys()].filter((k) => !english.has(k))).toEqual([]);
    });

    it(`has no empty text and the same {{placeholders}} as English in ${language}`, () => {
      for (const [key, text] of flat[language]!) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english.get(key)!));
      }
    });
  }

  for (const [family, members] of Object.entries(DYNAMIC_FAMILIES)) {
    it(`has a text for every member of ${family}`, () => {
      for (const m of members) expect(english.has(`${family}.${m}`), `${family}.${m}`).toBe(true);
    });
  }

  it('has been translated: most texts differ from English in each other language', () => {
    // Names of languages, currencies and a few loan words are the same everywhere; if more than a
    // fifth of the texts equal the English, a language was probably copied and not translated.
    for (const language of ['sv', 'da', 'fi']) {
      const same = [...english].filter(([k, v]) => flat[language]!.get(k) === v).length;
      expect(same / english.size, language).toBeLessThan(0.2);
    }
  });
});
