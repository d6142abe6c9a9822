// Starts one real Neo4j for the whole run on a free port in a fresh temp directory (or uses
// NEO4J_URI), applies the constraints, seeds the reports once, and hands the Bolt URL to the tests.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { loadConfig } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-server.js";
import { loadSeed } from "../src/modules/reports/load.js";
import { buildExplorer } from "../explorer/build.js";

declare module "vitest" {
    export interface ProvidedContext {
        neo4jUri: string;
        neo4jUser: string;
        neo4jPassword: string;
    }
}

let local: LocalNeo4j | undefined;
let home: string | undefined;

export async function setup(project: TestProject): Promise<void> {
    const cfg = loadConfig();
    await buildExplorer();
    let uri = cfg.neo4jUri;
    let password = cfg.neo4jPassword;
    if (!uri) {
        home = mkdtempSync(path.join(os.tmpdir(), "state-graph-test-neo4j-"));
        const started = Date.now();
        local = await startLocalNeo4j({ ...cfg.local, port: 0, home, heap: "1g", pageCache: "256m" }, (m) => console.log(m));
        uri = local.uri;
        password = "";
        console.log(`[test] local Neo4j ${local.versions} at ${uri} in ${Date.now() - started} ms`);
    }
    const driver = createDriver({ uri, user: cfg.neo4jUser, password });
    try {
        await applySchema(driver, cfg.neo4jDatabase);
        // The reports' graph, loaded once through the real loader; files that change it restore it.
        const r = await loadSeed(driver, { database: cfg.neo4jDatabase });
        console.log(`[test] seeded ${r.nodes} nodes, ${r.relationships} relationships in ${r.ms} ms`);
    } finally {
        await driver.close();
    }
    project.provide("neo4jUri", uri);
    project.provide("neo4jUser", cfg.neo4jUser);
    project.provide("neo4jPassword", password);
}

export async function teardown(): Promise<void> {
    await local?.stop();
    if (home) rmSync(home, { recursive: true, force: true });
}
