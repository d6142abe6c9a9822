// Derived answers kept per graph version, like name resolutions (ref-cache.ts): a value computed from
// the whole graph (a tier's matrix column totals) stays right until a write bumps the version, so a
// page of a question reads its rows and not the whole tier each time. Concurrent misses share one
// computation; a failed one is not kept; nothing is kept while the version is unknown (-1: Neo4j away,
// writes cannot be seen). Another instance's write is seen within the version's staleness bound.
import type { GraphVersion } from "./graph-version.js";

export class VersionMemo<T> {
    private readonly map = new Map<string, Promise<T>>();
    private version: number;

    constructor(
        private readonly graphVersion: GraphVersion,
        private readonly max = 1_000,
    ) {
        this.version = graphVersion.current;
        graphVersion.onChange(() => this.map.clear());
    }

    /** The value for `key` at the current version, computing it with `compute` when not kept. */
    get(key: string, compute: () => Promise<T>): Promise<T> {
        const version = this.graphVersion.current;
        if (version < 0) return compute();
        if (version !== this.version) {
            this.map.clear();
            this.version = version;
        }
        const kept = this.map.get(key);
        if (kept) return kept;
        if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
        const p = compute();
        this.map.set(key, p);
        // A failure is answered once, not kept.
        p.catch(() => {
            if (this.map.get(key) === p) this.map.delete(key);
        });
        return p;
    }
}
