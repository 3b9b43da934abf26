// The fi texts, one file per feature (each file owns its top-level keys).
import core from './core.json';
import domain from './domain.json';
import grid from './grid.json';
import kitchens from './kitchens.json';
import organisations from './organisations.json';
import budgets from './budgets.json';
import suppliers from './suppliers.json';
import offers from './offers.json';
import categories from './categories.json';
import contracts from './contracts.json';
import profiles from './profiles.json';
import warnings from './warnings.json';
import scenarios from './scenarios.json';
import results from './results.json';
import demos from './demos.json';
import compare from './compare.json';
import timeline from './timeline.json';
import capacity from './capacity.json';
import reports from './reports.json';
import exportTexts from './exports.json';
import importTexts from './import.json';
import purchases from './purchases.json';
import baseline from './baseline.json';

export default { ...core, ...domain, ...grid, ...kitchens, ...organisations, ...budgets, ...suppliers, ...offers, ...categories, ...contracts, ...profiles, ...warnings, ...scenarios, ...results, ...demos, ...compare, ...timeline, ...capacity, ...reports, ...exportTexts, ...importTexts, ...purchases, ...baseline };
