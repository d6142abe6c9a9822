// Creates the one neo4j-driver instance and turns connection failures into one-line messages.
import net from "node:net";
import os from "node:os";
import tls from "node:tls";
import neo4j, { type Driver } from "neo4j-driver";
import { meterDriver } from "./meter.js";

let noDelayInstalled = false;
/**
 * neo4j-driver 5 leaves Nagle's algorithm on for its Bolt sockets. A query whose RUN message leaves
 * in two TCP segments then waits for the server's delayed ACK: +40 ms per query (agency dependencies,
 * one client: p50 50.4 ms → 6.9 ms with TCP_NODELAY, bench/README.md). The Python driver made the
 * same change upstream (neo4j/neo4j-python-driver#1122); the JavaScript driver has no option for it,
 * so every client socket this process opens gets TCP_NODELAY, as Node's own HTTP client does.
 */
function installNoDelay(): void {
    if (noDelayInstalled) return;
    noDelayInstalled = true;
    const netConnect = net.connect;
    const tlsConnect = tls.connect;
    net.connect = ((...args: Parameters<typeof net.connect>) => netConnect(...args).setNoDelay(true)) as typeof net.connect;
    tls.connect = ((...args: Parameters<typeof tls.connect>) => {
        const socket = tlsConnect(...args);
        socket.setNoDelay(true);
        return socket;
    }) as typeof tls.connect;
}

export interface DriverOptions {
    uri: string;
    user: string;
    password: string;
    /** Upper bound on connect + retry time, so requests fail fast while Neo4j is away. */
    connectionTimeoutMs?: number;
    /**
     * How long a request may wait for a pooled connection (default 10 s, the query time limit). It was
     * the connect timeout (1.5 s): under a CPU-bound burst (50 clients asking for the whole national
     * matrix) the event loop ran late, the acquisition timer fired with idle connections in the pool,
     * and requests failed as internal errors (bench/README.md). A Neo4j that is away still fails fast:
     * a refused or hanging connect is bounded by `connectionTimeoutMs`.
     */
    acquisitionTimeoutMs?: number;
    /** Most Bolt connections, i.e. queries in flight (NEO4J_MAX_CONNECTIONS); default: defaultMaxConnections(uri). */
    maxConnections?: number;
}

const LOOPBACK = /^[a-z0-9+]+:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i;

/**
 * A Neo4j on this machine shares its cores with the API: 50 queries in flight on 2 cores are
 * interleaved by Neo4j's workers, each one ~25 × slower, and answers come back in bursts. Queueing
 * them in the driver instead (first come, first served) kept the CPU as busy and cut the tail: national
 * matrix page at 50 clients, pool 100 → 8: p99 668/520 → 400/294 ms, throughput +30 % (bench/README.md).
 * So: 4 per core (at least 8) for a server on this machine; the driver's own 100 for a remote one,
 * whose cores and network round trips are not ours to count.
 */
export function defaultMaxConnections(uri: string, cores = os.availableParallelism()): number {
    return LOOPBACK.test(uri) ? Math.max(8, 4 * cores) : 100;
}

export function createDriver(o: DriverOptions): Driver {
    installNoDelay();
    const auth = o.password === "" ? undefined : neo4j.auth.basic(o.user, o.password);
    const maxConnectionPoolSize = o.maxConnections ?? defaultMaxConnections(o.uri);
    const driver = neo4j.driver(o.uri, auth, {
        // Bounded so a request fails within ~2 s while Neo4j is away; the pool reconnects by itself.
        connectionTimeout: o.connectionTimeoutMs ?? 1500,
        connectionAcquisitionTimeout: Math.max(o.acquisitionTimeoutMs ?? 10_000, o.connectionTimeoutMs ?? 1500),
        maxTransactionRetryTime: 500,
        maxConnectionPoolSize,
        disableLosslessIntegers: false,
        userAgent: "state-data-graph/0.1",
    });
    // Sessions open and waiting, for /metrics (src/db/meter.ts).
    meterDriver(driver, maxConnectionPoolSize);
    return driver;
}
