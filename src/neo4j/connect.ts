// Resolves where the graph lives: the user's NEO4J_URI, or the project's own local server.
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver } from "../db/driver.js";
import { LocalNeo4jError } from "./errors.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local-server.js";
import { announceVersion, findRunning, watchVersions } from "./running.js";
import { onVersionCommitted } from "../db/version-events.js";

export interface Neo4jConnection {
    driver: Driver;
    uri: string;
    description: string;
    /** The local server this process started (undefined for NEO4J_URI, or one another process runs). */
    local: LocalNeo4j | undefined;
    /** For the project's own Neo4j (started here or by another process): calls `fn` when another
     * process commits a write to it; returns the stop function. Undefined for NEO4J_URI. */
    watchOtherWriters: ((fn: () => void) => () => void) | undefined;
    close(): Promise<void>;
}

/**
 * `role`: a `command` (import, seed) uses the project's Neo4j another process already runs for the
 * data directory; the `server` (npm start) starts its own, and says who holds the directory if
 * another process does (it would stop that Neo4j when it ends).
 */
export async function connectNeo4j(cfg: Config, log: (msg: string) => void = console.error, role: "server" | "command" = "command"): Promise<Neo4jConnection> {
    let local: LocalNeo4j | undefined;
    let uri = cfg.neo4jUri;
    const home = cfg.local.home;
    if (!uri) {
        // `npm start` in one terminal, `npm run import` in another: one JVM per data directory.
        const running = findRunning(home);
        if (running && role === "server") {
            throw new LocalNeo4jError(`the Neo4j of ${home} is in use by process ${running.ownerPid} (${running.role === "server" ? "another npm start" : "an import or seed command"}); let it finish or stop it, or set NEO4J_HOME to another directory`);
        }
        if (running && (await answers(running.uri))) {
            uri = running.uri;
            log(`[neo4j] using the Neo4j already running for ${home} at ${uri} (started by process ${running.ownerPid})`);
        } else {
            const started = Date.now();
            log(`[neo4j] starting the local Neo4j (data in ${home})…`);
            local = await startLocalNeo4j({ ...cfg.local, role }, log);
            uri = local.uri;
            log(`[neo4j] ready at ${uri} (${local.versions}) in ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${local.logsDir}`);
        }
    }
    const own = !cfg.neo4jUri;
    const driver = createDriver({ uri, user: cfg.neo4jUser, password: own ? "" : cfg.neo4jPassword, maxConnections: cfg.neo4jMaxConnections });
    // Writes through this driver are announced to the other processes on this data directory.
    const stopAnnouncing = own ? onVersionCommitted((source, v) => source === driver && announceVersion(home, v)) : () => undefined;
    try {
        const description = await verifyDriver(driver, uri);
        return {
            driver,
            uri,
            description,
            local,
            watchOtherWriters: own ? (fn) => watchVersions(home, fn) : undefined,
            async close() {
                stopAnnouncing();
                await driver.close();
                await local?.stop();
            },
        };
    } catch (e) {
        stopAnnouncing();
        await driver.close();
        await local?.stop();
        throw e;
    }
}

/** Whether a Bolt server answers at `uri` (a marker can outlive a server that stopped badly). */
async function answers(uri: string): Promise<boolean> {
    const probe = createDriver({ uri, user: "neo4j", password: "" });
    try {
        await probe.getServerInfo();
        return true;
    } catch {
        return false;
    } finally {
        await probe.close();
    }
}

/** Verifies the server answers; maps the common failures to one clear sentence each. */
export async function verifyDriver(driver: Driver, uri: string): Promise<string> {
    try {
        const info = await driver.getServerInfo();
        return `${info.agent ?? "Neo4j"} at ${uri}`;
    } catch (e) {
        const err = e as { code?: string; message?: string };
        if (err.code === "Neo.ClientError.Security.Unauthorized" || err.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
            throw new LocalNeo4jError(`Neo4j at ${uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
        }
        if (err.code === "ServiceUnavailable" || err.code === "SessionExpired") {
            throw new LocalNeo4jError(`cannot reach Neo4j at ${uri}: ${firstLine(err.message)}`);
        }
        throw new LocalNeo4jError(`Neo4j at ${uri} failed the connectivity check: ${firstLine(err.message)}`);
    }
}

function firstLine(s: string | undefined): string {
    return (s ?? "unknown error").split("\n")[0] ?? "";
}
