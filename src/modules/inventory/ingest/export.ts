// The inventory domain's part of `npm run export` and of importing an export: each imported inventory
// written as it came in (CSV or JSON, kept with the import), or, for an import made before files were
// kept, rebuilt as a JSON inventory from the entries it lists; replayed through the same import with
// its original importer and time, in the order of import (a later file updates what an earlier listed).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../../db/run.js";
import { importPath, type ExportedImport } from "../../../kernel/exchange.js";
import { importInventory } from "./inventory.js";
import type { InventoryFormat } from "./inventory-format.js";

interface InventoryImportRow {
    id: string;
    file: string;
    format: InventoryFormat;
    importedAt: string;
    importedBy: string;
    /** The file's bytes in base64, when kept. */
    content: string | null;
    sheet: string | null;
    entries: { agency: string; created: boolean; name: string; description: string | null; status: string; fields: string[]; legalBasis: string | null }[];
}

export async function exportInventories(db: Db, dir: string): Promise<ExportedImport[]> {
    const docs = await db.run<InventoryImportRow>("inventory/export-imports");
    return docs.map((d) => {
        const regenerated = d.content === null;
        const name = regenerated ? d.file.replace(/\.[^.]*$/, "") + ".json" : d.file;
        const file = importPath(d.id, name);
        const text =
            d.content !== null
                ? Buffer.from(d.content, "base64")
                : JSON.stringify({ entries: d.entries.map((e) => ({ agency: e.agency, name: e.name, description: e.description ?? "", status: e.status.toLowerCase(), fields: e.fields, legalBasis: e.legalBasis ?? "", createDepartment: e.created })) }, null, 1) + "\n";
        writeFileSync(path.join(dir, file), text);
        return { kind: "inventory", documentId: d.id, name, importedAt: d.importedAt, importedBy: d.importedBy, file, form: regenerated ? "regenerated" : "original", format: regenerated ? "JSON" : d.format, ...(d.sheet ? { sheet: d.sheet } : {}) };
    });
}

/** Replays one exported inventory (in the caller's write scope). */
export async function replayInventory(db: Db, e: ExportedImport, dir: string) {
    const format = e.format === "CSV" || e.format === "JSON" || e.format === "XLSX" ? e.format : undefined;
    return importInventory(db, { file: e.name, text: new Uint8Array(readFileSync(path.join(dir, e.file))), sheet: e.sheet, actor: e.importedBy, at: e.importedAt, format });
}
