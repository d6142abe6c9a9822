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

/** One aggregate: the import, its months and the exchanges in each, and their total. */
type Aggregate = [documentId: string, months: string[], exchanges: number[], total: number];

interface Consumer {
    id: string;
    agency: boolean;
    kind: string | null;
    successor: string | null;
    totals: Aggregate[];
    /** Per asset it used: [assetId, ...aggregate]. */
    assets: [string, ...Aggregate][];
}

export interface CriticalityInputs {
    assets: AssetRow[];
    /** Per asset id: the other assets that consume its services, directly or through others, each once at its least depth. */
    dependents: Map<string, Dependent[]>;
    consumers: Consumer[];
}

type Edge = { fromId: string; toId: string; toName: string; serviceId: string };

/** The assets depending on `root`, breadth-first over the asset dependency graph (each asset once, at its least depth). */
function dependentsOf(root: string, next: Map<string, Edge[]>): Dependent[] {
    const seen = new Map<string, Dependent>();
    let frontier = [{ id: root, via: [] as string[] }];
    for (let depth = 1; depth <= MAX_DEPTH && frontier.length; depth++) {
        const nextFrontier: typeof frontier = [];
        for (const f of frontier) {
            for (const e of next.get(f.id) ?? []) {
                if (e.toId === root || seen.has(e.toId)) continue;
                const via = [...f.via, e.serviceId];
                seen.set(e.toId, { id: e.toId, name: e.toName, label: "Asset", depth, via });
                nextFrontier.push({ id: e.toId, via });
            }
        }
        frontier = nextFrontier;
    }
    return [...seen.values()];
}

export async function readCriticalityInputs(db: Db): Promise<CriticalityInputs> {
    const [assets, edges, consumers] = await Promise.all([db.run<AssetRow>("usage/criticality-assets"), db.run<Edge>("usage/asset-dependencies"), db.run<Consumer>("usage/asset-aggregates")]);
    const next = new Map<string, Edge[]>();
    for (const e of edges) next.set(e.fromId, [...(next.get(e.fromId) ?? []), e]);
    return { assets, dependents: new Map(assets.map((a) => [a.id, dependentsOf(a.id, next)])), consumers };
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

/** An aggregate's exchanges in the window: its total when it lies inside, else added up month by month. */
function inWindow([, months, exchanges, total]: Aggregate, from: string, to: string): number {
    if (months.length > 0 && months[0]! >= from && months[months.length - 1]! <= to) return total;
    let n = 0;
    months.forEach((m, k) => (n += from <= m && m <= to ? exchanges[k]! : 0));
    return n;
}

/** What each asset carries in a window, and the platform's whole: the sums criticality scores with. */
export function observedByAsset(inputs: CriticalityInputs, q: ByAssetQuestion): ByAsset {
    const kinds = new Set(q.kinds);
    // The agency a consumer counts as (its 2025 unit when asked), or null when it is not one of the kinds.
    const who = (c: Consumer): string | null => (c.agency && (kinds.size === 0 || (c.kind !== null && kinds.has(c.kind))) ? (q.era === 2025 ? (c.successor ?? c.id) : c.id) : null);
    let exchanges = 0;
    const everyone = new Set<string>();
    const carried = new Map<string, { exchanges: number; agencies: Set<string> }>();
    for (const c of inputs.consumers) {
        const agency = who(c);
        let total = 0;
        for (const t of c.totals) if (q.documents.has(t[0])) total += inWindow(t, q.from, q.to);
        if (total > 0) {
            exchanges += total;
            if (agency !== null) everyone.add(agency);
        }
        for (const [assetId, ...aggregate] of c.assets) {
            if (!q.documents.has(aggregate[0])) continue;
            const n = inWindow(aggregate, q.from, q.to);
            if (n <= 0) continue;
            let a = carried.get(assetId);
            if (!a) carried.set(assetId, (a = { exchanges: 0, agencies: new Set() }));
            a.exchanges += n;
            if (agency !== null) a.agencies.add(agency);
        }
    }
    return {
        assets: new Map([...carried].map(([id, a]) => [id, { exchanges: a.exchanges, agencies: a.agencies.size }])),
        platform: { exchanges, agencies: everyone.size },
    };
}
