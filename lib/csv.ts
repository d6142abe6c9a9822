// CSV text → rows with their numbers, for the report loader's reference tables and the tests: the
// parse of lib/tabular/csv.ts (csv-parse), comma-separated unless told otherwise.
import { parseCsv, type Delimiter } from "./tabular/csv.js";

export interface CsvRow {
    /** The row's number as Excel shows it (1-based); the line number when no field holds a line break. */
    line: number;
    cells: string[];
    raw: string;
}

export function readCsv(text: string, delimiter: Delimiter = ","): CsvRow[] {
    return parseCsv(text, delimiter).map((r) => ({ line: r.row, cells: r.cells, raw: r.raw }));
}
