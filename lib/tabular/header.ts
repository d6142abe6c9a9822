// The header row: found below any title rows ("DANH MỤC CƠ SỞ DỮ LIỆU …"), its cells matched to an
// import's columns by their English or Vietnamese names (case, diacritics, spaces and underscores
// aside), an ordinal column (STT, TT, Số TT, No.) ignored. Each import names its columns in a Vocabulary.
import { fold } from "../text.js";
import type { TableRow } from "./csv.js";
import { TableError } from "./decode.js";

export interface ColumnSpec {
    /** The English name, as the header of the canonical CSV has it. */
    name: string;
    /** Other names accepted for it (Vietnamese first). */
    aliases: readonly string[];
}

export interface Vocabulary {
    columns: readonly ColumnSpec[];
    required: readonly string[];
}

/** How far down a sheet the header is looked for. */
export const HEADER_SEARCH_ROWS = 30;

const ORDINAL = new Set(["stt", "so tt", "so thu tu", "thu tu", "tt", "no", "nr", ""]);
/** The key a header cell is compared by: "Tên cơ quan" → "ten co quan", "legal_basis" → "legal basis". */
export const headerKey = (cell: string): string => fold(cell.replace(/\(.*?\)/g, " "));

export function columnOf(vocab: Vocabulary, cell: string): string | null {
    const key = headerKey(cell);
    if (!key) return null;
    for (const c of vocab.columns) if (headerKey(c.name) === key || c.aliases.some((a) => headerKey(a) === key)) return c.name;
    return null;
}

export const isOrdinal = (cell: string): boolean => cell.trim() !== "" && ORDINAL.has(headerKey(cell));

/** True for a header cell of this vocabulary (a column or the ordinal). */
export const recogniser = (vocab: Vocabulary) => (cell: string): boolean => columnOf(vocab, cell) !== null || isOrdinal(cell);

export interface Header {
    row: TableRow;
    /** Per cell index: the column it holds, or null (ordinal, blank header). */
    columns: (string | null)[];
}

/** "agency,name,status", and the Vietnamese names, for messages. */
export function describeColumns(vocab: Vocabulary): string {
    const vi = vocab.columns.map((c) => c.aliases[0]).filter(Boolean);
    return `"${vocab.columns.map((c) => c.name).join(",")}"${vi.length ? ` (or in Vietnamese: ${vi.map((v) => `"${v}"`).join(", ")})` : ""}`;
}

/**
 * The header row (the first of the leading rows with two cells naming columns) and the rows under it.
 * Throws TableError when no row names the columns, or when the header has unknown, missing or repeated
 * columns — every problem of the header in one message.
 */
export function findHeader(rows: TableRow[], vocab: Vocabulary): { header: Header; data: TableRow[] } {
    if (rows.length === 0) throw new TableError("the file is empty", 1);
    const at = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.filter((c) => columnOf(vocab, c) !== null).length >= 2);
    if (at < 0) {
        throw new TableError(`the header must be ${describeColumns(vocab)}; none of the first ${Math.min(rows.length, HEADER_SEARCH_ROWS)} non-blank rows names these columns`, rows[0]!.row);
    }
    const row = rows[at]!;
    const columns = row.cells.map((c) => (isOrdinal(c) ? null : columnOf(vocab, c)));
    const unknown = row.cells.filter((c, i) => columns[i] === null && c !== "" && !isOrdinal(c));
    const named = columns.filter((c): c is string => c !== null);
    const missing = vocab.required.filter((r) => !named.includes(r));
    const twice = named.filter((n, i) => named.indexOf(n) !== i);
    const problems = [
        ...(unknown.length ? [`unknown column(s) ${unknown.map((u) => `"${u}"`).join(", ")}; allowed: ${vocab.columns.map((c) => c.name).join(", ")} (or their Vietnamese names)`] : []),
        ...(missing.length ? [`missing column(s) ${missing.join(", ")}`] : []),
        ...(twice.length ? [`column(s) given twice: ${[...new Set(twice)].join(", ")}`] : []),
    ];
    if (problems.length) throw new TableError(problems.join("; "), row.row);
    return { header: { row, columns }, data: rows.slice(at + 1) };
}

/**
 * A data row's values by column, with what is wrong with its shape: a CSV row with fewer cells than
 * the header, or a value under no header. (A workbook row leaves its empty trailing cells out.)
 */
export function rowValues(header: Header, r: TableRow, csv: boolean): { values: Record<string, string>; problem?: string } {
    const values: Record<string, string> = {};
    header.columns.forEach((c, i) => {
        if (c) values[c] = r.cells[i] ?? "";
    });
    const width = header.row.cells.length;
    const extra = r.cells.slice(width).some((c) => c !== "");
    if ((csv && r.cells.length < width) || extra) return { values, problem: `expected ${width} columns, found ${r.cells.length}` };
    const stray = header.columns.findIndex((c, i) => c === null && !isOrdinal(header.row.cells[i]!) && (r.cells[i] ?? "") !== "");
    if (stray >= 0) return { values, problem: `a value in column ${stray + 1}, which has no header` };
    return { values };
}
