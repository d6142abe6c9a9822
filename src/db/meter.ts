// What the database layer measures for the metrics (src/http/metrics.ts): the time a request waits on
// Neo4j, and how many Bolt connections are wanted at once. neo4j-driver 5 exposes no pool state (its
// pool is internal to neo4j-driver-core), so the layer counts itself: every session the API opens
// through a metered driver holds (or waits for) one pooled connection from its first query until it is
// closed, so sessions open = connections in use + requests waiting for one (above the pool's size).
import type { Driver } from "neo4j-driver";

/** Time spent waiting on Neo4j by one request: summed over its queries (parallel queries add up). */
export interface Neo4jTime {
    ms: number;
    queries: number;
}

export const newNeo4jTime = (): Neo4jTime => ({ ms: 0, queries: 0 });

/** Runs `fn` and adds its duration to `into` (when given). */
export async function timed<T>(into: Neo4jTime | undefined, fn: () => Promise<T>): Promise<T> {
    if (!into) return fn();
    const started = performance.now();
    try {
        return await fn();
    } finally {
        into.ms += performance.now() - started;
        into.queries += 1;
    }
}

export interface PoolState {
    /** Sessions open now (each holds or waits for one connection). */
    open: number;
    /** Most connections the pool keeps (NEO4J_MAX_CONNECTIONS or the default). */
    max: number;
    /** Connections in use: open sessions up to the pool's size. */
    inUse: number;
    /** Sessions waiting for a connection: those beyond the pool's size. */
    waiting: number;
    /** Sessions opened since start. */
    acquired: number;
}

const meters = new WeakMap<Driver, { open: number; acquired: number; max: number }>();

/** Counts the sessions `driver` opens and closes (once per driver); `max` is its pool size. */
export function meterDriver(driver: Driver, max: number): void {
    if (meters.has(driver)) return;
    const m = { open: 0, acquired: 0, max };
    meters.set(driver, m);
    const session = driver.session.bind(driver);
    driver.session = ((...args: Parameters<Driver["session"]>) => {
        const s = session(...args);
        m.open += 1;
        m.acquired += 1;
        const close = s.close.bind(s);
        let closed = false;
        s.close = async () => {
            if (!closed) {
                closed = true;
                m.open -= 1;
            }
            return close();
        };
        return s;
    }) as Driver["session"];
}

/** The pool as the metered driver sees it (zeros for a driver that is not metered). */
export function poolState(driver: Driver): PoolState {
    const m = meters.get(driver) ?? { open: 0, acquired: 0, max: 0 };
    return { open: m.open, max: m.max, inUse: Math.min(m.open, m.max), waiting: Math.max(0, m.open - m.max), acquired: m.acquired };
}
