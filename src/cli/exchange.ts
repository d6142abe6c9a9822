// `npm run export -- DIR` and `npm run import -- DIR` (an export directory): the users' own data — every
// imported file, the editors' notes, the change records — out of one graph and into another (a fresh
// one seeded from the reports: the upgrade path across schema changes). Each domain's ingest writes and
// replays its own imports (src/modules/*/ingest/export.ts); this orders them and keeps the manifest.
import { closeLinks } from "../kernel/time.js";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../db/run.js";
import { exportChangeRecords, restoreChangeRecords, CHANGE_RECORDS_FILE } from "../kernel/change-record-export.js";
import { byImportTime, EXPORT_FORMAT, EXPORT_VERSION, MANIFEST_FILE, type ExportedImport, type ExportManifest } from "../kernel/exchange.js";
import { exportConnections, exportNotes, NOTES_FILE, replayConnections, restoreNotes } from "../modules/editorial/ingest/export.js";
import { exportInventories, replayInventory } from "../modules/inventory/ingest/export.js";
import { exportReferenceCatalogues, replayReferenceCatalogue } from "../modules/inventory/ingest/reference-export.js";
import { exportUsage, replayUsage } from "../modules/usage/ingest/export.js";

export class ExportError extends Error {}

/** Writes the export into `dir` (which must be empty or absent) from `db` (one read transaction). */
export async function writeExport(db: Db, dir: string, graphVersion: number): Promise<ExportManifest> {
    if (existsSync(dir) && readdirSync(dir).length > 0) throw new ExportError(`${dir} is not empty: export into a new or empty directory`);
    mkdirSync(path.join(dir, "imports"), { recursive: true });
    const imports = [...(await exportConnections(db, dir)), ...(await exportInventories(db, dir)), ...(await exportReferenceCatalogues(db, dir)), ...(await exportUsage(db, dir))].sort(byImportTime);
    const notes = await exportNotes(db, dir);
    const changeRecords = await exportChangeRecords(db, dir);
    const [seed] = await db.run<{ at: string | null }>("reports/seed-record-time");
    const manifest: ExportManifest = {
        format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), graphVersion, imports,
        ...(seed?.at ? { seedRecordedAt: seed.at } : {}),
        notes: NOTES_FILE, changeRecords: CHANGE_RECORDS_FILE, counts: { imports: imports.length, notes, changeRecords },
    };
    writeFileSync(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
    return manifest;
}

export const isExportDir = (p: string): boolean => existsSync(path.join(p, MANIFEST_FILE));

export function readManifest(dir: string): ExportManifest {
    const m = JSON.parse(readFileSync(path.join(dir, MANIFEST_FILE), "utf8")) as ExportManifest;
    if (m.format !== EXPORT_FORMAT) throw new ExportError(`${dir}/${MANIFEST_FILE} is not an export of this project (format "${String(m.format)}")`);
    if (m.version !== EXPORT_VERSION) throw new ExportError(`${dir} is an export of version ${m.version}; this version reads version ${EXPORT_VERSION}`);
    return m;
}

const replayers: Record<ExportedImport["kind"], (db: Db, e: ExportedImport, dir: string) => Promise<{ documentId: string }>> = {
    connections: replayConnections,
    inventory: replayInventory,
    reference: replayReferenceCatalogue,
    usage: replayUsage,
};

/** Replays an export into the graph of `db` (a write scope): imports in order, then notes and change records. */
export async function replayExport(db: Db, dir: string, log: (m: string) => void): Promise<{ imports: number; notes: number; changeRecords: number; changedIds: string[] }> {
    const m = readManifest(dir);
    const changedIds: string[] = [];
    // The reports were known to the exported graph from its seeding on: so they are here too.
    if (m.seedRecordedAt) {
        await db.write("reports/backdate-seed-record", { at: m.seedRecordedAt });
        // The links' ends carry the record time of the snapshot ending them, backdated with it.
        await closeLinks(db, null);
    }
    for (const e of m.imports) {
        const r = await replayers[e.kind](db, e, dir);
        if (e.form === "original" && r.documentId !== e.documentId) throw new ExportError(`${e.file}: replayed as ${r.documentId}, exported as ${e.documentId}: the file changed`);
        changedIds.push(r.documentId);
        log(`[import] ${e.kind} ${e.name} (${e.form}, imported ${e.importedAt} by ${e.importedBy}) → ${r.documentId}`);
    }
    const notes = await restoreNotes(db, dir);
    const changeRecords = await restoreChangeRecords(db, dir);
    return { imports: m.imports.length, notes, changeRecords, changedIds };
}
