// What the usage questions need of an import, added up once when it is written (issue 29), so
// declaredVsObserved and criticality read a few compact relationships per agency instead of every
// consumer–service pair with its services' providers:
//   (consumer)-[:OBSERVED_ASSET]->(asset)        the consumer's traffic with the services the asset provides
//                                                 (monthly succeeded, failed): declaredVsObserved's pairs
//   (consumer)-[:OBSERVED_CARRIER]->(asset)      its exchanges with the services the asset provides or
//                                                 carries (PROVIDED_BY | TRANSITS, each service once): criticality
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
    k: "OBSERVED_ASSET" | "OBSERVED_CARRIER" | "OBSERVED_TOTAL" | "OBSERVED_UNPROVIDED";
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

/** A sum's properties: months in order with their counts (and sparse durations, as OBSERVED_USE keeps them). */
function props(s: Sum, base: Record<string, unknown>, kind: AggregateRow["k"]): Record<string, unknown> {
    const months = [...s.months.keys()].sort();
    const ok = months.map((m) => s.months.get(m)!.ok);
    const ko = months.map((m) => s.months.get(m)!.ko);
    if (kind === "OBSERVED_CARRIER" || kind === "OBSERVED_TOTAL") {
        const exchanges = months.map((_, i) => ok[i]! + ko[i]!);
        return { ...base, months, exchanges, total: exchanges.reduce((a, b) => a + b, 0) };
    }
    const out: Record<string, unknown> = { ...base, months, succeeded: ok, failed: ko };
    if (kind === "OBSERVED_UNPROVIDED") {
        const index: number[] = [];
        const counts: number[] = [];
        months.forEach((m, k) => s.months.get(m)!.hist?.forEach((n, b) => {
            if (n > 0) {
                index.push(k * BUCKETS + b);
                counts.push(n);
            }
        }));
        out.durationIndex = index.length ? index : null;
        out.durationCounts = counts.length ? counts : null;
    }
    return out;
}

/** The aggregate rows of an import's observed rows, given each service's providing and carrying assets. */
export function aggregateRows(documentId: string, recordedAt: string, rows: readonly ObservedRow[], assets: Map<string, { provided: string[]; carried: string[] }>): AggregateRow[] {
    const base = { documentId, recordedAt };
    const sums: Record<AggregateRow["k"], Map<string, Sum>> = { OBSERVED_ASSET: new Map(), OBSERVED_CARRIER: new Map(), OBSERVED_TOTAL: new Map(), OBSERVED_UNPROVIDED: new Map() };
    for (const r of rows) {
        const a = assets.get(r.serviceId) ?? { provided: [], carried: [] };
        for (const x of a.provided) add(sums.OBSERVED_ASSET, `${r.consumerId}\u0000${x}`, r, false);
        for (const x of a.carried) add(sums.OBSERVED_CARRIER, `${r.consumerId}\u0000${x}`, r, false);
        add(sums.OBSERVED_TOTAL, `${r.consumerId}\u0000${documentId}`, r, false);
        if (a.provided.length === 0) add(sums.OBSERVED_UNPROVIDED, `${r.consumerId}\u0000${documentId}`, r, true);
    }
    const out: AggregateRow[] = [];
    for (const k of Object.keys(sums) as AggregateRow["k"][]) {
        for (const [key, s] of sums[k]) {
            const [c, t] = key.split("\u0000") as [string, string];
            out.push({ c, t, k, p: props(s, base, k) });
        }
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
