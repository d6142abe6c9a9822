// Letter 004 (No. 3272/BTTTT-CĐSQG, 11 Aug 2023): the 8 data targets of Decision 17.
// Only the numbered targets are read: the contact paragraph (a named official with phone and
// e-mail) is personal data and never parsed.
import { Lines } from "../lines.js";
import { clean } from "../../lib/text.js";
import { ParseError, emptySource, type DocumentRecord, type ParsedSource } from "../types.js";
import { checkNumbering } from "./r001-connections.js";
import { citeIn } from "./shared.js";

const DOC = "004" as const;
const cite = citeIn(DOC);

export function parse004(text: string, document: DocumentRecord): ParsedSource {
    const out = emptySource(document);
    const L = new Lines(DOC, text);
    const start = L.find(/trong đó có 08 mục tiêu về dữ liệu số/, 0, "the sentence introducing the 8 targets");
    const end = L.find(/^Qua tổng hợp hiện trạng triển khai/, start, "the end of the target list");
    const items: { n: number; lines: string[]; from: number }[] = [];
    for (let i = start + 1; i < end; i++) {
        const t = L.all[i]!.text.trim();
        const m = /^\((\d+)\)\s*(.*)$/.exec(t);
        if (m) items.push({ n: Number(m[1]), lines: [m[2]!], from: L.all[i]!.no });
        else if (t && items.length) items[items.length - 1]!.lines.push(t);
    }
    if (items.length === 0) throw new ParseError(DOC, `line ${L.all[start]!.no}`, "no numbered targets after the introduction");
    checkNumbering(items.map((x) => x.n), "Decision 17 targets (004)", out, DOC);
    for (const it of items) {
        const wording = clean(it.lines.join(" ").replace(/- \s*/g, "- ").replace(/(\S)-\s+(\S)/g, "$1-$2"));
        const pct = /^(Trên )?(\d+)%/.exec(wording);
        if (!pct) throw new ParseError(DOC, `target (${it.n})`, `no percentage at the start of "${wording.slice(0, 40)}…"`);
        out.targets.push({
            id: `target:qd17:${it.n}`, number: it.n, text: wording, targetPercent: Number(pct[2]), comparator: pct[1] ? "MORE_THAN" : "AT_LEAST",
            citation: cite("Decision 17 targets", `(${it.n}) line ${it.from}`, wording),
        });
    }
    return out;
}
