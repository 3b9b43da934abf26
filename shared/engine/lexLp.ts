/**
 * One owner's purchase of one category in one year when a target is measured by value, solved
 * exactly as a small linear programme (docs/engine.md §4):
 *
 *   minimise, in this order:  the local target's shortfall, the organic target's, the cost
 *   subject to  Σ x_j = F,  0 ≤ x_j ≤ quota_j
 *
 * A target is a row a·x + s − t = b with its shortfall s ≥ 0 and surplus t ≥ 0:
 *   by weight  a_j = flag_j,                 b = the kg still asked for (τ·demand − kg already bought);
 *   by value   a_j = (flag_j − τ)·p_j,        b = τ·(value already bought) − flagged value already bought,
 * so that a value target is linear in x and needs no conversion to kg. A value target out of reach
 * is pursued in kg instead: every flagged kg the quotas allow and, when that is all of F, the flagged
 * mix of most value (docs/engine.md §4, the rule for contracts); the next target is then pursued
 * among what is left.
 *
 * Solved by a bounded-variable primal simplex on at most three rows (the demand row and the two
 * target rows), one objective after the other: once an objective is at its optimum, every non-basic
 * column whose reduced cost for it is not zero is frozen at its bound, so the later objectives only
 * move along the optimal face (a pivot on a column of zero reduced cost leaves the earlier reduced
 * costs unchanged). Value rows and the cost are divided by the dearest price, so every row and
 * objective is of the order of kilograms and one tolerance fits all.
 *
 * It starts from the cheapest-first fill (columns are given in price order), the cheapest of all
 * purchases: when it meets every target it is the answer, with no simplex at all. Otherwise each
 * target's shortfall is driven out parametrically (cost + μ·shortfall, μ rising from 0: the column
 * that enters is the one with the least extra cost per unit of shortfall), so the basis stays the
 * cheapest for what the targets reached so far allow, and the cost objective at the end finds it
 * optimal at once instead of walking back from a dear way of meeting the targets. A value target
 * out of reach leaves this path for the plain one (its kg rule, above, changes the objective).
 */

import { TargetSolver } from './targetSolver';

const AT_LOWER = 0;
const AT_UPPER = 1;
const BASIC = 2;

/** A target's mode: not asked for, by weight (kg), by value. */
export const NONE = 0;
export const WEIGHT = 1;
export const VALUE = 2;

/** How a parametric stage ended (LexLp.parametric). */
const LEFT = 0;
const ZERO = 1;
const LEAST = 2;
const LIMIT = 3;

/** What localOutOfReach decided. */
const WITHIN = 0;
const OUT = 1;
/** Out of reach unless one purchase meets both targets (its answer waits in pathX). */
const UNLESS_BOTH = 2;

/** Reduced costs below this (relative to the terms that make them) count as zero. */
const DUAL_TOL = 1e-9;
/** Pivot elements below this are not used (rows and columns are scaled to about 1). */
const PIVOT_TOL = 1e-9;

export class LexLp {
  private cap = 0;
  n = 0;
  /**
   * The flow solver for the weight rows alone (targetSolver.ts), whose column arrays these are: when
   * its solution also meets the value rows, it is the answer.
   */
  readonly flow: TargetSolver;
  /** Columns (offers), in price order (the flow solver's arrays). */
  price = new Float64Array(0);
  upper = new Float64Array(0);
  local = new Uint8Array(0);
  organic = new Uint8Array(0);
  /** The solution, per column. */
  x = new Float64Array(0);
  /** The purchase the out-of-reach rule would make, while the programme checks both targets. */
  private pathX = new Float64Array(0);
  /** Solves, simplex steps and pricing passes over all solves (profiling). */
  solves = 0;
  steps = 0;
  passes = 0;

  // The LP: N = n + 2·(target rows) columns, m = 1 + target rows rows.
  private N = 0;
  private m = 1;
  /** Column-major: a[j * 3 + r]. */
  private a = new Float64Array(0);
  private up = new Float64Array(0);
  private val = new Float64Array(0);
  private status = new Uint8Array(0);
  private frozen = new Uint8Array(0);
  private cost = new Float64Array(0);
  /** The cost (prices over the dearest), for the parametric stages. */
  private pcost = new Float64Array(0);
  private readonly rhs = new Float64Array(3);
  private readonly head = new Int32Array(3);
  private readonly binv = new Float64Array(9);
  private readonly work = new Float64Array(9);
  private readonly pi = new Float64Array(3);
  private readonly piC = new Float64Array(3);
  private readonly alpha = new Float64Array(3);
  /** Per target row (1, 2): the target (0 local, 1 organic) and the column of its shortfall. */
  private readonly rowOf = new Int32Array(2);
  private scale = 1;
  /** The solver of what a local target out of reach leaves (localOutOfReach), made when first needed. */
  private sub: LexLp | null = null;
  private readonly modes = new Int32Array(2);
  private readonly taus = new Float64Array(2);
  private readonly bs = new Float64Array(2);
  /** Reduced costs of the last pricing pass (non-basic columns not frozen). */
  private dj = new Float64Array(0);
  /** The parametric stage's entering order: column, μ and gain (LexLp.parametric). */
  private candJ = new Int32Array(0);
  private candMu = new Float64Array(0);
  private candG = new Float64Array(0);

  /** `flow`: a flow solver to share the columns with (a new one when not given). */
  constructor(flow?: TargetSolver) {
    this.flow = flow ?? new TargetSolver();
  }

  /** Prepares room for `n` columns (and the flow solver's). */
  reset(n: number): void {
    const flow = this.flow;
    flow.reset(n);
    this.price = flow.price;
    this.upper = flow.upper;
    this.local = flow.local;
    this.organic = flow.organic;
    if (n > this.cap) {
      const cap = Math.max(n, this.cap * 2, 16);
      this.cap = cap;
      this.x = new Float64Array(cap);
      this.pathX = new Float64Array(cap);
      const N = cap + 4;
      this.a = new Float64Array(N * 3);
      this.up = new Float64Array(N);
      this.val = new Float64Array(N);
      this.status = new Uint8Array(N);
      this.frozen = new Uint8Array(N);
      this.cost = new Float64Array(N);
      this.pcost = new Float64Array(N);
      this.dj = new Float64Array(N);
      this.candJ = new Int32Array(N);
      this.candMu = new Float64Array(N);
      this.candG = new Float64Array(N);
    }
    this.n = n;
  }

  /**
   * Buys `demand` kg. Per target (local, organic): its mode, τ and b (kg for a weight target; minor
   * units for a value target: τ × value already bought − flagged value already bought). `preValue`
   * is the value already bought (for the tolerance of a value target: a ten-billionth of the value).
   */
  solve(demand: number, lMode: number, lTau: number, lB: number, oMode: number, oTau: number, oB: number, preValue: number): void {
    this.solveIn(demand, lMode, lTau, lB, oMode, oTau, oB, preValue, demand, 0);
  }

  /**
   * solve, as part of a larger cell (the out-of-reach rule of a value target, below): `cellDemand`
   * is the whole cell's demand and `orgKgBefore` the organic kg its fixed columns hold, for the rule
   * "when the flagged kg are all of the demand" of the organic target.
   */
  private solveIn(
    demand: number,
    lMode: number,
    lTau: number,
    lB: number,
    oMode: number,
    oTau: number,
    oB: number,
    preValue: number,
    cellDemand: number,
    orgKgBefore: number,
  ): void {
    const { n, x, price, upper } = this;
    this.solves++;
    if (n === 0 || !(demand > 0)) {
      x.fill(0, 0, n);
      return;
    }
    // The scale: the power of two nearest above the dearest price (so that scaling is exact).
    let pMax = 0;
    for (let j = 0; j < n; j++) if (price[j]! > pMax) pMax = price[j]!;
    let P = this.scale; // the last cell's, most often right
    if (pMax > 0 && pMax < Infinity) {
      while (P < pMax) P *= 2;
      while (P >= 2 * pMax) P *= 0.5;
    } else P = 1;
    const invP = 1 / P;
    this.scale = P;
    const { modes, taus, bs } = this;
    modes[0] = lMode;
    modes[1] = oMode;
    taus[0] = lTau;
    taus[1] = oTau;
    bs[0] = lB;
    bs[1] = oB;
    let m = 1;
    for (let t = 0; t < 2; t++) if (modes[t] !== NONE) this.rowOf[m++ - 1] = t;
    this.m = m;
    const N = n + 2 * (m - 1);
    this.N = N;
    const { a, up, val, status, frozen, rhs, head } = this;
    rhs[0] = demand;
    // Columns: the offers, then per target row its shortfall s and surplus t.
    // Per target row: its flags, and for a value row its τ (a price factor of 0 for a weight row).
    const t1 = m > 1 ? this.rowOf[0]! : 0;
    const t2 = m > 2 ? this.rowOf[1]! : 1;
    const f1 = t1 === 0 ? this.local : this.organic;
    const f2 = t2 === 0 ? this.local : this.organic;
    const v1 = m > 1 && modes[t1] === VALUE;
    const v2 = m > 2 && modes[t2] === VALUE;
    const tau1 = v1 ? taus[t1]! : 0;
    const tau2 = v2 ? taus[t2]! : 0;
    for (let j = 0; j < n; j++) {
      const uj = upper[j]!;
      const u = uj < demand ? uj : demand;
      up[j] = u > 0 ? u : 0;
      // Scaling by a power of two is exact: (flag − τ)·(p/P) = (flag − τ)·p/P.
      const pj = price[j]! * invP;
      const k = j * 3;
      const g1 = f1[j]!;
      const g2 = f2[j]!;
      a[k] = 1;
      a[k + 1] = m > 1 ? (v1 ? (g1 - tau1) * pj : g1) : 0;
      a[k + 2] = m > 2 ? (v2 ? (g2 - tau2) * pj : g2) : 0;
      frozen[j] = 0;
    }
    // The cheapest-first fill; its last column is basic in the demand row.
    let rem = +demand; // `+`: an unboxed loop variable (docs/engine.md §11)
    let last = 0;
    for (let j = 0; j < n; j++) {
      const take = rem <= 0 ? 0 : up[j]! < rem ? up[j]! : rem;
      val[j] = take;
      if (take > 0) last = j;
      rem -= take;
      status[j] = take > 0 && take >= up[j]! ? AT_UPPER : AT_LOWER;
    }
    status[last] = BASIC;
    head[0] = last;
    let short = false;
    for (let r = 1; r < m; r++) {
      const t = this.rowOf[r - 1]!;
      const b = modes[t] === VALUE ? bs[t]! * invP : bs[t]!;
      rhs[r] = b;
      let ax = 0;
      let bound = Math.abs(b) + 1;
      for (let j = 0; j < n; j++) {
        ax += a[j * 3 + r]! * val[j]!;
        bound += Math.abs(a[j * 3 + r]!) * up[j]!;
      }
      const s = n + 2 * (r - 1);
      for (let c = s; c < s + 2; c++) {
        a[c * 3] = 0;
        a[c * 3 + 1] = 0;
        a[c * 3 + 2] = 0;
        a[c * 3 + r] = c === s ? 1 : -1;
        up[c] = bound;
        val[c] = 0;
        status[c] = AT_LOWER;
        frozen[c] = 0;
      }
      // s = b − a·x when positive (short), else t = a·x − b (surplus).
      const resid = b - ax;
      if (resid > 0) short = true;
      const basic = resid > 0 ? s : s + 1;
      status[basic] = BASIC;
      val[basic] = resid >= 0 ? resid : -resid;
      head[r] = basic;
    }
    if (!short) {
      // The cheapest-first fill meets every target: it is the cheapest of all purchases, so optimal.
      for (let j = 0; j < n; j++) x[j] = val[j]!;
      return;
    }
    const reach = modes[0] === VALUE ? this.localOutOfReach(demand, preValue, oMode, oTau, oB, cellDemand, orgKgBefore) : WITHIN;
    if (reach === OUT) return;
    this.solveRows(demand, preValue, cellDemand, orgKgBefore, last, P, invP);
    if (reach === UNLESS_BOTH && !this.meetsBoth(preValue, cellDemand)) {
      const pathX = this.pathX;
      for (let j = 0; j < n; j++) x[j] = pathX[j]!;
    }
  }

  /** Whether the purchase x meets every target row (within the engine's precision). */
  private meetsBoth(preValue: number, cellDemand: number): boolean {
    const { n, m, a, rhs, x, price, modes, scale } = this;
    let all = +preValue;
    for (let j = 0; j < n; j++) all += price[j]! * x[j]!;
    for (let r = 1; r < m; r++) {
      let ax = 0;
      for (let j = 0; j < n; j++) ax += a[j * 3 + r]! * x[j]!;
      const resid = rhs[r]! - ax;
      const byValue = modes[this.rowOf[r - 1]!] === VALUE;
      if (byValue ? resid * scale > 1e-10 * (1 + all) : resid > 1e-9 * (1 + cellDemand)) return false;
    }
    return true;
  }

  /**
   * The programme after the cheapest fill (whose last column, `last`, is basic in the demand row):
   * the flow solver's answer when it meets the value rows, else the simplex. Writes x.
   */
  private solveRows(demand: number, preValue: number, cellDemand: number, orgKgBefore: number, last: number, P: number, invP: number): void {
    const { n, m, N, x, price, modes, bs, a, rhs, head, up, val, status, frozen } = this;
    // Not tried when the local row is by value and short after the cheapest fill: the flow
    // solver's answer, which ignores that row, then almost never meets it (88 of 16,026 cells at
    // Denmark scale).
    if ((modes[0] === WEIGHT || modes[1] === WEIGHT) && !(modes[0] === VALUE && head[1] === n)) {
      // The flow solver's answer for the weight rows alone (the least shortfalls, in order, then the
      // least cost) is optimal when it meets every value row: it is then in the smaller set the
      // value rows leave, and no point of that set does better on what the flow solver optimised.
      const flow = this.flow;
      flow.solve(demand, modes[0] === WEIGHT ? bs[0]! : 0, modes[1] === WEIGHT ? bs[1]! : 0);
      const fx = flow.x;
      let met = true;
      for (let r = 1; r < m && met; r++) {
        if (modes[this.rowOf[r - 1]!] !== VALUE) continue;
        let ax = 0;
        for (let j = 0; j < n; j++) ax += a[j * 3 + r]! * fx[j]!;
        if (rhs[r]! - ax > 0) met = false;
      }
      if (met) {
        for (let j = 0; j < n; j++) x[j] = fx[j]!;
        return;
      }
    }
    // B⁻¹ of the starting basis (the last column of the fill in the demand row, one slack per
    // target row): x_0 = y_0, x_r = σ_r·(y_r − a_r,last·y_0), σ_r = +1 for a shortfall, −1 for a surplus.
    const { binv } = this;
    for (let i = 0; i < 9; i++) binv[i] = 0;
    binv[0] = 1;
    for (let r = 1; r < m; r++) {
      const sigma = head[r] === n + 2 * (r - 1) ? 1 : -1;
      binv[r * 3] = -sigma * a[last * 3 + r]!;
      binv[r * 3 + r] = sigma;
    }
    const pcost = this.pcost;
    for (let j = 0; j < n; j++) pcost[j] = price[j]! * invP;
    for (let j = n; j < N; j++) pcost[j] = 0;
    // The objectives, in order. While `warm`, the basis is the cheapest for what the earlier
    // objectives allow, so a target's shortfall is driven out along the cheapest way (parametric).
    const kgTol = 1e-9 * (1 + cellDemand);
    let warm = true;
    for (let r = 1; r < m; r++) {
      const t = this.rowOf[r - 1]!;
      const s = n + 2 * (r - 1);
      if (status[s] === AT_LOWER) {
        // The shortfall is non-basic at zero: its objective is at its optimum, and only its own
        // column has a reduced cost (π = 0).
        frozen[s] = 1;
        continue;
      }
      if (warm) {
        const end = this.parametric(s);
        if (end === LEFT) {
          frozen[s] = 1;
          continue;
        }
        if (end === LEAST) {
          // No column lowers s: the basis is optimal for it (zero or out of reach), and for the
          // cost among the columns that leave s alone.
          let reached = true;
          if (modes[t] === VALUE) {
            let all = +preValue;
            for (let j = 0; j < n; j++) all += val[j]! * price[j]!;
            reached = !(val[s]! * P > 1e-10 * (1 + all));
          }
          if (reached || modes[t] !== VALUE) {
            this.setShortfall(s);
            this.freeze();
            continue;
          }
        }
        // Out of reach by value, s basic at zero (the basis need not be optimal for it: a
        // degenerate step may still lower it), or too many steps: the plain way from here.
        warm = false;
      }
      this.setShortfall(s);
      if (modes[t] !== VALUE) {
        this.optimize(true);
        continue;
      }
      this.optimize(false);
      let all = +preValue;
      for (let j = 0; j < n; j++) all += val[j]! * price[j]!;
      if (!(val[s]! * P > 1e-10 * (1 + all))) {
        this.freeze();
        continue;
      }
      // Out of reach: every flagged kg the quotas allow; when that is all of the demand, the
      // flagged mix of most value.
      this.setFlagged(t, false);
      this.optimize(true);
      let kg = 0;
      const flags = t === 0 ? this.local : this.organic;
      for (let j = 0; j < n; j++) if (flags[j] === 1) kg += val[j]!;
      if (t === 1) kg += orgKgBefore;
      if (kg >= cellDemand - kgTol) {
        this.setFlagged(t, true);
        this.optimize(true);
      }
    }
    // While every stage stayed warm, the basis is already the cheapest for what the targets allow
    // (parametric stages keep it so); a last cost phase would find nothing to improve.
    if (!warm) {
      this.setCost();
      this.optimize(false);
    }
    for (let j = 0; j < n; j++) {
      const v = val[j]!;
      x[j] = v > 0 ? (v < up[j]! ? v : up[j]!) : 0;
    }
  }

  /**
   * A local target by value, when the local quotas hold less than the demand. Its rule
   * (docs/engine.md §4): the target is out of reach when every local kg the quotas allow, with the
   * rest bought as the organic target and then the cost ask, still falls short of it, and no
   * purchase meets both targets; the target is pursued by buying local food, never by buying less
   * of the organic target's food. Out of reach: every local column is fixed at its quota and the
   * rest is solved without the local row by a second solver (its demand and organic row net of the
   * local purchase). With local kg fixed, the local shortfall rises with the rest's value, so the
   * cheapest such rest is also the one nearest the target: one solve decides. Returns OUT with that
   * purchase in x; UNLESS_BOTH with it in pathX when the local target alone is within reach (the
   * programme then decides whether one purchase meets both); WITHIN, having changed nothing, when
   * the target is within reach that way (or the quotas hold the whole demand).
   */
  private localOutOfReach(demand: number, preValue: number, oMode: number, oTau: number, oB: number, cellDemand: number, orgKgBefore: number): number {
    const { n, price, up, local, organic, a, rhs, scale, x } = this;
    let capL = 0;
    let axL = 0;
    let valueL = 0;
    let orgValueL = 0;
    let orgKgL = 0;
    for (let j = 0; j < n; j++) {
      if (local[j] !== 1) continue;
      const u = up[j]!;
      capL += u;
      axL += a[j * 3 + 1]! * u;
      valueL += price[j]! * u;
      if (organic[j] === 1) {
        orgValueL += price[j]! * u;
        orgKgL += u;
      }
    }
    if (!(capL < demand)) return WITHIN;
    // The most local value: every local kg, the rest cheapest first.
    let rem = demand - capL;
    let ax = axL;
    let all = preValue + valueL;
    for (let j = 0; j < n && rem > 0; j++) {
      if (local[j] === 1) continue;
      const take = up[j]! < rem ? up[j]! : rem;
      ax += a[j * 3 + 1]! * take;
      all += price[j]! * take;
      rem -= take;
    }
    // Even the cheapest rest (the most local value there is) is short: out of reach, whatever the
    // organic target asks. Else, with an organic target, the rest it asks for decides.
    const cheapestShort = (rhs[1]! - ax) * scale > 1e-10 * (1 + all);
    if (!cheapestShort) {
      if (oMode === NONE || !(oTau > 0)) return WITHIN;
      // Within reach even with the dearest rest: within reach with any rest.
      rem = demand - capL;
      ax = axL;
      all = preValue + valueL;
      for (let j = n - 1; j >= 0 && rem > 0; j--) {
        if (local[j] === 1) continue;
        const take = up[j]! < rem ? up[j]! : rem;
        ax += a[j * 3 + 1]! * take;
        all += price[j]! * take;
        rem -= take;
      }
      if (!((rhs[1]! - ax) * scale > 1e-10 * (1 + all))) return WITHIN;
    }
    const sub = (this.sub ??= new LexLp());
    let k = 0;
    for (let j = 0; j < n; j++) if (local[j] !== 1) k++;
    sub.reset(k);
    k = 0;
    for (let j = 0; j < n; j++) {
      if (local[j] === 1) continue;
      sub.price[k] = price[j]!;
      sub.upper[k] = up[j]!;
      sub.local[k] = 0;
      sub.organic[k] = organic[j]!;
      k++;
    }
    const b2 = oMode === VALUE ? oB + oTau * valueL - orgValueL : oB - orgKgL;
    sub.solveIn(demand - capL, NONE, 0, 0, oMode, oTau, b2, preValue + valueL, cellDemand, orgKgBefore + orgKgL);
    this.steps += sub.steps;
    this.passes += sub.passes;
    sub.steps = 0;
    sub.passes = 0;
    const sx = sub.x;
    if (!cheapestShort) {
      ax = axL;
      all = preValue + valueL;
      k = 0;
      for (let j = 0; j < n; j++) {
        if (local[j] === 1) continue;
        const v = sx[k++]!;
        ax += a[j * 3 + 1]! * v;
        all += price[j]! * v;
      }
      if (!((rhs[1]! - ax) * scale > 1e-10 * (1 + all))) return WITHIN;
      // Short that way, though the local target alone is within reach: out of reach unless one
      // purchase meets both targets (the programme finds out).
      const pathX = this.pathX;
      k = 0;
      for (let j = 0; j < n; j++) pathX[j] = local[j] === 1 ? up[j]! : sx[k++]!;
      return UNLESS_BOTH;
    }
    k = 0;
    for (let j = 0; j < n; j++) x[j] = local[j] === 1 ? up[j]! : sx[k++]!;
    return OUT;
  }

  /** The objective: the cost (prices over the dearest). */
  private setCost(): void {
    const { cost, n, price, scale } = this;
    const inv = 1 / scale;
    for (let j = 0; j < n; j++) cost[j] = price[j]! * inv;
    for (let j = n; j < this.N; j++) cost[j] = 0;
  }

  /**
   * Drives the shortfall s (basic) down along the cheapest way, from a basis that is the cheapest
   * for what the earlier objectives allow: the parametric objective cost + μ·s, μ rising from 0.
   * The basis stays optimal for it; the next column to enter is the one whose reduced cost turns
   * improving first as μ rises (the least extra cost per unit of shortfall). Returns LEFT when s
   * left the basis (the target is met, and the basis is the cheapest that meets it), ZERO when s
   * is basic at zero, LEAST when no column lowers s (its least), LIMIT after too many steps.
   */
  private parametric(s: number): number {
    const { m, N, a, status, frozen, up, head, binv, val, candJ, candMu, candG } = this;
    const cost = this.pcost;
    const piS = this.pi;
    const piC = this.piC;
    const limit = 50 + 20 * N;
    let iter = 0;
    while (iter < limit) {
      let is = 0;
      while (head[is] !== s) is++;
      if (!(val[s]! > 0)) return ZERO;
      for (let r = 0; r < m; r++) piS[r] = binv[is * 3 + r]!;
      this.duals(cost, piC);
      const s0 = piS[0]!;
      const s1 = m > 1 ? piS[1]! : 0;
      const s2 = m > 2 ? piS[2]! : 0;
      const c0 = piC[0]!;
      const c1 = m > 1 ? piC[1]! : 0;
      const c2 = m > 2 ? piC[2]! : 0;
      this.passes++;
      // Every column that lowers s, in the order it would enter: the μ at which it starts to
      // improve cost + μ·s, then the larger gain, then the lower index (insertion sort).
      let nc = 0;
      for (let j = 0; j < N; j++) {
        const st = status[j]!;
        if (st === BASIC || frozen[j] === 1 || !(up[j]! > 0)) continue;
        const a0 = a[j * 3]!;
        const a1 = a[j * 3 + 1]!;
        const a2 = a[j * 3 + 2]!;
        const u0 = s0 * a0;
        const u1 = s1 * a1;
        const u2 = s2 * a2;
        const dS = -u0 - u1 - u2;
        if (Math.abs(dS) <= DUAL_TOL * (Math.abs(u0) + Math.abs(u1) + Math.abs(u2) + 1e-3)) continue;
        const gS = st === AT_LOWER ? -dS : dS;
        if (!(gS > 0)) continue;
        const c = cost[j]!;
        const t0 = c0 * a0;
        const t1 = c1 * a1;
        const t2 = c2 * a2;
        let dC = c - t0 - t1 - t2;
        if (Math.abs(dC) <= DUAL_TOL * (Math.abs(c) + Math.abs(t0) + Math.abs(t1) + Math.abs(t2) + 1e-3)) dC = 0;
        const gC = st === AT_LOWER ? -dC : dC;
        const mu = -gC / gS;
        let at = nc++;
        while (at > 0 && (candMu[at - 1]! > mu || (candMu[at - 1]! === mu && candG[at - 1]! < gS))) {
          candJ[at] = candJ[at - 1]!;
          candMu[at] = candMu[at - 1]!;
          candG[at] = candG[at - 1]!;
          at--;
        }
        candJ[at] = j;
        candMu[at] = mu;
        candG[at] = gS;
      }
      if (nc === 0) return LEAST;
      // A bound flip leaves the basis, and so every reduced cost, as it was: the next column to
      // enter is the next in this order, without pricing again. A basis change (or a fresh
      // factorisation) prices again.
      for (let c = 0; c < nc && iter < limit; c++) {
        this.steps++;
        const refactor = iter > 0 && iter % 32 === 0;
        iter++;
        if (refactor && !this.factor()) {
          this.factor();
          return LIMIT;
        }
        const changed = this.pivot(candJ[c]!, s);
        if (status[s] !== BASIC) return LEFT;
        if (changed || refactor) break;
        if (!(val[s]! > 0)) return ZERO;
      }
    }
    this.factor();
    return LIMIT;
  }

  /** The objective: the shortfall column s. */
  private setShortfall(s: number): void {
    const { cost, N } = this;
    for (let j = 0; j < N; j++) cost[j] = 0;
    cost[s] = 1;
  }

  /** The objective: most flagged kg (or flagged value) of target t. */
  private setFlagged(t: number, byValue: boolean): void {
    const { cost, n, price, scale } = this;
    const flags = t === 0 ? this.local : this.organic;
    cost.fill(0, 0, this.N);
    for (let j = 0; j < n; j++) if (flags[j] === 1) cost[j] = byValue ? -price[j]! * (1 / scale) : -1;
  }

  /** B⁻¹ of the current basis (Gauss-Jordan, partial pivoting), and the basic values. */
  private factor(): boolean {
    const { m, a, head, binv, work, N, rhs, val, status } = this;
    // work = B (row-major m × m), binv = I.
    for (let r = 0; r < m; r++)
      for (let i = 0; i < m; i++) {
        work[r * 3 + i] = a[head[i]! * 3 + r]!;
        binv[r * 3 + i] = r === i ? 1 : 0;
      }
    for (let c = 0; c < m; c++) {
      let p = c;
      for (let r = c + 1; r < m; r++) if (Math.abs(work[r * 3 + c]!) > Math.abs(work[p * 3 + c]!)) p = r;
      const piv = work[p * 3 + c]!;
      if (Math.abs(piv) < 1e-14) return false;
      if (p !== c)
        for (let i = 0; i < m; i++) {
          let tmp = work[p * 3 + i]!;
          work[p * 3 + i] = work[c * 3 + i]!;
          work[c * 3 + i] = tmp;
          tmp = binv[p * 3 + i]!;
          binv[p * 3 + i] = binv[c * 3 + i]!;
          binv[c * 3 + i] = tmp;
        }
      for (let i = 0; i < m; i++) {
        work[c * 3 + i] = work[c * 3 + i]! / piv;
        binv[c * 3 + i] = binv[c * 3 + i]! / piv;
      }
      for (let r = 0; r < m; r++) {
        if (r === c) continue;
        const f = work[r * 3 + c]!;
        if (f === 0) continue;
        for (let i = 0; i < m; i++) {
          work[r * 3 + i] = work[r * 3 + i]! - f * work[c * 3 + i]!;
          binv[r * 3 + i] = binv[r * 3 + i]! - f * binv[c * 3 + i]!;
        }
      }
    }
    // Basic values: B⁻¹ (rhs − Σ non-basic a_j x_j).
    const res = this.pi; // scratch
    for (let r = 0; r < m; r++) res[r] = rhs[r]!;
    for (let j = 0; j < N; j++) {
      if (status[j] === BASIC) continue;
      const v = val[j]!;
      if (v === 0) continue;
      for (let r = 0; r < m; r++) res[r] = res[r]! - a[j * 3 + r]! * v;
    }
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let r = 0; r < m; r++) v += binv[i * 3 + r]! * res[r]!;
      val[head[i]!] = v;
    }
    return true;
  }

  /** The duals of objective `cost` for the current basis: out = c_B B⁻¹. */
  private duals(cost: Float64Array, out: Float64Array): void {
    const { m, head, binv } = this;
    for (let r = 0; r < m; r++) {
      let v = 0;
      for (let i = 0; i < m; i++) v += cost[head[i]!]! * binv[i * 3 + r]!;
      out[r] = v;
    }
  }

  /**
   * Prices every non-basic column that is not frozen for the current objective (π = c_B B⁻¹,
   * d_j = c_j − π·a_j, zero within the tolerance), keeping d_j; returns the entering column (the
   * largest gain, or under Bland's rule the first improving column), or −1 at the optimum.
   */
  private pricing(bland: boolean): number {
    const { m, cost, pi, N, a, status, frozen, up, dj } = this;
    this.passes++;
    this.duals(cost, pi);
    const p0 = pi[0]!;
    const p1 = m > 1 ? pi[1]! : 0;
    const p2 = m > 2 ? pi[2]! : 0;
    let q = -1;
    let best = 0;
    for (let j = 0; j < N; j++) {
      const st = status[j]!;
      if (st === BASIC || frozen[j] === 1) continue;
      const c = cost[j]!;
      const t0 = p0 * a[j * 3]!;
      const t1 = p1 * a[j * 3 + 1]!;
      const t2 = p2 * a[j * 3 + 2]!;
      let d = c - t0 - t1 - t2;
      if (Math.abs(d) <= DUAL_TOL * (Math.abs(c) + Math.abs(t0) + Math.abs(t1) + Math.abs(t2) + 1e-3)) d = 0;
      dj[j] = d;
      if (!(up[j]! > 0)) continue;
      const gain = st === AT_LOWER ? -d : d;
      if (gain > best) {
        best = gain;
        q = j;
        if (bland) break;
      }
    }
    return q;
  }

  /** Freezes every non-basic column whose reduced cost for the current objective is not zero. */
  private freeze(): void {
    this.pricing(false);
    this.freezePriced();
  }

  private freezePriced(): void {
    const { N, status, frozen, dj } = this;
    for (let j = 0; j < N; j++) if (status[j] !== BASIC && frozen[j] === 0 && dj[j] !== 0) frozen[j] = 1;
  }

  /**
   * Primal simplex on the current objective, over the columns not frozen; then, when `fix`, freezes
   * the columns whose reduced cost is not zero.
   */
  private optimize(fix: boolean): void {
    const { N } = this;
    const limit = 50 + 20 * N;
    for (let iter = 0; iter < limit; iter++) {
      // Entering column: the largest gain (Dantzig); Bland's rule after a while, so that
      // degenerate steps cannot cycle.
      const q = this.pricing(iter > 2 * N);
      if (q < 0) {
        if (fix) this.freezePriced();
        return;
      }
      this.steps++;
      if (iter > 0 && iter % 32 === 0 && !this.factor()) break;
      this.pivot(q, -1);
    }
    this.factor();
  }

  /**
   * One simplex step: column q enters (or flips to its other bound), by the ratio test; on a tie
   * the column `prefer` leaves, when it is among those that reach a bound first.
   */
  private pivot(q: number, prefer: number): boolean {
    const { m, a, up, val, status, head, binv, alpha } = this;
    const dir = status[q] === AT_LOWER ? 1 : -1;
    for (let i = 0; i < m; i++) {
      let v = 0;
      for (let r = 0; r < m; r++) v += binv[i * 3 + r]! * a[q * 3 + r]!;
      alpha[i] = v;
    }
    // Ratio test: x_B(θ) = x_B − dir·θ·α.
    let theta = up[q]!;
    let leave = -1;
    let leaveRate = 0;
    for (let i = 0; i < m; i++) {
      const rate = -dir * alpha[i]!;
      const b = head[i]!;
      let th: number;
      if (rate < -PIVOT_TOL) th = Math.max(0, val[b]!) / -rate;
      else if (rate > PIVOT_TOL) th = Math.max(0, up[b]! - val[b]!) / rate;
      else continue;
      if (th < theta || (th === theta && (b === prefer || (leave >= 0 && head[leave] !== prefer && Math.abs(rate) > Math.abs(leaveRate))))) {
        theta = th;
        leave = i;
        leaveRate = rate;
      }
    }
    for (let i = 0; i < m; i++) val[head[i]!] = val[head[i]!]! - dir * theta * alpha[i]!;
    if (leave < 0) {
      // A bound flip.
      val[q] = dir > 0 ? up[q]! : 0;
      status[q] = dir > 0 ? AT_UPPER : AT_LOWER;
      return false;
    }
    const b = head[leave]!;
    val[q] = val[q]! + dir * theta;
    val[b] = leaveRate < 0 ? 0 : up[b]!;
    status[b] = leaveRate < 0 ? AT_LOWER : AT_UPPER;
    status[q] = BASIC;
    head[leave] = q;
    // B⁻¹ of the new basis: the pivot on row `leave` of column α (product form).
    const ar = alpha[leave]!;
    for (let r = 0; r < m; r++) binv[leave * 3 + r] = binv[leave * 3 + r]! / ar;
    for (let i = 0; i < m; i++) {
      if (i === leave) continue;
      const f = alpha[i]!;
      if (f === 0) continue;
      for (let r = 0; r < m; r++) binv[i * 3 + r] = binv[i * 3 + r]! - f * binv[leave * 3 + r]!;
    }
    return true;
  }
}
