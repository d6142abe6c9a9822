// Import of a connection snapshot (e.g. Phụ lục 2 for 2024) from CSV. The whole file is validated
// before anything is written; any bad row rejects the file with every problem listed; the write is
// one transaction; importing the same file twice creates nothing the second time.
//
// Format (header required, one connection per row; CSV in any encoding and separator Excel writes, or an
// .xlsx workbook — lib/tabular/; columns by their English or Vietnamese names, CONNECTION_COLUMNS):
//   agency,asset,snapshot,status
//   Thành phố Đà Nẵng,2,Y2024,OFFICIAL
// agency: id, name or alias (names mean the 2023 units; a 2025 unit is given by its id); asset: Phụ lục 1 number, id, code (paygov) or name; snapshot: Y2022,
// JUNE_2023, Y2023, Y2024, Y2025; status: OFFICIAL, TECHNICAL or OFFICIAL_OR_TECHNICAL.
import { createHash } from "node:crypto";
import { agencyKey, expandAbbreviations } from "../../../../lib/text.js";
import type { Db } from "../../../db/run.js";
import { snapshotYearEnd } from "../../../kernel/era.js";
import { closeLinks } from "../../../kernel/time.js";
import { contentBytes, findHeader, readTable, rowValues, TableError, type FileContent, type Table, type Vocabulary } from "../../../../lib/tabular/index.js";
import { MAX_IMPORT_ROWS as MAX_ROWS, RowsRefusedError, type RowError } from "../../../kernel/imports.js";

export const SNAPSHOTS = ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"] as const;
export const STATUSES = ["OFFICIAL", "TECHNICAL", "OFFICIAL_OR_TECHNICAL"] as const;
export const HEADER = ["agency", "asset", "snapshot", "status"] as const;
/** The columns by name, English or Vietnamese (README "Importing files"). */
export const CONNECTION_COLUMNS: Vocabulary = {
    columns: [
        { name: "agency", aliases: ["Tên cơ quan", "Cơ quan", "Cơ quan, đơn vị", "Đơn vị", "Tên đơn vị", "Bộ, ngành, địa phương"] },
        { name: "asset", aliases: ["Tên CSDL", "CSDL", "Cơ sở dữ liệu", "Tên cơ sở dữ liệu", "Hệ thống", "Tên hệ thống", "CSDL/Hệ thống"] },
        { name: "snapshot", aliases: ["Kỳ", "Kỳ báo cáo", "Thời điểm"] },
        { name: "status", aliases: ["Trạng thái", "Trạng thái kết nối", "Hình thức kết nối"] },
    ],
    required: HEADER,
};

/** A connection snapshot, told by its header (an asset and a snapshot column), whatever else the file is. */
export function isConnectionsTable(t: Table): boolean {
    try {
        const { header } = findHeader(t.rows, CONNECTION_COLUMNS);
        return header.columns.includes("asset") && header.columns.includes("snapshot");
    } catch {
        return false;
    }
}

export interface ImportResult {
    documentId: string;
    rows: number;
    created: number;
    unchanged: number;
}

interface ValidRow {
    agencyId: string;
    assetId: string;
    snapshot: string;
    status: string;
    row: number;
    text: string;
}

interface ReferenceData {
    agencies: { id: string; era: number; keys: string[] }[];
    assets: { id: string; number: number | null; code: string | null; keys: string[] }[];
}

export function validateConnections(file: string, table: Table, ref: ReferenceData): ValidRow[] {
    const errors: RowError[] = [];
    let found;
    try {
        found = findHeader(table.rows, CONNECTION_COLUMNS);
    } catch (e) {
        if (e instanceof TableError) throw new RowsRefusedError(file, [{ row: e.row || 1, message: e.message }]);
        throw e;
    }
    const { header, data } = found;
    if (data.length === 0) throw new RowsRefusedError(file, [{ row: header.row.row, message: "the file has no data rows" }]);
    if (data.length > MAX_ROWS) throw new RowsRefusedError(file, [{ row: header.row.row, message: `at most ${MAX_ROWS} rows per file` }]);
    // Names resolve to the 2023 units of the reports when a 2025 unit shares the name; a 2025 unit
    // is named by its id (province-2025:…, agency-2025:…).
    const agencyByKey = new Map<string, string[]>();
    for (const a of [...ref.agencies].sort((x, y) => x.era - y.era)) {
        agencyByKey.set(a.id, [a.id]);
        for (const k of a.keys) {
            const have = agencyByKey.get(k) ?? [];
            const sameEra = have.filter((id) => ref.agencies.find((b) => b.id === id)?.era === a.era);
            if (have.length === 0 || sameEra.length === have.length) agencyByKey.set(k, [...new Set([...have, a.id])]);
        }
    }
    const assetByKey = new Map<string, string>();
    for (const s of ref.assets) {
        for (const k of [s.id, ...(s.number !== null ? [String(s.number)] : []), ...(s.code ? [s.code.toLowerCase()] : []), ...s.keys]) assetByKey.set(k, s.id);
    }
    const seen = new Map<string, number>();
    const valid: ValidRow[] = [];
    for (const r of data) {
        const bad = (message: string): void => {
            errors.push({ row: r.row, message });
        };
        const { values, problem } = rowValues(header, r, table.kind === "CSV");
        if (problem) {
            bad(problem);
            continue;
        }
        const { agency = "", asset = "", snapshot: snapshotText = "", status: statusText = "" } = values;
        // Codes as written, or as a spreadsheet's autocorrect leaves them ("y2024", "official").
        const snapshot = snapshotText.toUpperCase();
        const status = statusText.toUpperCase();
        const agencies = agencyByKey.get(agency) ?? agencyByKey.get(agencyKey(expandAbbreviations(agency)));
        const assetId = assetByKey.get(asset) ?? assetByKey.get(asset.toLowerCase()) ?? assetByKey.get(agencyKey(expandAbbreviations(asset)));
        const problems: string[] = [];
        if (!agency) problems.push("agency is empty");
        else if (!agencies) problems.push(`unknown agency "${agency}"`);
        else if (agencies.length > 1) problems.push(`ambiguous agency "${agency}" (${agencies.join(", ")})`);
        if (!asset) problems.push("asset is empty");
        else if (!assetId) problems.push(`unknown asset "${asset}"`);
        if (!(SNAPSHOTS as readonly string[]).includes(snapshot)) problems.push(`snapshot "${snapshot}" is not one of ${SNAPSHOTS.join(", ")}`);
        if (!(STATUSES as readonly string[]).includes(status)) problems.push(`status "${status}" is not one of ${STATUSES.join(", ")}`);
        if (problems.length > 0) {
            bad(problems.join("; "));
            continue;
        }
        const key = `${agencies![0]}|${assetId}|${snapshot}`;
        const first = seen.get(key);
        if (first !== undefined) {
            bad(`duplicate of row ${first} (same agency, asset and snapshot)`);
            continue;
        }
        seen.set(key, r.row);
        valid.push({ agencyId: agencies![0]!, assetId: assetId!, snapshot, status, row: r.row, text: r.raw });
    }
    if (errors.length > 0) throw new RowsRefusedError(file, errors);
    return valid;
}

export interface ImportOptions {
    file: string;
    /** The file: its text, or its bytes as stored (any encoding lib/tabular reads, or an .xlsx). */
    text: FileContent;
    /** The workbook's sheet to read (default: the first). */
    sheet?: string;
    actor: string;
    /** When it was imported (default now); the replay of an export keeps the original time. */
    at?: string;
}

/**
 * Validates and writes one file with `db`, which must be a write scope's (src/db/write-scope.ts): the
 * GraphQL mutation's operation transaction, or the CLI's. The caller records the change in the same scope.
 */
export async function importConnections(db: Db, o: ImportOptions): Promise<ImportResult> {
    const sha256 = createHash("sha256").update(contentBytes(o.text)).digest("hex");
    const documentId = `import:${sha256.slice(0, 16)}`;
    const table = await readConnectionsTable(o.file, o.text, o.sheet);
    const [ref] = await db.run<ReferenceData>("editorial/connection-reference-data");
    const rows = validateConnections(o.file, table, ref ?? { agencies: [], assets: [] });
    // Valid time: the day the graph already states for the snapshot (the reports' columns), else the
    // last day of the year the snapshot names (Y2024 → 2024-12-31).
    const known = new Map((await db.run<{ snapshot: string; validFrom: string }>("era/snapshot-dates")).map((d) => [d.snapshot, d.validFrom]));
    const dated = rows.map((r) => ({ ...r, validFrom: known.get(r.snapshot) ?? snapshotYearEnd(r.snapshot) }));
    const [w] = await db.write<{ created: number }>("editorial/write-connections", {
        // The file is kept as it came in (its bytes, base64) so `npm run export` can write it back.
        doc: { id: documentId, file: o.file, sha256, importedBy: o.actor, importedAt: o.at ?? new Date().toISOString(), content: Buffer.from(contentBytes(o.text)).toString("base64"), sheet: o.sheet ?? null },
        rows: dated,
    });
    // The links of the file's agencies end at their next snapshot (this file's, or a later one already held).
    await closeLinks(db, [...new Set(rows.map((r) => r.agencyId))]);
    const created = w?.created ?? 0;
    return { documentId, rows: rows.length, created, unchanged: rows.length - created };
}

/** The file's rows; a file that cannot be read (encoding, workbook) is refused as a whole. */
export async function readConnectionsTable(file: string, content: FileContent, sheet?: string): Promise<Table> {
    try {
        return await readTable(file, content, { sheet, vocab: CONNECTION_COLUMNS });
    } catch (e) {
        if (e instanceof TableError) throw new RowsRefusedError(file, [{ row: e.row, message: e.message }]);
        throw e;
    }
}
