/** What a built-in demo plan is: an id, its country, a pure builder and the figures its note quotes. */
import type { Country } from '../model/enums';
import type { Plan } from '../model/types';

export type DemoId = 'stockholm-malardalen' | 'danish-partnership' | 'lapland';

export interface DemoDefinition {
  id: DemoId;
  country: Country;
  /** Builds the plan; pure and deterministic (no clock, no randomness). */
  build(): Plan;
  /**
   * The figures the demo's note quotes, computed from the engine's results of the built plan
   * (names → numbers; money in minor units, shares as fractions, kg as kg).
   */
  noteFigures(plan: Plan): Record<string, number>;
}
