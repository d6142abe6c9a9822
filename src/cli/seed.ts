// `npm run seed [-- --reset]`: parse the reports and load them into Neo4j (local or NEO4J_URI).
// Exits non-zero, with the file and row at fault, when any report cannot be read; nothing is written then.
// A running API on the same data directory sees the reload at once (the write scope announces it).
import { ConfigError, loadConfig } from "../config.js";
import { applySchema } from "../db/apply-schema.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { LocalNeo4jError } from "../neo4j/errors.js";
import { fingerprint, loadSeed, resetSeed } from "../modules/reports/load.js";
import { describeSeedError } from "../../seed/errors.js";

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
