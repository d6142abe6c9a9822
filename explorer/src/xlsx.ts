// A table as an Excel workbook (.xlsx), with write-excel-file (its universal build, fflate inside: +72 KB
// to the minified bundle, where exceljs's browser build is ~940 KB; it only writes, all the page does).
// The header row is bold and frozen; numbers are number cells and ISO dates date cells, so Excel sorts
// and sums them; the rest is text. Pure (no DOM): the page downloads the Blob, the tests read it back.
import writeXlsxFile from "write-excel-file/universal";
import type { Cell } from "write-excel-file/universal";

export type Value = string | number | null | undefined;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** A cell of a typed kind: a number, an ISO date (as a Date), or text. */
function cell(v: Value): Cell {
    if (v === null || v === undefined || v === "") return null;
    if (typeof v === "number") return Number.isFinite(v) ? { value: v, type: Number } : String(v);
    if (ISO_DATE.test(v)) {
        const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
        if (!Number.isNaN(d.getTime())) return { value: d, type: Date };
    }
    return { value: v, type: String };
}

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\. */
export const sheetName = (s: string): string => s.replace(/[[\]:*?/\\]/g, "-").slice(0, 31) || "Sheet1";

/** The rows (the first is the header) as an .xlsx Blob. `dateFormat` as Excel writes it (dd/mm/yyyy in Vietnamese). */
export async function xlsxBlob(rows: Value[][], o: { sheet: string; dateFormat: string }): Promise<Blob> {
    const [head = [], ...body] = rows;
    const data = [head.map((h) => ({ value: String(h ?? ""), type: String, fontWeight: "bold" as const })), ...body.map((r) => r.map(cell))];
    // Widths from the longest text in each column (characters), within reason.
    const widths = head.map((_, i) => Math.min(60, Math.max(8, ...rows.map((r) => String(r[i] ?? "").length + 2))));
    return writeXlsxFile(data, { sheet: sheetName(o.sheet), stickyRowsCount: 1, dateFormat: o.dateFormat, columns: widths.map((width) => ({ width })) }).toBlob();
}
