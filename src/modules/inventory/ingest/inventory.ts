// Import of an agency's inventory of databases and datasets (CSV, .xlsx or JSON, see inventory-format.ts).
// The whole file is validated before anything is written — agencies resolved as everywhere else,
// unknown ones reported with the closest names, statuses, duplicates, personal data — and a bad file
// is rejected with every problem listed. The write is one transaction (the caller's write scope);
// importing the same file again changes nothing. Every entry cites the file and row it came from.
// A department that does not exist yet ("Sở Y tế tỉnh Bình Dương", "Sở TN và MT Nghệ An", "Ban Quản lý
// di tích tỉnh Bắc Ninh") is created under its province only when its row says so (create_department =
// yes); otherwise it is an unknown agency, with suggestions from the province it names. An entry with no
// status is kept as NOT_STATED (000 §6: many catalogues do not say built or planned), for the quality check.
import { createHash } from "node:crypto";
import { agencyNameProps } from "../../../../lib/agency-props.js";
import { agencyKey, fold, hasContactData, slug } from "../../../../lib/text.js";
import type { Db } from "../../../db/run.js";
import { MAX_IMPORT_ROWS as MAX_ROWS, RowsRefusedError, type RowError } from "../../../kernel/imports.js";
import { agencyKeyOf, closestAgencies, indexAgencies, lookupAgency, type AgencyRef } from "../../../kernel/agency-index.js";
import { departmentId, existingDepartment, expandDepartmentAbbreviation, parseDepartment, withinNamedProvince } from "./provincial-units.js";
import { contentBytes, type FileContent } from "../../../../lib/tabular/index.js";
import { FormatError, detectFormat, readInventory, type InventoryFormat, type RawEntry } from "./inventory-format.js";

export type InventoryStatus = "OPERATING" | "BUILDING" | "PLANNED" | "NOT_STATED";
// Folded spellings of each status, English and Vietnamese; an empty cell is "not stated".
const STATUS_WORDS: Record<string, InventoryStatus> = {
    "": "NOT_STATED", "not stated": "NOT_STATED", "chua ro": "NOT_STATED", "chua xac dinh": "NOT_STATED", "khong ro": "NOT_STATED",
    operating: "OPERATING", "in operation": "OPERATING", "dang van hanh": "OPERATING", "van hanh": "OPERATING", "dang hoat dong": "OPERATING",
    building: "BUILDING", "being built": "BUILDING", "under construction": "BUILDING", "dang xay dung": "BUILDING", "xay dung": "BUILDING", "dang trien khai": "BUILDING",
    planned: "PLANNED", "ke hoach": "PLANNED", "du kien": "PLANNED", "chua xay dung": "PLANNED", "theo ke hoach": "PLANNED",
};
const YES = new Set(["yes", "true", "1", "co", "x"]);
const NO = new Set(["", "no", "false", "0", "khong"]);
const LIMITS = { name: 300, description: 4000, legalBasis: 1000, field: 200, fields: 200 } as const;

export interface EntryRow {
    id: string;
    agencyId: string;
    name: string;
    description: string | null;
    status: InventoryStatus;
    fields: string[];
    legalBasis: string | null;
    row: number;
    locator: string;
    text: string;
}

export interface NewDepartment {
    id: string;
    /** The Agency node's name properties (set when validation ends). */
    props?: Record<string, unknown>;
    name: string;
    provinceId: string;
    era: number;
    aliases: string[];
    nameKeys: string[];
    row: number;
    locator: string;
    text: string;
}

export interface ValidatedInventory {
    entries: EntryRow[];
    departments: NewDepartment[];
}

function newDepartment(name: string, province: AgencyRef, spelling: string, raw: RawEntry): NewDepartment {
    const bare = province.name.replace(/^(Thành phố|Tỉnh) /i, "");
    const full = /^Thành phố /i.test(province.name) ? `${name} thành phố ${bare}` : `${name} tỉnh ${bare}`;
    const aliases = [...new Set([full, spelling])];
    return {
        id: departmentId(name, province.id),
        name: full, provinceId: province.id, era: province.era, aliases,
        nameKeys: [...new Set([agencyKey(full), agencyKey(`${name} ${bare}`), ...aliases.map(agencyKeyOf)])],
        row: raw.row, locator: raw.locator, text: raw.text,
    };
}

/** The file's entries; a file whose shape is wrong is refused with every problem. */
export async function readInventoryFile(file: string, format: InventoryFormat, content: FileContent, sheet?: string): Promise<RawEntry[]> {
    try {
        return await readInventory(file, format, content, sheet);
    } catch (e) {
        if (e instanceof FormatError) throw new RowsRefusedError(file, e.errors);
        throw e;
    }
}

export function validateInventory(file: string, raw: RawEntry[], agencies: AgencyRef[]): ValidatedInventory {
    if (raw.length === 0) throw new RowsRefusedError(file, [{ row: 1, message: "the file has no entries" }]);
    if (raw.length > MAX_ROWS) throw new RowsRefusedError(file, [{ row: 1, message: `at most ${MAX_ROWS} entries per file` }]);
    const index = indexAgencies(agencies);
    const errors: RowError[] = [];
    const entries: EntryRow[] = [];
    const departments = new Map<string, NewDepartment>();
    const seen = new Map<string, number>();
    for (const r of raw) {
        const v = r.values;
        const problems: string[] = [];
        const agency = v.agency ?? "";
        const name = (v.name ?? "").replace(/\s+/g, " ");
        const status = STATUS_WORDS[fold(v.status ?? "")];
        const create = fold(v.create_department ?? "");
        if (!YES.has(create) && !NO.has(create)) problems.push(`create_department "${v.create_department}" must be yes or no`);
        if (!name) problems.push("name is empty");
        else if (name.length > LIMITS.name) problems.push(`name is longer than ${LIMITS.name} characters`);
        if ((v.description ?? "").length > LIMITS.description) problems.push(`description is longer than ${LIMITS.description} characters`);
        if ((v.legal_basis ?? "").length > LIMITS.legalBasis) problems.push(`legal_basis is longer than ${LIMITS.legalBasis} characters`);
        if (r.fields.length > LIMITS.fields || r.fields.some((f) => f.length > LIMITS.field)) problems.push(`at most ${LIMITS.fields} fields of ${LIMITS.field} characters each`);
        if (!status) problems.push(`status "${v.status ?? ""}" is not one of operating, building, planned, or empty for not stated (or đang vận hành, đang xây dựng, kế hoạch, chưa rõ)`);
        if ([agency, name, v.description, v.legal_basis, ...r.fields].some((x) => x && hasContactData(x))) problems.push("contains a phone number or an e-mail address (personal contact data is never imported)");
        // The agency: an existing one, or a department to create under its province when asked.
        let agencyId: string | undefined;
        if (!agency) problems.push("agency is empty");
        else {
            // As written, then with a department's abbreviation spelled out ("Sở TN và MT" → Sở Tài nguyên và Môi trường).
            const direct = lookupAgency(index, agency);
            const ids = direct.length > 0 ? direct : lookupAgency(index, expandDepartmentAbbreviation(agency, index));
            const dept = ids.length === 0 ? parseDepartment(agency, index) : null;
            const existing = dept ? existingDepartment(index, dept.name, dept.provinceId) : undefined;
            if (ids.length > 1) problems.push(`ambiguous agency "${agency}" (${ids.join(", ")})`);
            else if (ids.length === 1) agencyId = ids[0];
            else if (existing) agencyId = existing.id;
            else if (dept && YES.has(create)) {
                const d = departments.get(`${dept.provinceId}|${dept.name}`) ?? newDepartment(dept.name, index.byId.get(dept.provinceId)!, agency, r);
                if (!d.aliases.includes(agency)) d.aliases.push(agency);
                const k = agencyKeyOf(agency);
                if (!d.nameKeys.includes(k)) d.nameKeys.push(k);
                departments.set(`${dept.provinceId}|${dept.name}`, d);
                agencyId = d.id;
            } else {
                // Suggestions from the province the text names, when it names one (never another province's departments).
                const closest = closestAgencies(index, agency, 3, withinNamedProvince(agency, index)).map((c) => `${c.name} (${c.id})`).join(", ");
                const hint = dept
                    ? `; it reads as ${dept.unit ? "the provincial unit " : ""}${dept.name} of ${index.byId.get(dept.provinceId)!.name}, which the graph does not have yet: set create_department to yes on this row to create it under that province`
                    : "";
                problems.push(`unknown agency "${agency}" (closest: ${closest})${hint}`);
            }
        }
        if (problems.length > 0) {
            errors.push({ row: r.row, message: problems.join("; ") });
            continue;
        }
        const id = `inventory:${agencyId}:${slug(name).slice(0, 120)}`;
        const first = seen.get(id);
        if (first !== undefined) {
            errors.push({ row: r.row, message: `duplicate of row ${first} (same agency and name)` });
            continue;
        }
        seen.set(id, r.row);
        entries.push({
            id, agencyId: agencyId!, name, description: v.description || null, status: status!, fields: r.fields, legalBasis: v.legal_basis || null,
            row: r.row, locator: r.locator, text: r.text,
        });
    }
    if (errors.length > 0) throw new RowsRefusedError(file, errors);
    // Name properties as every Agency node has them (lib/agency-props.ts), with the keys of every spelling the file used.
    return {
        entries,
        departments: [...departments.values()].map((d) => {
            const props = agencyNameProps(d.name, d.aliases);
            return { ...d, props: { ...props, nameKeys: [...new Set([...props.nameKeys, ...d.nameKeys])] } };
        }),
    };
}

export interface InventoryImportResult {
    documentId: string;
    format: InventoryFormat;
    entries: number;
    created: number;
    updated: number;
    unchanged: number;
    departmentsCreated: string[];
}

/**
 * Validates and writes one inventory file with `db`, a write scope's (the GraphQL mutation's
 * operation transaction, or the CLI's); the caller records the change in the same scope.
 */
export async function importInventory(db: Db, o: { file: string; text: FileContent; actor: string; format?: InventoryFormat; sheet?: string; at?: string }): Promise<InventoryImportResult> {
    // A workbook is one whatever the caller says (its bytes tell); otherwise as asked, or as detected.
    const format = detectFormat(o.file, o.text) === "XLSX" && typeof o.text !== "string" ? "XLSX" : (o.format ?? detectFormat(o.file, o.text));
    const sha256 = createHash("sha256").update(contentBytes(o.text)).digest("hex");
    const documentId = `import:${sha256.slice(0, 16)}`;
    const raw = await readInventoryFile(o.file, format, o.text, o.sheet);
    const agencies = await db.run<AgencyRef>("inventory/reference-agencies");
    const v = validateInventory(o.file, raw, agencies);
    const [w] = await db.write<{ created: number; updated: number; departments: string[] }>("inventory/write-inventory", {
        doc: { id: documentId, file: o.file, sha256, importedBy: o.actor, importedAt: o.at ?? new Date().toISOString(), format, content: Buffer.from(contentBytes(o.text)).toString("base64"), sheet: o.sheet ?? null },
        entries: v.entries,
        departments: v.departments,
    });
    const created = w?.created ?? 0;
    const updated = w?.updated ?? 0;
    return { documentId, format, entries: v.entries.length, created, updated, unchanged: v.entries.length - created - updated, departmentsCreated: w?.departments ?? [] };
}
