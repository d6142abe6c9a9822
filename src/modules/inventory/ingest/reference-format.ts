// The reference catalogue's file formats, read through lib/tabular/ like inventories: a table — CSV (any
// encoding and separator Excel writes) or an .xlsx workbook (header row below any title rows, columns by
// their English or Vietnamese names, an STT column ignored) — or JSON (an array of rows, or
// { "rows": [...] }). Each row keeps its place in the file for its citation. Format in README.md
// ("Missing databases and catalogue quality") and examples/imports/reference-sample.{csv,json}.
import { fileText, findHeader, readTable, rowValues, TableError, type FileContent, type Table, type Vocabulary } from "../../../../lib/tabular/index.js";
import type { RowError } from "../../../kernel/imports.js";
import { FormatError, detectFormat, type InventoryFormat } from "./inventory-format.js";

export const REFERENCE_COLUMNS = ["kind", "description", "applies_to", "responsible", "legal_basis"] as const;
type Column = (typeof REFERENCE_COLUMNS)[number];
/** The columns by name, English or Vietnamese (README "Missing databases and catalogue quality"). */
export const REFERENCE_VOCABULARY: Vocabulary = {
    columns: [
        { name: "kind", aliases: ["Loại dữ liệu", "Loại CSDL", "Tên loại dữ liệu", "Loại cơ sở dữ liệu"] },
        { name: "description", aliases: ["Mô tả", "Nội dung"] },
        { name: "applies_to", aliases: ["Áp dụng cho", "Đối tượng áp dụng", "appliesTo", "applies to"] },
        { name: "responsible", aliases: ["Cơ quan chịu trách nhiệm", "Trách nhiệm cập nhật", "responsible_agency_kind", "responsibleAgencyKind"] },
        { name: "legal_basis", aliases: ["Căn cứ pháp lý", "Cơ sở pháp lý", "legalBasis"] },
    ],
    required: ["kind", "applies_to"],
};
/** JSON keys, camelCase or as the CSV header. */
const JSON_KEYS: Record<string, Column> = {
    kind: "kind", description: "description", applies_to: "applies_to", appliesTo: "applies_to", responsible: "responsible",
    responsible_agency_kind: "responsible", responsibleAgencyKind: "responsible", legal_basis: "legal_basis", legalBasis: "legal_basis",
};

export interface ReferenceRawRow {
    row: number;
    locator: string;
    text: string;
    values: Partial<Record<Column, string>>;
}

/** A reference catalogue names what its rows apply to: an `applies_to` column (any of its names) or key. */
export async function isReferenceCatalogue(fileName: string, content: FileContent, sheet?: string): Promise<boolean> {
    try {
        if (detectFormat(fileName, content) === "JSON") return /"(applies_?to|appliesTo)"\s*:/i.test(fileText(fileName, content));
        const { header } = findHeader((await readTable(fileName, content, { sheet, vocab: REFERENCE_VOCABULARY })).rows, REFERENCE_VOCABULARY);
        return header.columns.includes("applies_to") && header.columns.includes("kind");
    } catch {
        return false;
    }
}

/** The file's rows with their place in it; FormatError lists what is wrong with its shape. */
export async function readReferenceCatalogue(fileName: string, format: InventoryFormat, content: FileContent, sheet?: string): Promise<ReferenceRawRow[]> {
    try {
        if (format === "JSON") return readJson(fileText(fileName, content));
        return readTableRows(await readTable(fileName, content, { sheet, vocab: REFERENCE_VOCABULARY }));
    } catch (e) {
        if (e instanceof TableError) throw new FormatError([{ row: e.row || 1, message: e.message }]);
        throw e;
    }
}

function readTableRows(table: Table): ReferenceRawRow[] {
    const { header, data } = findHeader(table.rows, REFERENCE_VOCABULARY);
    const bad: RowError[] = [];
    const out: ReferenceRawRow[] = [];
    for (const r of data) {
        const { values, problem } = rowValues(header, r, table.kind === "CSV");
        if (problem) {
            bad.push({ row: r.row, message: problem });
            continue;
        }
        const clean: ReferenceRawRow["values"] = {};
        for (const [k, v] of Object.entries(values)) clean[k as Column] = v.normalize("NFC").trim();
        out.push({ row: r.row, locator: `row ${r.row}`, text: r.raw, values: clean });
    }
    if (bad.length) throw new FormatError(bad);
    return out;
}

function readJson(text: string): ReferenceRawRow[] {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (e) {
        throw new FormatError([{ row: 0, message: `not valid JSON: ${(e as Error).message}` }]);
    }
    const list = Array.isArray(parsed) ? parsed : ((parsed as { rows?: unknown; kinds?: unknown })?.rows ?? (parsed as { kinds?: unknown })?.kinds);
    if (!Array.isArray(list)) throw new FormatError([{ row: 0, message: 'expected an array of rows or { "rows": [...] }' }]);
    const bad: RowError[] = [];
    const out: ReferenceRawRow[] = [];
    list.forEach((item, i) => {
        const row = i + 1;
        if (!item || typeof item !== "object" || Array.isArray(item)) return void bad.push({ row, message: "a row must be an object" });
        const values: ReferenceRawRow["values"] = {};
        const problems: string[] = [];
        for (const [key, v] of Object.entries(item as Record<string, unknown>)) {
            const col = JSON_KEYS[key];
            if (!col) problems.push(`unknown key "${key}"; allowed: ${REFERENCE_COLUMNS.join(", ")}`);
            else if (v === null || v === undefined) continue;
            else if (typeof v !== "string") problems.push(`"${key}" must be a string`);
            else values[col] = v.normalize("NFC").trim();
        }
        if (problems.length) bad.push({ row, message: problems.join("; ") });
        else out.push({ row, locator: `entry ${row}`, text: JSON.stringify(item), values });
    });
    if (bad.length) throw new FormatError(bad);
    return out;
}
