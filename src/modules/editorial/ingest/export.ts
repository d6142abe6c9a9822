// The editorial domain's part of `npm run export` and of importing an export: its imported connection
// snapshots (written as they came in, kept with each import; rebuilt from their rows for an import made
// before files were kept), replayed through the same import with their original importer and time;
// and the editors' notes, written to notes.json and written back as they were (ids, authors, times).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../../db/run.js";
import { importPath, type ExportedImport } from "../../../kernel/exchange.js";
import { HEADER, importConnections } from "./connections.js";

interface ConnectionImportRow {
    id: string;
    file: string;
    importedAt: string;
    importedBy: string;
    /** The file's bytes in base64, when kept. */
    content: string | null;
    sheet: string | null;
    rows: { row: number; text: string }[];
}

/** Writes every imported snapshot into `dir` and says how to replay it. */
export async function exportConnections(db: Db, dir: string): Promise<ExportedImport[]> {
    const docs = await db.run<ConnectionImportRow>("editorial/export-connection-imports");
    return docs.map((d) => {
        const file = importPath(d.id, d.file);
        const text = d.content !== null ? Buffer.from(d.content, "base64") : [HEADER.join(","), ...[...d.rows].sort((a, b) => a.row - b.row).map((r) => r.text)].join("\n") + "\n";
        writeFileSync(path.join(dir, file), text);
        return { kind: "connections", documentId: d.id, name: d.file, importedAt: d.importedAt, importedBy: d.importedBy, file, form: d.content !== null ? "original" : "regenerated", ...(d.sheet ? { sheet: d.sheet } : {}) };
    });
}

/** Replays one exported snapshot (in the caller's write scope). */
export async function replayConnections(db: Db, e: ExportedImport, dir: string) {
    return importConnections(db, { file: e.name, text: new Uint8Array(readFileSync(path.join(dir, e.file))), sheet: e.sheet, actor: e.importedBy, at: e.importedAt });
}

interface NoteRow {
    props: Record<string, unknown>;
    about: { id: string; props: Record<string, unknown> }[];
}

export const NOTES_FILE = "notes.json";

/** Writes every note into `dir`/notes.json; returns how many. */
export async function exportNotes(db: Db, dir: string): Promise<number> {
    const notes = await db.run<NoteRow>("editorial/export-notes");
    writeFileSync(path.join(dir, NOTES_FILE), JSON.stringify({ notes }, null, 1) + "\n");
    return notes.length;
}

/** Writes the notes of an export back (in the caller's write scope); returns how many. */
export async function restoreNotes(db: Db, dir: string): Promise<number> {
    const { notes } = JSON.parse(readFileSync(path.join(dir, NOTES_FILE), "utf8")) as { notes: NoteRow[] };
    if (notes.length === 0) return 0;
    const [r] = await db.write<{ notes: number }>("editorial/restore-notes", { notes });
    return r?.notes ?? 0;
}
