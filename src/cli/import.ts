// `npm run import -- <file> [more …]`: imports connection snapshot files (CSV with the header
// agency,asset,snapshot,status) and agency inventories (CSV with agency,name,…,status,…, or JSON) —
// formats in README.md — into the graph of NEO4J_URI or the built-in Neo4j. Each file is validated whole first;
// a bad file is rejected with every bad row listed, and nothing of it is written. Each file that
// changes the graph is written in one transaction together with its ChangeRecord.
// A directory written by `npm run export` is replayed whole, in one transaction with one ChangeRecord:
// its imports in their order with their original importers and times, then its notes and change
// records (src/cli/exchange.ts).
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { inWriteScope } from "../db/write-scope.js";
import { emptyChangeSet, recordChange } from "../kernel/change-record.js";
import { runImportCommand } from "./command.js";
import { importConnections } from "../modules/editorial/ingest/connections.js";
import { RowsRefusedError } from "../kernel/imports.js";
import { importInventory } from "../modules/inventory/ingest/inventory.js";
import { ExportError, isExportDir, replayExport } from "./exchange.js";

/** Connection snapshots start with their fixed header; anything else is an inventory. */
const isConnections = (text: string): boolean => /^\uFEFF?\s*agency\s*,\s*asset\s*,/i.test(text);

const files = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (files.length === 0) {
    console.error("usage: npm run import -- <file> [more …]   (connections CSV: agency,asset,snapshot,status; inventory CSV: agency,name,description,status,fields,legal_basis,create_department; or inventory JSON)");
    process.exit(2);
}
await runImportCommand(
    files,
    async (file, { driver, queries, database, actor }) => {
        if (statSync(file).isDirectory()) {
            if (!isExportDir(file)) throw new ExportError(`${file} is a directory without export.json (npm run export writes one)`);
            const started = Date.now();
            const r = await inWriteScope(driver, { queries, database, timeoutMs: 3_600_000 }, async (scope) => {
                const done = await replayExport(scope.db, file, (m) => console.error(m));
                if (scope.changed) await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import (export)", fields: ["importExport"], changes: { ...emptyChangeSet(), imports: [{ kind: "export", directory: path.basename(path.resolve(file)), imports: done.imports, notes: done.notes, changeRecords: done.changeRecords, documentIds: done.changedIds.slice(0, 200) }] } });
                return done;
            });
            console.error(`[import] ${file}: ${r.imports} imported files, ${r.notes} notes, ${r.changeRecords} change records, in one transaction, ${((Date.now() - started) / 1000).toFixed(1)} s`);
            return;
        }
        const text = readFileSync(file, "utf8");
        const name = path.basename(file);
        const r = await inWriteScope(driver, { queries, database }, async (scope) => {
            const [field, result, summary] = isConnections(text)
                ? await importConnections(scope.db, { file: name, text, actor }).then((x) => ["importConnections", x, `${x.rows} rows, ${x.created} connections created, ${x.unchanged} already present`] as const)
                : await importInventory(scope.db, { file: name, text, actor }).then(
                      (x) => ["importInventory", x, `${x.entries} entries (${x.format}): ${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged; departments created: ${x.departmentsCreated.length}`] as const,
                  );
            if (scope.changed) {
                await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import", fields: [field], changes: { ...emptyChangeSet(), imports: [{ kind: field === "importConnections" ? "connections" : "inventory", file: name, ...result }] } });
            }
            return { documentId: result.documentId, summary };
        });
        console.error(`[import] ${file}: ${r.summary} (${r.documentId})`);
    },
    (e) => (e instanceof RowsRefusedError || e instanceof ExportError ? e.message : null),
);
