// The observation window of a usage question: the months asked for (or those the imports cover),
// how much of each month the imports in force cover, and so whether the answer can be OBSERVED or
// must fall back to the reports' own figures.
import { badUserInput } from "../../kernel/errors.js";
import { isMonth, monthCoverage, monthsBetween, monthsOf, type Period } from "../../../lib/period.js";
import type { Db } from "../../db/run.js";
import type { Context } from "../../kernel/context.js";
import { keptPerVersion } from "../../kernel/cache/version-memo.js";
import { NO_TIME, type TimeArgs } from "../../kernel/time.js";
import type { UsageBasis, UsageFormat } from "../../__generated__/resolvers-types.js";

export interface ImportRow {
    id: string;
    file: string;
    format: UsageFormat;
    sha256: string;
    periodFrom: string;
    periodTo: string;
    periodFromMs: number;
    periodToMs: number;
    records: number;
    pairs: number;
    succeeded: number;
    failed: number;
    importedBy: string;
    importedAt: string;
    supersededBy: string | null;
    supersededAt: string | null;
}

export interface Window {
    months: string[];
    /** Month → its position in `months`. */
    index: Map<string, number>;
    coverage: Map<string, number>;
    /** Imports in force. */
    imports: Map<string, ImportRow>;
    basis: UsageBasis;
    /** True when the caller chose the basis. */
    forced: boolean;
}

export const MAX_WINDOW_MONTHS = 120;

export function loadImports(db: Db): Promise<ImportRow[]> {
    return db.run<ImportRow>("usage/imports");
}

/** The imports, kept per graph version (ctx.memos) like the working sets built from them; read-only. */
export function importsOf(ctx: Pick<Context, "db" | "memos">): Promise<ImportRow[]> {
    return keptPerVersion(ctx.memos, "usage/imports", "", () => loadImports(ctx.db));
}

function checkMonth(m: string | null | undefined, arg: string): void {
    if (m != null && !isMonth(m)) throw badUserInput(`${arg} must be a month, YYYY-MM`, arg);
}

/**
 * The window of a usage question: the imports in force (now, or at `time.knownAt`: imported by then and
 * not yet superseded), and the months asked for or those the imports cover — as of `time.asOf`, none
 * after that day's month.
 */
export function makeWindow(all: ImportRow[], from: string | null | undefined, to: string | null | undefined, forced: UsageBasis | null | undefined, time: TimeArgs = NO_TIME): Window {
    checkMonth(from, "from");
    checkMonth(to, "to");
    if (from && to && from > to) throw badUserInput("from is after to", "to");
    const known = time.knownAt;
    const active = known ? all.filter((i) => i.importedAt <= known && (!i.supersededAt || i.supersededAt > known)) : all.filter((i) => !i.supersededBy);
    const periods: Period[] = active.map((i) => ({ fromMs: i.periodFromMs, toMs: i.periodToMs }));
    const importedMonths = periods.flatMap(monthsOf).sort();
    const first = from ?? importedMonths[0];
    const cap = time.asOf?.slice(0, 7);
    const wanted = to ?? importedMonths[importedMonths.length - 1];
    const last = cap && wanted && wanted > cap ? cap : wanted;
    const months = first && last && first <= last ? monthsBetween(first, last) : [];
    if (months.length > MAX_WINDOW_MONTHS) throw badUserInput(`at most ${MAX_WINDOW_MONTHS} months at once`, "from");
    const coverage = new Map(months.map((m) => [m, monthCoverage(m, periods)]));
    const observed = [...coverage.values()].some((c) => c > 0);
    if (forced === "OBSERVED" && !observed) throw badUserInput("no usage is imported for these months, so there is nothing observed to answer with; omit basis to fall back to the reports' figures", "basis");
    return { months, index: new Map(months.map((m, i) => [m, i])), coverage, imports: new Map(active.map((i) => [i.id, i])), basis: forced ?? (observed ? "OBSERVED" : "REPORTED"), forced: !!forced };
}

export const windowMonths = (w: Window) => w.months.map((month) => ({ month, coverage: round4(w.coverage.get(month) ?? 0) }));

export const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** The note every usage answer carries: what it is based on. */
export function basisNote(w: Window, reportedWhat: string): string {
    if (w.basis === "OBSERVED") {
        const files = [...w.imports.values()].filter((i) => w.months.some((m) => monthsOf({ fromMs: i.periodFromMs, toMs: i.periodToMs }).includes(m)));
        const partial = w.months.filter((m) => (w.coverage.get(m) ?? 0) < 1);
        return `Observed: ${files.length} imported file(s) (${files.map((f) => f.file).join(", ")}) for ${w.months[0]} – ${w.months[w.months.length - 1]}${partial.length ? `; partly covered months: ${partial.map((m) => `${m} (${Math.round((w.coverage.get(m) ?? 0) * 100)} %)`).join(", ")}` : ""}. Imported files are taken as the platform's whole log for their period. Reported figures are shown beside, never merged.`;
    }
    if (w.forced) return `Reported basis, as asked: ${reportedWhat}.`;
    return `No usage is imported for ${w.months.length ? `${w.months[0]} – ${w.months[w.months.length - 1]}` : "any period"}: the answer falls back to ${reportedWhat}.`;
}
