// Letter 002 (No. 2389/BTTTT-CĐSQG, 23 Jun 2023): catalogue and open-data-plan counts on that date.
import { Lines } from "../lines.js";
import { clean } from "../../lib/text.js";
import { ParseError, emptySource, type DocumentRecord, type ParsedSource } from "../types.js";
import { citeIn } from "./shared.js";

const DOC = "002" as const;
const cite = citeIn(DOC);
const AS_OF = "2023-06-23";

export function parse002(text: string, document: DocumentRecord): ParsedSource {
    const out = emptySource(document);
    const L = new Lines(DOC, text);
    const i = L.find(/mới có \d+ cơ quan/, 0, "the catalogue count sentence");
    const t = clean(L.all[i]!.text);
    const m = /mới có (\d+) cơ quan \((\d+) cơ quan cấp bộ và (\d+) cơ quan cấp tỉnh\) ban hành danh mục.*?; (\d+) cơ quan đã ban hành kế hoạch cung cấp dữ liệu mở/.exec(t);
    if (!m) throw new ParseError(DOC, `line ${L.all[i]!.no}`, "counts not in the expected wording");
    const citation = cite("body", `line ${L.all[i]!.no}`, L.all[i]!.text);
    const figures: [string, string, number][] = [
        ["catalogue-published-agencies", "agencies", Number(m[1])],
        ["catalogue-published-ministries", "agencies", Number(m[2])],
        ["catalogue-published-provinces", "provinces", Number(m[3])],
        ["open-data-plan-agencies", "agencies", Number(m[4])],
    ];
    for (const [metric, unit, value] of figures) {
        out.figures.push({ id: `fig:002:${metric}`, subjectId: null, metric, value, unit, rank: null, period: null, asOf: AS_OF, citation });
    }
    return out;
}
