/**
 * The engine's warnings for the report: only those about the chosen organisations (or about no
 * organisation in particular, such as a contract's tender date), the same warning from several
 * scenarios told once with the scenarios it occurs in, grouped by what they are about, most
 * serious first.
 */
import type { EngineWarning } from '../engine/types';
import type { WarningGroup } from './types';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Parameters that name an organisation (or a buying unit) in the engine's warnings. */
const ORGANISATION_PARAMS = ['organisationId', 'ownerId', 'productionOwnerId', 'buyerId'];

/**
 * Whether a warning concerns the chosen organisations: it names none of the plan's organisations,
 * or at least one chosen one. A partnership's buying unit (the scenario's id) counts as chosen.
 */
export function concernsOrganisations(w: EngineWarning, chosen: ReadonlySet<string>, planOrganisations: ReadonlySet<string>): boolean {
  const named = new Set<string>();
  for (const ref of w.refs) if (ref.table === 'organisations') named.add(ref.id);
  for (const p of ORGANISATION_PARAMS) {
    const v = w.params[p];
    if (typeof v === 'string') named.add(v);
  }
  const known = [...named].filter((id) => planOrganisations.has(id));
  return known.length === 0 || known.some((id) => chosen.has(id));
}

/** A key that is equal for the same warning in two scenarios (same code, parameters and inputs). */
function warningKey(w: EngineWarning): string {
  const params = Object.keys(w.params)
    .sort()
    .map((k) => `${k}=${String(w.params[k])}`);
  return `${w.code}|${params.join('|')}`;
}

export function groupWarnings(
  byScenario: readonly { scenarioId: string; warnings: readonly EngineWarning[] }[],
  chosen: ReadonlySet<string>,
  planOrganisations: ReadonlySet<string>,
): WarningGroup[] {
  const groups = new Map<EngineWarning['code'], WarningGroup>();
  const items = new Map<string, WarningGroup['items'][number]>();
  for (const { scenarioId, warnings } of byScenario) {
    for (const w of warnings) {
      if (!concernsOrganisations(w, chosen, planOrganisations)) continue;
      const key = warningKey(w);
      const existing = items.get(key);
      if (existing) {
        if (!existing.scenarioIds.includes(scenarioId)) existing.scenarioIds.push(scenarioId);
        continue;
      }
      const item = { warning: w, scenarioIds: [scenarioId] };
      items.set(key, item);
      let group = groups.get(w.code);
      if (!group) {
        group = { code: w.code, severity: w.severity, items: [] };
        groups.set(w.code, group);
      }
      group.items.push(item);
    }
  }
  return [...groups.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.items.length - a.items.length || a.code.localeCompare(b.code));
}
