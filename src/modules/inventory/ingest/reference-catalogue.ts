// Import of a reference catalogue: the kinds of data a tier or a department kind must keep (000 §7 asks
// ministries to list them per sector, and to split responsibility between ministry and locality). Like
// an inventory: the whole file is validated first — what each row applies to (a tier, or a department
// kind such as "Sở Tư pháp" in any spelling), the responsible agency kind, lengths, duplicates, contact
// data — and a bad file is refused with every bad row listed, nothing written; the write is one
// transaction (the caller's write scope, with its ChangeRecord); the same file again changes nothing.
import { createHash } from "node:crypto";
import { agencyKey, fold, hasContactData, slug } from "../../../../lib/text.js";
import type { Db } from "../../../db/run.js";
import { indexAgencies, lookupAgency, type AgencyIndex, type AgencyRef } from "../../../kernel/agency-index.js";
import { MAX_IMPORT_ROWS, RowsRefusedError, type RowError } from "../../../kernel/imports.js";
import { contentBytes, type FileContent } from "../../../../lib/tabular/index.js";
import { FormatError, detectFormat, type InventoryFormat } from "./inventory-format.js";
import { expandDepartmentAbbreviation } from "./provincial-units.js";
import { readReferenceCatalogue } from "./reference-format.js";

const LIMITS = { kind: 300, description: 4000, legalBasis: 1000, responsible: 300 } as const;
/** Tiers as catalogues name them, folded. */
const TIER_WORDS: Record<string, string> = {
    province: "PROVINCE", tinh: "PROVINCE", "cap tinh": "PROVINCE", "dia phuong": "PROVINCE", "tinh thanh pho": "PROVINCE", "ubnd tinh": "PROVINCE",
    ministry: "MINISTRY", bo: "MINISTRY", "cap bo": "MINISTRY", ministry_or_agency: "MINISTRY_OR_AGENCY", "ministry or agency": "MINISTRY_OR_AGENCY", "bo nganh": "MINISTRY_OR_AGENCY",
    department: "DEPARTMENT", so: "DEPARTMENT", "so nganh": "DEPARTMENT", district: "DISTRICT", huyen: "DISTRICT", "cap huyen": "DISTRICT", commune: "COMMUNE", xa: "COMMUNE", "cap xa": "COMMUNE",
};

export interface ReferenceProps {
    kind: string;
    description: string | null;
    appliesTo: string;
    appliesTier: string | null;
    appliesKey: string | null;
    appliesName: string | null;
    responsible: string | null;
    responsibleKey: string | null;
    legalBasis: string | null;
    fingerprint: string;
}

export interface ReferenceImportResult {
    documentId: string;
    format: InventoryFormat;
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
}

/** What a row applies to: a tier, or a department kind (its key is a department id's last part: `so-tu-phap`). */
function appliesOf(text: string, index: AgencyIndex): { tier: string | null; key: string | null; name: string | null } | null {
    const tier = TIER_WORDS[fold(text).replace(/\s+/g, " ")] ?? TIER_WORDS[text.trim().toLowerCase()];
    if (tier) return { tier, key: null, name: null };
    const expanded = expandDepartmentAbbreviation(text, index);
    const key = agencyKey(expanded);
    if (!key.startsWith("so ")) return null;
    const [ministryId] = index.byKey.get(`bo ${key.slice(3)}`) ?? [];
    const ministry = ministryId ? index.byId.get(ministryId) : undefined;
    if (ministry?.kind !== "MINISTRY") return null;
    const name = ministry.name.replace(/^Bộ /, "Sở ");
    return { tier: null, key: slug(agencyKey(name)), name };
}

/** The responsible agency kind: a department kind, a tier, or a ministry or agency by name. */
function responsibleOf(text: string, index: AgencyIndex): string | null {
    const a = appliesOf(text, index);
    if (a) return a.key ?? a.tier;
    const [id] = lookupAgency(index, text);
    const agency = id ? index.byId.get(id) : undefined;
    return agency && ["MINISTRY", "GOVERNMENT_AGENCY"].includes(agency.kind) ? agency.id : null;
}

const departmentKinds = (index: AgencyIndex): string =>
    index.all.filter((a) => a.kind === "MINISTRY" && a.era === 2023 && /^Bộ /.test(a.name)).slice(0, 6).map((a) => a.name.replace(/^Bộ /, "Sở ")).join(", ");

export async function validateReferenceCatalogue(
    file: string,
    format: InventoryFormat,
    content: FileContent,
    agencies: AgencyRef[],
    sheet?: string,
): Promise<{ id: string; props: ReferenceProps; locator: string; text: string }[]> {
    let raw;
    try {
        raw = await readReferenceCatalogue(file, format, content, sheet);
    } catch (e) {
        if (e instanceof FormatError) throw new RowsRefusedError(file, e.errors);
        throw e;
    }
    if (raw.length === 0) throw new RowsRefusedError(file, [{ row: 1, message: "the file has no rows" }]);
    if (raw.length > MAX_IMPORT_ROWS) throw new RowsRefusedError(file, [{ row: 1, message: `at most ${MAX_IMPORT_ROWS} rows per file` }]);
    const index = indexAgencies(agencies);
    const errors: RowError[] = [];
    const out: { id: string; props: ReferenceProps; locator: string; text: string }[] = [];
    const seen = new Map<string, number>();
    for (const r of raw) {
        const v = r.values;
        const problems: string[] = [];
        const kind = (v.kind ?? "").replace(/\s+/g, " ");
        if (!kind) problems.push("kind is empty");
        else if (kind.length > LIMITS.kind) problems.push(`kind is longer than ${LIMITS.kind} characters`);
        if ((v.description ?? "").length > LIMITS.description) problems.push(`description is longer than ${LIMITS.description} characters`);
        if ((v.legal_basis ?? "").length > LIMITS.legalBasis) problems.push(`legal_basis is longer than ${LIMITS.legalBasis} characters`);
        if ((v.responsible ?? "").length > LIMITS.responsible) problems.push(`responsible is longer than ${LIMITS.responsible} characters`);
        if ([kind, v.description, v.applies_to, v.responsible, v.legal_basis].some((x) => x && hasContactData(x))) problems.push("contains a phone number or an e-mail address (personal contact data is never imported)");
        const applies = v.applies_to ? appliesOf(v.applies_to, index) : null;
        if (!v.applies_to) problems.push("applies_to is empty");
        else if (!applies) problems.push(`applies_to "${v.applies_to}" is neither a tier (PROVINCE, MINISTRY, MINISTRY_OR_AGENCY, DEPARTMENT, DISTRICT, COMMUNE; or tỉnh, bộ, bộ ngành, sở, huyện, xã) nor a department kind (e.g. ${departmentKinds(index)})`);
        const responsibleKey = v.responsible ? responsibleOf(v.responsible, index) : null;
        if (v.responsible && !responsibleKey) problems.push(`responsible "${v.responsible}" is neither a department kind, a tier, nor a ministry or agency`);
        if (problems.length) {
            errors.push({ row: r.row, message: problems.join("; ") });
            continue;
        }
        const id = `reference:${applies!.key ?? applies!.tier!.toLowerCase()}:${slug(kind).slice(0, 120)}`;
        const first = seen.get(id);
        if (first !== undefined) {
            errors.push({ row: r.row, message: `duplicate of row ${first} (same kind for the same tier or department kind)` });
            continue;
        }
        seen.set(id, r.row);
        const body = {
            kind, description: v.description || null, appliesTo: v.applies_to!, appliesTier: applies!.tier, appliesKey: applies!.key, appliesName: applies!.name,
            responsible: v.responsible || null, responsibleKey, legalBasis: v.legal_basis || null,
        };
        out.push({ id, props: { ...body, fingerprint: createHash("sha1").update(JSON.stringify(body)).digest("hex") }, locator: r.locator, text: r.text });
    }
    if (errors.length) throw new RowsRefusedError(file, errors);
    return out;
}

/** Validates and writes one reference catalogue with `db`, a write scope's; the caller records the change in the same scope. */
export async function importReferenceCatalogue(db: Db, o: { file: string; text: FileContent; actor: string; format?: InventoryFormat; sheet?: string; at?: string }): Promise<ReferenceImportResult> {
    const format = o.format ?? detectFormat(o.file, o.text);
    const sha256 = createHash("sha256").update(contentBytes(o.text)).digest("hex");
    const documentId = `import:${sha256.slice(0, 16)}`;
    const rows = await validateReferenceCatalogue(o.file, format, o.text, await db.run<AgencyRef>("inventory/reference-agencies"), o.sheet);
    const [w] = await db.write<{ created: number; updated: number }>("inventory/write-reference-catalogue", {
        doc: {
            id: documentId, file: o.file, sha256, importedBy: o.actor, importedAt: o.at ?? new Date().toISOString(), format,
            content: Buffer.from(contentBytes(o.text)).toString("base64"), sheet: o.sheet ?? null,
        },
        rows,
    });
    const created = w?.created ?? 0;
    const updated = w?.updated ?? 0;
    return { documentId, format, rows: rows.length, created, updated, unchanged: rows.length - created - updated };
}
