/** The council report as data (see ./model.ts): built once, shown and exported the same way everywhere. */
export { buildReportModel, defaultSelection, defaultYear, yearsOf } from './model';
export { recommendScenario } from './recommend';
export { reportAssumptions, type Assumption } from './assumptions';
export { sliceOf, emptySlice, addToSlice } from './slices';
export { groupWarnings, concernsOrganisations } from './warnings';
export type * from './types';
