// The asset dependency graph followed from every asset (criticality's "dependent assets"): an asset
// whose services (provided, or transiting a platform) another asset consumes has that asset as a
// dependent, and so on up to MAX_DEPTH hops (cypher/usage/asset-dependencies.cypher). Followed once
// per graph version into a flat table (criticality-inputs.ts keeps it); each question counts from it,
// and rebuilds the lists with their paths for the assets of its page only.
import { interner } from "./tables.js";

export const MAX_DEPTH = 5;

export interface Dependent {
    id: string;
    name: string;
    label: string;
    depth: number;
    /** The services through which it depends, hop by hop. */
    via: string[];
}

export type Edge = { fromId: string; toId: string; toName: string; serviceId: string };

/**
 * Every asset's dependents, flat: for the asset at position i of `assets`, positions start[i] …
 * start[i + 1] - 1, in the order they are reached (breadth-first, each once at its least depth); each
 * with its node, depth, the service it consumes and the dependent it was reached through (-1: the asset
 * itself), so its path of services is rebuilt for the assets of a page only (dependentsOf).
 */
export interface DependentsTable {
    start: Int32Array;
    node: Int32Array;
    depth: Int32Array;
    parent: Int32Array;
    service: Int32Array;
    nodes: { id: string; name: string }[];
    services: string[];
}

/** Every asset's dependents over the asset dependency graph, up to MAX_DEPTH hops. */
export function dependentsTable(assetIds: string[], edges: Edge[]): DependentsTable {
    const next = new Map<string, Edge[]>();
    for (const e of edges) next.set(e.fromId, [...(next.get(e.fromId) ?? []), e]);
    const nodeIds = interner();
    const nodes: { id: string; name: string }[] = [];
    const services = interner();
    const start: number[] = [];
    const row: { node: number[]; depth: number[]; parent: number[]; service: number[] } = { node: [], depth: [], parent: [], service: [] };
    for (const root of assetIds) {
        const base = row.node.length;
        start.push(base);
        const seen = new Set<string>();
        let frontier = [{ id: root, at: -1 }];
        for (let depth = 1; depth <= MAX_DEPTH && frontier.length; depth++) {
            const nextFrontier: typeof frontier = [];
            for (const f of frontier) {
                for (const e of next.get(f.id) ?? []) {
                    if (e.toId === root || seen.has(e.toId)) continue;
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
    return { start: Int32Array.from(start), node: Int32Array.from(row.node), depth: Int32Array.from(row.depth), parent: Int32Array.from(row.parent), service: Int32Array.from(row.service), nodes, services: services.table };
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
