// The inventory file formats: CSV (header row, one entry per row) and JSON (an array of entries, or
// { "entries": [...] }). Both become the same raw rows with their place in the file, so validation
// and citations do not care which format came in. Format described in README.md ("Importing an
// inventory") and shown in examples/imports/inventory-sample.{csv,json}.
import { readCsv } from "../../../../lib/csv.js";
import type { RowError } from "../../../kernel/imports.js";

/** CSV columns; `agency`, `name` and `status` are required, the rest may be left out or empty. */
export const INVENTORY_COLUMNS = ["agency", "name", "description", "status", "fields", "legal_basis", "create_department"] as const;
export const REQUIRED_COLUMNS = ["agency", "name", "status"] as const;
type Column = (typeof INVENTORY_COLUMNS)[number];
/** JSON keys, camelCase or as the CSV header. */
const JSON_KEYS: Record<string, Column> = {
    agency: "agency", name: "name", description: "description", status: "status", fields: "fields",
    legalBasis: "legal_basis", legal_basis: "legal_basis", createDepartment: "create_department", create_department: "create_department",
};

export interface RawEntry {
    /** 1-based: the CSV line or the JSON array position. */
    row: number;
    /** "row 3" (CSV line) or "entry 3" (JSON). */
    locator: string;
    /** The row as written (CSV line, or the JSON object), for the citation. */
    text: string;
    values: Partial<Record<Column, string>>;
    fields: string[];
}

export type InventoryFormat = "CSV" | "JSON";

export class FormatError extends Error {
    constructor(readonly errors: RowError[]) {
        super(errors.map((e) => `row ${e.row}: ${e.message}`).join("; "));
        this.name = "FormatError";
    }
}

export function detectFormat(fileName: string, text: string): InventoryFormat {
    if (/\.json$/i.test(fileName)) return "JSON";
    if (/\.csv$/i.test(fileName)) return "CSV";
    return /^\s*[[{]/.test(text) ? "JSON" : "CSV";
}

const splitFields = (s: string): string[] => s.split(";").map((f) => f.normalize("NFC").trim()).filter((f) => f.length > 0);

export function readInventory(format: InventoryFormat, text: string): RawEntry[] {
    return format === "JSON" ? readJson(text) : readCsvInventory(text);
}

function readCsvInventory(text: string): RawEntry[] {
    let rows;
    try {
        rows = readCsv(text);
    } catch (e) {
        throw new FormatError([{ row: 0, message: (e as Error).message }]);
    }
    const [header, ...data] = rows;
    if (!header) throw new FormatError([{ row: 1, message: "the file is empty" }]);
    const names = header.cells.map((c) => c.toLowerCase().replace(/\s+/g, "_"));
    const unknown = names.filter((n) => !(INVENTORY_COLUMNS as readonly string[]).includes(n));
    const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
    const twice = names.filter((n, i) => names.indexOf(n) !== i);
    const problems = [
        ...(unknown.length ? [`unknown column(s) ${unknown.map((u) => `"${u}"`).join(", ")}; allowed: ${INVENTORY_COLUMNS.join(", ")}`] : []),
        ...(missing.length ? [`missing column(s) ${missing.join(", ")}`] : []),
        ...(twice.length ? [`column(s) given twice: ${twice.join(", ")}`] : []),
    ];
    if (problems.length) throw new FormatError([{ row: header.line, message: problems.join("; ") }]);
    const bad: RowError[] = [];
    const out: RawEntry[] = [];
    for (const r of data) {
        if (r.cells.length !== names.length) {
            bad.push({ row: r.line, message: `expected ${names.length} columns, found ${r.cells.length}` });
            continue;
        }
        const values: RawEntry["values"] = {};
        names.forEach((n, i) => (values[n as Column] = r.cells[i]!));
        out.push({ row: r.line, locator: `row ${r.line}`, text: r.raw, values, fields: splitFields(values.fields ?? "") });
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
