// Report 001's services and figures: Phụ lục 3 (data-sharing services on NDXP, linked to the assets
// that provide and consume them), §2 and Bảng 1 (platform totals by month), Bảng 3–4 and Phụ lục 4
// (transactions per service and per agency).
import { cells, type Line } from "../lines.js";
import type { AgencyResolver } from "../resolve.js";
import { clean, dice, expandAbbreviations, slug, tokens } from "../../lib/text.js";
import { parseCount, parseDecimal } from "../numbers.js";
import { ParseError, type AgencyKind, type AssetRecord, type Citation, type ParsedSource } from "../types.js";
import { DOC, NDXP_ID, PERIOD, checkNumbering, cite, numberedRows } from "./r001-common.js";

/** Rule of the TRANSITS links: Phụ lục 3 lists the data-sharing services "trên NDXP" (on NDXP). */
export const PLATFORM_RULE = "every service of Phụ lục 3 (\"Danh sách các dịch vụ chia sẻ dữ liệu trên NDXP\") is exchanged through NDXP";

export function parseServices(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
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

export function parseUsage(lines: Line[], out: ParsedSource, resolver: AgencyResolver): void {
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

export function parseServiceRanking(lines: Line[], out: ParsedSource): void {
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

export function parseAgencyRanking(lines: Line[], section: string, out: ParsedSource, resolver: AgencyResolver, kinds: AgencyKind[]): void {
    for (const r of numberedRows(lines)) {
        const citation = cite(section, `row ${r.no}`, r.line.text);
        const agencyId = resolver.resolve(r.cells[1] ?? "", citation, kinds);
        out.figures.push({ id: `fig:001:${slug(section)}:${r.no}`, subjectId: agencyId, metric: "ndxp-transactions", value: parseCount(r.cells[2] ?? ""), unit: "transactions", rank: r.no, period: PERIOD, asOf: null, citation });
    }
}
