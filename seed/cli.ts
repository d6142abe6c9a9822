// `npm run seed [-- --reset]`: parse the reports and load them into Neo4j (local or NEO4J_URI).
// Exits non-zero, with the file and row at fault, when any report cannot be read; nothing is written then.
import { ConfigError, loadConfig } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { connectNeo4j } from "../src/neo4j/connect.js";
import { createDb } from "../src/db/run.js";
import { loadQueries } from "../src/db/queries.js";
import { versionCommitted } from "../src/db/version-events.js";
import { LocalNeo4jError } from "../src/neo4j/errors.js";
import { fingerprint, loadSeed, resetSeed } from "./load.js";
import { describeSeedError } from "./errors.js";

const log = (m: string): void => console.error(m);
const args = new Set(process.argv.slice(2));
if (args.has("--help")) {
    console.error("usage: npm run seed [-- --reset]   (re)load the five reports; --reset deletes seeded nodes first");
    process.exit(0);
}

const cfg = loadConfigOrExit();
const conn = await connectNeo4j(cfg, log).catch(exit);
try {
    await applySchema(conn.driver, cfg.neo4jDatabase);
    if (args.has("--reset")) log(`[seed] --reset: deleted ${await resetSeed(conn.driver, cfg.neo4jDatabase)} seeded nodes`);
    const r = await loadSeed(conn.driver, { database: cfg.neo4jDatabase, log });
    // A running API on this data directory sees the reload at once (src/neo4j/running.ts).
    const [{ version } = { version: 0 }] = await createDb(conn.driver, loadQueries(), cfg.neo4jDatabase).run<{ version: number }>("meta/graph-version");
    versionCommitted(conn.driver, version);
    const fp = await fingerprint(conn.driver, cfg.neo4jDatabase);
    log(`[seed] done: ${fp.nodes} nodes, ${fp.relationships} relationships in the graph; ${r.findings} audit findings (npm run audit)`);
} catch (e) {
    await conn.close();
    exit(e);
}
await conn.close();

function loadConfigOrExit() {
    try {
        return loadConfig();
    } catch (e) {
        return exit(e);
    }
}

function exit(e: unknown): never {
    if (e instanceof ConfigError || e instanceof LocalNeo4jError) console.error(`error: ${e.message}`);
    else console.error(`error: ${describeSeedError(e)}`);
    process.exit(1);
}
