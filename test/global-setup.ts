// Starts the run's real Neo4j servers: one per test worker (vitest runs files TEST_WORKERS at a time;
// each file uses its worker's server, so files that share a server still run one after the other and
// isolate as before: rollback transactions, unique ids, clean-up), each on a free port in a fresh temp
// directory, started together; applies the constraints and seeds the reports into each. With NEO4J_URI
// every file uses that server (and vitest.config.ts runs one file at a time).
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
import { TEST_WORKERS } from "./workers.js";

declare module "vitest" {
    export interface ProvidedContext {
        /** One Bolt URL per test worker (test/helpers/neo4j.ts neo4jUri() picks the worker's). */
        neo4jUris: string[];
        neo4jUser: string;
        neo4jPassword: string;
    }
}

const servers: { local: LocalNeo4j; home: string }[] = [];

async function startOne(i: number): Promise<string> {
    const home = mkdtempSync(path.join(os.tmpdir(), `state-graph-test-neo4j-${i}-`));
    const started = Date.now();
    const local = await startLocalNeo4j({ ...loadConfig().local, port: 0, home, heap: "1g", pageCache: "256m" }, (m) => console.log(m));
    servers.push({ local, home });
    console.log(`[test] local Neo4j ${i + 1}/${TEST_WORKERS} ${local.versions} at ${local.uri} in ${Date.now() - started} ms`);
    return local.uri;
}

async function prepare(uri: string, user: string, password: string, database: string | undefined): Promise<void> {
    const driver = createDriver({ uri, user, password });
    try {
        await applySchema(driver, database);
        // The reports' graph, loaded once through the real loader; files that change it restore it.
        const r = await loadSeed(driver, { database });
        console.log(`[test] seeded ${r.nodes} nodes, ${r.relationships} relationships at ${uri} in ${r.ms} ms`);
    } finally {
        await driver.close();
    }
}

export async function setup(project: TestProject): Promise<void> {
    const cfg = loadConfig();
    // The tests' servers are short-lived and their queries small: compiling with C1 only halves the
    // JVM's start-up CPU (13 → 6 CPU-seconds here), which the rest of the run needs on 2 cores.
    process.env.NEO4J_JVM_OPTS ??= "-XX:TieredStopAtLevel=1";
    await buildExplorer();
    const uris = cfg.neo4jUri ? [cfg.neo4jUri] : await Promise.all(Array.from({ length: TEST_WORKERS }, (_x, i) => startOne(i)));
    const password = cfg.neo4jUri ? cfg.neo4jPassword : "";
    await Promise.all(uris.map((u) => prepare(u, cfg.neo4jUser, password, cfg.neo4jDatabase)));
    project.provide("neo4jUris", uris);
    project.provide("neo4jUser", cfg.neo4jUser);
    project.provide("neo4jPassword", password);
}

export async function teardown(): Promise<void> {
    await Promise.all(servers.map((s) => s.local.stop()));
    for (const s of servers) rmSync(s.home, { recursive: true, force: true });
}
