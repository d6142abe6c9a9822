// `npm run import -- <file.csv> [more.csv …]`: imports connection snapshot files (format in
// README.md) into the graph of NEO4J_URI or the built-in Neo4j. Each file is validated whole first;
// a bad file is rejected with every bad row listed, and nothing of it is written. Each file that
// changes the graph is written in one transaction together with its ChangeRecord.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inWriteScope } from "../db/write-scope.js";
import { emptyChangeSet, recordChange } from "../audit/change-record.js";
import { runImportCommand } from "./command.js";
import { ImportValidationError, importConnections } from "./connections.js";

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length === 0) {
    console.error("usage: npm run import -- <file.csv> [more.csv …]   (header: agency,asset,snapshot,status)");
    process.exit(2);
}
await runImportCommand(
    files,
    async (file, { driver, queries, database, actor }) => {
        const r = await inWriteScope(driver, { queries, database }, async (scope) => {
            const result = await importConnections(scope.db, { file: path.basename(file), text: readFileSync(file, "utf8"), actor });
            if (scope.changed) {
                await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import", fields: ["importConnections"], changes: { ...emptyChangeSet(), imports: [{ kind: "connections", file: path.basename(file), ...result }] } });
            }
            return result;
        });
        console.error(`[import] ${file}: ${r.rows} rows, ${r.created} connections created, ${r.unchanged} already present (${r.documentId})`);
    },
    (e) => (e instanceof ImportValidationError ? e.message : null),
);
