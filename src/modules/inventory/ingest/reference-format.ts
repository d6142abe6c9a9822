// The reference catalogue's file formats, read through the same functions as inventories (lib/csv.ts,
// JSON.parse): CSV with a header row, or JSON (an array of rows, or { "rows": [...] }). Each row keeps
// its place in the file for its citation. Format in README.md ("Missing databases and catalogue
// quality") and examples/imports/reference-sample.csv.
import { readCsv } from "../../../../lib/csv.js";
import type { RowError } from "../../../kernel/imports.js";
import { FormatError, type InventoryFormat } from "./inventory-format.js";

export const REFERENCE_COLUMNS = ["kind", "description", "applies_to", "responsible", "legal_basis"] as const;
type Column = (typeof REFERENCE_COLUMNS)[number];
const REQUIRED: Column[] = ["kind", "applies_to"];
/** Header and JSON names, as the issue and people write them. */
const NAMES: Record<string, Column> = {
    kind: "kind", description: "description", applies_to: "applies_to", appliesto: "applies_to", responsible: "responsible",
    responsible_agency_kind: "responsible", responsibleagencykind: "responsible", legal_basis: "legal_basis", legalbasis: "legal_basis",
};
const nameOf = (s: string): Column | undefined => NAMES[s.trim().toLowerCase().replace(/\s+/g, "_")];

export interface ReferenceRawRow {
    row: number;
    locator: string;
    text: string;
    values: Partial<Record<Column, string>>;
}

/** A reference catalogue names what its rows apply to: an `applies_to` column or key. */
export function isReferenceCatalogue(text: string): boolean {
    const t = text.replace(/^\uFEFF/, "");
    return /^\s*[[{]/.test(t) ? /"(applies_?to|appliesTo)"\s*:/i.test(t) : /applies[_ ]to/i.test(t.split("\n", 1)[0] ?? "");
}

export function readReferenceCatalogue(format: InventoryFormat, text: string): ReferenceRawRow[] {
    return format === "JSON" ? readJson(text) : readCsvRows(text);
}

function readCsvRows(text: string): ReferenceRawRow[] {
    let rows;
    try {
        rows = readCsv(text);
    } catch (e) {
        throw new FormatError([{ row: 0, message: (e as Error).message }]);
    }
    const [header, ...data] = rows;
    if (!header) throw new FormatError([{ row: 1, message: "the file is empty" }]);
    const names = header.cells.map(nameOf);
    const unknown = header.cells.filter((_, i) => !names[i]);
    const missing = REQUIRED.filter((c) => !names.includes(c));
    const twice = names.filter((n, i) => n && names.indexOf(n) !== i);
    const problems = [
        ...(unknown.length ? [`unknown column(s) ${unknown.map((u) => `"${u}"`).join(", ")}; allowed: ${REFERENCE_COLUMNS.join(", ")}`] : []),
        ...(missing.length ? [`missing column(s) ${missing.join(", ")}`] : []),
        ...(twice.length ? [`column(s) given twice: ${twice.join(", ")}`] : []),
    ];
    if (problems.length) throw new FormatError([{ row: header.line, message: problems.join("; ") }]);
    const bad: RowError[] = [];
    const out: ReferenceRawRow[] = [];
    for (const r of data) {
        if (r.cells.length !== names.length) {
            bad.push({ row: r.line, message: `expected ${names.length} columns, found ${r.cells.length}` });
            continue;
        }
        const values: ReferenceRawRow["values"] = {};
        names.forEach((n, i) => (values[n!] = r.cells[i]!.normalize("NFC").trim()));
        out.push({ row: r.line, locator: `row ${r.line}`, text: r.raw, values });
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
            const col = nameOf(key.replace(/([a-z])([A-Z])/g, "$1_$2"));
            if (!col) problems.push(`unknown key "${key}"`);
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
