// Name resolution results (src/modules/refs.ts) kept per graph version: the same reference always
// resolves to the same node until a write changes the graph, so a repeated question skips the lookup
// round trip. Only successful resolutions are kept; at most `max` entries (oldest dropped first).
import type { GraphVersion } from "./graph-version.js";

export interface ResolvedRef {
    id: string;
    name: string;
    era: number | null;
}

export class RefCache {
    private readonly map = new Map<string, ResolvedRef>();

    constructor(
        version: GraphVersion,
        private readonly max = 20_000,
    ) {
        version.onChange(() => this.map.clear());
    }

    get(key: string): ResolvedRef | undefined {
        return this.map.get(key);
    }

    set(key: string, value: ResolvedRef): void {
        if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value!);
        this.map.set(key, value);
    }
}
