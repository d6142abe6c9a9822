// Views of an analysis that every request of a question shares, built once per analysis (memo) so a
// request only filters, pages and shapes its page: candidate rows in answer order with their sort keys,
// clusters and needs grouped per era.
import { agencySortKey, viSortKey } from "../../../../lib/collation.js";
import type { Cluster, NationalCandidate } from "./rules/types.js";
import type { Era } from "../../../__generated__/resolvers-types.js";
import type { Analysis, Item, Need } from "./analysis.js";
import { unitOf } from "./filters.js";

export interface CandidateRow {
    item: Item;
    score: number;
    databaseId: string;
    national: NationalCandidate | null;
    cluster: Cluster | null;
    /** CROSS_AGENCY rows: answerable agencies (E2023) and 2025 units (E2025) of the cluster. */
    agencies: Record<Era, number>;
}

const itemKey = (a: Analysis, item: Item): string => a.memo(`key:${item.id}`, () => `${agencySortKey(item.accountableName)}\u0000${viSortKey(item.name)}`);

/** Every candidate, national and cross-agency, best score first, then agency and item in Vietnamese order. */
export function candidateRows(a: Analysis, crossAgencyScore: (sim: number) => number, similarityFloor: number): CandidateRow[] {
    return a.memo("candidates", () => {
        const rows: CandidateRow[] = a.candidates.map((c) => ({ item: a.items.get(c.itemId)!, score: c.score, databaseId: c.assetId, national: c, cluster: null, agencies: { E2023: 0, E2025: 0 } }));
        for (const c of a.clusters) {
            if (c.basis !== "LOCAL") continue;
            const items = c.itemIds.map((id) => a.items.get(id)!);
            const agencies = { E2023: new Set(items.map((i) => unitOf(i, "E2023").id)).size, E2025: new Set(items.map((i) => unitOf(i, "E2025").id)).size };
            for (const item of items) rows.push({ item, score: crossAgencyScore(c.scores[item.id] ?? similarityFloor), databaseId: c.id, national: null, cluster: c, agencies });
        }
        const keyed = rows.map((r) => ({ r, k: itemKey(a, r.item) }));
        keyed.sort((x, y) => y.r.score - x.r.score || (x.k < y.k ? -1 : x.k > y.k ? 1 : 0) || (x.r.databaseId < y.r.databaseId ? -1 : 1));
        return keyed.map((x) => x.r);
    });
}

export interface ClusterView {
    cluster: Cluster;
    items: Item[];
    agencies: { id: string; name: string; kind: string }[];
}

/** Clusters with their agencies (answerable agencies, or 2025 units) and members in Vietnamese order. */
export function clusterViews(a: Analysis, era: Era): ClusterView[] {
    return a.memo(`clusters:${era}`, () =>
        a.clusters
            .map((cluster) => {
                const items = cluster.itemIds.map((id) => a.items.get(id)!);
                const units = new Map(items.map((i) => unitOf(i, era)).map((u) => [u.id, u]));
                const agencies = [...units.values()].map((u) => ({ u, k: agencySortKey(u.name) })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((x) => x.u);
                const sorted = items.map((i) => ({ i, k: `${agencySortKey(unitOf(i, era).name)}\u0000${viSortKey(i.name)}` })).sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0)).map((x) => x.i);
                return { cluster, items: sorted, agencies };
            })
            .sort((x, y) => y.agencies.length - x.agencies.length || y.items.length - x.items.length || (x.cluster.id < y.cluster.id ? -1 : 1)),
    );
}

export interface NeedGroup {
    unit: { id: string; name: string; kind: string };
    assetId: string;
    needs: Need[];
    items: Item[];
}

/** Needs lacking an official link, grouped by answerable agency (E2023) or 2025 unit (E2025), in Vietnamese order then asset number. */
export function needGroups(a: Analysis, era: Era): NeedGroup[] {
    return a.memo(`needs:${era}`, () => {
        const groups = new Map<string, NeedGroup>();
        for (const n of a.needs) {
            if (n.official) continue;
            const items = [...n.copies.map((c) => c.itemId), ...n.identifiers.map((i) => i.itemId)].map((id) => a.items.get(id)!);
            const unit = unitOf(items[0]!, era);
            const k = `${unit.id}|${n.assetId}`;
            const g = groups.get(k) ?? { unit, assetId: n.assetId, needs: [], items: [] };
            g.needs.push(n);
            g.items.push(...items);
            groups.set(k, g);
        }
        const number = (id: string): number => a.assets.get(id)?.number ?? 999;
        return [...groups.values()]
            .map((g) => ({ g, k: agencySortKey(g.unit.name) }))
            .sort((x, y) => (x.k < y.k ? -1 : x.k > y.k ? 1 : 0) || number(x.g.assetId) - number(y.g.assetId))
            .map((x) => x.g);
    });
}
