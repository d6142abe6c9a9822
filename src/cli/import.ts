// `npm run import -- [--sheet NAME] <file> [more …]`: imports connection snapshot files (header
// agency,asset,snapshot,status), agency inventories (agency,name,…,status,…, or JSON) and reference catalogues
// (kind,…,applies_to,…, or JSON) — CSV in any
// encoding and separator Excel writes, or .xlsx workbooks (the first sheet, or --sheet NAME); formats in
// README.md, "Importing files" — into the graph of NEO4J_URI or the built-in Neo4j. Each file is validated whole first;
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
import { importConnections, isConnectionsTable, readConnectionsTable } from "../modules/editorial/ingest/connections.js";
import { RowsRefusedError } from "../kernel/imports.js";
import { importInventory } from "../modules/inventory/ingest/inventory.js";
import { importReferenceCatalogue } from "../modules/inventory/ingest/reference-catalogue.js";
import { isReferenceCatalogue } from "../modules/inventory/ingest/reference-format.js";
import { detectFormat } from "../modules/inventory/ingest/inventory-format.js";
import { ExportError, isExportDir, replayExport } from "./exchange.js";

const USAGE = "usage: npm run import -- [--sheet NAME] <file> [more …]   (CSV or .xlsx; connections: agency,asset,snapshot,status; inventory: agency,name,description,status,fields,legal_basis,create_department; reference catalogue: kind,description,applies_to,responsible,legal_basis; or JSON)";
const files: string[] = [];
let sheet: string | undefined;
for (let i = 2; i < process.argv.length; i++) {
    const a = process.argv[i]!;
    if (a === "--sheet" && process.argv[i + 1] !== undefined) sheet = process.argv[++i];
    else if (a.startsWith("--")) {
        console.error(`unknown option ${a}\n${USAGE}`);
        process.exit(2);
    } else files.push(a);
}
if (files.length === 0) {
    console.error(USAGE);
    process.exit(2);
}

/** A connection snapshot is told by its header (asset and snapshot columns), a reference catalogue by its applies_to column; anything else is an inventory. */
const isConnections = async (name: string, bytes: Uint8Array): Promise<boolean> =>
    detectFormat(name, bytes) !== "JSON" && isConnectionsTable(await readConnectionsTable(name, bytes, sheet));
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
        const text = new Uint8Array(readFileSync(file));
        const name = path.basename(file);
        const connections = await isConnections(name, text);
        const reference = !connections && (await isReferenceCatalogue(name, text, sheet));
        const r = await inWriteScope(driver, { queries, database }, async (scope) => {
            const [field, kind, result, summary] = connections
                ? await importConnections(scope.db, { file: name, text, sheet, actor }).then((x) => ["importConnections", "connections", x, `${x.rows} rows, ${x.created} connections created, ${x.unchanged} already present`] as const)
                : reference
                  ? await importReferenceCatalogue(scope.db, { file: name, text, sheet, actor }).then(
                        (x) => ["importReferenceCatalogue", "reference", x, `${x.rows} reference kinds (${x.format}): ${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged`] as const,
                    )
                  : await importInventory(scope.db, { file: name, text, sheet, actor }).then(
                        (x) => ["importInventory", "inventory", x, `${x.entries} entries (${x.format}): ${x.created} created, ${x.updated} updated, ${x.unchanged} unchanged; departments created: ${x.departmentsCreated.length}`] as const,
                    );
            if (scope.changed) {
                await recordChange(scope.db, { actor: { sub: actor }, operation: "npm run import", fields: [field], changes: { ...emptyChangeSet(), imports: [{ kind, file: name, ...result }] } });
            }
            return { documentId: result.documentId, summary };
        });
        console.error(`[import] ${file}: ${r.summary} (${r.documentId})`);
    },
    (e) => (e instanceof RowsRefusedError || e instanceof ExportError ? e.message : null),
);
