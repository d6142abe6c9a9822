// The reference catalogues' part of `npm run export` and of importing an export: each imported reference
// catalogue written as it came in (kept with the import), replayed through the same import with its
// original importer and time. A catalogue imported before files were kept is rebuilt as JSON from the
// rows it cites, so nothing of the users' data is lost.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../../db/run.js";
import { importPath, type ExportedImport } from "../../../kernel/exchange.js";
import type { InventoryFormat } from "./inventory-format.js";
import { importReferenceCatalogue } from "./reference-catalogue.js";

interface ReferenceImportRow {
    id: string;
    file: string;
    format: InventoryFormat;
    importedAt: string;
    importedBy: string;
    content: string | null;
    sheet: string | null;
    rows: { kind: string; description: string | null; appliesTo: string; responsible: string | null; legalBasis: string | null }[];
}

export async function exportReferenceCatalogues(db: Db, dir: string): Promise<ExportedImport[]> {
    const docs = await db.run<ReferenceImportRow>("inventory/export-reference-catalogues");
    return docs.map((d) => {
        const regenerated = d.content === null;
        const name = regenerated ? d.file.replace(/\.[^.]*$/, "") + ".json" : d.file;
        const file = importPath(d.id, name);
        const text = regenerated ? JSON.stringify({ rows: d.rows.map((r) => ({ kind: r.kind, description: r.description ?? "", appliesTo: r.appliesTo, responsible: r.responsible ?? "", legalBasis: r.legalBasis ?? "" })) }, null, 1) + "\n" : Buffer.from(d.content!, "base64");
        writeFileSync(path.join(dir, file), text);
        return { kind: "reference", documentId: d.id, name, importedAt: d.importedAt, importedBy: d.importedBy, file, form: regenerated ? "regenerated" : "original", format: regenerated ? "JSON" : d.format, ...(d.sheet ? { sheet: d.sheet } : {}) };
    });
}

/** Replays one exported reference catalogue (in the caller's write scope). */
export async function replayReferenceCatalogue(db: Db, e: ExportedImport, dir: string) {
    const format = e.format === "CSV" || e.format === "JSON" || e.format === "XLSX" ? e.format : undefined;
    return importReferenceCatalogue(db, { file: e.name, text: new Uint8Array(readFileSync(path.join(dir, e.file))), sheet: e.sheet, actor: e.importedBy, at: e.importedAt, format });
}
