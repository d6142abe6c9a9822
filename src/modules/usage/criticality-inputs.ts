// criticality's working set: what its ranking reads whatever the window, tiers, era or page — every
// asset with its services (cypher/usage/criticality-assets.cypher), each asset's dependents followed up
// to MAX_DEPTH hops (cypher/usage/asset-dependencies.cypher), and every consumer's import-time
// aggregates of every import (cypher/usage/asset-aggregates.cypher). Built once per graph version
// (ctx.workingSets, the working sets' memory budget); a question adds up its window from it in
// JavaScript (observedByAsset) instead of reading every aggregate again.
import type { Db } from "../../db/run.js";
import type { AssetKind } from "../../__generated__/resolvers-types.js";

export const MAX_DEPTH = 5;

export interface AssetRow {
    id: string;
    name: string;
    number: number | null;
    code: string | null;
    kind: AssetKind;
    services: { id: string; transactions: number | null; providers: number }[];
}

export interface Dependent {
    id: string;
    name: string;
    label: string;
    depth: number;
    /** The services through which it depends, hop by hop. */
    via: string[];
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
    consumers: Omit<ConsumerRow, "totals" | "assets">[];
    aggregates: Aggregates;
    /** Sorted, so a month's index orders as the month does. */
    months: string[];
    documents: string[];
    assetIds: string[];
}

type Edge = { fromId: string; toId: string; toName: string; serviceId: string };

/**
 * Every asset's dependents, flat: for the asset at position i of `assets`, positions start[i] …
 * start[i + 1] - 1, in the order they are reached (breadth-first, each once at its least depth); each
 * with its node, depth, the service it consumes and the dependent it was reached through (-1: the asset
 * itself), so its path of services is rebuilt for the assets of a page only (dependentsOf).
 */
interface DependentsTable {
    start: Int32Array;
    node: Int32Array;
    depth: Int32Array;
    parent: Int32Array;
    service: Int32Array;
    nodes: { id: string; name: string }[];
    services: string[];
}

/** A table of distinct values, each value's position its index. */
function table(): { values: string[]; of(s: string): number } {
    const at = new Map<string, number>();
    const values: string[] = [];
    return {
        values,
        of: (s) => {
            let i = at.get(s);
            if (i === undefined) at.set(s, (i = values.push(s) - 1));
            return i;
        },
    };
}

/** Every asset's dependents over the asset dependency graph, up to MAX_DEPTH hops. */
function dependentsTable(assets: AssetRow[], edges: Edge[]): DependentsTable {
    const next = new Map<string, Edge[]>();
    for (const e of edges) next.set(e.fromId, [...(next.get(e.fromId) ?? []), e]);
    const nodeIds = table();
    const nodes: { id: string; name: string }[] = [];
    const services = table();
    const start: number[] = [];
    const row: { node: number[]; depth: number[]; parent: number[]; service: number[] } = { node: [], depth: [], parent: [], service: [] };
    for (const root of assets) {
        const base = row.node.length;
        start.push(base);
        const seen = new Set<string>();
        let frontier = [{ id: root.id, at: -1 }];
        for (let depth = 1; depth <= MAX_DEPTH && frontier.length; depth++) {
            const nextFrontier: typeof frontier = [];
            for (const f of frontier) {
                for (const e of next.get(f.id) ?? []) {
                    if (e.toId === root.id || seen.has(e.toId)) continue;
                    seen.add(e.toId);
                    const node = nodeIds.of(e.toId);
                    nodes[node] ??= { id: e.toId, name: e.toName };
                    nextFrontier.push({ id: e.toId, at: row.node.length - base });
                    row.node.push(node);
                    row.depth.push(depth);
                    row.parent.push(f.at);
                    row.service.push(services.of(e.serviceId));
                }
            }
            frontier = nextFrontier;
        }
    }
    start.push(row.node.length);
    return { start: Int32Array.from(start), node: Int32Array.from(row.node), depth: Int32Array.from(row.depth), parent: Int32Array.from(row.parent), service: Int32Array.from(row.service), nodes, services: services.values };
}

/** How many assets depend on the asset at position i of `assets`. */
export const dependentCount = (t: DependentsTable, i: number): number => t.start[i + 1]! - t.start[i]!;

/** The dependents of the asset at position i of `assets`, each with its depth and path of services. */
export function dependentsOf(t: DependentsTable, i: number): Dependent[] {
    const out: Dependent[] = [];
    for (let p = t.start[i]!; p < t.start[i + 1]!; p++) {
        const parent = t.parent[p]!;
        const service = t.services[t.service[p]!]!;
        const { id, name } = t.nodes[t.node[p]!]!;
        out.push({ id, name, label: "Asset", depth: t.depth[p]!, via: parent < 0 ? [service] : [...out[parent]!.via, service] });
    }
    return out;
}

/** The aggregates of every consumer, flattened (see Aggregates). */
function flatten(rows: ConsumerRow[]): Pick<CriticalityInputs, "aggregates" | "months" | "documents" | "assetIds"> {
    const months = [...new Set(rows.flatMap((r) => [...r.totals.flatMap((t) => t[1]), ...r.assets.flatMap((a) => a[2])]))].sort();
    const monthAt = new Map(months.map((m, i) => [m, i]));
    const documents = table();
    const assetIds = table();
    const all = rows.flatMap((r, c) => [...r.totals.map((t) => [c, -1, ...t] as const), ...r.assets.map(([assetId, ...t]) => [c, assetIds.of(assetId), ...t] as const)]);
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
    return { aggregates: g, months, documents: documents.values, assetIds: assetIds.values };
}

export async function readCriticalityInputs(db: Db): Promise<CriticalityInputs> {
    const [assets, edges, rows] = await Promise.all([db.run<AssetRow>("usage/criticality-assets"), db.run<Edge>("usage/asset-dependencies"), db.run<ConsumerRow>("usage/asset-aggregates")]);
    return {
        assets, dependents: dependentsTable(assets, edges),
        consumers: rows.map(({ id, agency, kind, successor }) => ({ id, agency, kind, successor })), ...flatten(rows),
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
    // The agency each consumer counts as (its 2025 unit when asked), or null when it is not one of the kinds.
    const who = inputs.consumers.map((c) => (c.agency && (kinds.size === 0 || (c.kind !== null && kinds.has(c.kind))) ? (q.era === 2025 ? (c.successor ?? c.id) : c.id) : null));
    const inForce = Uint8Array.from(inputs.documents, (d) => (q.documents.has(d) ? 1 : 0));
    // The window as month indexes: lo … hi (months are sorted).
    let lo = 0;
    while (lo < months.length && months[lo]! < q.from) lo += 1;
    let hi = months.length - 1;
    while (hi >= 0 && months[hi]! > q.to) hi -= 1;
    const consumerTotal = new Float64Array(inputs.consumers.length);
    const carried = new Float64Array(inputs.assetIds.length);
    const agencies = inputs.assetIds.map(() => new Set<string>());
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
        if (asset < 0) consumerTotal[c]! += n;
        else {
            carried[asset]! += n;
            if (who[c] !== null) agencies[asset]!.add(who[c]!);
        }
    }
    let exchanges = 0;
    const everyone = new Set<string>();
    consumerTotal.forEach((n, c) => {
        if (n <= 0) return;
        exchanges += n;
        if (who[c] !== null) everyone.add(who[c]!);
    });
    const assets = new Map<string, { exchanges: number; agencies: number }>();
    inputs.assetIds.forEach((id, a) => carried[a]! > 0 && assets.set(id, { exchanges: carried[a]!, agencies: agencies[a]!.size }));
    return { assets, platform: { exchanges, agencies: everyone.size } };
}
