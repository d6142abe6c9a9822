// Resolves where the graph lives: the user's NEO4J_URI, or the project's own local server.
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver } from "../db/driver.js";
import { LocalNeo4jError } from "./errors.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local-server.js";

export interface Neo4jConnection {
    driver: Driver;
    uri: string;
    description: string;
    local: LocalNeo4j | undefined;
    close(): Promise<void>;
}

export async function connectNeo4j(cfg: Config, log: (msg: string) => void = console.error): Promise<Neo4jConnection> {
    let local: LocalNeo4j | undefined;
    let uri = cfg.neo4jUri;
    if (!uri) {
        const started = Date.now();
        log(`[neo4j] starting the local Neo4j (data in ${cfg.local.home})…`);
        local = await startLocalNeo4j(cfg.local, log);
        uri = local.uri;
        log(`[neo4j] ready at ${uri} (${local.versions}) in ${((Date.now() - started) / 1000).toFixed(1)} s; logs in ${local.logsDir}`);
    }
    const driver = createDriver({ uri, user: cfg.neo4jUser, password: local ? "" : cfg.neo4jPassword, maxConnections: cfg.neo4jMaxConnections });
    try {
        const description = await verifyDriver(driver, uri);
        return {
            driver,
            uri,
            description,
            local,
            async close() {
                await driver.close();
                await local?.stop();
            },
        };
    } catch (e) {
        await driver.close();
        await local?.stop();
        throw e;
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
