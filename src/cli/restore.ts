// `npm run restore -- FILE [--force] [--no-check]`: loads a dump written by `npm run backup` (or by
// `neo4j-admin database dump`) into the built-in Neo4j's data directory (NEO4J_HOME). It loads into a
// temporary place first and checks the store's consistency there, then swaps it in: a truncated or
// corrupt file fails with a clear message and changes nothing. A data directory that already holds a
// database is replaced only with --force; like the backup, it refuses while npm start or an import runs.
import { ConfigError, loadConfig } from "../config.js";
import { oneFileArgs } from "./file-arg.js";
import { restoreDatabase } from "../neo4j/backup.js";
import { LocalNeo4jError } from "../neo4j/errors.js";

const USAGE = "usage: npm run restore -- FILE [--force] [--no-check]   (--force replaces the database of NEO4J_HOME; --no-check skips the consistency check)";
const { file, has } = oneFileArgs(["--force", "--no-check"], USAGE);
try {
    const cfg = loadConfig();
    if (cfg.neo4jUri) {
        throw new ConfigError(
            `NEO4J_URI is set (${cfg.neo4jUri}): restore that server with Neo4j's own tools on its machine — stop the database (\`STOP DATABASE <name>\` in the system database, or stop the server), \`neo4j-admin database load --from-path=DIR --overwrite-destination=true <database>\`, start it again; Aura: \`neo4j-admin database upload\` (README "Operating it")`,
        );
    }
    console.error(`[restore] loading ${file} into a temporary place beside ${cfg.local.home}, then checking it…`);
    const r = await restoreDatabase(cfg.local.home, file, { force: has("--force"), check: !has("--no-check") });
    console.error(
        `[restore] ${r.replaced ? "replaced" : "restored"} the database of ${cfg.local.home} from ${r.file} (${(r.bytes / 1e6).toFixed(1)} MB) in ${r.seconds.toFixed(1)} s (load ${r.loadSeconds.toFixed(1)} s, check ${r.checkSeconds.toFixed(1)} s); npm start serves it`,
    );
} catch (e) {
    console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError ? e.message : String(e)}`);
    process.exit(1);
}
