// The duplicate analysis of the whole graph: every local item matched against the national assets,
// clusters across agencies, redundant copies and missing links. Computed once per state of its inputs
// (a cheap version query decides) and kept in memory, so the questions answer from it in
// milliseconds; a concurrent request waits for the same computation instead of starting another.
import { createHash } from "node:crypto";
import { CLUSTER_RULE, findClusters } from "../../../lib/duplicates/clusters.js";
import { createNationalMatcher, NATIONAL_RULE } from "../../../lib/duplicates/national.js";
import type { Cluster, LocalItem, NationalAsset, NationalCandidate } from "../../../lib/duplicates/types.js";
import { foldText as foldField, VOCABULARY } from "../../../lib/duplicates/vocabulary.js";
import type { Db } from "../../db/run.js";

export interface Item extends LocalItem {
    agencyKind: string;
    accountableKind: string;
    unitId: string | null;
    unitName: string | null;
    unitKind: string | null;
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
    /** Derived views (sorted lists, per-era groupings), built on first use and kept with the analysis. */
    memo<T>(key: string, build: () => T): T;
}

type ItemRow = Omit<Item, "citation"> & { documentId: string; file: string; locator: string };
type Inputs = { itemsJson: string; assets: NationalAsset[]; places: string[] };

const cache = new Map<string, Promise<Analysis>>();
const CACHE_SIZE = 4;

export async function duplicateAnalysis(db: Db): Promise<Analysis> {
    const [v] = await db.run<Record<string, unknown>>("duplicates/version");
    const version = createHash("sha1").update(JSON.stringify(v ?? {})).digest("hex");
    let pending = cache.get(version);
    if (!pending) {
        pending = compute(db, version);
        cache.set(version, pending);
        pending.catch(() => cache.delete(version));
        while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    return pending;
}

/** The place names to ignore in item names ("tỉnh Lào Cai", "TP. Cần Thơ"). */
const bareNames = (places: string[]): string[] => [...new Set(places.map((p) => p.replace(/^(thành phố|tỉnh|tp\.?)\s+/iu, "")).concat(["Việt Nam"]))];

export async function compute(db: Db, version: string): Promise<Analysis> {
    const started = performance.now();
    const [row] = await db.run<Inputs>("duplicates/inputs");
    const items = (JSON.parse(row?.itemsJson ?? "[]") as ItemRow[]).map(({ documentId, file, locator, ...i }) => ({ ...i, citation: { documentId, file, locator } }) as Item);
    const assets = row?.assets ?? [];
    const places = bareNames(row?.places ?? []);
    const result = analyse(items, assets, places);
    // Links of the answerable agencies that need a national asset (one query).
    const linkRows = await db.run<{ agencyId: string; assetId: string; snapshot: string; status: string }>("duplicates/connections-of", {
        agencyIds: [...new Set(result.needs.map((n) => n.accountableId))],
    });
    const links = new Map<string, Link[]>();
    for (const r of linkRows) links.set(`${r.agencyId}|${r.assetId}`, [...(links.get(`${r.agencyId}|${r.assetId}`) ?? []), { snapshot: r.snapshot, status: r.status }]);
    for (const n of result.needs) {
        n.links = links.get(`${n.accountableId}|${n.assetId}`) ?? [];
        n.official = n.links.some((l) => l.status === "OFFICIAL");
    }
    return { ...result, version, computedMs: Math.round(performance.now() - started) };
}

function memoiser(): Analysis["memo"] {
    const views = new Map<string, unknown>();
    return <T>(key: string, build: () => T): T => {
        if (!views.has(key)) views.set(key, build());
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
    return {
        items: byId, assets: new Map(assets.map((a) => [a.id, a])), candidates, clusters, clusterOf, needs: [...needs.values()],
        agenciesWithInventory: new Set(items.filter((i) => i.sourceType === "INVENTORY_ENTRY").flatMap((i) => [i.agencyId, i.accountableId, ...(i.unitId ? [i.unitId] : [])])),
        rules: { national: NATIONAL_RULE, clusters: CLUSTER_RULE },
        memo: memoiser(),
    };
}

