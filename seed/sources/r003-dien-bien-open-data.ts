// Plan 003 (Điện Biên open-data plan 2023–2025): yearly targets, and the appendix of datasets by
// topic with the provincial department responsible. Departments are agencies whose parent is the
// province; a "Sở X" is recognised because "Bộ X" names a ministry of 001 Phụ lục 2.
import { Lines } from "../lines.js";
import { agencyKey, clean, slug } from "../../lib/text.js";
import { ParseError, emptySource, type DocumentRecord, type ParsedSource } from "../types.js";
import { checkNumbering } from "./r001-connections.js";
import { citeIn, type ParseContext } from "./shared.js";

const DOC = "003" as const;
const cite = citeIn(DOC);
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)$/;

export function parse003(text: string, document: DocumentRecord, ctx: ParseContext): ParsedSource {
    const out = emptySource(document);
    const L = new Lines(DOC, text);
    const province = ctx.resolver.resolve("Điện Biên", cite("title", "line 7", L.all.find((l) => /tỉnh Điện Biên/.test(l.text))?.text ?? "Điện Biên"), ["PROVINCE"]);
    const planId = "plan:003:dien-bien-2023-2025";
    const titleIdx = L.find(/^\s*KẾ HOẠCH\s*$/, 0, "plan title");
    const title = clean(`${L.all[titleIdx + 2]!.text} ${L.all[titleIdx + 4]!.text}`);
    out.plans.push({ id: planId, agencyId: province, title, period: "2023/2025", citation: cite("title", `lines ${L.all[titleIdx]!.no}–${L.all[titleIdx + 4]!.no}`, title) });

    // Targets: "tối thiểu 10% … năm 2023; tối thiểu 50% … năm 2024; 100% … năm 2025" over wrapped lines.
    const goal = L.find(/^- Triển khai cung cấp dữ liệu mở, đạt chỉ tiêu/, titleIdx, "the plan's targets");
    const goalText = clean(L.slice(goal, goal + 8).map((l) => l.text).join(" ").split("- Thúc đẩy")[0]!);
    const targets = [...goalText.matchAll(/(\d+)% (?:các )?cơ quan, đơn vị cung cấp dữ liệu mở (?:vào )?năm (\d{4})/g)];
    if (targets.length !== 3) throw new ParseError(DOC, `line ${L.all[goal]!.no}`, `expected 3 yearly targets, found ${targets.length}`);
    for (const t of targets) {
        out.figures.push({ id: `fig:003:target:${t[2]}`, subjectId: planId, metric: "agencies-providing-open-data-target", value: Number(t[1]), unit: "percent", rank: null, period: t[2]!, asOf: null, citation: cite("I.1 Mục tiêu", `line ${L.all[goal]!.no}`, t[0]!) });
    }

    // Appendix: datasets.
    const start = L.find(/^\s*Stt Tên dữ liệu Đơn vị chủ trì cung cấp dữ liệu\s*$/, goal, "the appendix table header");
    const end = L.find(/^\s*Lưu ý:/, start, "the end of the appendix");
    const tokens = L.slice(start + 1, end)
        .map((l) => ({ no: l.no, t: clean(l.text) }))
        .filter((x) => x.t !== "" && !/^Stt Tên dữ liệu Đơn vị chủ trì cung cấp dữ liệu$/.test(x.t));
    type Topic = { roman: string; name: string; line: number };
    let topic = null as Topic | null;
    const numbersByTopic = new Map<string, number[]>();
    type Item = { n: number; line: number; name: string[]; dept: string[]; deptDone: boolean; topic: Topic };
    const items: Item[] = [];
    const ministryFor = (dept: string): string | undefined => ctx.resolver.lookup(dept.replace(/^Sở /, "Bộ "));
    for (let k = 0; k < tokens.length; k++) {
        const { no, t } = tokens[k]!;
        const romanOnly = ROMAN.test(t);
        const romanLine = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV) (CHỦ ĐỀ .*)$/.exec(t);
        if (romanLine || (romanOnly && /^CHỦ ĐỀ/.test(tokens[k + 1]?.t ?? ""))) {
            let name = romanLine ? romanLine[2]! : tokens[++k]!.t;
            // A wrapped topic name continues in capitals.
            while (tokens[k + 1] && /^[A-ZĐÀ-Ỹ ,]+$/u.test(tokens[k + 1]!.t) && !ROMAN.test(tokens[k + 1]!.t)) name = `${name} ${tokens[++k]!.t}`;
            topic = { roman: romanLine ? romanLine[1]! : t, name: clean(name), line: no };
            numbersByTopic.set(topic.roman, []);
            continue;
        }
        const item = /^(\d+)(?:\s+(.*))?$/.exec(t);
        if (item && topic) {
            const it: Item = { n: Number(item[1]), line: no, name: [], dept: [], deptDone: false, topic };
            items.push(it);
            numbersByTopic.get(topic.roman)!.push(it.n);
            if (item[2]) addText(it, item[2]);
            continue;
        }
        const cur = items[items.length - 1];
        if (!cur) throw new ParseError(DOC, `appendix line ${no}`, `text before the first dataset: "${t}"`);
        addText(cur, t);
    }
    function addText(it: Item, t: string): void {
        // "… name … Sở X" on one line, or a department wrapped over lines ("Sở Lao động, Thương binh và" / "Xã hội").
        if (!it.deptDone && it.dept.length > 0) {
            it.dept.push(t);
            if (ministryFor(it.dept.join(" "))) it.deptDone = true;
            return;
        }
        const at = t.search(/(?:^|\s)Sở [A-ZĐ]/u);
        if (at >= 0 && it.dept.length === 0) {
            const before = t.slice(0, at).trim();
            if (before) it.name.push(before);
            it.dept.push(t.slice(at).trim());
            if (ministryFor(it.dept.join(" "))) it.deptDone = true;
            return;
        }
        it.name.push(t);
    }
    for (const [roman, nums] of numbersByTopic) checkNumbering(nums, `Phụ lục topic ${roman} (003)`, out, DOC);
    for (const it of items) {
        const deptName = clean(it.dept.join(" "));
        const locator = `topic ${it.topic.roman} item ${it.n} (line ${it.line})`;
        if (!it.deptDone) throw new ParseError(DOC, locator, `responsible department "${deptName}" does not mirror a ministry of 001 Phụ lục 2`);
        const ministry = ministryFor(deptName)!;
        const deptId = `department:dien-bien:${slug(agencyKey(deptName))}`;
        const citation = cite("Phụ lục: Danh mục dữ liệu mở", locator, `${it.name.join(" ")} | ${deptName}`);
        if (!ctx.resolver.agencies.has(deptId)) {
            // Defined by this table: "Sở X" of Điện Biên, the provincial counterpart of ministry "Bộ X".
            ctx.resolver.define({ id: deptId, name: canonicalDepartment(deptName, ctx.resolver.agencies.get(ministry)!.name), kind: "DEPARTMENT", parentId: province, citation });
        }
        const departmentId = ctx.resolver.resolve(deptName, citation, ["DEPARTMENT"]);
        out.datasets.push({
            id: `dataset:003:${slug(it.topic.roman)}-${it.n}`, planId, topicNumber: it.topic.roman, topic: it.topic.name, number: it.n,
            name: clean(it.name.join(" ")), departmentId, citation,
        });
    }
    if (out.datasets.length === 0) throw new ParseError(DOC, "appendix", "no datasets found");
    return out;
}

/** The department's canonical name follows its ministry's spelling ("Sở Công thương" → "Sở Công Thương"). */
function canonicalDepartment(seen: string, ministryName: string): string {
    return ministryName.replace(/^Bộ /, "Sở ") === seen ? seen : ministryName.replace(/^Bộ /, "Sở ");
}
