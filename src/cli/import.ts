// `npm run import -- <file> [more …]`: imports connection snapshot files (CSV with the header
// agency,asset,snapshot,status), agency inventories (CSV with agency,name,…,status,…, or JSON) and
// reference catalogues (CSV or JSON with kind,…,applies_to,…) — formats in README.md — into the graph of NEO4J_URI or the built-in Neo4j. Each file is validated whole first;
// a bad file is rejected with every bad row listed, and nothing of it is written. Each file that
// changes the graph is written in one transaction together with its ChangeRecord.
import { readFileSync } from "node:fs";
import path from "node:path";
import { inWriteScope } from "../db/write-scope.js";
import { emptyChangeSet, recordChange } from "../kernel/change-record.js";
import { runImportCommand } from "./command.js";
import { importConnections } from "../modules/editorial/ingest/connections.js";
import { RowsRefusedError } from "../kernel/imports.js";
import { importInventory } from "../modules/inventory/ingest/inventory.js";
import { importReferenceCatalogue } from "../modules/inventory/ingest/reference-catalogue.js";
import { isReferenceCatalogue } from "../modules/inventory/ingest/reference-format.js";

/** Connection snapshots start with their fixed header; reference catalogues name what rows apply to; anything else is an inventory. */
const isConnections = (text: string): boolean => /^\uFEFF?\s*agency\s*,\s*asset\s*,/i.test(text);

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length === 0) {
    console.error("usage: npm run import -- <file> [more …]   (connections CSV: agency,asset,snapshot,status; inventory CSV: agency,name,description,status,fields,legal_basis,create_department; reference catalogue CSV: kind,description,applies_to,responsible,legal_basis; or either as JSON)");
    process.exit(2);
}
await runImportCommand(
    files,
    async (file, { driver, queries, database, actor }) => {
        const text = readFileSync(file, "utf8");
        const name = path.basename(file);
        const r = await inWriteScope(driver, { queries, database }, async (scope) => {
            const [field, kind, result, summary] = isConnections(text)
                ? await importConnections(scope.db, { file: name, text, actor }).then((x) => ["importConnections", "connections", x, `${x.rows} rows, ${x.created} connections created, ${x.unchanged} already present`] as const)
                : isReferenceCatalogue(text)
                  ? await importReferenceCatalogue(scope.db, { file: name, text, actor }).then(
                        (x) => ["importReferenceCatalogue", "reference", x, `${x.rows} reference kinds (${x.format}): ${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`] as const,
                    )
                  : await importInventory(scope.db, { file: name, text, actor }).then(
                        (x) => ["importInventory", "inventory", x, `${x.entries} entries (${x.format}): ${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged; departments created: ${x.departmentsCreated.length}`] as const,
                    );
            if (scope.changed) {
                await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import", fields: [field], changes: { ...emptyChangeSet(), imports: [{ kind, file: name, ...result }] } });
            }
            return { documentId: result.documentId, summary };
        });
        console.error(`[import] ${file}: ${r.summary} (${r.documentId})`);
    },
    (e) => (e instanceof RowsRefusedError ? e.message : null),
);
