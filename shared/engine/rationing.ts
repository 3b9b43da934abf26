/**
 * Splitting scarce capacity between claimants (docs/engine.md §4): `pro_rata` (by claim),
 * `equal` (equal shares; what one cannot use goes to the others) or `priority` (in the scenario's
 * priority order; unlisted claimants after, pro rata). Every grant is at most its claim, and the
 * grants sum to min(capacity, Σ claims). A larger capacity never gives anyone less.
 */
import type { RationingRule } from '../model/enums';

let order = new Int32Array(16);

/**
 * Fills `grant[0..n)` for `claim[0..n)`. `rank[i]` is claimant i's place in the priority list
 * (Infinity when unlisted); only read by the `priority` rule.
 */
export function ration(
  capacity: number,
  claim: Float64Array,
  n: number,
  rule: RationingRule,
  rank: Float64Array,
  grant: Float64Array,
): void {
  let total = 0;
  for (let i = 0; i < n; i++) total += claim[i]!;
  if (total <= capacity) {
    for (let i = 0; i < n; i++) grant[i] = claim[i]!;
    return;
  }
  if (capacity <= 0) {
    grant.fill(0, 0, n);
    return;
  }
  switch (rule) {
    case 'pro_rata':
      for (let i = 0; i < n; i++) grant[i] = (capacity * claim[i]!) / total;
      return;
    case 'equal':
      waterFill(capacity, claim, n, grant);
      return;
    case 'priority': {
      // Claimants in priority order (insertion sort into a kept buffer: lists are short).
      if (order.length < n) order = new Int32Array(Math.max(n, order.length * 2));
      const idx = order;
      for (let i = 0; i < n; i++) {
        const r = rank[i]!;
        let j = i - 1;
        while (j >= 0 && rank[idx[j]!]! > r) {
          idx[j + 1] = idx[j]!;
          j--;
        }
        idx[j + 1] = i;
      }
      let left = capacity;
      let k = 0;
      while (k < n && rank[idx[k]!]! < Infinity) {
        const i = idx[k]!;
        const g = Math.min(claim[i]!, left);
        grant[i] = g;
        left -= g;
        k++;
      }
      // Unlisted claimants share what is left pro rata.
      let rest = 0;
      for (let j = k; j < n; j++) rest += claim[idx[j]!]!;
      for (let j = k; j < n; j++) {
        const i = idx[j]!;
        grant[i] = rest <= left ? claim[i]! : rest > 0 ? (left * claim[i]!) / rest : 0;
      }
      return;
    }
  }
}

/** Equal shares: the largest level L with Σ min(claim, L) = capacity. */
function waterFill(capacity: number, claim: Float64Array, n: number, grant: Float64Array): void {
  const sorted = Array.from({ length: n }, (_, i) => claim[i]!).sort((a, b) => a - b);
  let left = capacity;
  let level = 0;
  for (let k = 0; k < n; k++) {
    const remaining = n - k;
    const c = sorted[k]!;
    // Raising everyone still below c up to c costs (c − level) × remaining.
    if ((c - level) * remaining >= left) {
      level += left / remaining;
      break;
    }
    left -= (c - level) * remaining;
    level = c;
  }
  for (let i = 0; i < n; i++) grant[i] = Math.min(claim[i]!, level);
}
