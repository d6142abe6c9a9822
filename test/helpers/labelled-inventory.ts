// The labelled inventories (test/fixtures/duplicates/) in the import format, and their gold labels.
// The labelers' files have the import columns plus gold_assets, gold_cluster and reason; converting
// keeps the row order, so row N of the import file is row N of the label file (the join key, through
// each entry's citation). Rows naming a provincial body ("Sở …", "Thanh tra tỉnh …") say
// create_department = yes: the file says so explicitly, as the import requires.
import { fold } from "../../lib/text.js";
import { readCsv } from "../../lib/csv.js";
import type { GoldItem } from "../../src/modules/inventory/duplicates/rules/evaluate.js";

const IMPORT_COLUMNS = ["agency", "name", "description", "status", "fields", "legal_basis", "create_department"] as const;
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * Provincial branches of central offices are not in the graph (it has ministries, provinces and
 * provincial departments) and an import refuses them as unknown agencies, rightly: they are not a
 * province's body, so create_department cannot make them. The import copy names the ministry the
 * office belonged to in 2023; the label file keeps the labeler's wording.
 */
const CENTRAL_BRANCHES: [RegExp, string][] = [[/^cuc thong ke (tinh|thanh pho|tp) /, "Bộ Kế hoạch và Đầu tư"]];
export const importAgency = (agency: string): string => CENTRAL_BRANCHES.find(([re]) => re.test(fold(agency)))?.[1] ?? agency;

/** Rows naming a provincial body (Sở…, Văn phòng…, Thanh tra…, Ban…, in any spelling) ask for it to be created. */
export const namesProvincialBody = (agency: string): boolean => /^(so|van phong|thanh tra|ban) /.test(fold(agency));

export interface LabelledRow {
    line: number;
    cells: Record<string, string>;
}

export function readLabelled(text: string): LabelledRow[] {
    const [header, ...rows] = readCsv(text);
    const names = header!.cells;
    return rows.map((r) => ({ line: r.line, cells: Object.fromEntries(names.map((n, i) => [n, r.cells[i] ?? ""])) }));
}

export function toImportCsv(labelText: string): string {
    const rows = readLabelled(labelText);
    const lines = [IMPORT_COLUMNS.join(",")];
    let line = 2;
    for (const r of rows) {
        if (r.line !== line) throw new Error(`label row at line ${r.line} spans lines: the row join needs one line per entry`);
        line += 1;
        const c: Record<string, string> = { ...r.cells, agency: importAgency(r.cells.agency ?? ""), create_department: namesProvincialBody(r.cells.agency ?? "") ? "yes" : "" };
        lines.push(IMPORT_COLUMNS.map((k) => quote(c[k] ?? "")).join(","));
    }
    return `${lines.join("\n")}\n`;
}

/** Gold per row ("row N"), from gold_assets (";"-separated) and gold_cluster. */
export function inventoryGold(labelText: string): Map<string, Omit<GoldItem, "itemId">> {
    return new Map(
        readLabelled(labelText).map((r) => [
            `row ${r.line}`,
            { assets: (r.cells.gold_assets ?? "").split(/[;|]/).map((s) => s.trim()).filter(Boolean), cluster: r.cells.gold_cluster || null },
        ]),
    );
}

/** Gold of Điện Biên's datasets: every `duplicate` row's asset; `none` and `hard_negative` add nothing. */
export function datasetGold(labelText: string): GoldItem[] {
    const byId = new Map<string, GoldItem>();
    for (const r of readLabelled(labelText)) {
        const id = r.cells.dataset_id!;
        const g = byId.get(id) ?? { itemId: id, assets: [], cluster: null };
        if (r.cells.label === "duplicate") g.assets.push(r.cells.asset_id!);
        byId.set(id, g);
    }
    return [...byId.values()];
}
