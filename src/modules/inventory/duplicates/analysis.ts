// The duplicate analysis of the whole graph: every local item matched against the national assets,
// clusters across agencies, redundant copies and missing links. Computed once per state of its inputs
// (a cheap version query decides) and kept in memory, so the questions answer from it in
// milliseconds; a concurrent request waits for the same computation instead of starting another.
// The analyses kept are a region of the process's working-set budget (src/kernel/cache/memory-budget.ts: a
// fifth of the heap limit, apart from the answers' cache), counted in heap bytes, views included as they
// are built; the least recently used goes first.
import { createHash } from "node:crypto";
import { estimateHeapBytes } from "../../../kernel/cache/heap-size.js";
import { workingSetBudget, type BudgetRegion } from "../../../kernel/cache/memory-budget.js";
import { CLUSTER_RULE, findClusters } from "./rules/clusters.js";
import { createNationalMatcher, NATIONAL_RULE } from "./rules/national.js";
import type { Cluster, LocalItem, NationalAsset, NationalCandidate } from "./rules/types.js";
import { foldText as foldField, VOCABULARY } from "./rules/vocabulary.js";
import type { Db } from "../../../db/run.js";
import type { TimeArgs } from "../../../kernel/time.js";

export interface Item extends LocalItem {
    agencyKind: string;
    accountableKind: string;
    unitId: string | null;
    unitName: string | null;
    unitKind: string | null;
    /** Valid time: the day of the file that first listed the entry, or the report's date; null when none. */
    validFrom: string | null;
    /** Record time: when the graph learned the item. */
    recordedAt: string | null;
}

export interface Link {
    snapshot: string;
    status: string;
}

/** An answerable agency and a national asset it needs: it copies its records or stores its identifiers. */
export interface Need {
    accountableId: string;
    assetId: string;
    copies: { itemId: string; assetId: string; score: number }[];
    identifiers: { itemId: string; field: string; phrase: string }[];
    links: Link[];
    official: boolean;
}

export interface Analysis {
    version: string;
    computedMs: number;
    items: Map<string, Item>;
    assets: Map<string, NationalAsset>;
    candidates: NationalCandidate[];
    clusters: Cluster[];
    clusterOf: Map<string, Cluster>;
    needs: Need[];
    agenciesWithInventory: Set<string>;
    rules: { national: string; clusters: string };
    /** The national side of the inputs, kept to re-run the matcher on the items valid on a day. */
    inputs: { assets: NationalAsset[]; places: string[] };
    /** Derived views (sorted lists, per-era groupings), built on first use and kept with the analysis. */
    memo<T>(key: string, build: () => T): T;
    /** Told each view built (or input read with it), so the memory budget counts what it adds; false: not kept. */
    onGrow?: (view: unknown) => boolean;
}

type ItemRow = Omit<Item, "citation"> & { documentId: string; file: string; locator: string };
type Inputs = { itemsJson: string; assets: NationalAsset[]; places: string[] };

/** Analyses in flight, so concurrent requests share one computation. */
const pending = new Map<string, Promise<Analysis>>();
let kept: BudgetRegion<Analysis> | undefined;

export async function duplicateAnalysis(db: Db): Promise<Analysis> {
    const [v] = await db.run<Record<string, unknown>>("inventory/duplicate-inputs-version");
    const version = createHash("sha1").update(JSON.stringify(v ?? {})).digest("hex");
    return cached(version, () => compute(db, version));
}

/**
 * The analysis of the items valid on `asOf` (listed by then) and recorded by `knownAt`: the matcher and
 * the clusters re-run on those items. Keyed by the set of items kept, so the many days that keep the
 * same items (every day between two imports) share one analysis.
 */
export async function duplicateAnalysisAt(db: Db, time: TimeArgs): Promise<Analysis> {
    const all = await duplicateAnalysis(db);
    if (time.asOf === null && time.knownAt === null) return all;
    const items = [...all.items.values()].filter(
        (i) => (time.asOf === null || i.validFrom == null || i.validFrom <= time.asOf) && (time.knownAt === null || i.recordedAt == null || i.recordedAt <= time.knownAt),
    );
    if (items.length === all.items.size) return all;
    const key = createHash("sha1").update(all.version).update(items.map((i) => i.id).join("\n")).digest("hex");
    return cached(key, async () => {
        const started = performance.now();
        const result = await withLinks(db, analyse(items, all.inputs.assets, all.inputs.places));
        return Object.assign(result, { version: key, computedMs: Math.round(performance.now() - started) });
    });
}

/** One analysis per key, kept in the memory budget; concurrent requests for a key share its computation. */
function cached(key: string, build: () => Promise<Analysis>): Promise<Analysis> {
    // The working sets' budget, not the answers': an analysis may take all of it (the current one and
    // the days asked before it, least recently used first).
    const region = (kept ??= workingSetBudget().region<Analysis>("duplicate analysis", { maxEntryShare: 1 }));
    const have = region.get(key);
    if (have) return Promise.resolve(have);
    const version = key;
    let p = pending.get(version);
    if (!p) {
        p = build();
        pending.set(version, p);
        p.then(
            (a) => {
                pending.delete(version);
                // Views built later count too: the entry grows with them. One record of what is counted
                // for the entry's life, so a view's items (the analysis's own) are not counted again.
                const counted = new WeakSet<object>();
                let bytes = estimateHeapBytes(a, counted);
                region.set(version, a, bytes);
                a.onGrow = (view) => {
                    if (region.get(version) !== a) return true; // no longer kept: its views go with it
                    const more = estimateHeapBytes(view, counted);
                    // A view that would take the analysis past its bound is served, not kept: losing the
                    // analysis would cost every question its rebuild (seconds), losing a view only itself.
                    if (bytes + more > region.maxEntryBytes) return false;
                    bytes += more;
                    region.set(version, a, bytes);
                    return true;
                };
            },
            () => pending.delete(version),
        );
    }
    return p;
}

/** The place names to ignore in item names ("tỉnh Lào Cai", "TP. Cần Thơ"). */
const bareNames = (places: string[]): string[] => [...new Set(places.map((p) => p.replace(/^(thành phố|tỉnh|tp\.?)\s+/iu, "")).concat(["Việt Nam"]))];

export async function compute(db: Db, version: string): Promise<Analysis> {
    const started = performance.now();
    const [row] = await db.run<Inputs>("inventory/duplicate-inputs");
    const items = (JSON.parse(row?.itemsJson ?? "[]") as ItemRow[]).map(({ documentId, file, locator, ...i }) => ({ ...i, citation: { documentId, file, locator } }) as Item);
    const assets = row?.assets ?? [];
    const places = bareNames(row?.places ?? []);
    const result = await withLinks(db, analyse(items, assets, places));
    return Object.assign(result, { version, computedMs: Math.round(performance.now() - started) });
}

/** Fills the needs' links: the connections of the answerable agencies that need a national asset (one query). */
async function withLinks<A extends Pick<Analysis, "needs">>(db: Db, result: A): Promise<A> {
    const linkRows = await db.run<{ agencyId: string; assetId: string; snapshot: string; status: string }>("inventory/duplicate-links", {
        agencyIds: [...new Set(result.needs.map((n) => n.accountableId))],
    });
    const links = new Map<string, Link[]>();
    for (const r of linkRows) links.set(`${r.agencyId}|${r.assetId}`, [...(links.get(`${r.agencyId}|${r.assetId}`) ?? []), { snapshot: r.snapshot, status: r.status }]);
    for (const n of result.needs) {
        n.links = links.get(`${n.accountableId}|${n.assetId}`) ?? [];
        n.official = n.links.some((l) => l.status === "OFFICIAL");
    }
    return result;
}

function memoiser(owner: () => Pick<Analysis, "onGrow">): Analysis["memo"] {
    const views = new Map<string, unknown>();
    return <T>(key: string, build: () => T): T => {
        if (!views.has(key)) {
            const view = build();
            if (owner().onGrow?.([key, view]) === false) return view;
            views.set(key, view);
        }
        return views.get(key) as T;
    };
}

/** The pure part: matching, clusters and needs (links are filled by the caller). */
export function analyse(items: Item[], assets: NationalAsset[], places: string[]): Omit<Analysis, "version" | "computedMs"> {
    const matcher = createNationalMatcher(assets, places);
    const candidates = items.flatMap((i) => matcher.match(i));
    const clusters = findClusters(items, candidates, assets, places, { minAgencies: 2 });
    const clusterOf = new Map<string, Cluster>();
    for (const c of clusters) for (const id of c.itemIds) clusterOf.set(id, c);
    const byId = new Map(items.map((i) => [i.id, i]));
    const top = new Map(assets.map((a) => [a.id, a.parentId ?? a.id]));
    // Needs: copies (not the owner's own listing) and identifier fields, per answerable agency and national asset.
    const needs = new Map<string, Need>();
    const need = (accountableId: string, assetId: string): Need => {
        const k = `${accountableId}|${assetId}`;
        let n = needs.get(k);
        if (!n) needs.set(k, (n = { accountableId, assetId, copies: [], identifiers: [], links: [], official: false }));
        return n;
    };
    for (const c of candidates) if (c.kind === "COPY") need(byId.get(c.itemId)!.accountableId, c.nationalAssetId).copies.push({ itemId: c.itemId, assetId: c.assetId, score: c.score });
    for (const i of items) {
        for (const field of i.fields) {
            const folded = ` ${foldField(field)} `;
            const hit = VOCABULARY.identifierFields.find((f) => folded.includes(` ${f.key} `));
            if (!hit) continue;
            const assetId = top.get(hit.assetId) ?? hit.assetId;
            const owners = assets.find((a) => a.id === assetId)?.ownerIds ?? [];
            if (owners.includes(i.agencyId) || owners.includes(i.accountableId)) continue;
            need(i.accountableId, assetId).identifiers.push({ itemId: i.id, field, phrase: hit.text });
        }
    }
    const analysis: Omit<Analysis, "version" | "computedMs"> = {
        items: byId, assets: new Map(assets.map((a) => [a.id, a])), candidates, clusters, clusterOf, needs: [...needs.values()],
        agenciesWithInventory: new Set(items.filter((i) => i.sourceType === "INVENTORY_ENTRY").flatMap((i) => [i.agencyId, i.accountableId, ...(i.unitId ? [i.unitId] : [])])),
        rules: { national: NATIONAL_RULE, clusters: CLUSTER_RULE },
        inputs: { assets, places },
        memo: memoiser(() => analysis),
    };
    return analysis;
}

