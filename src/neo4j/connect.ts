// Resolves where the graph lives: the user's NEO4J_URI, or the project's own local server.
import type { Driver } from "neo4j-driver";
import type { Config } from "../config.js";
import { createDriver, verifyDriver } from "../db/driver.js";
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
    const driver = createDriver({ uri, user: cfg.neo4jUser, password: local ? "" : cfg.neo4jPassword });
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
