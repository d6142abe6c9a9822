// Report 001's shared words: its document id, the period its figures cover, the ids of its assets,
// the citation of a cell and the reading of its numbered tables (r001-connections.ts, r001-services.ts).
import { cells, type Line } from "../lines.js";
import { clean } from "../../lib/text.js";
import type { Citation, ParsedSource } from "../types.js";

export const DOC = "001" as const;
export const PERIOD = "2023-01-01/2023-06-07T18:00";
export const NDXP_ID = "asset:ndxp";
export const assetIdForNumber = (n: number): string => `asset:001:${n}`;
export const PAYGOV_ID = "asset:paygov";

export const cite = (section: string, locator: string, text: string): Citation => ({ documentId: DOC, section, locator, text: clean(text) });

/** Rows of a tab table between two line indexes; a row starts with its number in the first cell. */
export function numberedRows(lines: Line[]): { no: number; line: Line; cells: string[] }[] {
    return lines
        .map((line) => ({ line, cells: cells(line.text) }))
        .filter((r) => /^\d+$/.test(r.cells[0] ?? ""))
        .map((r) => ({ no: Number(r.cells[0]), line: r.line, cells: r.cells }));
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

/**
 * The date a Phụ lục 2 column states, as valid time: "Năm 2022" (the year) → its last day; "Tính đến
 * tháng 6/2023" (up to a month) → the day the report's own figures run to in that month ("tính đến 18h
 * ngày 07/6/2023"), else the month's last day.
 */
export function columnDate(label: string, reportText: string): string {
    const year = /Năm (\d{4})/.exec(label);
    if (year) return `${year[1]}-12-31`;
    const month = /tháng (\d{1,2})\/(\d{4})/.exec(label);
    if (!month) throw new Error(`no date in the column label "${label}"`);
    const [m, y] = [Number(month[1]), Number(month[2])];
    const cutoff = [...reportText.matchAll(/tính đến (?:\d{1,2}h )?ngày (\d{1,2})\/(\d{1,2})\/(\d{4})/gi)].find((c) => Number(c[2]) === m && Number(c[3]) === y);
    const day = cutoff ? Number(cutoff[1]) : new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
