// Report 000 (MIC thematic report, 12 Jul 2023): core national databases and their components (§1),
// shared-database catalogues (§2, Appendix 1), the 8 standards, open-data plans and providers (§3,
// Appendix 2) and the §5 progress items, each with its stated count and the agencies it lists.
import { Lines } from "../lines.js";
import { clean, dice, expandAbbreviations, fold, slug, tokens } from "../../lib/text.js";
import { parseCount, parseDecimal } from "../numbers.js";
import { ParseError, emptySource, type AssetRecord, type DocumentRecord, type ParsedSource } from "../types.js";
import { checkNumbering } from "./r001-connections.js";
import { citeIn, resolveNameList, type ParseContext } from "./shared.js";

const DOC = "000" as const;
const cite = citeIn(DOC);
const AS_OF = "2023-06-30";

/** Parses "99", "1,5", "83,895" as printed (comma = decimal). */
const num = (raw: string): number => (raw.includes(",") ? parseDecimal(raw) : parseCount(raw));

export function parse000(text: string, document: DocumentRecord, ctx: ParseContext): ParsedSource {
    const out = emptySource(document);
    const L = new Lines(DOC, text);
    const lineText = (i: number): string => clean(L.all[i]!.text);
    const fig = (id: string, subjectId: string | null, metric: string, value: number, unit: string, i: number, section: string, extra: { rank?: number } = {}) =>
        out.figures.push({ id: `fig:000:${id}`, subjectId, metric, value, unit, rank: extra.rank ?? null, period: null, asOf: AS_OF, citation: cite(section, `line ${L.all[i]!.no}`, L.all[i]!.text) });

    // --- §1 the core national databases ------------------------------------------------------
    const national = ctx.assets.filter((a) => a.kind === "DATABASE" && a.number !== null);
    const matchAsset = (heading: string): AssetRecord => {
        // Rule: the 001 Phụ lục 1 database whose name (owner parenthesis dropped) shares the most
        // words with the heading; Dice ≥ 0.6 required.
        const words = tokens(heading);
        const scored = national.map((a) => ({ a, s: dice(words, tokens(a.name.replace(/\([^)]*\)\s*$/, ""))) })).sort((x, y) => y.s - x.s);
        const top = scored[0];
        if (!top || top.s < 0.6) throw new ParseError(DOC, "§1", `"${heading}" matches no database of 001 Phụ lục 1`);
        return top.a;
    };
    const headings: Record<string, AssetRecord> = {};
    for (const letter of ["a", "b", "c", "d"]) {
        const i = L.find(new RegExp(`^${letter}\\) Cơ sở dữ liệu quốc gia`), 0, `§1 ${letter})`);
        const heading = lineText(i).replace(/^[a-d]\) /, "");
        const asset = matchAsset(heading);
        headings[letter] = asset;
        // The same database under the name 000 uses: kept as a citation of the asset.
        out.assets.push({ ...asset, name: asset.name, citation: cite(`§1 ${letter})`, `line ${L.all[i]!.no}`, heading) });
    }
    const sizeLines: [string, RegExp, [string, string][]][] = [
        ["a", /khoảng \*\*(\d+)\*\* triệu nhân khẩu/, [["population-records", "million people"]]],
        ["b", /là \*\*([\d,]+)\*\* triệu doanh nghiệp/, [["enterprise-records", "million enterprises"]]],
        ["c", /bao gồm \*\*([\d,]+)\*\* triệu hộ gia đình, \*\*([\d,]+)\*\* triệu người tham gia bảo hiểm xã hội và \*\*([\d,]+)\*\* triệu người tham gia bảo hiểm y tế/,
            [["households", "million households"], ["social-insurance-participants", "million people"], ["health-insurance-participants", "million people"]]],
    ];
    for (const [letter, re, metrics] of sizeLines) {
        const i = L.find(re, 0, `§1 ${letter}) size`);
        const m = re.exec(L.all[i]!.text)!;
        metrics.forEach(([metric, unit], k) => fig(`s1${letter}:${metric}`, headings[letter]!.id, metric, num(m[k + 1]!), unit, i, `§1 ${letter})`));
    }
    const shares = L.find(/đã kết nối, chia sẻ dữ liệu cho: (\d+) bộ, ngành và (\d+) địa phương/, 0, "§1 b) sharing counts");
    const sm = /cho: (\d+) bộ, ngành và (\d+) địa phương/.exec(L.all[shares]!.text)!;
    fig("s1b:shared-with-ministries", headings.b!.id, "shared-with-ministries", Number(sm[1]), "agencies", shares, "§1 b)");
    fig("s1b:shared-with-provinces", headings.b!.id, "shared-with-provinces", Number(sm[2]), "provinces", shares, "§1 b)");
    // d) land: component databases, each a bullet "- Cơ sở dữ liệu X: … **N** …".
    const land = headings.d!;
    const dStart = L.find(/^d\) Cơ sở dữ liệu quốc gia về đất đai/, 0);
    const dEnd = L.find(/^2\. Cơ sở dữ liệu của các bộ/, dStart, "§2 heading");
    let component = 0;
    for (let i = dStart + 1; i < dEnd; i++) {
        const t = lineText(i);
        const m = /^- (Cơ sở dữ liệu [^:]+?)(?:, bao gồm)?: (.*)$/.exec(t);
        if (!m) continue;
        component += 1;
        const id = `asset:000:land:${slug(m[1]!.replace(/^Cơ sở dữ liệu /, ""))}`;
        out.assets.push({ id, name: m[1]!, kind: "DATABASE", number: null, code: null, purpose: m[2]!, isNational: true, parentId: land.id, citation: cite("§1 d)", `component ${component}`, L.all[i]!.text) });
        const sizes = [...m[2]!.matchAll(/\*\*([\d,.]+)\*\* (triệu|nghìn)? ?([^;,.(]+)/g)];
        const plain = sizes.length ? [] : [.../(\d[\d.]*) (hồ sơ)/.exec(m[2]!) ? [/(\d[\d.]*) (hồ sơ)/.exec(m[2]!)!] : []];
        sizes.forEach((s, k) => fig(`s1d:${component}:${k}`, id, "size", num(s[1]!), clean(`${s[2] ?? ""} ${s[3]!}`), i, "§1 d)"));
        plain.forEach((s, k) => fig(`s1d:${component}:p${k}`, id, "size", parseCount(s[1]!), s[2]!, i, "§1 d)"));
    }
    if (component === 0) throw new ParseError(DOC, "§1 d)", "no component databases found");

    // --- §2 catalogues ---------------------------------------------------------------------
    const s2 = L.find(/^- Tổng số \*\*45\*\*|^- Tổng số \*\*\d+\*\* bộ, ngành, địa phương đã ban hành danh mục/, dEnd, "§2 catalogue count");
    const c = /Tổng số \*\*(\d+)\*\* bộ.*?tỷ lệ \*\*([\d,]+)%\*\*/.exec(L.all[s2]!.text);
    if (!c) throw new ParseError(DOC, `line ${L.all[s2]!.no}`, "catalogue count sentence not in the expected wording");
    const appendix1 = L.find(/^Phụ lục 1\*\*Danh sách/, s2, "Appendix 1");
    const appendix2 = L.find(/^Phụ lục 2\*\*Danh sách/, appendix1, "Appendix 2");
    const catalogueList = "list:000:appendix-1";
    out.lists.push({ id: catalogueList, title: clean(L.all[appendix1]!.text.replace(/^Phụ lục 1/, "")), kind: "CATALOGUE_PUBLISHED", statedCount: Number(c[1]), statedPercent: parseDecimal(c[2]!), citation: cite("§2", `line ${L.all[s2]!.no}`, L.all[s2]!.text) });
    // Appendix 1 is a two-column markdown table: "| 1. Bộ Xây dựng | 24. Hà Tĩnh |".
    const numbered: { n: number; name: string; line: number }[] = [];
    for (let i = appendix1 + 1; i < appendix2; i++) {
        for (const m of L.all[i]!.text.matchAll(/(\d+)\.\s+([^|]+?)\s*(?=\||$)/g)) numbered.push({ n: Number(m[1]), name: m[2]!, line: L.all[i]!.no });
    }
    numbered.sort((a, b) => a.n - b.n);
    checkNumbering(numbered.map((x) => x.n), "Phụ lục 1 (000)", out, DOC);
    for (const x of numbered) {
        const citation = cite("Phụ lục 1", `item ${x.n}`, x.name);
        const agencyId = ctx.resolver.resolve(x.name, citation);
        out.listMembers.push({ listId: catalogueList, agencyId, position: x.n, citation });
    }
    const planned = L.find(/^- Tổng số cơ sở dữ liệu được hoạch định trong \*\*(\d+)\*\*.*là \*\*([\d.]+)\*\*/, s2, "planned databases");
    const pm = /trong \*\*(\d+)\*\*.*là \*\*([\d.]+)\*\*/.exec(L.all[planned]!.text)!;
    fig("s2:planned-databases", null, "catalogue-databases-planned", parseCount(pm[2]!), "databases", planned, "§2");
    const tableRow = L.find(/^([\d.]+)\t(\d+)$/, s2, "§2 total table");
    const tm = /^([\d.]+)\t(\d+)$/.exec(L.all[tableRow]!.text)!;
    fig("s2:table:planned-databases", null, "catalogue-databases-planned", parseCount(tm[1]!), "databases", tableRow, "§2 table");
    fig("s2:table:agencies", null, "catalogue-published-agencies", Number(tm[2]), "agencies", tableRow, "§2 table");
    // Sharing modes: a header row then a row of four numbers.
    const modesHead = L.find(/^Mặc định\tĐặc thù\tDữ liệu mở\tChưa xác định/, s2, "sharing-mode table");
    const modes = L.all[modesHead + 1]!.text.split("\t").map((x) => parseCount(x));
    ["default", "specific", "open", "undetermined"].forEach((mode, k) => fig(`s2:sharing:${mode}`, null, `sharing-mode-${mode}`, modes[k]!, "databases", modesHead + 1, "§2 sharing modes"));
    // Ministries: "có **7** bộ bao gồm: A, B, …, và C đã ban hành … **198** cơ sở dữ liệu¹."
    const mins = L.find(/^Đối với các bộ, ngành: có \*\*(\d+)\*\* bộ bao gồm:/, s2, "§2 ministries sentence");
    const mm = /có \*\*(\d+)\*\* bộ bao gồm: (.*?) đã ban hành .*?tổng cộng \*\*([\d.]+)\*\*/.exec(L.all[mins]!.text)!;
    const minList = "list:000:s2-ministries";
    out.lists.push({ id: minList, title: "Bộ, ngành đã ban hành danh mục cơ sở dữ liệu dùng chung (§2)", kind: "CATALOGUE_PUBLISHED", statedCount: Number(mm[1]), statedPercent: null, citation: cite("§2", `line ${L.all[mins]!.no}`, L.all[mins]!.text) });
    resolveNameList(mm[2]!, minList, cite("§2", `line ${L.all[mins]!.no}`, mm[2]!), ctx, out);
    fig("s2:ministry-databases", null, "catalogue-databases-ministries", parseCount(mm[3]!), "databases", mins, "§2");
    // Footnote 1: per-ministry counts "Bộ X (82), …".
    const fn = L.find(/^¹ /, mins, "footnote 1");
    for (const m of L.all[fn]!.text.matchAll(/([^,(¹]+?) \((\d+)\)/g)) {
        const citation = cite("§2 footnote 1", `line ${L.all[fn]!.no}`, m[0]!);
        const id = ctx.resolver.resolve(m[1]!.trim(), citation);
        out.figures.push({ id: `fig:000:fn1:${id}`, subjectId: id, metric: "catalogue-databases", value: Number(m[2]), unit: "databases", rank: null, period: null, asOf: AS_OF, citation });
    }
    const provs = L.find(/^- Đối với các địa phương: \*\*(\d+)\*\* địa phương .*\*\*([\d.]+)\*\* cơ sở dữ liệu/, fn, "§2 provinces sentence");
    const pv = /\*\*(\d+)\*\* địa phương .*\*\*([\d.]+)\*\* cơ sở dữ liệu/.exec(L.all[provs]!.text)!;
    fig("s2:province-agencies", null, "catalogue-published-provinces", Number(pv[1]), "provinces", provs, "§2");
    fig("s2:province-databases", null, "catalogue-databases-provinces", parseCount(pv[2]!), "databases", provs, "§2");
    const avg = L.find(/^\+ Tỷ lệ trung bình mỗi địa phương có khoảng (\d+) cơ sở dữ liệu, (\d+) cơ sở dữ liệu là con số ở khoảng giữa/, provs, "§2 average");
    const am = /khoảng (\d+) cơ sở dữ liệu, (\d+)/.exec(L.all[avg]!.text)!;
    fig("s2:province-average", null, "catalogue-databases-per-province-average", Number(am[1]), "databases", avg, "§2");
    fig("s2:province-median", null, "catalogue-databases-per-province-median", Number(am[2]), "databases", avg, "§2");
    const extremes = L.find(/^\+ Các địa phương có sự chênh lệch/, avg, "§2 most/fewest");
    const ex = clean(L.all[extremes]!.text);
    const [mostPart = "", fewestPart = ""] = ex.split("trong khi đó");
    const first = /Nhiều nhất là (.+?) được hoạch định (\d+) cơ sở dữ liệu/.exec(mostPart);
    const most = [...(first ? [first] : []), ...mostPart.matchAll(/, ([^,()]+?) \((\d+)\)/g)];
    const fewest = [...fewestPart.matchAll(/(?:là: |, )([^,()]+?) \((\d+)\)/g)];
    const extremeRows: [RegExpMatchArray[], string][] = [[most, "most"], [fewest, "fewest"]];
    for (const [rows, which] of extremeRows) {
        if (rows.length !== 3) throw new ParseError(DOC, `line ${L.all[extremes]!.no}`, `expected three provinces with the ${which} databases, found ${rows.length}`);
        rows.forEach((r, k) => {
            const citation = cite("§2", `line ${L.all[extremes]!.no}, ${which} ${k + 1}`, r[0]!);
            const id = ctx.resolver.resolve(r[1]!.trim(), citation, ["PROVINCE"]);
            out.figures.push({ id: `fig:000:s2:${which}:${k + 1}`, subjectId: id, metric: "catalogue-databases", value: Number(r[2]), unit: "databases", rank: null, period: null, asOf: AS_OF, citation });
        });
    }
    const topics = L.find(/^Các chủ đề có số cơ sở dữ liệu lớn bao gồm:/, extremes, "§2 topics");
    for (let i = topics + 1; i < topics + 12; i++) {
        const m = /^\+ Cơ sở dữ liệu chứa (?:nội dung |thông tin về )?(.+?): \*\*(\d+)\*\*/.exec(lineText(i).replace(/\*\*/g, "**"));
        const raw = /^\+ Cơ sở dữ liệu chứa (?:nội dung |thông tin về )?(.+?): \*\*(\d+)\*\*/.exec(L.all[i]!.text);
        if (m || raw) {
            const r = (raw ?? m)!;
            fig(`s2:topic:${slug(r[1]!)}`, null, `catalogue-databases-topic:${clean(r[1]!)}`, Number(r[2]), "databases", i, "§2 topics");
        }
    }
    const owners = L.find(/^- Về tổ chức xây dựng cơ sở dữ liệu tại địa phương/, topics, "§2 owning departments");
    for (const m of L.all[owners]!.text.matchAll(/(Sở [^(]+?|Văn phòng UBND[^(]*?) \((\d+)\)/g)) {
        fig(`s2:owner:${slug(m[1]!)}`, null, `catalogue-databases-owner:${clean(m[1]!)}`, Number(m[2]), "databases", owners, "§2 owning departments");
    }

    // --- §3 open-data plans and providers --------------------------------------------------
    const plans = L.find(/^- 17 bộ, ngành, địa phương ban hành kế hoạch cung cấp dữ liệu mở|^- \d+ bộ, ngành, địa phương ban hành kế hoạch cung cấp dữ liệu mở/, owners, "§3 plans");
    const providers = L.find(/^- \d+ bộ, ngành, địa phương(?:²)? triển khai cung cấp dữ liệu mở/, plans, "§3 providers");
    const listSentence = (i: number, id: string, kind: "OPEN_DATA_PLAN" | "OPEN_DATA_PROVIDER", title: string) => {
        const t = clean(L.all[i]!.text);
        const m = /^- (\d+) bộ.*?tỷ lệ ([\d,]+)%.*?bao gồm:(?: bao gồm:)? (.*)$/.exec(t);
        if (!m) throw new ParseError(DOC, `line ${L.all[i]!.no}`, "list sentence not in the expected wording");
        const citation = cite("§3", `line ${L.all[i]!.no}`, L.all[i]!.text);
        // The title is the sentence as printed, up to its list of names.
        const printed = t.replace(/^- /, "").replace(/\. (?:Các cơ quan|Các bộ).*$/, "").replace(/ bao gồm:.*$/, "");
        out.lists.push({ id, title: `${printed} — ${title}`, kind, statedCount: Number(m[1]), statedPercent: parseDecimal(m[2]!), citation });
        resolveNameList(m[3]!, id, citation, ctx, out);
    };
    listSentence(plans, "list:000:s3-plans", "OPEN_DATA_PLAN", "Bộ, ngành, địa phương ban hành kế hoạch cung cấp dữ liệu mở (§3)");
    listSentence(providers, "list:000:s3-providers", "OPEN_DATA_PROVIDER", "Bộ, ngành, địa phương triển khai cung cấp dữ liệu mở (§3)");
    const a2List = "list:000:appendix-2";
    out.lists.push({ id: a2List, title: clean(L.all[appendix2]!.text.replace(/^Phụ lục 2/, "")), kind: "OPEN_DATA_PLAN", statedCount: null, statedPercent: null, citation: cite("Phụ lục 2", "heading", L.all[appendix2]!.text) });
    const a2Items: number[] = [];
    for (let i = appendix2 + 1; i < L.all.length; i++) {
        const m = /^(\d+)\. (.+)$/.exec(L.all[i]!.text.trim());
        if (!m) continue;
        a2Items.push(Number(m[1]));
        const citation = cite("Phụ lục 2", `item ${m[1]}`, m[2]!);
        out.listMembers.push({ listId: a2List, agencyId: ctx.resolver.resolve(m[2]!, citation), position: Number(m[1]), citation });
    }
    checkNumbering(a2Items, "Phụ lục 2 (000)", out, DOC);

    // --- Standards table ---------------------------------------------------------------------
    parseStandards(L, providers, out, ctx);

    // --- §5 progress items -----------------------------------------------------------------
    const s5 = L.find(/^5\. Về một số kết quả khác/, providers, "§5");
    const s6 = L.find(/^6\. Tồn tại và hạn chế/, s5, "§6");
    let item = 0;
    for (let i = s5 + 1; i < s6; i++) {
        const t = clean(L.all[i]!.text);
        if (!t.startsWith("- ")) continue;
        item += 1;
        const id = `list:000:s5-${item}`;
        const citation = cite("§5", `item ${item} (line ${L.all[i]!.no})`, L.all[i]!.text);
        const count = /^- (\d+) (?:bộ|cơ quan)|Hiện nay có (\d+) cơ quan/.exec(t);
        const percent = /(?:đạt|tỷ lệ) (\d+(?:,\d+)?)%/.exec(t);
        out.lists.push({ id, title: t.replace(/ bao gồm: .*$/, "").replace(/^- /, ""), kind: "TARGET_PROGRESS", statedCount: count ? Number(count[1] ?? count[2]) : null, statedPercent: percent ? parseDecimal(percent[1]!) : null, citation });
        const names = /bao gồm: (.*)$/.exec(t)?.[1];
        if (names) resolveNameList(names, id, citation, ctx, out);
    }
    if (item === 0) throw new ParseError(DOC, "§5", "no progress items found");
    return out;
}

function parseStandards(L: Lines, from: number, out: ParsedSource, ctx: ParseContext): void {
    const head = L.find(/^\tDữ liệu\tVăn bản quy định\tNội dung quy định$/, from, "standards table header");
    const end = L.find(/^4\. Hạ tầng triển khai/, head, "§4 heading");
    const rows: { n: number; cells: string[]; lines: number[] }[] = [];
    for (let i = head + 1; i < end; i++) {
        const raw = L.all[i]!.text;
        const cellsOf = raw.split("\t").map((x) => clean(x));
        if (/^\d+$/.test(cellsOf[0] ?? "")) rows.push({ n: Number(cellsOf[0]), cells: cellsOf.slice(1), lines: [L.all[i]!.no] });
        else if (raw.startsWith("\t\t") && rows.length) {
            // Row split by the footnote at the page end: the cells continue column by column.
            const last = rows[rows.length - 1]!;
            cellsOf.slice(1).forEach((x, k) => {
                if (x) last.cells[k] = `${last.cells[k] ?? ""} ${x}`.trim();
            });
            last.lines.push(L.all[i]!.no);
            out.notes.push({ kind: "LAYOUT_REPAIR", message: `standards row ${last.n} continues on line ${L.all[i]!.no} after footnote 2; joined`, citation: cite("§3 standards table", `row ${last.n}`, raw) });
        }
    }
    checkNumbering(rows.map((r) => r.n), "standards table (000 §3)", out, DOC);
    // Rule: a standard governs each Phụ lục 1 database all of whose distinctive words (name without
    // owner, "cơ sở dữ liệu" and the phrase "quốc gia") appear in the standard's data + content cells.
    const distinctive = (s: string): string[] => fold(expandAbbreviations(s)).replace(/\bquoc gia\b/g, " ").replace(/\bco so du lieu\b/g, " ").split(/\s+/).filter((w) => w.length > 1 && !["ve", "va", "cua"].includes(w));
    const databases = ctx.assets.filter((a) => a.kind === "DATABASE" && a.number !== null);
    for (const r of rows) {
        const [data = "", instrument = "", content = ""] = r.cells;
        const words = new Set(distinctive(`${data} ${content}`));
        const governs = databases.filter((a) => {
            const need = distinctive(a.name.replace(/\([^)]*\)\s*$/, ""));
            return need.length > 0 && need.every((w) => words.has(w));
        });
        out.standards.push({
            id: `standard:000:${r.n}`, number: r.n, data, instrument, content, governsAssetIds: governs.map((a) => a.id),
            rule: "every distinctive word of the database name appears in the standard's data and content cells",
            citation: cite("§3 standards table", `row ${r.n} (lines ${r.lines.join(", ")})`, r.cells.join(" | ")),
        });
    }
}
