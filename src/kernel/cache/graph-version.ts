// Each API instance's view of the graph's version (cypher/meta/graph-version.cypher), read every
// `stalenessMs` in the background — never on a request's path. A write through this instance sets
// the new version at once; a write through another instance (or an import command) is seen within
// `stalenessMs`. That bound is the staleness a cached answer can have; RESPONSE_CACHE_STALENESS_MS
// sets it (default 1000 ms), and it is tested with two instances on one database. A command on the
// same machine and data directory (npm run import beside npm start) is seen at once: it announces
// its writes in the data directory (src/neo4j/running.ts) and refreshNow() reads the version.
import type { Db } from "../../db/run.js";

export class GraphVersion {
    private version = -1;
    private lastRead = 0;
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

    /**
     * The last version seen; -1 until the first read, and again when no read has succeeded for a while
     * (Neo4j away: nothing is served from cache then, since writes cannot be seen).
     */
    get current(): number {
        return Date.now() - this.lastRead > Math.max(5 * this.stalenessMs, 5000) ? -1 : this.version;
    }

    /** A write through this instance committed version `v`. */
    advanceTo(v: number | null): void {
        if (v !== null && v > this.version) {
            this.lastRead = Date.now();
            this.set(v);
        }
    }

    /** Reads the version now (another process said it wrote), without waiting for the next poll. */
    refreshNow(): void {
        void this.refresh();
    }

    onChange(fn: (v: number) => void): void {
        this.listeners.add(fn);
    }

    private async refresh(): Promise<void> {
        try {
            const [row] = await this.db.run<{ version: number }>("meta/graph-version");
            this.lastRead = Date.now();
            this.set(row?.version ?? 0);
        } catch {
            // A failed read keeps the last version; `current` stops trusting it after a few misses.
        }
    }

    private set(v: number): void {
        if (v === this.version) return;
        this.version = v;
        for (const fn of this.listeners) fn(v);
    }
}
