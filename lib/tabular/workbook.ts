// An .xlsx workbook → rows, with exceljs: the first visible sheet or the one named; each row with the
// number Excel shows; a merged cell read as its value in every cell it covers (an agency merged down the
// rows of its databases names each of them); numbers as Excel shows them (15 significant digits), dates
// as ISO dates (a month-only format as YYYY-MM), formulas as their result, rich text and links as text.
import ExcelJS from "exceljs";
import { fold } from "../text.js";
import type { TableRow } from "./csv.js";
import { TableError } from "./decode.js";

const pad = (n: number): string => String(n).padStart(2, "0");

function dateText(d: Date, numFmt: string | undefined): string {
    const fmt = (numFmt ?? "").replace(/\[[^\]]*\]|"[^"]*"/g, "").toLowerCase();
    const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
    if (fmt && !fmt.includes("d") && /y/.test(fmt)) return day;
    const time = d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds();
    const date = `${day}-${pad(d.getUTCDate())}`;
    return time === 0 ? date : `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** A cell's value as text. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return String(Number(value.toPrecision(15)));
    if (typeof value === "string") return value;
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (value instanceof Date) return dateText(value, numFmt);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("error" in value) return String(value.error);
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue, numFmt);
    if ("text" in value) return cellText(value.text as ExcelJS.CellValue, numFmt);
    return "";
}

const quote = (s: string): string => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The sheet to read: the one named (case and diacritics aside), else the first visible one. */
function pickSheet(wb: ExcelJS.Workbook, sheet: string | undefined): ExcelJS.Worksheet {
    const sheets = wb.worksheets;
    if (sheet !== undefined) {
        const ws = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => fold(s.name) === fold(sheet));
        if (!ws) throw new TableError(`the workbook has no sheet "${sheet}" (its sheets: ${sheets.map((s) => `"${s.name}"`).join(", ")})`);
        return ws;
    }
    const ws = sheets.find((s) => s.state === "visible") ?? sheets[0];
    if (!ws) throw new TableError("the workbook has no sheet");
    return ws;
}

/** The rows of one sheet of an .xlsx workbook (blank rows left out, their numbers kept). */
export async function readWorkbook(bytes: Uint8Array, sheet?: string): Promise<{ sheet: string; rows: TableRow[] }> {
    const wb = new ExcelJS.Workbook();
    try {
        await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
    } catch (e) {
        throw new TableError(`the file is not a readable .xlsx workbook (${(e as Error).message}): open it in Excel and save it again as "Excel Workbook (.xlsx)"`);
    }
    const ws = pickSheet(wb, sheet);
    const rows: TableRow[] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: false }, (row, number) => {
        const cells: string[] = [];
        for (let c = 1; c <= width; c++) {
            const cell = row.getCell(c);
            cells.push(cellText(cell.value, cell.numFmt).normalize("NFC").trim());
        }
        while (cells.length > 0 && cells[cells.length - 1] === "") cells.pop();
        if (cells.length === 0) return;
        rows.push({ row: number, cells, raw: cells.map(quote).join(",") });
    });
    return { sheet: ws.name, rows };
}
