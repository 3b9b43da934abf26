/**
 * The per-owner solver is exact: compared with a brute-force search over every basic solution of
 * the same linear programme (lexicographic: local shortfall, organic shortfall, cost).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TargetSolver } from '../../../shared/engine/targetSolver';

interface Lp {
  price: number[];
  upper: number[];
  local: number[];
  organic: number[];
  demand: number;
  needA: number;
  needB: number;
}

const objective = (lp: Lp, x: number[]) => {
  let a = 0;
  let b = 0;
  let cost = 0;
  x.forEach((v, j) => {
    a += lp.local[j]! * v;
    b += lp.organic[j]! * v;
    cost += lp.price[j]! * v;
  });
  return [Math.max(0, lp.needA - a), Math.max(0, lp.needB - b), cost];
};

const lexLess = (p: number[], q: number[], tol: number) => {
  for (let i = 0; i < p.length; i++) {
    if (p[i]! < q[i]! - tol * (1 + Math.abs(q[i]!))) return true;
    if (p[i]! > q[i]! + tol * (1 + Math.abs(q[i]!))) return false;
  }
  return false;
};

/** Every vertex: each column at 0, at its bound, or basic (≤ 3 basic), rows tight as needed. */
function bruteForce(lp: Lp): number[] | null {
  const n = lp.price.length;
  let best: number[] | null = null;
  for (let code = 0; code < 3 ** n; code++) {
    const state: number[] = [];
    for (let j = 0, c = code; j < n; j++, c = Math.floor(c / 3)) state.push(c % 3);
    const free = state.flatMap((s, j) => (s === 2 ? [j] : []));
    if (free.length > 3 || state.some((s, j) => s === 1 && !Number.isFinite(lp.upper[j]))) continue;
    const fixed = state.map((s, j) => (s === 1 ? lp.upper[j]! : 0));
    const rows: { coef: number[]; rhs: number }[] = [{ coef: free.map(() => 1), rhs: lp.demand - fixed.reduce((a, b) => a + b, 0) }];
    const optional = [
      { coef: free.map((j) => lp.local[j]!), rhs: lp.needA - fixed.reduce((a, v, j) => a + v * lp.local[j]!, 0) },
      { coef: free.map((j) => lp.organic[j]!), rhs: lp.needB - fixed.reduce((a, v, j) => a + v * lp.organic[j]!, 0) },
    ];
    for (let t = 0; t < 4; t++) {
      const system = [...rows, ...optional.filter((_, i) => t & (1 << i))];
      if (system.length !== free.length) continue;
      const m = system.map((r) => [...r.coef, r.rhs]);
      let singular = false;
      for (let c = 0; c < m.length && !singular; c++) {
        let p = c;
        for (let r = c + 1; r < m.length; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
        if (Math.abs(m[p]![c]!) < 1e-12) singular = true;
        else {
          [m[c], m[p]] = [m[p]!, m[c]!];
          for (let r = 0; r < m.length; r++) {
            if (r === c) continue;
            const f = m[r]![c]! / m[c]![c]!;
            for (let k = c; k <= m.length; k++) m[r]![k]! -= f * m[c]![k]!;
          }
        }
      }
      if (singular) continue;
      const x = [...fixed];
      free.forEach((j, i) => (x[j] = m[i]![m.length]! / m[i]![i]!));
      if (x.some((v, j) => v < -1e-9 || v > lp.upper[j]! + 1e-9)) continue;
      if (Math.abs(x.reduce((a, b) => a + b, 0) - lp.demand) > 1e-7) continue;
      const v = objective(lp, x);
      if (!best || lexLess(v, best, 1e-9)) best = v;
    }
  }
  return best;
}

const lpArb = fc
  .record({
    cols: fc.array(
      fc.record({
        price: fc.integer({ min: 1, max: 40 }),
        upper: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 30 }).map((x) => x / 3)),
        local: fc.integer({ min: 0, max: 1 }),
        organic: fc.integer({ min: 0, max: 1 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    demand: fc.integer({ min: 1, max: 20 }),
    a: fc.double({ min: 0, max: 1, noNaN: true }),
    b: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map((r): Lp => {
    const cols = [...r.cols].sort((x, y) => x.price - y.price);
    const cap = cols.reduce((s, c) => s + c.upper, 0);
    const demand = Math.min(r.demand, cap);
    return {
      price: cols.map((c) => c.price),
      upper: cols.map((c) => c.upper),
      local: cols.map((c) => c.local),
      organic: cols.map((c) => c.organic),
      demand,
      needA: Math.round(r.a * demand * 10) / 10,
      needB: Math.round(r.b * demand * 10) / 10,
    };
  });

describe('target solver', () => {
  it('finds the lexicographic optimum (local shortfall, organic shortfall, cost) that brute force finds', () => {
    const solver = new TargetSolver();
    fc.assert(
      fc.property(lpArb, (lp) => {
        solver.reset(lp.price.length);
        lp.price.forEach((p, j) => {
          solver.price[j] = p;
          solver.upper[j] = lp.upper[j]!;
          solver.local[j] = lp.local[j]!;
          solver.organic[j] = lp.organic[j]!;
        });
        solver.solve(lp.demand, lp.needA, lp.needB);
        const x = Array.from(solver.x.subarray(0, lp.price.length));
        expect(Math.abs(x.reduce((a, b) => a + b, 0) - lp.demand)).toBeLessThan(1e-7);
        x.forEach((v, j) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(lp.upper[j]! + 1e-9);
        });
        const best = bruteForce(lp);
        if (best) expect(lexLess(best, objective(lp, x), 1e-6)).toBe(false);
      }),
      { numRuns: 1500 },
    );
  });

  it('prefers a local organic offer that serves both targets over two offers that serve one each', () => {
    const solver = new TargetSolver();
    // Columns in price order: N 5, O 11, L 10 → sorted N 5, L 10, O 11, LO 12.
    const cols = [
      { price: 5, upper: Infinity, local: 0, organic: 0 },
      { price: 10, upper: Infinity, local: 1, organic: 0 },
      { price: 11, upper: Infinity, local: 0, organic: 1 },
      { price: 12, upper: Infinity, local: 1, organic: 1 },
    ];
    solver.reset(4);
    cols.forEach((c, j) => {
      solver.price[j] = c.price;
      solver.upper[j] = c.upper;
      solver.local[j] = c.local;
      solver.organic[j] = c.organic;
    });
    // 1 kg, half local, half organic: 0.5 LO + 0.5 N = 8.5 beats 0.5 L + 0.5 O = 10.5.
    solver.solve(1, 0.5, 0.5);
    expect(Array.from(solver.x.subarray(0, 4))).toEqual([0.5, 0, 0, 0.5]);
  });
});
