// Provincial bodies as catalogues write them: "Sở KH&ĐT tỉnh Bình Dương", "Sở TN và MT Nghệ An",
// "Sở VH, TT&DL tỉnh Bắc Ninh", "So Tu phap tinh Ha Nam", "Ban Quản lý di tích tỉnh Bắc Ninh",
// "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An". Resolution rules only (validation of an inventory's
// agency column): which province a text names, which department or unit of it, the department's
// abbreviations spelled out, and the province's own agencies for "closest" suggestions.
import { agencyKey, fold, slug } from "../../../../lib/text.js";
import { agencyKeyOf, type AgencyIndex, type AgencyRef } from "../../../kernel/agency-index.js";

/**
 * Provincial departments whose ministry has another name (Decree 24/2014/NĐ-CP, art. 9 lets
 * provinces have them): folded name → canonical name and the ministry they answer to.
 */
const DEPARTMENTS_WITHOUT_NAMESAKE: Record<string, { name: string; ministryId: string }> = {
    "so ngoai vu": { name: "Sở Ngoại vụ", ministryId: "agency:bo-ngoai-giao" },
    "so du lich": { name: "Sở Du lịch", ministryId: "agency:bo-van-hoa-the-thao-va-du-lich" },
    // Hà Nội and TP. Hồ Chí Minh split tourism out: their culture department is "Văn hóa và Thể thao".
    "so van hoa va the thao": { name: "Sở Văn hóa và Thể thao", ministryId: "agency:bo-van-hoa-the-thao-va-du-lich" },
};
/**
 * Provincial bodies that are not a "Sở" but are kept by the province like one: the people's committee's
 * office and the provincial inspectorate (Decree 24/2014/NĐ-CP, art. 8), the ethnic affairs board, and
 * the land registration office (a unit of Sở TN&MT that inventories list on its own).
 */
const PROVINCIAL_BODIES: Record<string, string> = {
    "van phong uy ban nhan dan": "Văn phòng Ủy ban nhân dân",
    "thanh tra": "Thanh tra",
    "ban dan toc": "Ban Dân tộc",
    "van phong dang ky dat dai": "Văn phòng Đăng ký đất đai",
};
/**
 * Other provincial units catalogues list on their own — management boards, centres, sub-departments,
 * museums, libraries, funds (Ban Quản lý di tích, Trung tâm Kiểm soát bệnh tật, Chi cục Thủy lợi):
 * created under their province, as written, only when the row asks for it.
 */
const UNIT_HEADS = /^(ban|trung tam|chi cuc|van phong|bao tang|thu vien|quy|dai) /;

export interface ParsedBody {
    /** Canonical name without the province ("Sở Tư pháp", "Ban Quản lý di tích"). */
    name: string;
    provinceId: string;
    /** A unit that is not a Sở or a named body: created as written. */
    unit: boolean;
}

/** The province a text ends with (the longest province name), if any. */
export function provinceNamed(text: string, index: AgencyIndex): { province: AgencyRef; key: string; body: string } | null {
    const key = agencyKeyOf(text);
    let best: { province: AgencyRef; k: string } | null = null;
    for (const a of index.all) {
        if (a.kind !== "PROVINCE" || a.era !== 2023) continue;
        for (const k of a.keys) if ((key === k || key.endsWith(` ${k}`)) && (!best || k.length > best.k.length)) best = { province: a, k };
    }
    if (!best) return null;
    const body = key.slice(0, Math.max(0, key.length - best.k.length - 1)).replace(/ (tinh|thanh pho|tp)$/, "");
    return { province: best.province, key, body };
}

/**
 * Department abbreviations spelled out, however they are joined or accented: "Sở TN và MT", "Sở VH,
 * TT&DL", "Sở LĐTB và XH", "Sở GD&DT" (Đ written D), "Sở KH-ĐT". The letters after "Sở" are compared
 * with the initials of every ministry's name ("Văn hóa, Thể thao và Du lịch" → vhttdl); a form that fits
 * no department, or more than one, is left as written.
 */
export function expandDepartmentAbbreviation(text: string, index: AgencyIndex): string {
    const m = /^(\s*(?:Sở|SỞ|So|SO)\s+)([A-ZĐ]{1,6}(?:(?:\s*[&,\-–]\s*|\s+(?:và|va|VÀ|VA)\s+|\s+)[A-ZĐ]{1,6})*)(?=[\s,]|$)/u.exec(text.normalize("NFC"));
    if (!m) return text;
    const letters = fold(m[2]!).replace(/\b(va)\b/g, "").replace(/[^a-z]/g, "");
    const name = departmentInitials(index).get(letters);
    return name ? `${m[1]}${name}${text.normalize("NFC").slice(m[0].length)}` : text;
}

const initialsCache = new WeakMap<AgencyIndex, Map<string, string>>();
/** Initials of every 2023 ministry's name (and the departments without a namesake) → the department's words. */
function departmentInitials(index: AgencyIndex): Map<string, string> {
    let map = initialsCache.get(index);
    if (map) return map;
    const seen = new Map<string, Set<string>>();
    const add = (words: string): void => {
        const k = fold(words).split(" ").filter((w) => w && w !== "va").map((w) => w[0]).join("");
        seen.set(k, (seen.get(k) ?? new Set()).add(words));
    };
    for (const a of index.all) if (a.kind === "MINISTRY" && a.era === 2023 && /^Bộ /.test(a.name)) add(a.name.replace(/^Bộ /, ""));
    for (const d of Object.values(DEPARTMENTS_WITHOUT_NAMESAKE)) add(d.name.replace(/^Sở /, ""));
    map = new Map([...seen].filter(([, names]) => names.size === 1).map(([k, names]) => [k, [...names][0]!]));
    // Two-letter forms two departments share ("NV": Nội vụ, Ngoại vụ) mean the one that mirrors a ministry.
    if (seen.get("nv")?.has("Nội vụ")) map.set("nv", "Nội vụ");
    initialsCache.set(index, map);
    return map;
}

/**
 * "Sở KH&ĐT tỉnh Bình Dương", "Thanh tra tỉnh Gia Lai", "Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Phú
 * Thọ", "Ban Quản lý di tích tỉnh Bắc Ninh" → the provincial body's canonical name and its province,
 * when the text has that shape. A unit named before a comma or in parentheses belongs to the body
 * named with the province; a unit that is not a Sở is recognised only when nothing else is.
 */
export function parseDepartment(text: string, index: AgencyIndex): ParsedBody | null {
    const expanded = expandDepartmentAbbreviation(text, index);
    const parts = expanded.replace(/\([^)]*\)/g, " ").split(",").map((x) => x.trim()).filter(Boolean);
    // The whole text first ("Sở Văn hóa, Thể thao và Du lịch tỉnh X" has commas of its own), then what follows each comma.
    for (const segment of parts.map((_, i) => parts.slice(i).join(", "))) {
        const named = provinceNamed(segment, index);
        if (!named) continue;
        const { body, province } = named;
        const known = PROVINCIAL_BODIES[body] ?? DEPARTMENTS_WITHOUT_NAMESAKE[body]?.name;
        if (known) return { name: known, provinceId: province.id, unit: false };
        if (!body.startsWith("so ")) continue;
        // A department mirrors a ministry ("Sở Tư pháp" ↔ "Bộ Tư pháp"), as the seed recognises Điện Biên's.
        const [ministryId] = index.byKey.get(`bo ${body.slice(3)}`) ?? [];
        const ministry = ministryId ? index.byId.get(ministryId) : undefined;
        if (ministry?.kind === "MINISTRY") return { name: ministry.name.replace(/^Bộ /, "Sở "), provinceId: province.id, unit: false };
    }
    // A unit of the province that is not a Sở, named as written.
    const whole = expanded.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ").trim();
    const named = provinceNamed(whole, index);
    if (named && UNIT_HEADS.test(named.body)) return { name: headOf(whole, named.province), provinceId: named.province.id, unit: true };
    return null;
}

/** The words of `text` before its province ("Ban Quản lý di tích tỉnh Bắc Ninh" → "Ban Quản lý di tích"). */
function headOf(text: string, province: AgencyRef): string {
    const words = text.split(" ");
    for (let i = 1; i < words.length; i++) {
        if (province.keys.includes(agencyKeyOf(words.slice(i).join(" ")))) {
            return words.slice(0, i).join(" ").replace(/[,\s]+(tỉnh|thành phố|tp\.?|tinh|thanh pho)$/iu, "").replace(/[,\s]+$/, "");
        }
    }
    return text;
}

/** Departments' ids: `department:<province>:<folded name>`, as the seed gives Điện Biên's. */
export const departmentId = (name: string, provinceId: string): string => `department:${provinceId.split(":")[1]}:${slug(agencyKey(name))}`;

/** The department of `provinceId` with that canonical name, if the graph has it. */
export function existingDepartment(index: AgencyIndex, name: string, provinceId: string): AgencyRef | undefined {
    return index.byId.get(departmentId(name, provinceId));
}

/** The province a text names and that province's own agencies (itself, its departments and units), for suggestions. */
export function withinNamedProvince(text: string, index: AgencyIndex): ((a: AgencyRef) => boolean) | undefined {
    const named = provinceNamed(expandDepartmentAbbreviation(text, index).replace(/\([^)]*\)/g, " "), index) ?? provinceNamed(text.split(",").at(-1) ?? text, index);
    if (!named) return undefined;
    const id = named.province.id;
    return (a) => a.id === id || a.parentId === id;
}
