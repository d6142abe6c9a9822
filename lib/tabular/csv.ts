// CSV text → rows, with csv-parse (RFC 4180: quoted fields, "" escapes, line breaks inside quotes; CRLF,
// LF or CR). The separator is `,`, `;` (Excel on a Windows whose decimal separator is the comma, as in
// Vietnam) or a tab (Excel's "Unicode text"), told by the header row. Every row keeps the number Excel
// shows for it: a blank line is a row too, and a field with line breaks does not add rows.
import { parse } from "csv-parse/sync";
import { TableError } from "./decode.js";

export type Delimiter = "," | ";" | "\t";
export const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

export interface TableRow {
    /** The row's number as Excel shows it (1-based). */
    row: number;
    /** Cells, NFC and trimmed. */
    cells: string[];
    /** The row as written (a CSV line; a workbook row rendered as CSV), for citations. */
    raw: string;
}

/** Splits one line on `delimiter` (quotes respected; no line breaks inside): a quick look, not the parse. */
export function splitLine(line: string, delimiter: Delimiter): string[] {
    if (!line.includes('"')) return line.split(delimiter);
    try {
        const [cells] = parse(line, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][];
        return cells ?? [""];
    } catch {
        return line.split(delimiter);
    }
}

/**
 * The separator of a file, from its header: the first of the leading lines that, split on a candidate,
 * has cells `recognise` knows (at least two); failing that, the candidate found most often on the first
 * line with any. `,` when nothing tells.
 */
export function detectDelimiter(text: string, recognise?: (cell: string) => boolean): Delimiter {
    const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, 30).filter((l) => l.trim() !== "" && !l.startsWith("#"));
    if (recognise) {
        for (const line of lines) {
            const hits = DELIMITERS.map((d) => splitLine(line, d).filter((c) => recognise(c.trim())).length);
            const best = Math.max(...hits);
            if (best >= 2) return DELIMITERS[hits.indexOf(best)]!;
        }
    }
    for (const line of lines) {
        const counts = DELIMITERS.map((d) => splitLine(line, d).length - 1);
        const best = Math.max(...counts);
        if (best > 0) return DELIMITERS[counts.indexOf(best)]!;
    }
    return ",";
}

/** Every non-blank row of `text`, numbered as Excel numbers them. Throws TableError on an unclosed quote. */
export function parseCsv(text: string, delimiter: Delimiter): TableRow[] {
    let records: { record: string[]; raw: string }[];
    try {
        records = parse(text, {
            delimiter,
            bom: true,
            raw: true,
            relax_quotes: true,
            relax_column_count: true,
            skip_empty_lines: false,
            record_delimiter: ["\r\n", "\n", "\r"],
        }) as unknown as { record: string[]; raw: string }[];
    } catch (e) {
        const err = e as { code?: string; lines?: number; records?: number };
        const row = (err.records ?? 0) + 1;
        if (err.code === "CSV_QUOTE_NOT_CLOSED") throw new TableError(`a quoted field opened on row ${row} is never closed`, row);
        throw new TableError((e as Error).message, row);
    }
    const rows: TableRow[] = [];
    records.forEach(({ record, raw }, i) => {
        const cells = record.map((c) => c.normalize("NFC").trim());
        if (cells.every((c) => c === "")) return;
        rows.push({ row: i + 1, cells, raw: raw.replace(/[\r\n]+$/, "").trim() });
    });
    return rows;
}
