// The aggregate CSV: monthly exchange counts per consumer and service, the shape of the reports' own
// tables (UTF-8, comma-separated, one row per line, double quotes around a field that holds a comma).
//   # period: 2023-01-01T00:00:00+07:00/2023-06-07T18:00:00+07:00      (optional; else the months' span)
//   month,consumer,service,successful,failed
//   2023-01,Bộ Công an,5,1520417,94355
// month: YYYY-MM (UTC+7); consumer: agency id, name or alias, or `*` (outside the graph); service: a
// Phụ lục 3 number, id or name, or `*`; successful/failed: whole numbers ≥ 0. A month outside the
// stated period, and a month/consumer/service repeated, are refused (a repeat would double-count).
import { Aggregator } from "./aggregate.js";
import { isMonth, monthStartMs, nextMonth, parsePeriod, type Period } from "../../../../lib/period.js";
import type { ProblemTally } from "./problems.js";
import type { Resolver } from "./reference.js";

export const CSV_HEADER = ["month", "consumer", "service", "successful", "failed"] as const;

/** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields); null when a quote is unbalanced. */
export function splitCsvLine(line: string): string[] | null {
    if (!line.includes('"')) return line.split(",");
    const out: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (quoted) {
            if (ch === '"' && line[i + 1] === '"') {
                cell += '"';
                i++;
            } else if (ch === '"') quoted = false;
            else cell += ch;
        } else if (ch === '"' && cell.trim() === "") {
            quoted = true;
            cell = "";
        } else if (ch === ",") {
            out.push(cell);
            cell = "";
        } else cell += ch;
    }
    if (quoted) return null;
    out.push(cell);
    return out;
}

const COUNT = /^-?\d+$/;

export class CsvReader {
    readonly agg = new Aggregator();
    accepted = 0;
    /** The period the file states in a `# period:` line, if any. */
    statedPeriod: Period | null = null;
    private header = false;
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

    line(raw: string, no: number): void {
        const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (text.trim() === "") return;
        if (text.startsWith("#")) {
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
        const cells = splitCsvLine(text);
        if (!this.header) {
            this.header = true;
            if (!cells || cells.length !== CSV_HEADER.length || CSV_HEADER.some((h, i) => cells[i]!.trim().toLowerCase() !== h)) {
                this.problems.add("BAD_HEADER", no, `the header must be "${CSV_HEADER.join(",")}"`);
            }
            return;
        }
        if (!cells || cells.length !== CSV_HEADER.length) {
            this.problems.add("MALFORMED_LINE", no, cells ? `expected ${CSV_HEADER.length} fields, found ${cells.length}` : "a quoted field is not closed");
            return;
        }
        const [month, consumer, service, ok, ko] = cells.map((c) => c.normalize("NFC").trim()) as [string, string, string, string, string];
        if (!isMonth(month)) return this.problems.add("INVALID_FIELD", no, `month "${month}" is not YYYY-MM`);
        if (!COUNT.test(ok) || !COUNT.test(ko) || !Number.isSafeInteger(Number(ok)) || !Number.isSafeInteger(Number(ko))) {
            return this.problems.add("INVALID_FIELD", no, "successful and failed must be whole numbers");
        }
        const [succeeded, failed] = [Number(ok), Number(ko)];
        if (succeeded < 0 || failed < 0) return this.problems.add("NEGATIVE_COUNT", no, `negative count (${succeeded}, ${failed})`);
        const c = this.resolver.consumer(consumer);
        if ("error" in c) return this.problems.add("UNKNOWN_CONSUMER", no, c.error);
        const s = this.resolver.service(service);
        if ("error" in s) return this.problems.add("UNKNOWN_SERVICE", no, s.error);
        const p = this.statedPeriod;
        if (p && (monthStartMs(nextMonth(month)) <= p.fromMs || monthStartMs(month) >= p.toMs)) {
            return this.problems.add("OUT_OF_PERIOD", no, `month ${month} is outside the period the file states`);
        }
        const mi = this.agg.monthIndex(month);
        if (this.agg.has(c.id, s.id, mi)) return this.problems.add("DUPLICATE_ROW", no, `${month}, ${consumer}, ${service} appears twice`);
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
        if (!this.firstMonth || month < this.firstMonth) this.firstMonth = month;
        if (!this.lastMonth || month > this.lastMonth) this.lastMonth = month;
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
