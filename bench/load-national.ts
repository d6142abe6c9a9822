// `npm run load:national [-- --overwrite]`: builds the local database (NEO4J_HOME, default .data/neo4j)
// offline from the synthetic national-scale graph (bench/national.ts: 63 provinces, ~11,000 communes,
// ~1 M relationships) with Neo4j's importer, so the explorer and the API can be tried at national scale.
// Stop `npm start` first; the next `npm start` applies the schema (populating the indexes) and adds the
// reports. Refuses to replace an existing database without --overwrite.
import { loadConfig } from "../src/config.js";
import { adminImport } from "../src/modules/reports/first-load.js";
import { LocalNeo4jError } from "../src/neo4j/errors.js";
import { AdminCsvError } from "../seed/admin-csv.js";
import { nationalRows } from "./national.js";

const cfg = loadConfig();
if (cfg.neo4jUri) {
    console.error("NEO4J_URI is set: an offline import only builds the local database. For your server, run neo4j-admin database import on CSV files (seed/admin-csv.ts).");
    process.exit(2);
}
try {
    const rows = nationalRows();
    const r = await adminImport(cfg.local.home, rows, { overwrite: process.argv.includes("--overwrite"), log: (m) => console.error(m) });
    console.error(`[first-load] ${r.relationships} relationships and ${r.nodes} nodes in ${(r.csvSeconds + r.importerSeconds).toFixed(1)} s (${r.relationshipsPerSecond} relationships/s; importer alone ${r.importerRelationshipsPerSecond}/s) into ${cfg.local.home}. Now run npm start.`);
} catch (e) {
    if (e instanceof LocalNeo4jError || e instanceof AdminCsvError) {
        console.error(`[first-load] ${e.message}`);
        process.exit(1);
    }
    throw e;
}
