// The sv texts, one file per feature (each file owns its top-level keys).
import core from './core.json';
import domain from './domain.json';
import grid from './grid.json';
import kitchens from './kitchens.json';
import organisations from './organisations.json';

export default { ...core, ...domain, ...grid, ...kitchens, ...organisations };
