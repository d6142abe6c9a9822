// A catalogue's own quality (000 §6): entries that are documents or portals, not structured databases;
// entries with no built/planned status; entries with no fields; and the catalogue's size against its
// peers' (000 §2 reports 16 to 169 shared databases per province, median 28). A catalogue is an
// agency's inventory entries (a province's: its own and its departments'); open-data datasets are not.
import type { Item } from "../duplicates/analysis.js";
import type { KindIndex } from "./kinds.js";
import type { Unit, UnitView } from "./units.js";
import { UNSTRUCTURED_RULE } from "./unstructured.js";

export type Problem = "UNSTRUCTURED" | "NO_STATUS" | "NO_FIELDS";

export interface Flagged {
    item: Item;
    problem: Problem;
    phrase: string | null;
    reason: string;
}

export interface Size {
    entries: number;
    peers: number;
    /** Share of peers with a smaller catalogue, ties counted half (0–100). */
    percentile: number | null;
    min: number | null;
    median: number | null;
    max: number | null;
}

export interface CatalogueReport {
    unit: Unit;
    unstructured: Flagged[];
    withoutStatus: Flagged[];
    withoutFields: Flagged[];
    size: Size;
}

/** What 000 §2 reports of the provinces' catalogues, cited. */
export const REPORTED_SPREAD = {
    min: 16, max: 169, median: 28, mean: 40,
    citation: {
        documentId: "000", section: "2. Danh mục CSDL dùng chung", locator: "Số lượng các cơ sở dữ liệu của các tỉnh/thành phố",
        text: "Tỷ lệ trung bình mỗi địa phương có khoảng 40 cơ sở dữ liệu, 28 cơ sở dữ liệu là con số ở khoảng giữa … Nhiều nhất là Thừa Thiên Huế được hoạch định 169 cơ sở dữ liệu … ít nhất là: Nghệ An (16)",
    },
} as const;

export const QUALITY_RULE =
    `Catalogue quality (000 §6). ${UNSTRUCTURED_RULE} An entry imported with an empty status is NOT_STATED (the catalogue does not say built or planned); ` +
    "an entry with no fields lists no structure. A catalogue's size is its inventory entries (a province's include its departments' and units'); its percentile is the share of its peers " +
    "(the agencies of its tier, or departments of its kind, with an inventory) whose catalogue is smaller, ties counted half; 000 §2 reports 16–169 per province (median 28).";

const median = (xs: number[]): number | null => {
    if (xs.length === 0) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export function catalogueReport(view: UnitView, k: KindIndex, u: Unit): CatalogueReport {
    const unstructured: Flagged[] = [];
    const withoutStatus: Flagged[] = [];
    const withoutFields: Flagged[] = [];
    for (const item of u.entries) {
        const hit = k.unstructured.get(item.id);
        if (hit) unstructured.push({ item, problem: "UNSTRUCTURED", phrase: hit.phrase, reason: `"${item.name}" is headed by "${hit.phrase}" (${hit.kind === "PORTAL" ? "a portal" : "documents"}): ${hit.reason}` });
        if (item.status === "NOT_STATED" || item.status === null) withoutStatus.push({ item, problem: "NO_STATUS", phrase: null, reason: `"${item.name}" does not say whether it is built, being built or planned` });
        if (item.fields.length === 0) withoutFields.push({ item, problem: "NO_FIELDS", phrase: null, reason: `"${item.name}" lists no fields` });
    }
    const sizes = (view.groups.get(u.group)?.members ?? []).filter((p) => p !== u).map((p) => p.entries.length);
    const n = u.entries.length;
    const percentile = sizes.length === 0 ? null : Math.round((1000 * (sizes.filter((s) => s < n).length + sizes.filter((s) => s === n).length / 2)) / sizes.length) / 10;
    return {
        unit: u, unstructured, withoutStatus, withoutFields,
        size: { entries: n, peers: sizes.length, percentile, min: sizes.length ? Math.min(...sizes) : null, median: median(sizes), max: sizes.length ? Math.max(...sizes) : null },
    };
}
