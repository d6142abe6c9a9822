// Adding OBSERVED_USE rows up over a window: totals, a monthly series (every month of the window,
// zero-filled) and the files they came from. Pure functions.
import { addInto, BUCKETS, percentiles, type Percentiles } from "../../../lib/durations.js";
import type { UsageFormat } from "../../__generated__/resolvers-types.js";
import { round4, type Window } from "./window.js";

/** One OBSERVED_USE relationship as the queries return it. */
export interface UseRow {
    months: string[];
    succeeded: number[];
    failed: number[];
    /** Sparse duration histogram: position in `months` × BUCKETS + bucket, and counts. */
    durationIndex?: number[] | null;
    durationCounts?: number[] | null;
    documentId: string;
}

export interface Totals {
    succeeded: number;
    failed: number;
    total: number;
    errorRatePercent: number | null;
    durations: Percentiles | null;
}

export interface MonthRow extends Totals {
    month: string;
    coverage: number;
}

export interface SourceRef {
    documentId: string;
    file: string;
    format: UsageFormat;
    records: number;
}

export const rate = (failed: number, total: number): number | null => (total > 0 ? Math.round((failed / total) * 10_000) / 100 : null);

/** A running sum over one or more rows, limited to the window's months. */
export class Series {
    private readonly ok: number[];
    private readonly ko: number[];
    /** Per window month, allocated on the first duration (most rows of a CSV have none). */
    private hist: number[][] | null = null;
    private readonly idx: ReadonlyMap<string, number>;
    private readonly sources = new Map<string, number>();

    constructor(private readonly window: Window) {
        this.idx = window.index;
        this.ok = window.months.map(() => 0);
        this.ko = window.months.map(() => 0);
    }

    add(u: UseRow): this {
        // Rows of imports not in force (superseded, or not yet imported at `knownAt`) do not count.
        const source = this.window.imports.get(u.documentId);
        if (!source) return this;
        // A log's records are its exchanges; a CSV has one row per month (see import.ts).
        const rows = source.format === "AGGREGATE_CSV";
        let records = 0;
        const at: (number | undefined)[] = [];
        for (let k = 0; k < u.months.length; k++) {
            const i = this.idx.get(u.months[k]!);
            at.push(i);
            if (i === undefined) continue;
            const ok = u.succeeded[k] ?? 0;
            const ko = u.failed[k] ?? 0;
            this.ok[i]! += ok;
            this.ko[i]! += ko;
            records += rows ? 1 : ok + ko;
        }
        if (u.durationIndex && u.durationCounts) {
            for (let x = 0; x < u.durationIndex.length; x++) {
                const idx = u.durationIndex[x]!;
                const i = at[Math.floor(idx / BUCKETS)];
                if (i === undefined) continue;
                this.hist ??= this.window.months.map(() => new Array<number>(BUCKETS).fill(0));
                const h = this.hist[i]!;
                h[idx % BUCKETS]! += u.durationCounts[x]!;
            }
        }
        if (records > 0) this.sources.set(u.documentId, (this.sources.get(u.documentId) ?? 0) + records);
        return this;
    }

    get succeeded(): number {
        return this.ok.reduce((a, b) => a + b, 0);
    }

    get failed(): number {
        return this.ko.reduce((a, b) => a + b, 0);
    }

    get total(): number {
        return this.succeeded + this.failed;
    }

    /** Successful exchanges per window month. */
    get monthlySucceeded(): readonly number[] {
        return this.ok;
    }

    totals(): Totals {
        const all: number[] = [];
        if (this.hist) for (const h of this.hist) addInto(all, h);
        return totals(this.succeeded, this.failed, this.hist ? percentiles(all) : null);
    }

    months(): MonthRow[] {
        return this.window.months.map((month, i) => ({
            month, coverage: round4(this.window.coverage.get(month) ?? 0),
            ...totals(this.ok[i]!, this.ko[i]!, this.hist ? percentiles(this.hist[i]!) : null),
        }));
    }

    sourceRefs(): SourceRef[] {
        return [...this.sources.entries()]
            .map(([documentId, records]) => {
                const i = this.window.imports.get(documentId);
                return { documentId, file: i?.file ?? documentId, format: i?.format ?? "AGGREGATE_CSV", records };
            })
            .sort((a, b) => (a.documentId < b.documentId ? -1 : 1));
    }
}

export function totals(succeeded: number, failed: number, durations: Percentiles | null = null): Totals {
    return { succeeded, failed, total: succeeded + failed, errorRatePercent: rate(failed, succeeded + failed), durations };
}
