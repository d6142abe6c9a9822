// Text helpers shared by the report parsers (seed/), the API (src/), imports and the benchmarks: NFC
// normalisation, the folded comparison key, slugs, abbreviations and the personal-data check. Pure
// functions, no I/O; one module so names are folded the same way at load and at query time.
import { distance } from "fastest-levenshtein";

/** NFC-normalises and collapses whitespace. Every string that enters a record passes through here. */
export function clean(s: string): string {
    return s.normalize("NFC").replace(/<sup>[^<]*<\/sup>/g, "").replace(/<[^>]+>/g, " ").replace(/\*+/g, "").replace(/\s+/g, " ").trim();
}

/**
 * Case- and diacritics-insensitive key: NFD, strip combining marks, Đ/đ → d, lower-case, punctuation
 * to spaces. "Hoà Bình", "Hòa Bình" and "HOA BINH" share one key.
 */
export function fold(s: string): string {
    return s
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/[Đđ]/g, "d")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
}

/** Folded key used to match agency names: also drops "thành phố"/"TP."/"tỉnh" prefixes. */
export function agencyKey(s: string): string {
    return fold(s).replace(/^(thanh pho|tp|tinh) /, "");
}

export function slug(s: string): string {
    return fold(s).replace(/ /g, "-");
}

/** Token-set similarity (Dice) on folded words, ignoring very common words. */
const STOP = new Set(["va", "voi", "cua", "cho", "cac", "ve", "tu", "du", "lieu", "co", "so", "he", "thong", "thong tin"]);
export function tokens(s: string): Set<string> {
    return new Set(fold(s).split(" ").filter((w) => w.length > 1 && !STOP.has(w)));
}
export function dice(a: Set<string>, b: Set<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let common = 0;
    for (const w of a) if (b.has(w)) common += 1;
    return (2 * common) / (a.size + b.size);
}

/** Expands the abbreviations the reports use for asset names, so names can be compared. */
const ABBREVIATIONS: [string, string][] = [
    ["CSDLQG", "Cơ sở dữ liệu quốc gia"],
    ["CQDLQG", "Cơ sở dữ liệu quốc gia"],
    ["CSDL", "Cơ sở dữ liệu"],
    ["VBQPPL", "văn bản quy phạm pháp luật"],
    ["CSD", "Cơ sở dữ liệu"],
    ["HTTT", "Hệ thống thông tin"],
    ["ĐKDN", "đăng ký doanh nghiệp"],
    ["CBCCVC", "cán bộ, công chức, viên chức"],
    ["QPPL", "quy phạm pháp luật"],
    ["TTHC", "thủ tục hành chính"],
    ["DVC", "dịch vụ công"],
    ["BHXH", "Bảo hiểm xã hội"],
    ["BHYT", "bảo hiểm y tế"],
    ["BHTN", "bảo hiểm thất nghiệp"],
    ["ĐKKD", "đăng ký kinh doanh"],
    ["GPLX", "giấy phép lái xe"],
    ["LLTP", "lý lịch tư pháp"],
    ["CCCD", "căn cước công dân"],
    ["CMND", "chứng minh nhân dân"],
    ["HKD", "hộ kinh doanh"],
];
// \b does not see "Đ" as a word character, so word edges are spelled out with Unicode classes.
const ABBREVIATION_RES = ABBREVIATIONS.map(([abbr, full]) => [new RegExp(`(?<![\\p{L}\\d])${abbr}(?![\\p{L}\\d])`, "gu"), full] as const);
export function expandAbbreviations(s: string): string {
    return ABBREVIATION_RES.reduce((acc, [re, full]) => acc.replace(re, full), s);
}

/**
 * Ministries and provincial departments as people abbreviate them ("Sở KH&ĐT", "Bộ LĐ-TB&XH",
 * "UBND tỉnh X"), spelled out so the folded key of the full name matches. Agency references only:
 * these letters mean other things inside asset names ("TNMT-Thuế").
 */
const AGENCY_ABBREVIATIONS: [string, string][] = [
    ["KH&ĐT|KHĐT|KH-ĐT", "Kế hoạch và Đầu tư"],
    ["TN&MT|TNMT|TN-MT", "Tài nguyên và Môi trường"],
    ["GD&ĐT|GDĐT|GD-ĐT", "Giáo dục và Đào tạo"],
    ["TT&TT|TTTT|TT-TT", "Thông tin và Truyền thông"],
    ["KH&CN|KHCN|KH-CN", "Khoa học và Công nghệ"],
    ["LĐ-TB&XH|LĐTB&XH|LĐTBXH|LĐ-TBXH", "Lao động - Thương binh và Xã hội"],
    ["NN&PTNT|NNPTNT|NN-PTNT", "Nông nghiệp và Phát triển nông thôn"],
    ["PTNT", "Phát triển nông thôn"],
    ["VH-TT&DL|VHTT&DL|VHTTDL|VH-TT-DL", "Văn hóa, Thể thao và Du lịch"],
    ["GTVT", "Giao thông vận tải"],
    ["BHXH", "Bảo hiểm xã hội"],
    ["UBND", "Ủy ban nhân dân"],
];
// Two-letter short forms are only unambiguous right after "Sở"/"Bộ" ("Sở TC" is the finance department).
const DEPARTMENT_SHORT_FORMS: [string, string][] = [
    ["TC", "Tài chính"],
    ["TP", "Tư pháp"],
    ["YT", "Y tế"],
    ["NV", "Nội vụ"],
    ["XD", "Xây dựng"],
    ["CT", "Công Thương"],
];
const AGENCY_ABBREVIATION_RES = [
    ...AGENCY_ABBREVIATIONS.map(([abbr, full]) => [new RegExp(`(?<![\\p{L}\\d])(?:${abbr})(?![\\p{L}\\d])`, "giu"), full] as const),
    ...DEPARTMENT_SHORT_FORMS.map(([abbr, full]) => [new RegExp(`(?<=(?:^|[^\\p{L}\\d])(?:Sở|Bộ|So|Bo)\\s+)${abbr}(?![\\p{L}\\d])`, "gu"), full] as const),
];
/** A province named as its people's committee ("UBND tỉnh X") is the province. */
const PEOPLES_COMMITTEE = /^\s*(?:Ủy ban nhân dân|Uỷ ban nhân dân|Uy ban nhan dan)\s+/iu;
export function expandAgencyAbbreviations(s: string): string {
    return AGENCY_ABBREVIATION_RES.reduce((acc, [re, full]) => acc.replace(re, full), s).replace(PEOPLES_COMMITTEE, "").replace(/\s+/g, " ").trim();
}

// A Vietnamese phone number: +84 or 0, then a mobile/landline prefix and 8 more digits, optionally
// grouped by spaces, dots or hyphens; not part of a longer figure like "48.210.461".
const PHONE = /(?<![\p{L}\d.,])(?:\+84[ .-]?|0)[2-9](?:[ .-]?\d){8}(?![\p{L}\d,]|\.\d)/u;
const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
/** True when a string carries a phone number or an e-mail address (personal contact data). */
export function hasContactData(s: string): boolean {
    return PHONE.test(s) || EMAIL.test(s);
}

/** Levenshtein distance (fastest-levenshtein: one implementation for seed, imports and the API). */
export const editDistance = (a: string, b: string): number => distance(a, b);
