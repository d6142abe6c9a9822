// Sample usage for the seeded graph that reproduces report 001 to the exchange: monthly successes and
// failures per consumer agency and service such that
//   - every Phụ lục 3 service's total is exact and its error rate prints as in the report,
//   - every Phụ lục 4 agency's total is exact,
//   - every month's successes and failures are Bảng 1's, and everything adds up to §2's platform total.
// The tables disagree with each other (see reports.ts `consistency`): Phụ lục 3's services add up to
// 5,123,872 fewer exchanges than the platform total, Phụ lục 4's agencies to 642,446 fewer, and the
// services' error rates imply fewer failures than Bảng 1. Nothing is adjusted: the differences are
// kept as exchanges of an unattributed service ("a service Phụ lục 3 does not list") and of an
// unattributed consumer ("a consumer Phụ lục 4 does not list"), each exactly the gap between two
// printed totals, and the generator's report says so.
//
// How exchanges are spread (deterministic, no randomness):
//  1. consumer × service totals: iterative proportional fitting of a prior to the row totals
//     (Phụ lục 4 agencies + the unattributed consumer) and column totals (Phụ lục 3 services + the
//     unattributed service). The prior says who plausibly consumes what — see WEIGHTS — and the fit
//     keeps its proportions as far as the totals allow;
//  2. failures: each service's failures (total × rate, rounded) split over its consumers in
//     proportion to their exchanges; the unattributed service gets Bảng 1's remaining failures;
//  3. months: every cell's successes and failures split by Bảng 1's monthly shape;
// each step rounded to whole exchanges with every total kept exact (rounding.ts).
import { UNATTRIBUTED_CONSUMER, UNATTRIBUTED_SERVICE } from "../../lib/usage-format.js";
import { apportion, roundMatrix } from "./rounding.js";
import { consistency, failuresOf, type Consistency, type ReportedUsage } from "./reports.js";

/** Why a consumer–service cell may carry exchanges, and its prior weight. */
export const WEIGHTS = {
    /** The service's name names its consumer (e.g. service 14 → Bộ Y tế): only that consumer. */
    NAMED_CONSUMER: 1,
    /** The agency is connected (Phụ lục 2, either column) to the asset that provides the service. */
    CONNECTED: 1,
    /** The graph does not know the service's provider: any Phụ lục 4 agency. */
    NO_PROVIDER: 1,
    /** Not connected to the provider (and not its owner): allowed, a thousand times less likely (traffic without a declared link). */
    NOT_CONNECTED: 1e-3,
    /** An agency's exchanges with the unattributed service, or the unattributed consumer's with a service. */
    UNATTRIBUTED: 1e-2,
    /** The unattributed consumer with the unattributed service. */
    BOTH_UNATTRIBUTED: 1e-4,
} as const;

export type CellBasis = keyof typeof WEIGHTS;

export interface SampleCell {
    consumerId: string;
    /** Name as the CSV writes it (`*` for the unattributed consumer). */
    consumer: string;
    serviceId: string;
    /** Phụ lục 3 number, or null for the unattributed service. */
    serviceNumber: number | null;
    basis: CellBasis;
    succeeded: number[];
    failed: number[];
}

export interface UsageSample {
    reported: ReportedUsage;
    months: string[];
    cells: SampleCell[];
    consistency: Consistency[];
    /** How many exchanges each basis carries. */
    byBasis: Record<CellBasis, number>;
    unattributed: { consumer: number; service: number; serviceFailures: number };
}

export function fitUsage(r: ReportedUsage): UsageSample {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const rows = [...r.agencies.map((a) => a.transactions), r.platform.total - sum(r.agencies.map((a) => a.transactions))];
    const cols = [...r.services.map((s) => s.transactions), r.platform.total - sum(r.services.map((s) => s.transactions))];
    if (rows.some((x) => x < 0) || cols.some((x) => x < 0)) throw new Error("report 001: a table adds up to more than the platform total; the sample cannot keep every total");
    const R = rows.length;
    const C = cols.length;
    const basis: (CellBasis | null)[][] = [];
    for (let i = 0; i < R; i++) {
        basis.push([]);
        for (let j = 0; j < C; j++) {
            const outsideRow = i === R - 1;
            const outsideCol = j === C - 1;
            let b: CellBasis | null;
            if (outsideRow && outsideCol) b = "BOTH_UNATTRIBUTED";
            else if (outsideRow || outsideCol) b = "UNATTRIBUTED";
            else {
                const s = r.services[j]!;
                const a = r.agencies[i]!.id;
                if (s.namedConsumerId) b = s.namedConsumerId === a ? "NAMED_CONSUMER" : null;
                else if (!s.providerId) b = "NO_PROVIDER";
                // An owner reads its own asset directly (Phụ lục 2 never lists owners as connected to their own assets).
                else if (r.owners.get(s.providerId)?.includes(a)) b = null;
                else b = r.connections.get(a)?.has(s.providerId) ? "CONNECTED" : "NOT_CONNECTED";
            }
            basis[i]!.push(b);
        }
    }
    const x = sparseFit(basis, rows, cols);
    const totals = roundMatrix(x, rows, cols, (i, j) => basis[i]![j] !== null);
    // Failures per column, in proportion to the column's cells.
    const failures = totals.map((row) => row.map(() => 0));
    const platformFailed = sum(r.months.map((m) => m.failed));
    const serviceFailed = r.services.map(failuresOf);
    const colFailures = [...serviceFailed, platformFailed - sum(serviceFailed)];
    if (colFailures[C - 1]! < 0) throw new Error("report 001: the services' error rates imply more failures than Bảng 1");
    for (let j = 0; j < C; j++) {
        const parts = colFailures[j]! === 0 ? totals.map(() => 0) : apportion(colFailures[j]!, totals.map((row) => row[j]!));
        parts.forEach((f, i) => (failures[i]![j] = f));
    }
    // Months: successes and failures of every cell by Bảng 1's shape.
    const cellsIdx: [number, number][] = [];
    for (let i = 0; i < R; i++) for (let j = 0; j < C; j++) if (totals[i]![j]! > 0) cellsIdx.push([i, j]);
    const split = (perCell: number[], perMonth: number[]): number[][] => {
        const all = sum(perMonth);
        return roundMatrix(perCell.map((c) => perMonth.map((m) => (c * m) / all)), perCell, perMonth);
    };
    const ok = split(cellsIdx.map(([i, j]) => totals[i]![j]! - failures[i]![j]!), r.months.map((m) => m.succeeded));
    const ko = split(cellsIdx.map(([i, j]) => failures[i]![j]!), r.months.map((m) => m.failed));
    const cells: SampleCell[] = cellsIdx.map(([i, j], k) => {
        const a = r.agencies[i];
        const s = r.services[j];
        return {
            consumerId: a?.id ?? UNATTRIBUTED_CONSUMER, consumer: a?.name ?? "*",
            serviceId: s?.id ?? UNATTRIBUTED_SERVICE, serviceNumber: s?.number ?? null,
            basis: basis[i]![j]!, succeeded: ok[k]!, failed: ko[k]!,
        };
    });
    const byBasis = Object.fromEntries(Object.keys(WEIGHTS).map((b) => [b, 0])) as Record<CellBasis, number>;
    for (const c of cells) byBasis[c.basis] += sum(c.succeeded) + sum(c.failed);
    return {
        reported: r, months: r.months.map((m) => m.month), cells, consistency: consistency(r), byBasis,
        unattributed: { consumer: rows[R - 1]!, service: cols[C - 1]!, serviceFailures: colFailures[C - 1]! },
    };
}

/**
 * The fit, then again without the unlikely cells (not connected, unattributed) that got fewer than
 * MIN_UNLIKELY_CELL exchanges — the prior spreads crumbs over every allowed cell, which would read as
 * hundreds of consumers with a handful of exchanges each — for as long as the totals can still be met.
 */
export const MIN_UNLIKELY_CELL = 1_000;

function sparseFit(basis: (CellBasis | null)[][], rows: number[], cols: number[]): number[][] {
    const w = basis.map((row) => row.map((b) => (b ? WEIGHTS[b] : 0)));
    let x = ipf(w, rows, cols);
    for (let round = 0; round < 10; round++) {
        let pruned = 0;
        const next = w.map((row, i) => row.map((v, j) => {
            const b = basis[i]![j];
            if (v > 0 && (b === "NOT_CONNECTED" || b === "UNATTRIBUTED") && x[i]![j]! < MIN_UNLIKELY_CELL) {
                pruned++;
                return 0;
            }
            return v;
        }));
        if (pruned === 0) break;
        try {
            x = ipf(next, rows, cols, 1e-3, 20_000);
            next.forEach((row, i) => row.forEach((v, j) => (w[i]![j] = v)));
        } catch {
            break;
        }
    }
    w.forEach((row, i) => row.forEach((v, j) => v === 0 && (basis[i]![j] = null)));
    return x;
}

/** Iterative proportional fitting: scales rows and columns of `w` in turn until both totals hold. */
export function ipf(w: number[][], rows: number[], cols: number[], tolerance = 1e-3, maxRounds = 100_000): number[][] {
    const x = w.map((r) => [...r]);
    for (let round = 0; round < maxRounds; round++) {
        for (let i = 0; i < x.length; i++) {
            const s = x[i]!.reduce((a, b) => a + b, 0);
            if (s > 0) for (let j = 0; j < x[i]!.length; j++) x[i]![j] = (x[i]![j]! * rows[i]!) / s;
        }
        for (let j = 0; j < cols.length; j++) {
            let s = 0;
            for (let i = 0; i < x.length; i++) s += x[i]![j]!;
            if (s > 0) for (let i = 0; i < x.length; i++) x[i]![j] = (x[i]![j]! * cols[j]!) / s;
        }
        let err = 0;
        for (let i = 0; i < x.length; i++) err = Math.max(err, Math.abs(x[i]!.reduce((a, b) => a + b, 0) - rows[i]!));
        if (err < tolerance) return x;
    }
    throw new Error("the usage fit did not converge: the totals cannot be met with the allowed consumer–service cells");
}
