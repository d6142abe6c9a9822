// One memory budget for every in-process cache (answers, name resolutions, per-version memos, the
// duplicate analysis): one least-recently-used list measured in bytes really held (heap-size.ts;
// answers are kept once, as the UTF-8 bytes sent), so the sum of the caches can never pass the budget
// whatever the questions are. The budget is sized from the heap limit the process actually runs with
// (`v8.getHeapStatistics().heap_size_limit`): a tenth of it by default, the rest left to the API
// itself and the answers being built. An entry bigger than an eighth of the budget is served, not
// kept, unless its region names another share (workingSetBudget below: one analysis may take it all). Each cache is a region of the budget; clearing a region (its graph version moved) drops only
// its entries. `shed()` drops the least recently used half when the heap runs short (http/overload.ts).
import v8 from "node:v8";
import { LRUCache } from "lru-cache";

interface Held {
    region: string;
    value: unknown;
    bytes: number;
}

export interface BudgetStats {
    budgetBytes: number;
    heldBytes: number;
    entries: number;
    /** Entries dropped to make room (least recently used first) or shed under memory pressure. */
    evictions: number;
    /** Entries served but not kept because one alone would take more than its region's share of the budget. */
    tooBig: number;
    regions: Record<string, { entries: number; bytes: number }>;
}

/** The share of the budget one entry may take, unless its region names another. */
export const ENTRY_SHARE = 1 / 8;

export interface BudgetRegion<T> {
    /** The most bytes one entry of this region may hold and be kept. */
    readonly maxEntryBytes: number;
    get(key: string): T | undefined;
    /** Keeps `value` (holding `bytes`); false when it is too big to keep. */
    set(key: string, value: T, bytes: number): boolean;
    delete(key: string): void;
    clear(): void;
    readonly entries: number;
}

/** The default share of the heap limit the caches may hold together. */
export const BUDGET_SHARE_OF_HEAP = 0.1;

/** Megabytes from `variable` when set, else `share` of the V8 heap limit, in bytes. */
function bytesFromEnv(variable: string, share: number, env: NodeJS.ProcessEnv, heapLimit: number): number {
    const mb = env[variable];
    if (mb !== undefined && mb !== "") {
        const n = Number(mb);
        if (!Number.isFinite(n) || n < 0) throw new Error(`${variable} must be a number of megabytes ≥ 0, got "${mb}"`);
        return Math.floor(n * 1024 * 1024);
    }
    return Math.floor(heapLimit * share);
}

/** The budget for this process: CACHE_BUDGET_MB when set, else a tenth of the V8 heap limit. */
export function budgetBytesFor(env: NodeJS.ProcessEnv = process.env, heapLimit = v8.getHeapStatistics().heap_size_limit): number {
    return bytesFromEnv("CACHE_BUDGET_MB", BUDGET_SHARE_OF_HEAP, env, heapLimit);
}

export class MemoryBudget {
    private readonly lru: LRUCache<string, Held>;
    private readonly regionBytes = new Map<string, number>();
    private readonly regionKeys = new Map<string, Set<string>>();
    private evictions = 0;
    private tooBig = 0;
    private nextRegion = 0;
    private shedding = false;

    constructor(readonly bytes: number) {
        this.lru = new LRUCache<string, Held>({
            // lru-cache needs a positive bound; a zero budget keeps nothing (maxEntrySize below).
            maxSize: Math.max(1, bytes),
            // Each region checks its own entry bound (region below); the list's is the whole budget.
            maxEntrySize: Math.max(1, bytes),
            sizeCalculation: (h) => Math.max(1, h.bytes),
            dispose: (h, key, reason) => {
                if (reason === "evict" || this.shedding) this.evictions += 1;
                this.regionBytes.set(h.region, (this.regionBytes.get(h.region) ?? 0) - h.bytes);
                this.regionKeys.get(h.region)?.delete(key);
            },
        });
    }

    /**
     * A cache's share of the budget; `name` says what it holds (stats), each call gets its own region.
     * `maxEntryShare`: the share of the budget one entry may take (an eighth unless said).
     */
    region<T>(name: string, { maxEntryShare = ENTRY_SHARE }: { maxEntryShare?: number } = {}): BudgetRegion<T> {
        const id = `${name}#${++this.nextRegion}`;
        const keys = new Set<string>();
        this.regionKeys.set(id, keys);
        this.regionBytes.set(id, 0);
        const full = (key: string) => `${id}\u0000${key}`;
        const lru = this.lru;
        const maxEntryBytes = Math.floor(this.bytes * Math.min(1, maxEntryShare));
        return {
            maxEntryBytes,
            get: (key) => lru.get(full(key))?.value as T | undefined,
            set: (key, value, bytes) => {
                if (this.bytes <= 0 || bytes > maxEntryBytes) {
                    this.tooBig += 1;
                    lru.delete(full(key));
                    return false;
                }
                const k = full(key);
                lru.set(k, { region: id, value, bytes });
                if (!lru.has(k)) return false;
                keys.add(k);
                this.regionBytes.set(id, (this.regionBytes.get(id) ?? 0) + bytes);
                return true;
            },
            delete: (key) => void lru.delete(full(key)),
            clear: () => {
                for (const k of [...keys]) lru.delete(k);
            },
            get entries() {
                return keys.size;
            },
        };
    }

    /** Drops the least recently used entries until at most `(1 - fraction)` of what is held remains. */
    shed(fraction = 0.5): number {
        const target = this.lru.calculatedSize * (1 - fraction);
        let dropped = 0;
        this.shedding = true;
        try {
            while (this.lru.calculatedSize > target && this.lru.size > 0) {
                this.lru.pop();
                dropped += 1;
            }
        } finally {
            this.shedding = false;
        }
        return dropped;
    }

    stats(): BudgetStats {
        const regions: BudgetStats["regions"] = {};
        for (const [id, bytes] of this.regionBytes) {
            const name = id.slice(0, id.lastIndexOf("#"));
            const r = (regions[name] ??= { entries: 0, bytes: 0 });
            r.entries += this.regionKeys.get(id)?.size ?? 0;
            r.bytes += bytes;
        }
        return { budgetBytes: this.bytes, heldBytes: this.lru.calculatedSize, entries: this.lru.size, evictions: this.evictions, tooBig: this.tooBig, regions };
    }
}

let shared: MemoryBudget | undefined;
let working: MemoryBudget | undefined;

/** The process's one budget for caches (every server and cache of the process draws on it). */
export function processBudget(): MemoryBudget {
    return (shared ??= new MemoryBudget(budgetBytesFor()));
}

/** The default share of the heap limit the working sets may hold (beside the caches' tenth). */
export const WORKING_SET_SHARE_OF_HEAP = 0.2;

/** The working sets' bound: WORKING_SET_MB when set, else a fifth of the V8 heap limit. */
export function workingSetBytesFor(env: NodeJS.ProcessEnv = process.env, heapLimit = v8.getHeapStatistics().heap_size_limit): number {
    return bytesFromEnv("WORKING_SET_MB", WORKING_SET_SHARE_OF_HEAP, env, heapLimit);
}

/**
 * The process's budget for working sets: indexes built from the whole graph that every question of a
 * domain reads and that cost seconds of CPU to build again (the duplicate analysis with its kinds and
 * views; the usage questions' tier sets, kept per graph version: version-memo.ts keptPerVersion()).
 * Kept apart from the caches' budget so that answers, however many and varied, never push one
 * out — losing it would make each question rebuild it, and one entry may take all of it. Bounded the
 * same way: sized from the heap limit, least recently used first, shed under heap pressure.
 */
export function workingSetBudget(): MemoryBudget {
    return (working ??= new MemoryBudget(workingSetBytesFor()));
}
