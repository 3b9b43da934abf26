/**
 * Where food was grown, as an origin cell writes it, to the place the plan's local definition
 * compares (shared/engine/local.ts): a country, a region code (län, region, maakunta) or a
 * municipality code (kommunkod, kommunekode, kuntanumero).
 *
 * How a cell is read:
 * - two letters ("SE", "dk") or a country's name in the four languages: that country;
 * - a country prefix and a code ("SE-0181", "FI 091"): the code in that country;
 * - a code that one of the plan's organisations has (its code, or its region code): that
 *   municipality (with its region and country) or that region;
 * - another code, by the length the plan's country writes it in: Sweden 4 digits a municipality
 *   and 1–2 a län; Denmark 3 digits a municipality and 4 (1081–1085) a region; Finland 3 digits a
 *   municipality and 1–2 a maakunta;
 * - the name of one of the plan's municipalities: that municipality.
 * Anything else is an unknown origin: it counts against data coverage, never as local.
 */
import type { Country } from '../model/enums';
import type { Organisation, PlanMeta } from '../model/types';
import { normaliseHeader } from './fields';
import { COUNTRY_WORDS } from './vocabulary/choices';

export interface Place {
  country?: string;
  regionCode?: string;
  municipalityCode?: string;
}

function byLength(code: string, country: string): Place | null {
  if (!/^\d+$/.test(code)) return null;
  const n = code.length;
  if (country === 'SE') return n === 4 ? { country, municipalityCode: code } : n <= 2 ? { country, regionCode: code.padStart(2, '0') } : null;
  if (country === 'DK') return n === 3 ? { country, municipalityCode: code } : n === 4 ? { country, regionCode: code } : null;
  if (country === 'FI') return n === 3 ? { country, municipalityCode: code } : n <= 2 ? { country, regionCode: code.padStart(2, '0') } : null;
  return null;
}

export function originReader(plan: { meta: Pick<PlanMeta, 'country'>; organisations: readonly Organisation[] }): (text: string) => Place | null {
  const municipalities = new Map<string, Organisation>();
  const municipalityNames = new Map<string, Organisation>();
  const regions = new Map<string, string>();
  for (const o of plan.organisations) {
    if (o.kind === 'municipality') {
      if (o.code) municipalities.set(o.code, o);
      municipalityNames.set(normaliseHeader(o.name), o);
    }
    if (o.regionCode) regions.set(o.regionCode, o.country);
    if (o.kind === 'region' && o.code) regions.set(o.code, o.country);
  }
  const home: Country = plan.meta.country;
  const codeIn = (code: string, country: string): Place | null => {
    const m = municipalities.get(code);
    if (m && m.country === country) return { country, municipalityCode: code, ...(m.regionCode ? { regionCode: m.regionCode } : {}) };
    if (regions.get(code) === country) return { country, regionCode: code };
    return byLength(code, country);
  };
  return (raw: string) => {
    const text = raw.trim();
    if (text === '') return null;
    if (/^[A-Za-z]{2}$/.test(text)) return { country: text.toUpperCase() };
    const norm = normaliseHeader(text);
    const named = COUNTRY_WORDS[norm];
    if (named) return { country: named };
    const prefixed = /^([A-Za-z]{2})[\s:_-]+([0-9A-Za-z]+)$/.exec(text);
    if (prefixed) return codeIn(prefixed[2]!, prefixed[1]!.toUpperCase()) ?? { country: prefixed[1]!.toUpperCase() };
    if (/^\d+$/.test(text)) return codeIn(text, home);
    const m = municipalityNames.get(norm);
    if (m) return { country: m.country, ...(m.code ? { municipalityCode: m.code } : {}), ...(m.regionCode ? { regionCode: m.regionCode } : {}) };
    return null;
  };
}
