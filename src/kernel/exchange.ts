// The export of the users' own data (`npm run export -- DIR`) and its import into a fresh graph
// (`npm run import -- DIR`): what the domains' ingests and the two commands share. Each domain writes
// the files of its imports into DIR/imports/ and says how to replay each one; the command orders them
// by the time they were imported, writes `export.json`, and on import replays them in that order, in
// one write scope, with their original importer and time, then the notes and the change records.
import path from "node:path";

export const EXPORT_FORMAT = "state-data-graph-export";
export const EXPORT_VERSION = 1;
export const MANIFEST_FILE = "export.json";

export type ImportKind = "connections" | "inventory" | "reference" | "usage";

/**
 * How an import's file was written:
 *   original     the file as it came in (kept with the import), byte for byte — replayed through the
 *                same import as any file, so the upgrade path re-reads it with the code of the day;
 *   regenerated  rebuilt from what the graph holds (an import made before files were kept): replayed
 *                through the same import, but its document id (a hash of the bytes) may differ;
 *   observed     what the graph keeps of a usage log (the document and its monthly aggregates per
 *                consumer–service pair, durations included), which logs are not kept whole for
 *                (they can be tens of GB): written back as they were.
 */
export type ExportForm = "original" | "regenerated" | "observed";

export interface ExportedImport {
    kind: ImportKind;
    documentId: string;
    /** The file name it was imported under. */
    name: string;
    importedAt: string;
    importedBy: string;
    /** Path of its file, relative to the export directory. */
    file: string;
    form: ExportForm;
    /** The format the file was read as (an inventory's CSV, XLSX or JSON, a usage file's). */
    format?: string;
    /** The workbook's sheet the import read (default: the first). */
    sheet?: string;
    /** A usage log's mapping file, relative to the export directory. */
    mapping?: string;
    /** The period the usage import counted (`from/to`), passed again on replay. */
    period?: string;
    /** Usage imports this one was declared to replace. */
    replaces?: string[];
}

export interface ExportManifest {
    format: typeof EXPORT_FORMAT;
    version: typeof EXPORT_VERSION;
    exportedAt: string;
    /** The graph version the export was read at. */
    graphVersion: number;
    /** When the exported graph first recorded the reports (its seeding): the importing graph takes it over. */
    seedRecordedAt?: string;
    imports: ExportedImport[];
    /** The editors' notes (JSON), and the change records (JSON Lines), relative to the directory. */
    notes: string;
    changeRecords: string;
    counts: { imports: number; notes: number; changeRecords: number };
}

/** A file name inside DIR/imports/ for an import: its document id and the name it came under, made safe. */
export function importPath(documentId: string, name: string, suffix = ""): string {
    const safe = (s: string) => s.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 120);
    return path.posix.join("imports", `${safe(documentId)}--${safe(name)}${suffix}`);
}

/** Order of replay: the time of import, then the document id. */
export const byImportTime = (a: ExportedImport, b: ExportedImport): number => (a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : a.documentId < b.documentId ? -1 : 1);
