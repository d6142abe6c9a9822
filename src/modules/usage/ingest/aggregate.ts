// Monthly aggregates of one file, per consumer–service pair: successes, failures, the records they
// came from and (when the input has durations) a duration histogram per month. Memory grows with the
// number of pairs and months, never with the number of records.
import { BUCKETS } from "../../../../lib/durations.js";

export interface PairAggregate {
    consumerId: string;
    serviceId: string;
    /** Per month index (see Aggregator.months). */
    succeeded: number[];
    failed: number[];
    records: number[];
    /** Flat months × BUCKETS counts, allocated on the first duration. */
    durations: Uint32Array | null;
    firstLine: number;
    lastLine: number;
    /** The identifiers of the first record, as the file wrote them. */
    text: string;
}

/** One row for the graph: an OBSERVED_USE relationship (only months with exchanges). */
export interface ObservedRow {
    consumerId: string;
    serviceId: string;
    months: string[];
    succeeded: number[];
    failed: number[];
    records: number[];
    /** Durations, sparse: index = position in `months` × BUCKETS + bucket, with its count (null without durations). */
    durationIndex: number[] | null;
    durationCounts: number[] | null;
    totalSucceeded: number;
    totalFailed: number;
    totalRecords: number;
    firstLine: number;
    lastLine: number;
    text: string;
}

export class Aggregator {
    private readonly ids = new Map<string, number>();
    private readonly pairs = new Map<number, PairAggregate>();
    /** Month labels by index; fixed for a log (its period's months), grown on demand for CSV rows. */
    readonly months: string[];
    private readonly monthIdx = new Map<string, number>();

    constructor(months: string[] = []) {
        this.months = [...months];
        this.months.forEach((m, i) => this.monthIdx.set(m, i));
    }

    monthIndex(month: string): number {
        let i = this.monthIdx.get(month);
        if (i === undefined) {
            i = this.months.length;
            this.months.push(month);
            this.monthIdx.set(month, i);
        }
        return i;
    }

    /** A small number for an id (consumer or service), for cheap pair keys. */
    index(id: string): number {
        let i = this.ids.get(id);
        if (i === undefined) this.ids.set(id, (i = this.ids.size));
        return i;
    }

    /** The pair's aggregate, created on first use. */
    pair(consumerId: string, serviceId: string, line: number, text: () => string): PairAggregate {
        const ci = this.index(consumerId);
        const si = this.index(serviceId);
        const p = this.get(ci, si) ?? this.create(ci, si, consumerId, serviceId, line, text());
        p.lastLine = line;
        return p;
    }

    /** The aggregate of a pair by its ids' indexes, if any (the hot path of a log: no strings built). */
    get(ci: number, si: number): PairAggregate | undefined {
        return this.pairs.get(ci * 4_194_304 + si);
    }

    create(ci: number, si: number, consumerId: string, serviceId: string, line: number, text: string): PairAggregate {
        const n = this.months.length;
        const p: PairAggregate = { consumerId, serviceId, succeeded: new Array<number>(n).fill(0), failed: new Array<number>(n).fill(0), records: new Array<number>(n).fill(0), durations: null, firstLine: line, lastLine: line, text };
        this.pairs.set(ci * 4_194_304 + si, p);
        return p;
    }

    /** True when the pair already has data for the month (a CSV row repeating another). */
    has(consumerId: string, serviceId: string, month: number): boolean {
        const c = this.ids.get(consumerId);
        const s = this.ids.get(serviceId);
        if (c === undefined || s === undefined) return false;
        return (this.pairs.get(c * 4_194_304 + s)?.records[month] ?? 0) > 0;
    }

    static addDuration(p: PairAggregate, month: number, months: number, bucket: number): void {
        if (!p.durations) p.durations = new Uint32Array(months * BUCKETS);
        p.durations[month * BUCKETS + bucket]! += 1;
    }

    get size(): number {
        return this.pairs.size;
    }

    /** Every pair's aggregate (a parse worker hands them to the main thread). */
    list(): PairAggregate[] {
        return [...this.pairs.values()];
    }

    /** Adds another aggregator's pair (same months, e.g. a parse worker's): counts summed, the earliest line's text kept. */
    merge(o: PairAggregate): void {
        const ci = this.index(o.consumerId);
        const si = this.index(o.serviceId);
        const p = this.get(ci, si);
        if (!p) {
            this.pairs.set(ci * 4_194_304 + si, o);
            return;
        }
        for (let m = 0; m < this.months.length; m++) {
            p.succeeded[m]! += o.succeeded[m] ?? 0;
            p.failed[m]! += o.failed[m] ?? 0;
            p.records[m]! += o.records[m] ?? 0;
        }
        if (o.durations) {
            if (!p.durations) p.durations = o.durations;
            else for (let i = 0; i < o.durations.length; i++) p.durations[i]! += o.durations[i]!;
        }
        if (o.firstLine < p.firstLine) {
            p.firstLine = o.firstLine;
            p.text = o.text;
        }
        p.lastLine = Math.max(p.lastLine, o.lastLine);
    }

    /** Rows in a stable order (consumer, service), months sorted, empty months dropped. */
    rows(): ObservedRow[] {
        const order = this.months.map((m, i) => [m, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
        const out: ObservedRow[] = [];
        for (const p of this.pairs.values()) {
            const used = order.filter(([, i]) => (p.records[i] ?? 0) > 0);
            const pick = (xs: number[]) => used.map(([, i]) => xs[i] ?? 0);
            const succeeded = pick(p.succeeded);
            const failed = pick(p.failed);
            const records = pick(p.records);
            let durationIndex: number[] | null = null;
            let durationCounts: number[] | null = null;
            if (p.durations) {
                durationIndex = [];
                durationCounts = [];
                used.forEach(([, i], k) => {
                    for (let b = 0; b < BUCKETS; b++) {
                        const n = p.durations![i * BUCKETS + b]!;
                        if (n > 0) {
                            durationIndex!.push(k * BUCKETS + b);
                            durationCounts!.push(n);
                        }
                    }
                });
            }
            out.push({
                consumerId: p.consumerId, serviceId: p.serviceId, months: used.map(([m]) => m), succeeded, failed, records, durationIndex, durationCounts,
                totalSucceeded: sum(succeeded), totalFailed: sum(failed), totalRecords: sum(records), firstLine: p.firstLine, lastLine: p.lastLine, text: p.text,
            });
        }
        return out.sort((a, b) => (a.consumerId < b.consumerId ? -1 : a.consumerId > b.consumerId ? 1 : a.serviceId < b.serviceId ? -1 : a.serviceId > b.serviceId ? 1 : 0));
    }
}

const sum = (xs: number[]): number => xs.reduce((n, x) => n + x, 0);
