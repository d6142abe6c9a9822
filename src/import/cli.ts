// `npm run import -- <file.csv> [more.csv …]`: imports connection snapshot files (format in
// README.md) into the graph of NEO4J_URI or the built-in Neo4j. Each file is validated whole first;
// a bad file is rejected with every bad row listed, and nothing of it is written. Each file that
// changes the graph is written in one transaction together with its ChangeRecord.
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ConfigError, loadConfig } from "../config.js";
import { applySchema } from "../db/apply-schema.js";
import { loadQueries } from "../db/queries.js";
import { inWriteScope } from "../db/write-scope.js";
import { connectNeo4j } from "../neo4j/connect.js";
import { LocalNeo4jError } from "../neo4j/errors.js";
import { emptyChangeSet, recordChange } from "../audit/change-record.js";
import { ImportValidationError, importConnections } from "./connections.js";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length === 0) {
    console.error("usage: npm run import -- <file.csv> [more.csv …]   (header: agency,asset,snapshot,status)");
    process.exit(2);
}
let code = 0;
try {
    const cfg = loadConfig();
    const conn = await connectNeo4j(cfg, (m) => console.error(m));
    try {
        await applySchema(conn.driver, cfg.neo4jDatabase);
        const actor = `cli:${os.userInfo().username}`;
        const queries = loadQueries();
        for (const file of files) {
            try {
                const r = await inWriteScope(conn.driver, { queries, database: cfg.neo4jDatabase }, async (scope) => {
                    const result = await importConnections(scope.db, { file: path.basename(file), text: readFileSync(file, "utf8"), actor });
                    if (scope.changed) {
                        await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import", fields: ["importConnections"], changes: { ...emptyChangeSet(), imports: [{ kind: "connections", file: path.basename(file), ...result }] } });
                    }
                    return result;
                });
                console.error(`[import] ${file}: ${r.rows} rows, ${r.created} connections created, ${r.unchanged} already present (${r.documentId})`);
            } catch (e) {
                code = 1;
                if (e instanceof ImportValidationError) console.error(`error: ${e.message}`);
                else console.error(`error: ${file}: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
            }
        }
    } finally {
        await conn.close();
    }
} catch (e) {
    console.error(`error: ${e instanceof ConfigError || e instanceof LocalNeo4jError ? e.message : String(e)}`);
    code = 1;
}
process.exit(code);
