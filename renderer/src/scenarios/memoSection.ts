import { memo, type ComponentType } from 'react';
import type { Plan, Scenario } from '../../../shared/model/types';

interface SectionProps {
  plan: Plan;
  scenario: Scenario;
  onChange(change: (s: Scenario) => Scenario): void;
}

/**
 * A settings section that renders again only when the scenario fields it shows change. While a
 * what-if slider is dragged at Denmark scale, the other sections (tables of a hundred members,
 * hundreds of supplier checkboxes) are then left alone, which keeps each step within a frame.
 */
export function memoSection<P extends SectionProps>(Component: ComponentType<P>, fields: readonly (keyof Scenario)[]) {
  return memo(Component, (a, b) => a.plan === b.plan && a.onChange === b.onChange && fields.every((f) => a.scenario[f] === b.scenario[f]));
}
