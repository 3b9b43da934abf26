/**
 * Suppliers named by offers or contracts that the plan lacks. They are added (in the plan's
 * country, to be completed in the suppliers register) only when the user agreed; each is warned
 * about once, on the first row that names it.
 */
import type { Supplier } from '../../model/types';
import { supplierResolver, nameKey } from './refs';
import type { RegisterContext, RegisterPut, RowReader } from './rowReader';

export class SupplierFinder {
  private readonly find: (text: string) => Supplier | null;
  private readonly added = new Map<string, Supplier>();

  constructor(private readonly ctx: RegisterContext) {
    this.find = supplierResolver(ctx.plan.suppliers);
  }

  /** The supplier's id, or undefined (an error is logged) when it is unknown and may not be added. */
  idFor(r: RowReader): string | undefined {
    const text = r.raw('supplier');
    if (text === '') {
      r.error('required', 'supplier');
      return undefined;
    }
    const hit = this.find(text);
    if (hit) return hit.id;
    const key = nameKey(text);
    const made = this.added.get(key);
    if (made) return made.id;
    if (!this.ctx.createMissingSuppliers) {
      r.error('unknownSupplier', 'supplier', { value: text });
      return undefined;
    }
    const s: Supplier = { id: this.ctx.newId('supplier'), name: text.slice(0, 200), country: this.ctx.plan.meta.country };
    this.added.set(key, s);
    r.warn('newSupplier', 'supplier', { value: text });
    return s.id;
  }

  puts(): RegisterPut[] {
    return [...this.added.values()].map((record) => ({ table: 'suppliers', record, update: false }));
  }
}
