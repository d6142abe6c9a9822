// Report 001 (No. 31/BC-UBQGCĐS, 26 Jun 2023): NDXP totals, Bảng 1–4, Phụ lục 1–4.
// Defines the 31 ministries/agencies and 63 provinces (Phụ lục 2) and the enterprises (Phụ lục 4 §III).
import { cells, Lines, type Line } from "../lines.js";
import type { AgencyResolver } from "../resolve.js";
import { agencyKey, clean, dice, expandAbbreviations, slug, tokens } from "../../lib/text.js";
import { parseCount, parseDecimal } from "../numbers.js";
import {
    ParseError,
    emptySource,
    type AgencyKind,
    type AssetRecord,
    type Citation,
    type DocumentRecord,
    type ParsedSource,
    type Snapshot,
} from "../types.js";

const DOC = "001" as const;
const PERIOD = "2023-01-01/2023-06-07T18:00";
const NDXP_ID = "asset:ndxp";
export const assetIdForNumber = (n: number): string => `asset:001:${n}`;
export const PAYGOV_ID = "asset:paygov";

const cite = (section: string, locator: string, text: string): Citation => ({ documentId: DOC, section, locator, text: clean(text) });

/** Rows of a tab table between two line indexes; a row starts with its number in the first cell. */
function numberedRows(lines: Line[]): { no: number; line: Line; cells: string[] }[] {
    return lines
        .map((line) => ({ line, cells: cells(line.text) }))
        .filter((r) => /^\d+$/.test(r.cells[0] ?? ""))
        .map((r) => ({ no: Number(r.cells[0]), line: r.line, cells: r.cells }));
}

export function parse001(text: string, document: DocumentRecord, resolver: AgencyResolver): ParsedSource {
    const out = emptySource(document);
    const L = new Lines(DOC, text);

    // --- Headline totals (§2) ---------------------------------------------------------------
    const headIdx = L.find(/Hiện đã có hơn \*\*\d+\*\*/, 0, "the NDXP headline paragraph");
    const head = L.all[headIdx]!;
    const headText = clean(head.text);
    const m = /hơn (\d+) bộ.*?có (\d+) CSDL, (\d+) hệ thống thông tin.*?là: ([\d.]+) \(trong đó ([\d.]+) giao dịch thành công, ([\d.]+) giao dịch thất bại/.exec(headText);
    if (!m) throw new ParseError(DOC, `line ${head.no}`, "headline totals not in the expected wording");
    const hc = cite("§2 NDXP", `line ${head.no}`, headText);
    const headline: [string, string, string, string | null][] = [
        ["connected-parties-more-than", m[1]!, "agencies", null],
        ["databases-on-ndxp", m[2]!, "databases", null],
        ["systems-on-ndxp", m[3]!, "systems", null],
        ["transactions-total", m[4]!, "transactions", PERIOD],
        ["transactions-succeeded", m[5]!, "transactions", PERIOD],
        ["transactions-failed", m[6]!, "transactions", PERIOD],
    ];
    for (const [metric, raw, unit, period] of headline) {
        out.figures.push({ id: `fig:001:${metric}`, subjectId: NDXP_ID, metric, value: parseCount(raw), unit, rank: null, period, asOf: "2023-06-07", citation: hc });
    }

    // --- Bảng 1: monthly totals ------------------------------------------------------------
    const b1Start = L.find(/^Tháng\tTổng số giao dịch thành công/, headIdx, "Bảng 1 header");
    const b1End = L.find(/Bảng 1:/, b1Start);
    for (const line of L.slice(b1Start + 1, b1End)) {
        const c = cells(line.text);
        const month = /^(\d{1,2})\/(\d{4})$/.exec(c[0] ?? "");
        const total = /^Tổng$/.test(c[0] ?? "");
        if (!month && !total) continue;
        const period = month ? `${month[2]}-${month[1]!.padStart(2, "0")}` : PERIOD;
        const key = month ? period : "total";
        const citation = cite("Bảng 1", month ? `month ${c[0]}` : "Tổng", line.text);
        out.figures.push({ id: `fig:001:b1:${key}:succeeded`, subjectId: NDXP_ID, metric: "transactions-succeeded", value: parseCount(c[1]!), unit: "transactions", rank: null, period, asOf: null, citation });
        const failed = /^([\d.]+)(?: \(tương ứng ([\d,]+)%\))?$/.exec(c[2] ?? "");
        if (!failed) throw new ParseError(DOC, `Bảng 1 line ${line.no}`, `unreadable failures cell "${c[2]}"`);
        out.figures.push({ id: `fig:001:b1:${key}:failed`, subjectId: NDXP_ID, metric: "transactions-failed", value: parseCount(failed[1]!), unit: "transactions", rank: null, period, asOf: null, citation });
        if (failed[2]) out.figures.push({ id: `fig:001:b1:${key}:failed-share`, subjectId: NDXP_ID, metric: "failed-share", value: parseDecimal(failed[2]), unit: "percent", rank: null, period, asOf: null, citation });
    }

    // --- Phụ lục 2 first: it defines the agencies that Phụ lục 1's owners resolve to ------------
    const p1 = L.find(/^\*\*Phụ lục 1:\*\*/, b1End, "Phụ lục 1");
    const p2 = L.find(/^\*\*Phụ lục 2:\*\*/, p1, "Phụ lục 2");
    const p3 = L.find(/^\*\*Phụ lục 3:\*\*/, p2, "Phụ lục 3");
    parseConnections(L.slice(p2, p3), out, resolver);

    // --- Phụ lục 1: assets and their owners ----------------------------------------------------
    parseAssets(L.slice(p1, p2), out, resolver);

    // --- Phụ lục 3: services ---------------------------------------------------------------
    const p4 = L.find(/^\*\*Phụ lục 4:\*\*/, p3, "Phụ lục 4");
    parseServices(L.slice(p3, p4), out, resolver);

    // --- Phụ lục 4: transactions per agency (defines enterprises in §III) -------------------
    parseUsage(L.slice(p4, L.all.length), out, resolver);

    // --- Bảng 2–4: rankings (after the agencies exist) --------------------------------------
    const b2 = L.find(/^Các dịch vụ trên NDXP được khai thác nhiều nhất/, b1End);
    const b2End = L.find(/Bảng 2:/, b2);
    parseServiceRanking(L.slice(b2, b2End), out);
    const b3 = L.find(/^Thống kê \*\*05\*\* bộ/, b2End, "Bảng 3 lead");
    const b3End = L.find(/Bảng 3:/, b3);
    parseAgencyRanking(L.slice(b3, b3End), "Bảng 3", out, resolver, ["MINISTRY", "GOVERNMENT_AGENCY"]);
    const b4End = L.find(/Bảng 4:/, b3End);
    parseAgencyRanking(L.slice(b3End + 1, b4End), "Bảng 4", out, resolver, ["PROVINCE"]);
    const leads: [number, string, string][] = [
        [b3, "Bảng 3", "ministries-ranked"],
        [L.find(/^Thông kê \*\*15\*\*/, b3End, "Bảng 4 lead"), "Bảng 4", "provinces-ranked"],
    ];
    for (const [idx, section, metric] of leads) {
        const line = L.all[idx]!;
        const n = /\*\*(\d+)\*\*/.exec(line.text)!;
        out.figures.push({ id: `fig:001:${metric}`, subjectId: null, metric, value: Number(n[1]), unit: "agencies", rank: null, period: PERIOD, asOf: null, citation: cite(section, `lead line ${line.no}`, line.text) });
    }
    return out;
}

function parseAssets(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
    const rows: { no: number; line: Line; name: string; purpose: string; continued: Line[] }[] = [];
    for (const line of lines) {
        const c = cells(line.text);
        if (c[0] === "STT") continue;
        if (/^\d+$/.test(c[0] ?? "")) {
            rows.push({ no: Number(c[0]), line, name: c[1] ?? "", purpose: c.slice(2).join(" "), continued: [] });
        } else if (c[0] === "" && c.length > 1 && rows.length > 0) {
            // A row split by a page break: the continuation has an empty STT cell.
            const last = rows[rows.length - 1]!;
            if (c[1]) last.name = `${last.name} ${c[1]}`;
            last.purpose = `${last.purpose} ${c.slice(2).join(" ")}`;
            last.continued.push(line);
            out.notes.push({ kind: "LAYOUT_REPAIR", message: `row ${last.no} continues on line ${line.no} after a page break; joined`, citation: cite("Phụ lục 1", `row ${last.no}`, line.text) });
        }
    }
    checkNumbering(rows.map((r) => r.no), "Phụ lục 1", out);
    for (const r of rows) {
        const name = clean(r.name);
        const purpose = clean(r.purpose.replace(/<\/?li>/g, " "));
        const citation = cite("Phụ lục 1", `row ${r.no}`, [r.line, ...r.continued].map((l) => l.text).join(" ⏎ "));
        const isDatabase = /^Cơ sở dữ liệu/i.test(name);
        const asset: AssetRecord = {
            id: assetIdForNumber(r.no),
            name,
            kind: isDatabase ? "DATABASE" : "SYSTEM",
            number: r.no,
            code: null,
            purpose,
            isNational: /quốc gia/i.test(name),
            parentId: null,
            citation,
        };
        out.assets.push(asset);
        // Owner rule: the ministry/agency/enterprise named in the asset's name (its parenthesis or
        // "của …"); otherwise the single one named in the purpose. Nothing named → no owner.
        const kinds: AgencyKind[] = ["MINISTRY", "GOVERNMENT_AGENCY", "ENTERPRISE", "OTHER"];
        const inName = resolver.namedIn(name, kinds);
        const inPurpose = inName.length ? [] : resolver.namedIn(purpose, kinds);
        const ownerId = inName[0] ?? (inPurpose.length === 1 ? inPurpose[0] : undefined);
        if (ownerId) {
            const rule = inName.length ? "owner named in the asset name" : "the only agency named in the purpose";
            out.ownerships.push({ agencyId: ownerId, assetId: asset.id, rule, citation });
            resolver.mentions.push({ agencyId: ownerId, spelling: resolver.agencies.get(ownerId)!.name, citation });
        }
    }
}

function listedNumbers(cell: string, section: string, locator: string): (number | "paygov")[] {
    const t = cell.trim();
    if (t === "" || /^Không có$/i.test(t)) return [];
    return t
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== "")
        .map((s) => {
            if (/^paygov$/i.test(s)) return "paygov" as const;
            if (!/^\d+$/.test(s)) throw new ParseError(DOC, `${section} ${locator}`, `"${s}" is not an asset number`);
            const n = Number(s);
            if (n < 1 || n > 23) throw new ParseError(DOC, `${section} ${locator}`, `asset number ${n} is not in Phụ lục 1 (1–23)`);
            return n;
        });
}

function parseConnections(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
    let part: "I" | "II" | null = null;
    const columns: { snapshot: Snapshot; status: "OFFICIAL_OR_TECHNICAL" | "OFFICIAL"; label: string }[] = [
        { snapshot: "JUNE_2023", status: "OFFICIAL_OR_TECHNICAL", label: "Tính đến tháng 6/2023 (Kết nối chính thức và kỹ thuật)" },
        { snapshot: "Y2022", status: "OFFICIAL", label: "Năm 2022 (Kết nối chính thức)" },
    ];
    let paygov = false;
    const seen: Record<"I" | "II", number[]> = { I: [], II: [] };
    for (const line of lines) {
        const c = cells(line.text);
        if (c[0] === "I" && /BỘ, NGÀNH/.test(c[1] ?? "")) part = "I";
        else if (c[0] === "II" && /ĐỊA PHƯƠNG/.test(c[1] ?? "")) part = "II";
        if (!part || !/^\d+$/.test(c[0] ?? "")) continue;
        const no = Number(c[0]);
        seen[part].push(no);
        const name = clean(c[1] ?? "");
        if (!name) throw new ParseError(DOC, `Phụ lục 2 ${part}.${no} (line ${line.no})`, "row has no agency name");
        if (c.length < 3) throw new ParseError(DOC, `Phụ lục 2 ${part}.${no} (line ${line.no})`, "row is truncated: no connection columns");
        const section = `Phụ lục 2 ${part === "I" ? "I. Bộ, ngành" : "II. Địa phương"}`;
        const citation = cite(section, `row ${no}`, line.text);
        const kind: AgencyKind = part === "II" ? "PROVINCE" : /^Bộ /.test(name) ? "MINISTRY" : "GOVERNMENT_AGENCY";
        // Ids use the folded key, so "TP. Cần Thơ" and "Cần Thơ" share one.
        const id = `${part === "II" ? "province" : "agency"}:${slug(agencyKey(name))}`;
        resolver.define({ id, name, kind, parentId: null, citation });
        columns.forEach((col, i) => {
            for (const n of listedNumbers(c[2 + i] ?? "", "Phụ lục 2", `${part}.${no}`)) {
                if (n === "paygov") paygov = true;
                out.connections.push({
                    agencyId: id,
                    assetId: n === "paygov" ? PAYGOV_ID : assetIdForNumber(n),
                    snapshot: col.snapshot,
                    status: col.status,
                    citation: { ...citation, locator: `row ${no}, column "${col.label}"`, text: clean(c[2 + i] ?? "") },
                });
            }
        });
    }
    if (seen.I.length === 0 || seen.II.length === 0) throw new ParseError(DOC, "Phụ lục 2", "section I or II is missing");
    checkNumbering(seen.I, "Phụ lục 2 I", out);
    checkNumbering(seen.II, "Phụ lục 2 II", out);
    if (paygov) {
        out.assets.push({
            id: PAYGOV_ID, name: "paygov", kind: "SYSTEM", number: null, code: "paygov", purpose: null, isNational: false, parentId: null,
            citation: cite("Phụ lục 2", "cells naming paygov", "Paygov / paygov"),
        });
    }
    // NDXP itself: the platform every listed connection goes through (§2).
    out.assets.push({
        id: NDXP_ID, name: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", kind: "PLATFORM", number: null, code: "NDXP",
        purpose: "Kết nối, tích hợp, chia sẻ dữ liệu giữa các bộ, ngành, địa phương, tổ chức, doanh nghiệp.", isNational: true, parentId: null,
        citation: cite("§2", "heading", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)"),
    });
}

/** Rule of the TRANSITS links: Phụ lục 3 lists the data-sharing services "trên NDXP" (on NDXP). */
export const PLATFORM_RULE = "every service of Phụ lục 3 (\"Danh sách các dịch vụ chia sẻ dữ liệu trên NDXP\") is exchanged through NDXP";

function parseServices(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
    const title = clean(lines.slice(0, 3).map((l) => l.text).join(" "));
    if (!/trên NDXP/.test(title)) throw new ParseError(DOC, "Phụ lục 3", "the title no longer says the services are on NDXP");
    const rows = numberedRows(lines);
    checkNumbering(rows.map((r) => r.no), "Phụ lục 3", out);
    for (const r of rows) {
        const [, nameRaw = "", txRaw = "", rateRaw = ""] = r.cells;
        const name = clean(nameRaw);
        const citation = cite("Phụ lục 3", `row ${r.no}`, r.line.text);
        if (!txRaw || !rateRaw) throw new ParseError(DOC, `Phụ lục 3 row ${r.no} (line ${r.line.no})`, "row is truncated");
        const id = `service:001:${r.no}`;
        out.services.push({ id, number: r.no, name, transactions: parseCount(txRaw), errorRatePercent: parseDecimal(rateRaw), period: PERIOD, citation });
        linkService(id, name, out, resolver, citation);
        out.serviceLinks.push({ serviceId: id, targetId: NDXP_ID, role: "PLATFORM", rule: PLATFORM_RULE, score: 1, citation: { ...citation, text: title } });
    }
}

/**
 * Provider/consumer rule, recorded on each link. A service name ends with "(PROVIDER với/cung cấp
 * cho/cấp cho CONSUMER)", or names its provider after "từ". For each side:
 *  - if the phrase names an agency, the candidates are that agency's Phụ lục 1 assets: the only one,
 *    or the best word-overlap with the service name (Dice ≥ 0.3, margin ≥ 0.1); a consumer phrase that
 *    names an agency links to the agency itself;
 *  - otherwise the phrase is compared with every Phụ lục 1 asset name (abbreviations expanded, owner
 *    parenthesis dropped): best Dice ≥ 0.6 with a margin ≥ 0.1 over the runner-up.
 * Without a provider from the phrase, the service name itself is compared the same way. Anything
 * else stays unlinked rather than guessed.
 */
export const SERVICE_LINK_RULE = "provider/consumer phrase of the service name matched to Phụ lục 1 assets by word overlap (see seed/sources/r001-connections.ts)";

function linkService(
    serviceId: string,
    name: string,
    out: ParsedSource,
    resolver: AgencyResolver,
    citation: Citation,
): void {
    const assets = out.assets.filter((a) => a.number !== null);
    const paren = /\(([^()]*)\)\s*$/.exec(name)?.[1];
    const bare = name.replace(/\s*\([^()]*\)\s*$/, "");
    const sides = paren ? paren.split(/\s+(?:với|cung cấp cho|cung cấp, dùng chung cho|cấp cho)\s+/) : [/\stừ\s(.+)$/.exec(bare)?.[1]];
    const agencyKinds: AgencyKind[] = ["MINISTRY", "GOVERNMENT_AGENCY", "ENTERPRISE", "OTHER"];
    const assetName = (a: AssetRecord): Set<string> => tokens(expandAbbreviations(a.name.replace(/\([^)]*\)\s*$/, "")));
    const pick = (words: Set<string>, candidates: AssetRecord[], min: number) => {
        const scored = candidates.map((a) => ({ a, s: dice(words, assetName(a)) })).sort((x, y) => y.s - x.s);
        const [top, next] = scored;
        if (!top) return undefined;
        if (candidates.length === 1) return { a: top.a, s: 1, how: "only asset of the agency named" };
        if (top.s < min || (next && top.s - next.s < 0.1)) return undefined;
        return { a: top.a, s: top.s, how: "word overlap" };
    };
    const side = (phrase: string | undefined, role: "PROVIDER" | "CONSUMER"): string | undefined => {
        if (!phrase) return undefined;
        const expanded = expandAbbreviations(phrase);
        const named = resolver.namedIn(expanded, agencyKinds)[0];
        if (named) {
            const owned = out.ownerships.filter((o) => o.agencyId === named).map((o) => assets.find((a) => a.id === o.assetId)!);
            const hit = owned.length ? pick(tokens(expandAbbreviations(`${bare} ${phrase}`)), owned, 0.3) : undefined;
            if (hit) {
                out.serviceLinks.push({ serviceId, targetId: hit.a.id, role, rule: `${SERVICE_LINK_RULE}: ${hit.how}`, score: round(hit.s), citation });
                return hit.a.id;
            }
            if (role === "CONSUMER") {
                out.serviceLinks.push({ serviceId, targetId: named, role, rule: `${SERVICE_LINK_RULE}: consumer phrase names the agency`, score: 1, citation });
                return named;
            }
            return undefined;
        }
        const hit = pick(tokens(expanded), assets, 0.6);
        if (!hit) return undefined;
        out.serviceLinks.push({ serviceId, targetId: hit.a.id, role, rule: `${SERVICE_LINK_RULE}: ${hit.how}`, score: round(hit.s), citation });
        return hit.a.id;
    };
    let provider = side(sides[0], "PROVIDER");
    if (!provider) {
        const hit = pick(tokens(expandAbbreviations(bare)), assets, 0.6);
        if (hit) {
            out.serviceLinks.push({ serviceId, targetId: hit.a.id, role: "PROVIDER", rule: `${SERVICE_LINK_RULE}: service name ${hit.how}`, score: round(hit.s), citation });
            provider = hit.a.id;
        }
    }
    const consumer = side(sides[1], "CONSUMER");
    if (consumer && consumer === provider) out.serviceLinks.pop();
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function parseUsage(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
    let part: "I" | "II" | "III" | null = null;
    const seen: Record<string, number[]> = { I: [], II: [], III: [] };
    for (const line of lines) {
        const c = cells(line.text);
        if (/^(I|II|III)$/.test(c[0] ?? "")) part = c[0] as "I" | "II" | "III";
        if (!part || !/^\d+$/.test(c[0] ?? "")) continue;
        const no = Number(c[0]);
        seen[part]!.push(no);
        const name = clean(c[1] ?? "");
        if (!c[2]) throw new ParseError(DOC, `Phụ lục 4 ${part}.${no} (line ${line.no})`, "row is truncated: no transaction count");
        const section = `Phụ lục 4 ${part}`;
        const citation = cite(section, `row ${no}`, line.text);
        let agencyId: string;
        if (part === "III") {
            agencyId = `enterprise:${slug(name.replace(/\s*\([^)]*\)\s*$/, ""))}`;
            resolver.define({ id: agencyId, name, kind: "ENTERPRISE", parentId: null, citation });
            const short = /\(([^)]+)\)\s*$/.exec(name)?.[1];
            if (short) resolver.alias(short, agencyId);
        } else {
            agencyId = resolver.resolve(name, citation, part === "I" ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"]);
        }
        out.figures.push({
            id: `fig:001:p4:${part}:${no}`, subjectId: agencyId, metric: "ndxp-transactions", value: parseCount(c[2]), unit: "transactions",
            rank: no, period: PERIOD, asOf: null, citation,
        });
    }
    for (const part of ["I", "II", "III"]) checkNumbering(seen[part]!, `Phụ lục 4 ${part}`, out);
}

function parseServiceRanking(lines: Line[], out: ParsedSource): void {
    for (const r of numberedRows(lines)) {
        const [, nameRaw = "", txRaw = "", rateRaw = ""] = r.cells;
        const tx = parseCount(txRaw);
        const citation = cite("Bảng 2", `row ${r.no}`, r.line.text);
        // Rule: a Bảng 2 row is the Phụ lục 3 service with the same number; the audit compares figures.
        const service = out.services.find((s) => s.number === r.no);
        if (!service) throw new ParseError(DOC, `Bảng 2 row ${r.no}`, "no Phụ lục 3 service with this number");
        out.figures.push({ id: `fig:001:b2:${r.no}:transactions`, subjectId: service.id, metric: "service-transactions", value: tx, unit: "transactions", rank: r.no, period: PERIOD, asOf: null, citation: { ...citation, text: clean(`${nameRaw} | ${txRaw} | ${rateRaw}`) } });
        out.figures.push({ id: `fig:001:b2:${r.no}:error-rate`, subjectId: service.id, metric: "service-error-rate", value: parseDecimal(rateRaw), unit: "percent", rank: r.no, period: PERIOD, asOf: null, citation });
    }
}

function parseAgencyRanking(lines: Line[], section: string, out: ParsedSource, resolver: AgencyResolver, kinds: AgencyKind[]): void {
    for (const r of numberedRows(lines)) {
        const citation = cite(section, `row ${r.no}`, r.line.text);
        const agencyId = resolver.resolve(r.cells[1] ?? "", citation, kinds);
        out.figures.push({ id: `fig:001:${slug(section)}:${r.no}`, subjectId: agencyId, metric: "ndxp-transactions", value: parseCount(r.cells[2] ?? ""), unit: "transactions", rank: r.no, period: PERIOD, asOf: null, citation });
    }
}

/** Records a numbering gap or repeat in a numbered table; the audit lists them. */
export function checkNumbering(numbers: number[], section: string, out: ParsedSource, documentId: Citation["documentId"] = DOC): void {
    numbers.forEach((n, i) => {
        const expected = i === 0 ? 1 : numbers[i - 1]! + 1;
        if (n !== expected) {
            out.notes.push({
                kind: "NUMBERING_GAP",
                message: `${section}: item numbered ${n} where ${expected} was expected`,
                citation: { documentId, section, locator: `item ${n}`, text: String(n) },
            });
        }
    });
}
