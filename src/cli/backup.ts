// `npm run backup -- FILE [--force]`: a consistent copy of the built-in Neo4j's database (NEO4J_HOME,
// default .data/neo4j) with Neo4j's own `neo4j-admin database dump`, which needs the database stopped:
// it refuses while `npm start` or an import runs on the data directory, and says which process to stop.
// With NEO4J_URI the server is not ours to stop: the command says which Neo4j commands to use.
import { ConfigError, loadConfig } from "../config.js";
import { oneFileArgs } from "./file-arg.js";
import { backupDatabase } from "../neo4j/backup.js";
import { LocalNeo4jError } from "../neo4j/errors.js";

const USAGE = "usage: npm run backup -- FILE [--force]   (--force replaces an existing FILE)";
const { file, has } = oneFileArgs(["--force"], USAGE);
try {
    const cfg = loadConfig();
    if (cfg.neo4jUri) {
        throw new ConfigError(
            `NEO4J_URI is set (${cfg.neo4jUri}): back that server up with Neo4j's own tools on its machine — Enterprise: \`neo4j-admin database backup --to-path=DIR <database>\` while it runs; Community: stop the database, \`neo4j-admin database dump --to-path=DIR <database>\`, start it again; Aura: its console's snapshots (README "Operating it")`,
        );
    }
    console.error(`[backup] dumping the database of ${cfg.local.home} with neo4j-admin (offline)…`);
    const r = await backupDatabase(cfg.local.home, file, { overwrite: has("--force") });
    console.error(`[backup] wrote ${r.file}: ${(r.bytes / 1e6).toFixed(1)} MB in ${r.seconds.toFixed(1)} s, sha256 ${r.sha256}`);
} catch (e) {
    console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError ? e.message : String(e)}`);
    process.exit(1);
}
