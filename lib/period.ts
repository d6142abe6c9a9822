// Periods and months of usage data. Months are calendar months in Vietnam's time (UTC+7, no daylight
// saving), the zone the reports count in ("tính đến 18h ngày 07/6/2023"). A period is a half-open
// interval of instants [fromMs, toMs).

export const VN_OFFSET_MS = 7 * 3_600_000;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface Period {
    fromMs: number;
    toMs: number;
}

/** "2023-03" → the instant its first day begins in UTC+7. */
export function monthStartMs(month: string): number {
    const m = MONTH.exec(month);
    if (!m) throw new RangeError(`"${month}" is not a month (YYYY-MM)`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, 1) - VN_OFFSET_MS;
}

export function isMonth(s: string): boolean {
    return MONTH.test(s);
}

/** The month (YYYY-MM, UTC+7) an instant falls in. */
export function monthOf(ms: number): string {
    const d = new Date(ms + VN_OFFSET_MS);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export function nextMonth(month: string): string {
    const [y, m] = month.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
    const out: string[] = [];
    for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
    return out;
}

/** The months a period touches. */
export function monthsOf(p: Period): string[] {
    return p.toMs <= p.fromMs ? [] : monthsBetween(monthOf(p.fromMs), monthOf(p.toMs - 1));
}

/** Share (0–1) of a month that a set of periods covers (periods may overlap; the union counts). */
export function monthCoverage(month: string, periods: Period[]): number {
    const start = monthStartMs(month);
    const end = monthStartMs(nextMonth(month));
    const parts = periods
        .map((p) => [Math.max(p.fromMs, start), Math.min(p.toMs, end)] as const)
        .filter(([a, b]) => b > a)
        .sort((x, y) => x[0] - y[0]);
    let covered = 0;
    let reach = start;
    for (const [a, b] of parts) {
        if (b <= reach) continue;
        covered += b - Math.max(a, reach);
        reach = b;
    }
    return covered / (end - start);
}

export function overlaps(a: Period, b: Period): boolean {
    return a.fromMs < b.toMs && b.fromMs < a.toMs;
}

/** ISO 8601 in UTC+7, the way the reports' dates read: 2023-06-07T18:00:00+07:00. */
export function isoVn(ms: number): string {
    return `${new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/**
 * An ISO 8601 interval "start/end" (end exclusive). Each side is a date-time with an offset, a date
 * (midnight UTC+7) or a month (its first day); a side without an offset is read in UTC+7.
 */
export function parsePeriod(text: string): Period {
    const [a, b, extra] = text.trim().split("/");
    if (!a || !b || extra !== undefined) throw new RangeError(`"${text}" is not an interval "start/end"`);
    const p = { fromMs: instant(a), toMs: instant(b) };
    if (p.toMs <= p.fromMs) throw new RangeError(`the period "${text}" ends before it starts`);
    return p;
}

function instant(s: string): number {
    if (MONTH.test(s)) return monthStartMs(s);
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?))?(Z|[+-]\d{2}:\d{2})?$/.exec(s);
    if (!m) throw new RangeError(`"${s}" is not a date, date-time or month`);
    const ms = Date.parse(`${m[1]}T${m[2] ?? "00:00"}${m[3] ?? "+07:00"}`);
    if (Number.isNaN(ms)) throw new RangeError(`"${s}" is not a valid date`);
    return ms;
}

/**
 * Finds the month index of an instant among consecutive month starts, fast for mostly ordered
 * timestamps: the last hit is tried first, then a binary search.
 */
export class MonthIndex {
    readonly months: string[];
    private readonly starts: number[];
    private last = 0;

    constructor(period: Period) {
        this.months = monthsOf(period);
        this.starts = [...this.months.map(monthStartMs), monthStartMs(nextMonth(this.months[this.months.length - 1] ?? "1970-01"))];
    }

    /** Index into `months`, or -1 outside them. */
    of(ms: number): number {
        const s = this.starts;
        const i = this.last;
        if (ms >= s[i]! && ms < s[i + 1]!) return i;
        let lo = 0;
        let hi = s.length - 1;
        if (ms < s[0]! || ms >= s[hi]!) return -1;
        while (hi - lo > 1) {
            const mid = (lo + hi) >> 1;
            if (ms >= s[mid]!) lo = mid;
            else hi = mid;
        }
        this.last = lo;
        return lo;
    }
}
