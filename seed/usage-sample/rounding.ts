// Whole-number splits that keep totals exact. `apportion` splits one total by weights (largest
// remainder); `roundMatrix` rounds a real matrix whose row and column totals are whole numbers so
// that both stay exact — each cell goes to its floor or ceiling, found with a maximum flow (a classic
// result: such a rounding always exists); where the real matrix misses its totals by float error,
// cells with weight may move by more than one.
import { MaxFlow } from "./flow.js";

/** Splits `total` in proportion to `weights` (≥ 0, not all 0); the parts add up to `total` exactly. */
export function apportion(total: number, weights: number[]): number[] {
    const sum = weights.reduce((n, w) => n + w, 0);
    if (total === 0) return weights.map(() => 0);
    if (!(sum > 0)) throw new RangeError("apportion: every weight is 0");
    const exact = weights.map((w) => (total * w) / sum);
    const parts = exact.map(Math.floor);
    let left = total - parts.reduce((n, x) => n + x, 0);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (let k = 0; left > 0; k = (k + 1) % order.length) {
        const i = order[k]![1];
        if (weights[i]! > 0) {
            parts[i]! += 1;
            left -= 1;
        }
    }
    return parts;
}

/**
 * Rounds `x` (rows × columns, ≥ 0) to whole numbers with row totals `rows` and column totals `cols`
 * exactly (Σ rows = Σ cols). `allowed(i, j)` says where extra units may go when float error leaves
 * more to place than the cells' fractions (defaults to cells > 0).
 */
export function roundMatrix(x: number[][], rows: number[], cols: number[], allowed: (i: number, j: number) => boolean = (i, j) => x[i]![j]! > 0): number[][] {
    const R = rows.length;
    const C = cols.length;
    if (rows.reduce((a, b) => a + b, 0) !== cols.reduce((a, b) => a + b, 0)) throw new RangeError("roundMatrix: row and column totals differ");
    const out = x.map((r) => r.map((v) => Math.floor(v + 1e-9)));
    const rowDef = rows.map((t, i) => t - out[i]!.reduce((a, b) => a + b, 0));
    const colDef = cols.map((t, j) => t - out.reduce((a, r) => a + r[j]!, 0));
    // Cells over their totals (float error): take back from the largest cells first.
    for (let i = 0; i < R; i++) {
        while (rowDef[i]! < 0) {
            const j = out[i]!.reduce((best, v, k) => (v > out[i]![best]! ? k : best), 0);
            out[i]![j]! -= 1;
            rowDef[i]! += 1;
            colDef[j]! += 1;
        }
    }
    for (let j = 0; j < C; j++) {
        while (colDef[j]! < 0) {
            let best = 0;
            for (let i = 1; i < R; i++) if (out[i]![j]! > out[best]![j]!) best = i;
            out[best]![j]! -= 1;
            colDef[j]! += 1;
            rowDef[best]! += 1;
        }
    }
    const need = rowDef.reduce((a, b) => a + b, 0);
    if (need === 0) return out;
    const place = (capacity: (i: number, j: number) => number): number => {
        const f = new MaxFlow(R + C + 2);
        const s = R + C;
        const t = s + 1;
        rowDef.forEach((d, i) => d > 0 && f.edge(s, i, d));
        colDef.forEach((d, j) => d > 0 && f.edge(R + j, t, d));
        const edges: [number, number, number][] = [];
        for (let i = 0; i < R; i++) {
            if (rowDef[i]! <= 0) continue;
            for (let j = 0; j < C; j++) {
                const c = colDef[j]! > 0 ? capacity(i, j) : 0;
                if (c > 0) edges.push([i, j, f.edge(i, R + j, c)]);
            }
        }
        const got = f.run(s, t);
        for (const [i, j, e] of edges) {
            const v = f.flowOn(e);
            out[i]![j]! += v;
            rowDef[i]! -= v;
            colDef[j]! -= v;
        }
        return got;
    };
    // First each fractional cell up by one (the rounding proper), then whatever float error left.
    place((i, j) => (x[i]![j]! - Math.floor(x[i]![j]! + 1e-9) > 1e-9 ? 1 : 0));
    if (rowDef.some((d) => d > 0)) place((i, j) => (allowed(i, j) ? Number.MAX_SAFE_INTEGER : 0));
    if (rowDef.some((d) => d !== 0) || colDef.some((d) => d !== 0)) throw new RangeError("roundMatrix: the totals cannot be met on the allowed cells");
    return out;
}
