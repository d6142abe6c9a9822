// A small RFC 4180 reader: commas, double-quoted fields with "" escapes, CRLF or LF. Returns rows
// with their 1-based line numbers so errors can name them.
export interface CsvRow {
    line: number;
    cells: string[];
    raw: string;
}

export function readCsv(text: string): CsvRow[] {
    const rows: CsvRow[] = [];
    let cells: string[] = [];
    let cell = "";
    let quoted = false;
    let line = 1;
    let startLine = 1;
    let raw = "";
    const endRow = (): void => {
        cells.push(cell);
        if (!(cells.length === 1 && cells[0]!.trim() === "")) rows.push({ line: startLine, cells: cells.map((c) => c.normalize("NFC").trim()), raw: raw.trim() });
        cells = [];
        cell = "";
        raw = "";
        startLine = line;
    };
    const src = text.replace(/^\uFEFF/, "");
    for (let i = 0; i < src.length; i++) {
        const ch = src[i]!;
        if (quoted) {
            if (ch === '"' && src[i + 1] === '"') {
                cell += '"';
                raw += '""';
                i++;
            } else if (ch === '"') {
                quoted = false;
                raw += ch;
            } else {
                if (ch === "\n") line++;
                cell += ch;
                raw += ch;
            }
        } else if (ch === '"' && cell === "") {
            quoted = true;
            raw += ch;
        } else if (ch === ",") {
            cells.push(cell);
            cell = "";
            raw += ch;
        } else if (ch === "\n" || ch === "\r") {
            if (ch === "\r" && src[i + 1] === "\n") i++;
            line++;
            endRow();
        } else {
            cell += ch;
            raw += ch;
        }
    }
    if (quoted) throw new Error(`line ${startLine}: a quoted field is never closed`);
    if (cell !== "" || cells.length > 0) endRow();
    return rows;
}
