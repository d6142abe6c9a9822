// Report 001 (No. 31/BC-UBQGCĐS, 26 Jun 2023): NDXP totals, Bảng 1–4, Phụ lục 1–4.
// Defines the 31 ministries/agencies and 63 provinces (Phụ lục 2) and the enterprises (Phụ lục 4 §III).
import { cells, Lines, type Line } from "../lines.js";
import type { AgencyResolver } from "../resolve.js";
import { agencyKey, clean, slug } from "../../lib/text.js";
import { parseCount, parseDecimal } from "../numbers.js";
import { ParseError, emptySource, type AgencyKind, type AssetRecord, type DocumentRecord, type ParsedSource, type Snapshot } from "../types.js";
import { DOC, NDXP_ID, PAYGOV_ID, PERIOD, assetIdForNumber, checkNumbering, cite, columnDate } from "./r001-common.js";
import { parseAgencyRanking, parseServiceRanking, parseServices, parseUsage } from "./r001-services.js";

export { PAYGOV_ID, assetIdForNumber, checkNumbering } from "./r001-common.js";
export { PLATFORM_RULE, SERVICE_LINK_RULE } from "./r001-services.js";

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
    parseConnections(L.slice(p2, p3), out, resolver, text);

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

function parseConnections(lines: Line[], out: ParsedSource, resolver: AgencyResolver, reportText: string): void {
    let part: "I" | "II" | null = null;
    const columns = (
        [
            { snapshot: "JUNE_2023", status: "OFFICIAL_OR_TECHNICAL", label: "Tính đến tháng 6/2023 (Kết nối chính thức và kỹ thuật)" },
            { snapshot: "Y2022", status: "OFFICIAL", label: "Năm 2022 (Kết nối chính thức)" },
        ] as const
    ).map((c) => ({ ...c, validFrom: columnDate(c.label, reportText) }));
    const header = lines.find((l) => cells(l.text)[0] === "TT" && cells(l.text).length >= 4);
    if (!header || columns.some((col, i) => clean(cells(header.text)[2 + i] ?? "") !== col.label)) {
        throw new ParseError(DOC, "Phụ lục 2 header", `the columns must be ${columns.map((c) => `"${c.label}"`).join(", ")}`);
    }
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
            // Every row is in both columns: a link the column does not list was not there on its day.
            out.coverage.push({ agencyId: id, snapshot: col.snapshot, validFrom: col.validFrom, citation: { ...citation, locator: `row ${no}, column "${col.label}"`, text: clean(c[2 + i] ?? "") } });
            for (const n of listedNumbers(c[2 + i] ?? "", "Phụ lục 2", `${part}.${no}`)) {
                if (n === "paygov") paygov = true;
                out.connections.push({
                    agencyId: id,
                    assetId: n === "paygov" ? PAYGOV_ID : assetIdForNumber(n),
                    snapshot: col.snapshot,
                    status: col.status,
                    validFrom: col.validFrom,
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
