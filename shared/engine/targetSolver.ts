/**
 * One owner's purchase of one category in one year, solved exactly (docs/engine.md §4).
 *
 *   minimise, in this order of priority:  local shortfall, organic shortfall, cost
 *   subject to  Σ x_j = F                           (the free demand is bought)
 *               Σ_{local j} x_j   + sA ≥ needA       (local kg the target asks for)
 *               Σ_{organic j} x_j + sB ≥ needB       (organic kg the target asks for)
 *               0 ≤ x_j ≤ quota_j
 *
 * The solution is optimal, not greedy, so its cost never falls when a price rises (the feasible
 * set does not depend on prices). A greedy fill (local first, then organic, then the rest) lacks
 * that property: it may spend a local organic offer on the local target that the organic target
 * needed, and a price rise that stops it doing so then lowers the bill.
 *
 * The problem is a min-cost flow on a tiny network: every column is local or not and organic or
 * not (four classes), and the needs are lower bounds on the local and the organic flow. Solved by
 * successive shortest paths from the cheapest-first fill, which is optimal without needs:
 *   1. raise the local kg to needA by the cheapest swaps (the cheapest unused local column in, the
 *      dearest used non-local column out);
 *   2. raise the organic kg to needB by the cheapest swap that keeps the local kg at needA: organic
 *      non-local in for non-organic non-local out, local organic in for local non-organic out, local
 *      organic in for non-organic non-local out, or (while local kg are above the need) organic
 *      non-local in for local non-organic out.
 * Within a class the used columns always form the cheapest prefix, so each swap reads two
 * pointers per class: O(columns) per solve. Columns must be given in price order.
 */

const N = 0; // class index: local * 2 + organic
const O = 1;
const L = 2;
const LO = 3;

export class TargetSolver {
  private cap = 0;
  n = 0;
  /** Columns, in price order. */
  price = new Float64Array(0);
  upper = new Float64Array(0);
  local = new Uint8Array(0);
  organic = new Uint8Array(0);
  /** The solution, per column. */
  x = new Float64Array(0);
  /** Columns by class: class c holds cols[start[c] .. start[c + 1]). */
  private cols = new Int32Array(0);
  private readonly start = new Int32Array(5);
  /** Per class, the position (within the class) of the dearest used column, −1 when none. */
  private readonly hi = new Int32Array(4);
  private readonly fill = new Int32Array(4);
  /** Solves that needed swaps (profiling). */
  swapSolves = 0;
  /** After `solve`: local kg short of needA (0 when met). */
  shortA = 0;
  /** After `solve`: organic kg short of needB. */
  shortB = 0;

  /** Prepares room for `n` columns. */
  reset(n: number): void {
    if (n > this.cap) {
      const cap = Math.max(n, this.cap * 2, 16);
      this.cap = cap;
      this.price = new Float64Array(cap);
      this.upper = new Float64Array(cap);
      this.local = new Uint8Array(cap);
      this.organic = new Uint8Array(cap);
      this.x = new Float64Array(cap);
      this.cols = new Int32Array(cap);
    }
    this.n = n;
  }

  /**
   * Buys `demand` kg meeting the needs as far as the columns allow; the shortfalls are left in
   * shortA and shortB.
   */
  solve(demand: number, needA: number, needB: number): void {
    const { n, x, upper, local, organic } = this;
    this.shortA = 0;
    this.shortB = 0;
    if (n === 0 || demand <= 0) {
      x.fill(0, 0, n);
      this.shortA = needA > 0 ? needA : 0;
      this.shortB = needB > 0 ? needB : 0;
      return;
    }
    const tol = 1e-9 * (1 + demand);
    const nA = needA > demand ? demand : needA;
    const nB = needB > demand ? demand : needB;
    // Cheapest first. `+demand` (the same number): a loop variable started from a parameter,
    // whose type the optimising compiler does not know, is kept boxed, a new heap number for
    // every column; started from `+demand` it stays a plain double.
    let rem = +demand;
    let gotA = 0;
    let gotB = 0;
    for (let j = 0; j < n; j++) {
      const u = upper[j]!;
      const take = rem <= 0 ? 0 : u < rem ? u : rem;
      x[j] = take;
      rem -= take;
      if (local[j] === 1) gotA += take;
      if (organic[j] === 1) gotB += take;
    }
    if (gotA >= nA - tol && gotB >= nB - tol) return;
    this.swapSolves++;
    this.classify();
    // 1. Local kg up to needA: cheapest local in, dearest non-local out.
    while (gotA < nA - tol) {
      const inL = this.nextFree(L);
      const inLO = this.nextFree(LO);
      const outN = this.lastUsed(N);
      const outO = this.lastUsed(O);
      if ((inL < 0 && inLO < 0) || (outN < 0 && outO < 0)) break;
      const cin = inLO >= 0 && (inL < 0 || this.price[inLO]! <= this.price[inL]!) ? inLO : inL;
      const cout = outN >= 0 && (outO < 0 || this.price[outN]! >= this.price[outO]!) ? outN : outO;
      const amount = Math.min(nA - gotA, upper[cin]! - x[cin]!, x[cout]!);
      this.move(cin, cout, amount);
      gotA += amount;
      if (organic[cin] === 1) gotB += amount;
      if (organic[cout] === 1) gotB -= amount;
    }
    // 2. Organic kg up to needB, keeping the local kg at needA.
    const price = this.price;
    while (gotB < nB - tol) {
      const inO = this.nextFree(O);
      const inLO = this.nextFree(LO);
      const outN = this.lastUsed(N);
      const outL = this.lastUsed(L);
      const slack = gotA - nA;
      let best = Infinity;
      let cin = -1;
      let cout = -1;
      let limit = Infinity;
      // Organic non-local in, non-organic non-local out: local unchanged.
      if (inO >= 0 && outN >= 0 && price[inO]! - price[outN]! < best) {
        best = price[inO]! - price[outN]!;
        cin = inO;
        cout = outN;
        limit = Infinity;
      }
      // Local organic in, local non-organic out: local unchanged.
      if (inLO >= 0 && outL >= 0 && price[inLO]! - price[outL]! < best) {
        best = price[inLO]! - price[outL]!;
        cin = inLO;
        cout = outL;
        limit = Infinity;
      }
      // Local organic in, non-organic non-local out: local + 1.
      if (inLO >= 0 && outN >= 0 && price[inLO]! - price[outN]! < best) {
        best = price[inLO]! - price[outN]!;
        cin = inLO;
        cout = outN;
        limit = Infinity;
      }
      // Organic non-local in, local non-organic out: local − 1, only while above the need.
      if (inO >= 0 && outL >= 0 && slack > tol && price[inO]! - price[outL]! < best) {
        best = price[inO]! - price[outL]!;
        cin = inO;
        cout = outL;
        limit = slack;
      }
      if (cin < 0) break;
      const amount = Math.min(nB - gotB, upper[cin]! - x[cin]!, x[cout]!, limit);
      this.move(cin, cout, amount);
      gotB += amount;
      if (local[cin] === 1) gotA += amount;
      if (local[cout] === 1) gotA -= amount;
    }
    const sA = nA - gotA;
    const sB = nB - gotB;
    this.shortA = sA > tol ? sA : 0;
    this.shortB = sB > tol ? sB : 0;
  }

  /** Sorts the columns into their classes (keeping price order) and finds the used prefixes. */
  private classify(): void {
    const { n, local, organic, cols, start, hi, x, fill } = this;
    let c0 = 0, c1 = 0, c2 = 0;
    for (let j = 0; j < n; j++) {
      const c = local[j]! * 2 + organic[j]!;
      if (c === 0) c0++;
      else if (c === 1) c1++;
      else if (c === 2) c2++;
    }
    start[0] = 0;
    start[1] = c0;
    start[2] = c0 + c1;
    start[3] = c0 + c1 + c2;
    start[4] = n;
    fill[0] = 0;
    fill[1] = c0;
    fill[2] = c0 + c1;
    fill[3] = c0 + c1 + c2;
    hi[0] = -1;
    hi[1] = -1;
    hi[2] = -1;
    hi[3] = -1;
    for (let j = 0; j < n; j++) {
      const c = local[j]! * 2 + organic[j]!;
      const p = fill[c]!;
      cols[p] = j;
      fill[c] = p + 1;
      // Columns come in price order and the cheapest-first fill used a prefix: the last used
      // column of a class is the last one seen with x > 0.
      if (x[j]! > 0) hi[c] = p - start[c]!;
    }
  }

  /** The cheapest column of class c with room left, or −1. */
  private nextFree(c: number): number {
    const h = this.hi[c]!;
    const s = this.start[c]!;
    const size = this.start[c + 1]! - s;
    if (h >= 0) {
      const j = this.cols[s + h]!;
      if (this.x[j]! < this.upper[j]!) return j;
    }
    return h + 1 < size ? this.cols[s + h + 1]! : -1;
  }

  /** The dearest used column of class c, or −1. */
  private lastUsed(c: number): number {
    const h = this.hi[c]!;
    return h >= 0 ? this.cols[this.start[c]! + h]! : -1;
  }

  /** Moves `amount` kg from column `from` to column `to`, keeping the class pointers right. */
  private move(to: number, from: number, amount: number): void {
    const { x, local, organic, hi, start, cols } = this;
    const ct = local[to]! * 2 + organic[to]!;
    const cf = local[from]! * 2 + organic[from]!;
    x[to] = x[to]! + amount;
    const hTo = hi[ct]!;
    if (hTo < 0 || cols[start[ct]! + hTo] !== to) hi[ct] = hTo + 1;
    x[from] = x[from]! - amount;
    if (x[from] <= 1e-12 * (1 + amount)) {
      x[from] = 0;
      hi[cf] = hi[cf]! - 1;
    }
  }
}
