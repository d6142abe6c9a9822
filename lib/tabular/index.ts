// Files as people have them → rows with the numbers Excel shows: an .xlsx workbook (workbook.ts) or CSV
// text in any of the encodings and separators Excel writes (decode.ts, csv.ts). Every import reads its
// file through here, then finds its header (header.ts). Pure: bytes or text in, rows out.
import { detectDelimiter, parseCsv, type Delimiter, type TableRow } from "./csv.js";
import { decodeBytes, refuseLegacy, TableError, type TextEncoding } from "./decode.js";
import { recogniser, type Vocabulary } from "./header.js";
import { readWorkbook } from "./workbook.js";

export { TableError } from "./decode.js";
export type { TableRow, Delimiter } from "./csv.js";
export { findHeader, rowValues, columnOf, describeColumns, type Vocabulary, type ColumnSpec, type Header } from "./header.js";

export type TableKind = "CSV" | "XLSX";

export interface Table {
    kind: TableKind;
    rows: TableRow[];
    /** CSV: the encoding the bytes were in (text given as text: UTF-8) and the separator. */
    encoding?: TextEncoding;
    delimiter?: Delimiter;
    /** XLSX: the sheet read. */
    sheet?: string;
}

/** A file's content: its text (already Unicode), or its bytes as stored. */
export type FileContent = string | Uint8Array;

const startsWith = (b: Uint8Array, sig: number[]): boolean => sig.every((x, i) => b[i] === x);
/** An .xlsx (a zip) — told by its first bytes, not its name. */
export const isWorkbook = (b: Uint8Array): boolean => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
/** An Excel 97–2003 .xls (an OLE compound file). */
const isOldExcel = (b: Uint8Array): boolean => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The bytes of a file's content (text as UTF-8), e.g. to hash it. */
export const contentBytes = (c: FileContent): Uint8Array => (typeof c === "string" ? Buffer.from(c, "utf8") : c);

/** Decodes a file that is text (CSV, JSON): bytes in any encoding decode.ts reads; a workbook is refused. */
export function fileText(fileName: string, content: FileContent): string {
    if (typeof content === "string") {
        refuseLegacy(content);
        return content.replace(/^\uFEFF/, "");
    }
    if (isWorkbook(content) || isOldExcel(content)) throw new TableError(`${fileName} is a workbook, not a text file`);
    return decodeBytes(content).text;
}

/**
 * The rows of a file: a workbook's sheet (the first, or `sheet`) or a CSV's, the separator told by the
 * header `vocab` recognises. Throws TableError with what is wrong and what to do.
 */
export async function readTable(fileName: string, content: FileContent, o: { sheet?: string; vocab?: Vocabulary } = {}): Promise<Table> {
    if (typeof content !== "string") {
        if (isOldExcel(content)) throw new TableError('the file is an Excel 97–2003 workbook (.xls): open it in Excel and save it as "Excel Workbook (.xlsx)" or "CSV UTF-8"');
        if (isWorkbook(content)) {
            if (/\.ods$/i.test(fileName)) throw new TableError('the file is an OpenDocument spreadsheet (.ods): save it as "Excel 2007-365 (.xlsx)" or as CSV (UTF-8)');
            const { sheet, rows } = await readWorkbook(content, o.sheet);
            refuseLegacy(rows.slice(0, 2000).map((r) => r.cells.join(" ")).join("\n"));
            return { kind: "XLSX", rows, sheet };
        }
        if (/\.xlsx$/i.test(fileName)) throw new TableError("the file is named .xlsx but is not a workbook (an .xlsx file is a zip archive)");
    }
    const { text, encoding } = typeof content === "string" ? { text: fileText(fileName, content), encoding: "UTF-8" as const } : decodeBytes(content);
    const delimiter = detectDelimiter(text, o.vocab ? recogniser(o.vocab) : undefined);
    return { kind: "CSV", rows: parseCsv(text, delimiter), encoding, delimiter };
}
