// criticality's working set: what its ranking reads whatever the window, tiers, era or page — every
// asset with its services (cypher/usage/criticality-assets.cypher), each asset's dependents followed up
// to MAX_DEPTH hops (cypher/usage/asset-dependencies.cypher), and every consumer's import-time
// aggregates of every import (cypher/usage/asset-aggregates.cypher). Built once per graph version
// (ctx.workingSets, the working sets' memory budget); a question adds up its window from it in
// JavaScript (observedByAsset) instead of reading every aggregate again.
import type { Db } from "../../db/run.js";
import type { AssetKind } from "../../__generated__/resolvers-types.js";
import { dependentsTable, type DependentsTable, type Edge } from "./dependents.js";
import { interner } from "./tables.js";

export interface AssetRow {
    id: string;
    name: string;
    number: number | null;
    code: string | null;
    kind: AssetKind;
    services: { id: string; transactions: number | null; providers: number }[];
}

/** A consumer as the aggregates query returns it (cypher/usage/asset-aggregates.cypher). */
interface ConsumerRow {
    id: string;
    agency: boolean;
    kind: string | null;
    successor: string | null;
    /** [documentId, months, exchanges, total] per import. */
    totals: [string, string[], number[], number][];
    /** [assetId, documentId, months, exchanges, total] per asset and import. */
    assets: [string, string, string[], number[], number][];
}

/**
 * Every aggregate, flat (one entry per consumer, asset or whole traffic, and import), its months as
 * indexes into the sorted `months`: a few typed arrays instead of ~15,000 small objects at national scale.
 */
interface Aggregates {
    consumer: Int32Array;
    /** Index into `assetIds`, or -1 for the consumer's whole traffic (OBSERVED_TOTAL). */
    asset: Int32Array;
    document: Int32Array;
    total: Float64Array;
    /** Months of aggregate i: monthStart[i] … monthStart[i + 1] - 1, in `month` and `exchanges`. */
    monthStart: Int32Array;
    month: Int32Array;
    exchanges: Float64Array;
}

export interface CriticalityInputs {
    assets: AssetRow[];
    /** Per asset (position in `assets`): the other assets that consume its services, directly or through others. */
    dependents: DependentsTable;
    /** Per asset (position in `assets`): its own services (a platform: that transit it) and whether each has another provider. */
    own: { services: number; alternativeProvider: boolean }[];
    /** Services of every asset (its own). */
    serviceCount: number;
    /** Per consumer: whether it is an agency, its kind, and the agency it counts as (index into `agencies`): itself or its 2025 successor. */
    consumers: { agency: boolean; kind: string | null; self: number; unit: number }[];
    agencies: string[];
    aggregates: Aggregates;
    /** Sorted, so a month's index orders as the month does. */
    months: string[];
    documents: string[];
    assetIds: string[];
}

/** The aggregates of every consumer, flattened (see Aggregates): the consumers' totals first, then per asset. */
function flatten(rows: ConsumerRow[]): Pick<CriticalityInputs, "aggregates" | "months" | "documents" | "assetIds"> {
    const months = [...new Set(rows.flatMap((r) => [...r.totals.flatMap((t) => t[1]), ...r.assets.flatMap((a) => a[2])]))].sort();
    const monthAt = new Map(months.map((m, i) => [m, i]));
    const documents = interner();
    const assetIds = interner();
    const all = rows.flatMap((r, c) => [...r.totals.map((t) => [c, -1, ...t] as const), ...r.assets.map(([assetId, ...t]) => [c, assetIds.of(assetId), ...t] as const)]);
    // Each asset's aggregates together (a stable sort: consumers stay in order), so a question counts an asset's agencies in one run.
    all.sort((x, y) => x[1] - y[1]);
    const n = all.length;
    const size = all.reduce((k, x) => k + x[3].length, 0);
    const g: Aggregates = { consumer: new Int32Array(n), asset: new Int32Array(n), document: new Int32Array(n), total: new Float64Array(n), monthStart: new Int32Array(n + 1), month: new Int32Array(size), exchanges: new Float64Array(size) };
    let k = 0;
    all.forEach(([consumer, asset, documentId, ms, exchanges, total], i) => {
        g.consumer[i] = consumer;
        g.asset[i] = asset;
        g.document[i] = documents.of(documentId);
        g.total[i] = total;
        g.monthStart[i] = k;
        ms.forEach((m, j) => {
            g.month[k] = monthAt.get(m)!;
            g.exchanges[k] = exchanges[j]!;
            k += 1;
        });
    });
    g.monthStart[n] = k;
    return { aggregates: g, months, documents: documents.table, assetIds: assetIds.table };
}

/** Each consumer as the agency it counts as: itself, or its 2025 successor (indexes into `agencies`). */
function agenciesOf(rows: ConsumerRow[]): Pick<CriticalityInputs, "consumers" | "agencies"> {
    const agencies = interner();
    const consumers = rows.map(({ agency, kind, id, successor }) => ({ agency, kind, self: agencies.of(id), unit: agencies.of(successor ?? id) }));
    return { consumers, agencies: agencies.table };
}

export async function readCriticalityInputs(db: Db): Promise<CriticalityInputs> {
    const [assets, edges, rows] = await Promise.all([db.run<AssetRow>("usage/criticality-assets"), db.run<Edge>("usage/asset-dependencies"), db.run<ConsumerRow>("usage/asset-aggregates")]);
    const services = new Set(assets.flatMap((a) => a.services.map((s) => s.id)).filter((id) => !isResidual(id)));
    return {
        assets, dependents: dependentsTable(assets.map((a) => a.id), edges), serviceCount: services.size,
        own: assets.map((a) => {
            const own = a.services.filter((s) => !isResidual(s.id));
            return { services: own.length, alternativeProvider: own.length > 0 && own.every((s) => s.providers >= 2) };
        }),
        ...agenciesOf(rows), ...flatten(rows),
    };
}

export interface ByAssetQuestion {
    /** The window's first and last month (YYYY-MM). */
    from: string;
    to: string;
    /** Agency kinds counted as cut off ([] = every kind). */
    kinds: string[];
    era: 2023 | 2025;
    /** The usage imports in force (a superseded import's aggregates are kept but do not count). */
    documents: ReadonlySet<string>;
}

export interface ByAsset {
    /** Per asset: the window's exchanges with the services it provides or carries, and the agencies among their consumers. */
    assets: Map<string, { exchanges: number; agencies: number }>;
    /** The platform's whole traffic in the window, and its agencies. */
    platform: { exchanges: number; agencies: number };
}

/** What each asset carries in a window, and the platform's whole: the sums criticality scores with. */
export function observedByAsset(inputs: CriticalityInputs, q: ByAssetQuestion): ByAsset {
    const { aggregates: g, months } = inputs;
    const kinds = new Set(q.kinds);
    // The agency each consumer counts as (its 2025 unit when asked), or -1 when it is not one of the kinds.
    const who = Int32Array.from(inputs.consumers, (c) => (c.agency && (kinds.size === 0 || (c.kind !== null && kinds.has(c.kind))) ? (q.era === 2025 ? c.unit : c.self) : -1));
    const inForce = Uint8Array.from(inputs.documents, (d) => (q.documents.has(d) ? 1 : 0));
    // The window as month indexes: lo … hi (months are sorted).
    let lo = 0;
    while (lo < months.length && months[lo]! < q.from) lo += 1;
    let hi = months.length - 1;
    while (hi >= 0 && months[hi]! > q.to) hi -= 1;
    const consumerTotal = new Float64Array(inputs.consumers.length);
    // An agency is counted once per asset: countedFor[agency] is the last asset (or -2: the platform) that counted it.
    const countedFor = new Int32Array(inputs.agencies.length).fill(-1);
    const assets = new Map<string, { exchanges: number; agencies: number }>();
    for (let i = 0; i < g.consumer.length; i++) {
        if (!inForce[g.document[i]!]) continue;
        const start = g.monthStart[i]!;
        const end = g.monthStart[i + 1]!;
        // An aggregate inside the window counts whole (its total); one that crosses it is added up month by month.
        let n = 0;
        if (end > start && g.month[start]! >= lo && g.month[end - 1]! <= hi) n = g.total[i]!;
        else for (let k = start; k < end; k++) if (g.month[k]! >= lo && g.month[k]! <= hi) n += g.exchanges[k]!;
        if (n <= 0) continue;
        const c = g.consumer[i]!;
        const asset = g.asset[i]!;
        if (asset < 0) {
            consumerTotal[c]! += n;
            continue;
        }
        const id = inputs.assetIds[asset]!;
        let a = assets.get(id);
        if (!a) assets.set(id, (a = { exchanges: 0, agencies: 0 }));
        a.exchanges += n;
        const agency = who[c]!;
        if (agency >= 0 && countedFor[agency] !== asset) {
            countedFor[agency] = asset;
            a.agencies += 1;
        }
    }
    let exchanges = 0;
    let agencies = 0;
    consumerTotal.forEach((n, c) => {
        if (n <= 0) return;
        exchanges += n;
        const agency = who[c]!;
        if (agency >= 0 && countedFor[agency] !== -2) {
            countedFor[agency] = -2;
            agencies += 1;
        }
    });
    return { assets, platform: { exchanges, agencies } };
}

/** Services the reports do not list (usage:…, what imports could not attribute) are not an asset's own. */
const isResidual = (serviceId: string): boolean => serviceId.startsWith("usage:");
