// The aggregate CSV: monthly exchange counts per consumer and service, the shape of the reports' own
// tables (one row per line; `,`, `;` or tab between fields, told by the header; double quotes around a
// field that holds the separator), or the same table as an .xlsx workbook (lines.ts gives its cells).
//   # period: 2023-01-01T00:00:00+07:00/2023-06-07T18:00:00+07:00      (optional; else the months' span)
//   month,consumer,service,successful,failed
//   2023-01,Bộ Công an,5,1520417,94355
// Columns by their English or Vietnamese names (USAGE_COLUMNS), in any order; title lines above the
// header are skipped. month: YYYY-MM (UTC+7; also MM/YYYY, or a date on the 1st as a spreadsheet turns
// a typed month into); consumer: agency id, name or alias, or `*` (outside the graph); service: a
// Phụ lục 3 number, id or name, or `*`; successful/failed: whole numbers ≥ 0 (thousands may be grouped
// as Excel writes them: 1.520.417 in a `;` file, "1,520,417" in a `,` file). A month outside the stated
// period, and a month/consumer/service repeated, are refused (a repeat would double-count).
import { Aggregator } from "./aggregate.js";
import { isMonth, monthStartMs, nextMonth, parsePeriod, type Period } from "../../../../lib/period.js";
import { splitLine, type Delimiter } from "../../../../lib/tabular/csv.js";
import { columnOf, describeColumns, HEADER_SEARCH_ROWS, isOrdinal, type Vocabulary } from "../../../../lib/tabular/header.js";
import type { ProblemTally } from "./problems.js";
import type { Resolver } from "./reference.js";

export const CSV_HEADER = ["month", "consumer", "service", "successful", "failed"] as const;
type Column = (typeof CSV_HEADER)[number];
/** The columns by name, English or Vietnamese (README "Importing files"). */
export const USAGE_COLUMNS: Vocabulary = {
    columns: [
        { name: "month", aliases: ["Tháng", "Kỳ"] },
        { name: "consumer", aliases: ["Bên khai thác", "Đơn vị khai thác", "Cơ quan khai thác", "Bên sử dụng"] },
        { name: "service", aliases: ["Dịch vụ", "Tên dịch vụ", "Dịch vụ chia sẻ"] },
        { name: "successful", aliases: ["Thành công", "Số giao dịch thành công", "Giao dịch thành công"] },
        { name: "failed", aliases: ["Thất bại", "Không thành công", "Số giao dịch thất bại", "Giao dịch lỗi", "Lỗi"] },
    ],
    required: CSV_HEADER,
};
const DELIMITERS: Delimiter[] = [",", ";", "\t"];

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields); null when a quote is unbalanced. */
export function splitCsvLine(line: string, delimiter: Delimiter = ","): string[] | null {
    if (!line.includes('"')) return line.split(delimiter);
    // An odd number of quotes cannot close every quoted field.
    if ((line.match(/"/g)?.length ?? 0) % 2 === 1) return null;
    return splitLine(line, delimiter);
}

const COUNT = /^-?\d+$/;
/** A whole number as written, its thousands grouped or not (the grouping sign is never the separator). */
function count(text: string, delimiter: Delimiter): number | null {
    const t = text.replace(/[\s\u00A0]/g, "");
    const grouped = delimiter === "," ? /^-?\d{1,3}(,\d{3})+$/ : /^-?\d{1,3}(\.\d{3})+$/;
    const plain = COUNT.test(t) ? t : grouped.test(t) ? t.replace(/[.,]/g, "") : null;
    return plain !== null && Number.isSafeInteger(Number(plain)) ? Number(plain) : null;
}
/** YYYY-MM, MM/YYYY, or the 1st of a month (YYYY-MM-01, 01/MM/YYYY) → YYYY-MM. */
function month(text: string): string {
    let m = /^(\d{4})-(\d{2})-01$/.exec(text);
    if (m) return `${m[1]}-${m[2]}`;
    m = /^(?:0?1\/)?(\d{1,2})\/(\d{4})$/.exec(text);
    if (m) return `${m[2]}-${m[1]!.padStart(2, "0")}`;
    return text;
}

export class CsvReader {
    readonly agg = new Aggregator();
    accepted = 0;
    /** The period the file states in a `# period:` line, if any. */
    statedPeriod: Period | null = null;
    private header = false;
    private delimiter: Delimiter = ",";
    /** Per column, its index in a row. */
    private at: Record<Column, number> = { month: 0, consumer: 1, service: 2, successful: 3, failed: 4 };
    private width: number = CSV_HEADER.length;
    private titleLines = 0;
    private firstMonth: string | null = null;
    private lastMonth: string | null = null;

    constructor(
        private readonly resolver: Resolver,
        private readonly problems: ProblemTally,
        /** A period stated outside the file (CLI --period); the file's own `# period:` line must agree. */
        private readonly givenPeriod: Period | null,
    ) {
        this.statedPeriod = givenPeriod;
    }

    /** One line (and a workbook row's cells, when the file is a workbook). */
    line(raw: string, no: number, given?: string[] | null): void {
        const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (text.trim() === "") return;
        const first = given ? given[0] ?? "" : text;
        if (first.startsWith("#")) {
            if (given) return this.line(given.filter((c) => c !== "").join(" "), no);
            const m = /^#\s*period:\s*(\S+)\s*$/i.exec(text);
            if (m && !this.header) {
                try {
                    const p = parsePeriod(m[1]!);
                    if (this.givenPeriod && (p.fromMs !== this.givenPeriod.fromMs || p.toMs !== this.givenPeriod.toMs)) this.problems.add("BAD_HEADER", no, "the file's period line differs from the period given on the command line");
                    this.statedPeriod = p;
                } catch (e) {
                    this.problems.add("BAD_HEADER", no, `unreadable period: ${(e as Error).message}`);
                }
            }
            return;
        }
        if (!this.header) return this.readHeader(text, no, given);
        const cells = given ?? splitCsvLine(text, this.delimiter);
        const stray = cells && cells.length > this.width && cells.slice(this.width).some((x) => x.trim() !== "");
        if (!cells || (!given && cells.length < this.width) || stray) {
            this.problems.add("MALFORMED_LINE", no, cells ? `expected ${this.width} fields, found ${cells.length}` : "a quoted field is not closed");
            return;
        }
        const cell = (c: Column): string => (cells[this.at[c]] ?? "").normalize("NFC").trim();
        const [month_, consumer, service, ok, ko] = [month(cell("month")), cell("consumer"), cell("service"), cell("successful"), cell("failed")];
        if (!isMonth(month_)) return this.problems.add("INVALID_FIELD", no, `month "${month_}" is not YYYY-MM`);
        const [succeeded, failed] = [count(ok, this.delimiter), count(ko, this.delimiter)];
        if (succeeded === null || failed === null) return this.problems.add("INVALID_FIELD", no, "successful and failed must be whole numbers");
        if (succeeded < 0 || failed < 0) return this.problems.add("NEGATIVE_COUNT", no, `negative count (${succeeded}, ${failed})`);
        const c = this.resolver.consumer(consumer);
        if ("error" in c) return this.problems.add("UNKNOWN_CONSUMER", no, c.error);
        const s = this.resolver.service(service);
        if ("error" in s) return this.problems.add("UNKNOWN_SERVICE", no, s.error);
        const p = this.statedPeriod;
        if (p && (monthStartMs(nextMonth(month_)) <= p.fromMs || monthStartMs(month_) >= p.toMs)) {
            return this.problems.add("OUT_OF_PERIOD", no, `month ${month_} is outside the period the file states`);
        }
        const mi = this.agg.monthIndex(month_);
        if (this.agg.has(c.id, s.id, mi)) return this.problems.add("DUPLICATE_ROW", no, `${month_}, ${consumer}, ${service} appears twice`);
        const pair = this.agg.pair(c.id, s.id, no, () => text);
        while (pair.records.length < this.agg.months.length) {
            pair.succeeded.push(0);
            pair.failed.push(0);
            pair.records.push(0);
        }
        pair.succeeded[mi] = succeeded;
        pair.failed[mi] = failed;
        pair.records[mi] = 1;
        this.accepted += 1;
        if (!this.firstMonth || month_ < this.firstMonth) this.firstMonth = month_;
        if (!this.lastMonth || month_ > this.lastMonth) this.lastMonth = month_;
    }

    /**
     * The header: the first line with two cells naming columns (split on the separator that finds the
     * most); lines before it are titles, skipped — up to HEADER_SEARCH_ROWS of them.
     */
    private readHeader(text: string, no: number, given: string[] | null | undefined): void {
        const splits = given ? [{ d: this.delimiter, cells: given }] : DELIMITERS.map((d) => ({ d, cells: splitCsvLine(text, d) ?? [] }));
        const scored = splits.map((x) => ({ ...x, named: x.cells.map((c) => columnOf(USAGE_COLUMNS, c)) }));
        const best = scored.reduce((a, b) => (b.named.filter(Boolean).length > a.named.filter(Boolean).length ? b : a));
        if (best.named.filter(Boolean).length < 2) {
            if (++this.titleLines < HEADER_SEARCH_ROWS) return;
            this.header = true;
            return this.problems.add("BAD_HEADER", no, `no header line: it must be ${describeColumns(USAGE_COLUMNS)}`);
        }
        this.header = true;
        this.delimiter = best.d;
        let width = best.cells.length;
        while (width > 0 && best.cells[width - 1]!.trim() === "") width--;
        this.width = width;
        const unknown = best.cells.slice(0, width).filter((c, i) => !best.named[i] && !isOrdinal(c));
        const named = best.named.filter((c): c is Column => c !== null);
        const missing = CSV_HEADER.filter((c) => !named.includes(c));
        if (unknown.length || missing.length || named.length !== new Set(named).size) {
            return this.problems.add("BAD_HEADER", no, `the header must be ${describeColumns(USAGE_COLUMNS)}${unknown.length ? `; unknown: ${unknown.map((u) => `"${u.trim()}"`).join(", ")}` : ""}`);
        }
        for (const c of CSV_HEADER) this.at[c] = best.named.indexOf(c);
    }

    get sawHeader(): boolean {
        return this.header;
    }

    /** The stated period, or the span of the months present. */
    period(): Period | null {
        if (this.statedPeriod) return this.statedPeriod;
        if (!this.firstMonth || !this.lastMonth) return null;
        return { fromMs: monthStartMs(this.firstMonth), toMs: monthStartMs(nextMonth(this.lastMonth)) };
    }
}
