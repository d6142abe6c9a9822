// The 2025 map (seed/reference/): each 2023 province → the one 2025 province it became (Resolution
// 202/2025/QH15), each 2023 ministry/agency → its main 2025 successor (Resolution 176/2025/QH15).
// 2025 units are nodes of their own era, keyed by era and new code (codes were reused with other
// meanings, names repeat across eras); the 2023 side is resolved by the 2023 resolver.
import { readCsv } from "../../lib/csv.js";
import type { AgencyResolver } from "../resolve.js";
import { clean, slug, agencyKey } from "../../lib/text.js";
import { ParseError, emptySource, type AgencyKind, type Citation, type DocumentRecord, type ParsedSource } from "../types.js";

const PROVINCE_HEADER = ["old_code_2023", "old_name_2023", "new_code_2025", "new_name_2025", "new_kind_2025", "capital_in_former_province"];
const MINISTRY_HEADER = ["body_2023", "kind_2023", "successor_2025", "change"];

function rowsOf(text: string, header: string[], doc: DocumentRecord) {
    const [head, ...rows] = readCsv(text);
    if (!head || header.some((h, i) => head.cells[i] !== h)) throw new ParseError(doc.id, "line 1", `header must be ${header.join(",")}`);
    for (const r of rows) if (r.cells.length !== header.length) throw new ParseError(doc.id, `line ${r.line}`, `expected ${header.length} columns`);
    return rows;
}

export function parseReference2025(
    provincesText: string,
    ministriesText: string,
    provDoc: DocumentRecord,
    minDoc: DocumentRecord,
    era2023: AgencyResolver,
    era2025: AgencyResolver,
): ParsedSource[] {
    const prov = emptySource(provDoc);
    const provRows = rowsOf(provincesText, PROVINCE_HEADER, provDoc);
    const cite = (doc: DocumentRecord, line: number, text: string): Citation => ({ documentId: doc.id, section: doc.file, locator: `row ${line}`, text: clean(text) });
    const partsByNew = new Map<string, string[]>();
    for (const r of provRows) partsByNew.set(r.cells[2]!, [...(partsByNew.get(r.cells[2]!) ?? []), r.cells[1]!]);
    for (const r of provRows) {
        const [, oldName = "", newCode = "", newName = "", newKind = ""] = r.cells;
        const citation = cite(provDoc, r.line, r.raw);
        const fromId = era2023.resolve(oldName, citation, ["PROVINCE"]);
        const toId = `province-2025:${newCode}-${slug(agencyKey(newName))}`;
        if (!era2025.agencies.has(toId)) era2025.define({ id: toId, era: 2025, name: clean(newName), kind: "PROVINCE", parentId: null, citation });
        else era2025.resolve(newName, citation, ["PROVINCE"]);
        const parts = partsByNew.get(newCode)!;
        const change = parts.length > 1 ? "merged" : agencyKey(oldName) === agencyKey(newName) ? "unchanged" : "renamed";
        prov.successions.push({
            fromId, toId, effective: newKind === "city" && agencyKey(newName) === "hue" && parts.length === 1 ? "2025-01-01" : "2025-07-01", change,
            legalSource: agencyKey(newName) === "hue" && parts.length === 1 ? "Nghị quyết 175/2024/QH15" : "Nghị quyết 202/2025/QH15; mã: Quyết định 19/2025/QĐ-TTg",
            citation,
        });
    }
    const min = emptySource(minDoc);
    for (const r of rowsOf(ministriesText, MINISTRY_HEADER, minDoc)) {
        const [body = "", , successor = "", change = ""] = r.cells;
        const citation = cite(minDoc, r.line, r.raw);
        const fromId = era2023.resolve(body, citation, ["MINISTRY", "GOVERNMENT_AGENCY"]);
        const toId = `agency-2025:${slug(agencyKey(successor))}`;
        const kind: AgencyKind = /^Bộ /.test(successor) ? "MINISTRY" : "GOVERNMENT_AGENCY";
        if (!era2025.agencies.has(toId)) era2025.define({ id: toId, era: 2025, name: clean(successor), kind, parentId: null, citation });
        else era2025.resolve(successor, citation);
        min.successions.push({ fromId, toId, effective: "2025-03-01", change: clean(change), legalSource: "Nghị quyết 176/2025/QH15 và các nghị định tiếp theo", citation });
    }
    return [prov, min];
}
