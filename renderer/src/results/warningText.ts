/**
 * Engine warnings in words: the code picks the sentence, the parameters are resolved (ids to
 * names) and formatted (money, kg, shares) for the reader's language.
 */
import type { TFunction } from 'i18next';
import type { EngineWarning } from '../../../shared/engine/types';
import type { Formatter } from '../../../shared/format';
import type { Language } from '../../../shared/model/enums';
import type { Plan } from '../../../shared/model/types';
import { categoryName } from '../format/names';
import { tDynamic } from '../i18n/dynamic';

type Kind = 'category' | 'categories' | 'organisation' | 'contract' | 'contracts' | 'offer' | 'kitchen' | 'supplier' | 'threshold' | 'money' | 'kg' | 'share' | 'number' | 'date' | 'text';

/** How each parameter is shown; parameters not listed are shown as they are. */
const PARAMS: Record<string, Kind> = {
  categoryId: 'category',
  organisationId: 'organisation',
  ownerId: 'organisation',
  productionOwnerId: 'organisation',
  buyerId: 'organisation',
  contractId: 'contract',
  contracts: 'contracts',
  categories: 'categories',
  offerId: 'offer',
  kitchenId: 'kitchen',
  productionKitchenId: 'kitchen',
  supplierId: 'supplier',
  thresholdId: 'threshold',
  gapMinor: 'money',
  budgetMinor: 'money',
  totalMinor: 'money',
  unmetKg: 'kg',
  kg: 'kg',
  overKg: 'kg',
  minVolumeKg: 'kg',
  targetShare: 'share',
  achievedShare: 'share',
  coverage: 'share',
  latestTenderStart: 'date',
  plannedEnd: 'date',
  newSupplierFrom: 'date',
  joinByDate: 'date',
  start: 'date',
  maxEnd: 'date',
};

/** value/min/max are money per meal for the cost check, plain numbers for the others. */
const VALUE_KIND: Partial<Record<EngineWarning['code'], Kind>> = { sanityCostPerMeal: 'money', sanityKgPerMeal: 'number', sanityCo2ePerKg: 'number' };

export function warningText(t: TFunction, f: Formatter, language: Language, plan: Plan, w: EngineWarning): string {
  const names = {
    category: (id: string) => {
      const c = plan.foodCategories.find((x) => x.id === id);
      return c ? categoryName(c, language) : id;
    },
    organisation: (id: string) => plan.organisations.find((x) => x.id === id)?.name ?? plan.scenarios.find((s) => s.id === id)?.name ?? id,
    contract: (id: string) => plan.contracts.find((x) => x.id === id)?.name ?? id,
    kitchen: (id: string) => plan.kitchens.find((x) => x.id === id)?.name ?? id,
    supplier: (id: string) => plan.suppliers.find((x) => x.id === id)?.name ?? id,
  };
  const values: Record<string, string | number> = {};
  for (const [key, raw] of Object.entries(w.params)) {
    const kind = (['value', 'min', 'max'].includes(key) ? VALUE_KIND[w.code] : undefined) ?? PARAMS[key] ?? 'text';
    const s = String(raw);
    const n = Number(raw);
    switch (kind) {
      case 'category':
      case 'organisation':
      case 'contract':
      case 'kitchen':
      case 'supplier':
        values[key] = names[kind](s);
        break;
      case 'contracts':
        values[key] = s.split(', ').map(names.contract).join(', ');
        break;
      case 'categories':
        values[key] = s.split(', ').map(names.category).join(', ');
        break;
      case 'offer': {
        const o = plan.offers.find((x) => x.id === s);
        values[key] = o ? `${names.supplier(o.supplierId)} (${names.category(o.categoryId)})` : s;
        break;
      }
      case 'threshold': {
        const th = plan.thresholds.find((x) => x.id === s);
        values[key] = th ? `${tDynamic(t, `thresholdKinds.${th.kind}`)} (${f.money(th.amountMinor, th.currency)})` : s;
        break;
      }
      case 'money':
        values[key] = f.money(n, plan.meta.currency, Math.abs(n) < 100_000 ? 2 : 0);
        break;
      case 'kg':
        values[key] = f.number(n);
        break;
      case 'share':
        values[key] = f.percent(n, 1);
        break;
      case 'number':
        values[key] = f.number(n, 2);
        break;
      case 'date':
        values[key] = f.date(s);
        break;
      default:
        values[key] = raw;
    }
  }
  return tDynamic(t, `warnings.${w.code}`, values);
}
