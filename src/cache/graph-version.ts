// Each API instance's view of the graph's version (cypher/meta/graph-version.cypher), read every
// `stalenessMs` in the background — never on a request's path. A write through this instance sets
// the new version at once; a write through another instance (or an import command) is seen within
// `stalenessMs`. That bound is the staleness a cached answer can have; RESPONSE_CACHE_STALENESS_MS
// sets it (default 1000 ms), and it is tested with two instances on one database.
import type { Db } from "../db/run.js";

export class GraphVersion {
    private version = -1;
    private timer: NodeJS.Timeout | undefined;
    private readonly listeners = new Set<(v: number) => void>();

    constructor(
        private readonly db: Db,
        readonly stalenessMs: number,
    ) {}

    /** Reads the version now, then keeps it fresh until stop(). */
    async start(): Promise<void> {
        await this.refresh();
        this.timer = setInterval(() => void this.refresh(), this.stalenessMs);
        this.timer.unref();
    }

    stop(): void {
        clearInterval(this.timer);
    }

    /** The last version seen; -1 until the first read (nothing is cached until then). */
    get current(): number {
        return this.version;
    }

    /** A write through this instance committed version `v`. */
    advanceTo(v: number | null): void {
        if (v !== null && v > this.version) this.set(v);
    }

    onChange(fn: (v: number) => void): void {
        this.listeners.add(fn);
    }

    private async refresh(): Promise<void> {
        try {
            const [row] = await this.db.run<{ version: number }>("meta/graph-version");
            this.set(row?.version ?? 0);
        } catch {
            // Neo4j away: keep the last version; answers are not served from cache meanwhile.
            this.set(-1);
        }
    }

    private set(v: number): void {
        if (v === this.version) return;
        this.version = v;
        for (const fn of this.listeners) fn(v);
    }
}
