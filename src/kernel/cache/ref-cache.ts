// Name resolution results (src/kernel/names.ts) kept per graph version: the same reference always
// resolves to the same node until a write changes the graph, so a repeated question skips the lookup
// round trip. Only successful resolutions are kept, as a region of the memory budget (memory-budget.ts).
import { estimateHeapBytes, stringBytes } from "./heap-size.js";
import type { GraphVersion } from "./graph-version.js";
import type { MemoryBudget } from "./memory-budget.js";

export interface ResolvedRef {
    id: string;
    name: string;
    era: number | null;
}

export class RefCache {
    private readonly region;

    constructor(version: GraphVersion, budget: MemoryBudget) {
        this.region = budget.region<ResolvedRef>("names");
        version.onChange(() => this.region.clear());
    }

    get(key: string): ResolvedRef | undefined {
        return this.region.get(key);
    }

    set(key: string, value: ResolvedRef): void {
        this.region.set(key, value, stringBytes(key) + estimateHeapBytes(value));
    }
}
