// The inventory file formats: a table — CSV (any encoding and separator Excel writes) or an .xlsx
// workbook, read by lib/tabular/ (header row below any title rows, columns by their English or
// Vietnamese names, an STT column ignored) — and JSON (an array of entries, or { "entries": [...] }).
// All become the same raw rows with their place in the file (the row Excel shows), so validation and
// citations do not care which format came in. Format described in README.md ("Importing files") and
// shown in examples/imports/inventory-sample.{csv,json,xlsx}.
import { fileText, findHeader, isWorkbook, readTable, rowValues, TableError, type FileContent, type Table, type Vocabulary } from "../../../../lib/tabular/index.js";
import type { RowError } from "../../../kernel/imports.js";

/** CSV columns; `agency`, `name` and `status` are required, the rest may be left out or empty. */
export const INVENTORY_COLUMNS = ["agency", "name", "description", "status", "fields", "legal_basis", "create_department"] as const;
export const REQUIRED_COLUMNS = ["agency", "name", "status"] as const;
type Column = (typeof INVENTORY_COLUMNS)[number];
/** The columns by name, English or Vietnamese (README "Importing files"). */
export const INVENTORY_VOCABULARY: Vocabulary = {
    columns: [
        { name: "agency", aliases: ["Tên cơ quan", "Cơ quan", "Cơ quan, đơn vị", "Đơn vị", "Tên đơn vị", "Cơ quan quản lý", "Đơn vị quản lý", "Cơ quan chủ quản"] },
        { name: "name", aliases: ["Tên CSDL", "Tên cơ sở dữ liệu", "Tên CSDL/HTTT", "Tên hệ thống", "Tên dữ liệu", "Tên"] },
        { name: "description", aliases: ["Mô tả", "Mô tả tóm tắt", "Nội dung", "Mô tả nội dung"] },
        { name: "status", aliases: ["Trạng thái", "Tình trạng", "Hiện trạng", "Tình trạng triển khai"] },
        { name: "fields", aliases: ["Trường dữ liệu", "Các trường dữ liệu", "Trường thông tin", "Thông tin chính"] },
        { name: "legal_basis", aliases: ["Căn cứ pháp lý", "Cơ sở pháp lý", "Văn bản pháp lý", "legalBasis"] },
        { name: "create_department", aliases: ["Tạo đơn vị", "Tạo sở", "createDepartment"] },
    ],
    required: REQUIRED_COLUMNS,
};
/** JSON keys, camelCase or as the CSV header. */
const JSON_KEYS: Record<string, Column> = {
    agency: "agency", name: "name", description: "description", status: "status", fields: "fields",
    legalBasis: "legal_basis", legal_basis: "legal_basis", createDepartment: "create_department", create_department: "create_department",
};

export interface RawEntry {
    /** 1-based: the row Excel shows (CSV, workbook) or the JSON array position. */
    row: number;
    /** "row 3" (CSV, workbook) or "entry 3" (JSON). */
    locator: string;
    /** The row as written (CSV line, workbook row as CSV, or the JSON object), for the citation. */
    text: string;
    values: Partial<Record<Column, string>>;
    fields: string[];
}

export type InventoryFormat = "CSV" | "JSON" | "XLSX";

export class FormatError extends Error {
    constructor(readonly errors: RowError[]) {
        super(errors.map((e) => `row ${e.row}: ${e.message}`).join("; "));
        this.name = "FormatError";
    }
}

export function detectFormat(fileName: string, content: FileContent): InventoryFormat {
    if (typeof content !== "string" && isWorkbook(content)) return "XLSX";
    if (/\.json$/i.test(fileName)) return "JSON";
    if (/\.(csv|tsv|txt)$/i.test(fileName)) return "CSV";
    if (/\.xlsx$/i.test(fileName)) return "XLSX";
    const head = typeof content === "string" ? content : Buffer.from(content.subarray(0, 64)).toString("utf8");
    return /^\uFEFF?\s*[[{]/.test(head) ? "JSON" : "CSV";
}

/** Fields are separated by `;` (or put one per line in a cell). */
const splitFields = (s: string): string[] => s.split(/[;\n]/).map((f) => f.normalize("NFC").trim()).filter((f) => f.length > 0);

/** The file's entries with their place in it; FormatError lists what is wrong with its shape. */
export async function readInventory(fileName: string, format: InventoryFormat, content: FileContent, sheet?: string): Promise<RawEntry[]> {
    try {
        if (format === "JSON") return readJson(fileText(fileName, content));
        return readTableInventory(await readTable(fileName, content, { sheet, vocab: INVENTORY_VOCABULARY }));
    } catch (e) {
        if (e instanceof TableError) throw new FormatError([{ row: e.row || 1, message: e.message }]);
        throw e;
    }
}

function readTableInventory(table: Table): RawEntry[] {
    const { header, data } = findHeader(table.rows, INVENTORY_VOCABULARY);
    const bad: RowError[] = [];
    const out: RawEntry[] = [];
    for (const r of data) {
        const { values, problem } = rowValues(header, r, table.kind === "CSV");
        if (problem) {
            bad.push({ row: r.row, message: problem });
            continue;
        }
        out.push({ row: r.row, locator: `row ${r.row}`, text: r.raw, values: values as RawEntry["values"], fields: splitFields(values.fields ?? "") });
    }
    if (bad.length) throw new FormatError(bad);
    return out;
}

function readJson(text: string): RawEntry[] {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
        throw new FormatError([{ row: 0, message: `not valid JSON: ${(e as Error).message}` }]);
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown })?.entries;
    if (!Array.isArray(list)) throw new FormatError([{ row: 0, message: 'expected an array of entries or { "entries": [...] }' }]);
    const bad: RowError[] = [];
    const out: RawEntry[] = [];
    list.forEach((item, i) => {
        const row = i + 1;
        if (!item || typeof item !== "object" || Array.isArray(item)) {
            bad.push({ row, message: "an entry must be an object" });
            return;
        }
        const values: RawEntry["values"] = {};
        let fields: string[] = [];
        const problems: string[] = [];
        for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
            const col = JSON_KEYS[k];
            if (!col) problems.push(`unknown key "${k}"`);
            else if (col === "fields" && Array.isArray(v) && v.every((f) => typeof f === "string")) fields = splitFields((v as string[]).join(";"));
            else if (col === "create_department" && typeof v === "boolean") values[col] = v ? "yes" : "no";
            else if (v === null || v === undefined) continue;
            else if (typeof v !== "string") problems.push(`"${k}" must be ${col === "fields" ? "a list of strings or a string" : "a string"}`);
            else {
                values[col] = v.normalize("NFC").trim();
                if (col === "fields") fields = splitFields(v);
            }
        }
        if (problems.length) bad.push({ row, message: problems.join("; ") });
        else out.push({ row, locator: `entry ${row}`, text: JSON.stringify(item), values, fields });
    });
    if (bad.length) throw new FormatError(bad);
    return out;
}
