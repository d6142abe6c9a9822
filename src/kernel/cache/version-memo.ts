// Derived answers kept per graph version, like name resolutions (ref-cache.ts): a value computed from
// the whole graph (a tier's matrix column totals) stays right until a write bumps the version, so a
// page of a question reads its rows and not the whole tier each time. Concurrent misses share one
// computation; a failed one is not kept; nothing is kept while the version is unknown (-1: Neo4j away,
// writes cannot be seen). Another instance's write is seen within the version's staleness bound.
// Computed values are a region of the memory budget (memory-budget.ts), counted in heap bytes. The same
// class keeps working sets (a tier's facts that each question of a domain classifies, counts and pages
// in JavaScript) in the working sets' budget, where one entry may take the whole budget: `keptPerVersion()`.
import { estimateHeapBytes, stringBytes } from "./heap-size.js";
import type { GraphVersion } from "./graph-version.js";
import type { BudgetRegion, MemoryBudget } from "./memory-budget.js";

export class VersionMemo<T> {
    /** Computations in flight (not yet in the budget), so concurrent misses share one. */
    private readonly pending = new Map<string, Promise<T>>();
    private readonly kept: BudgetRegion<T>;
    private version: number;

    constructor(
        private readonly graphVersion: GraphVersion,
        budget: MemoryBudget,
        name: string,
        { maxEntryShare }: { maxEntryShare?: number } = {},
    ) {
        // A value over the region's entry bound is served and not kept (the budget counts it first).
        this.kept = budget.region<T>(name, { maxEntryShare });
        this.version = graphVersion.current;
        graphVersion.onChange(() => this.reset());
    }

    private reset(): void {
        this.kept.clear();
        this.pending.clear();
    }

    /** The value for `key` at the current version, computing it with `compute` when not kept. */
    get(key: string, compute: () => Promise<T>): Promise<T> {
        const version = this.graphVersion.current;
        if (version < 0) return compute();
        if (version !== this.version) {
            this.reset();
            this.version = version;
        }
        const kept = this.kept.get(key);
        if (kept !== undefined) return Promise.resolve(kept);
        const inFlight = this.pending.get(key);
        if (inFlight) return inFlight;
        const p = compute();
        this.pending.set(key, p);
        const done = () => {
            if (this.pending.get(key) === p) this.pending.delete(key);
        };
        p.then(
            (value) => {
                // Kept only if the version did not move while it was computed.
                if (this.pending.get(key) === p && this.graphVersion.current === version) this.kept.set(key, value, stringBytes(key) + estimateHeapBytes(value));
                done();
            },
            // A failure is answered once, not kept.
            done,
        );
        return p;
    }
}

/** A server instance's memos by name (`<domain>/<what>`), each its own region of the memory budget. */
export class VersionMemos {
    private readonly byName = new Map<string, VersionMemo<unknown>>();

    constructor(
        private readonly graphVersion: GraphVersion,
        private readonly budget: MemoryBudget,
        /** The share of the budget one value may take (memory-budget.ts ENTRY_SHARE unless said). */
        private readonly options: { maxEntryShare?: number } = {},
    ) {}

    of<T>(name: string): VersionMemo<T> {
        let m = this.byName.get(name);
        if (!m) {
            m = new VersionMemo<unknown>(this.graphVersion, this.budget, name, this.options);
            this.byName.set(name, m);
        }
        return m as VersionMemo<T>;
    }
}

/**
 * The value `build` computes from the graph, kept in `sets` (ctx.workingSets: per graph version, in the
 * working sets' budget; or ctx.memos, the caches' budget) under `name` and `key`, so every question that
 * reads it — another page, threshold or window — reuses it until a write. Without `sets` (a caller's
 * transaction, as in the tests) it is built for this request alone: the answer is the same.
 */
export function keptPerVersion<T>(sets: VersionMemos | undefined, name: string, key: string, build: () => Promise<T>): Promise<T> {
    return sets ? sets.of<T>(name).get(key, build) : build();
}
