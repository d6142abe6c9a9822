// What the usage questions need of an import, added up once when it is written (issue 29), so
// declaredVsObserved and criticality read a few compact relationships per agency instead of every
// consumer–service pair with its services' providers:
//   (consumer)-[:OBSERVED_ASSET]->(asset)        per asset that provides or carries (PROVIDED_BY | TRANSITS)
//       a service the consumer used: `exchanges` per month with those services, each once (criticality);
//       `provided` when the asset provides one of them, with `succeeded` and `failed` per month with the
//       services it provides (declaredVsObserved's pairs; zeros in months of carried traffic only)
//   (consumer)-[:OBSERVED_TOTAL]->(import)       its exchanges with every service: the platform's whole
//   (consumer)-[:OBSERVED_UNPROVIDED]->(import)  its traffic with services no asset provides (with durations)
// Each carries the import's documentId, its record time (recordedAt = importedAt) and the months, so
// the questions' window, `asOf` and `knownAt` filters apply as they do to OBSERVED_USE. Written in the
// import's own transaction; a superseded import's aggregates stay with its rows and stop counting with
// them (the questions count the imports in force). The services' providers are read as the import is
// written (they come from the reports, loaded before any usage).
import { BUCKETS } from "../../../../lib/durations.js";
import type { Db } from "../../../db/run.js";
import { writeInBatches } from "../../../kernel/batch.js";
import type { ObservedRow } from "./aggregate.js";

export interface AggregateRow {
    /** Consumer id. */
    c: string;
    /** Asset id, or the import's id. */
    t: string;
    k: "OBSERVED_ASSET" | "OBSERVED_TOTAL" | "OBSERVED_UNPROVIDED";
    p: Record<string, unknown>;
}

interface Sum {
    /** month → [succeeded, failed, duration histogram or null] */
    months: Map<string, { ok: number; ko: number; hist: number[] | null }>;
}

function add(into: Map<string, Sum>, key: string, r: ObservedRow, durations: boolean): void {
    let s = into.get(key);
    if (!s) into.set(key, (s = { months: new Map() }));
    r.months.forEach((m, k) => {
        let x = s!.months.get(m);
        if (!x) s!.months.set(m, (x = { ok: 0, ko: 0, hist: null }));
        x.ok += r.succeeded[k] ?? 0;
        x.ko += r.failed[k] ?? 0;
    });
    if (durations && r.durationIndex && r.durationCounts) {
        for (let i = 0; i < r.durationIndex.length; i++) {
            const idx = r.durationIndex[i]!;
            const x = s.months.get(r.months[Math.floor(idx / BUCKETS)]!)!;
            x.hist ??= new Array<number>(BUCKETS).fill(0);
            x.hist[idx % BUCKETS]! += r.durationCounts[i]!;
        }
    }
}

/** A sum's months in order with their successes and failures. */
function series(s: Sum): { months: string[]; ok: number[]; ko: number[] } {
    const months = [...s.months.keys()].sort();
    return { months, ok: months.map((m) => s.months.get(m)!.ok), ko: months.map((m) => s.months.get(m)!.ko) };
}

/** Exchanges per month (successes + failures) and their total. */
function exchanges(ok: number[], ko: number[]): { exchanges: number[]; total: number } {
    const x = ok.map((n, i) => n + ko[i]!);
    return { exchanges: x, total: x.reduce((a, b) => a + b, 0) };
}

/** The aggregate rows of an import's observed rows, given each service's providing and carrying assets. */
export function aggregateRows(documentId: string, recordedAt: string, rows: readonly ObservedRow[], assets: Map<string, { provided: string[]; carried: string[] }>): AggregateRow[] {
    const base = { documentId, recordedAt };
    const carried = new Map<string, Sum>();
    const provided = new Map<string, Sum>();
    const total = new Map<string, Sum>();
    const unprovided = new Map<string, Sum>();
    for (const r of rows) {
        const a = assets.get(r.serviceId) ?? { provided: [], carried: [] };
        for (const x of a.carried) add(carried, `${r.consumerId}\u0000${x}`, r, false);
        for (const x of a.provided) add(provided, `${r.consumerId}\u0000${x}`, r, false);
        add(total, r.consumerId, r, false);
        if (a.provided.length === 0) add(unprovided, r.consumerId, r, true);
    }
    const out: AggregateRow[] = [];
    for (const [key, s] of carried) {
        const [c, t] = key.split("\u0000") as [string, string];
        const { months, ok, ko } = series(s);
        const p = provided.get(key);
        // Provided months are among the carried ones (a provider carries its services).
        const own = p ? series(p) : null;
        const at = (xs: number[] | undefined, m: string): number => (own && xs ? (xs[own.months.indexOf(m)] ?? 0) : 0);
        out.push({ c, t, k: "OBSERVED_ASSET", p: { ...base, months, ...exchanges(ok, ko), provided: p !== undefined, succeeded: months.map((m) => at(own?.ok, m)), failed: months.map((m) => at(own?.ko, m)) } });
    }
    for (const [c, s] of total) {
        const { months, ok, ko } = series(s);
        out.push({ c, t: documentId, k: "OBSERVED_TOTAL", p: { ...base, months, ...exchanges(ok, ko) } });
    }
    for (const [c, s] of unprovided) {
        const { months, ok, ko } = series(s);
        const index: number[] = [];
        const counts: number[] = [];
        months.forEach((m, k) => s.months.get(m)!.hist?.forEach((n, b) => {
            if (n > 0) {
                index.push(k * BUCKETS + b);
                counts.push(n);
            }
        }));
        out.push({ c, t: documentId, k: "OBSERVED_UNPROVIDED", p: { ...base, months, succeeded: ok, failed: ko, durationIndex: index.length ? index : null, durationCounts: counts.length ? counts : null } });
    }
    return out;
}

/** Reads the services' assets and writes the import's aggregates, in the caller's transaction. */
export async function writeAggregates(db: Db, documentId: string, recordedAt: string, rows: readonly ObservedRow[], batchSize: number): Promise<number> {
    const ids = [...new Set(rows.map((r) => r.serviceId))];
    const found = await db.run<{ id: string; provided: string[]; carried: string[] }>("usage/service-assets", { ids });
    const aggregates = aggregateRows(documentId, recordedAt, rows, new Map(found.map((s) => [s.id, s])));
    await writeInBatches(db, "usage/write-aggregates", aggregates, batchSize);
    return aggregates.length;
}
