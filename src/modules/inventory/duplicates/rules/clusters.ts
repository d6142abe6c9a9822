// Across agencies: the same kind of local database built separately in several places, the
// candidates for one shared platform. Two kinds of cluster:
//  - NATIONAL: items of at least `minAgencies` answerable agencies that copy the same national asset
//    (the most specific: a land component), found by the national matcher;
//  - LOCAL: items with no national counterpart, linked when their names and descriptions are alike —
//    BM25 (MiniSearch, word bigrams and trigrams, place names dropped) of one item's terms against the
//    others, as a share of the item's score against itself, averaged both ways, at least
//    LOCAL_SIMILARITY, and each among the other's LOCAL_TOP_K closest; linked items form clusters
//    (connected components split into cohesive groups) of at least `minAgencies` answerable agencies.
// Blocking: only items sharing a term are ever compared (MiniSearch's inverted index), and terms in
// more than MAX_TERM_SHARE of the items are left out of the queries, so there is no all-pairs loop.
import MiniSearch from "minisearch";
import { ngrams, shownTerm, surfaceTerms, wordsOf } from "./text.js";
import { foldText } from "./vocabulary.js";
import { cohesiveGroups } from "./cohesive.js";
import type { Cluster, LocalItem, NationalAsset, NationalCandidate } from "./types.js";

export const LOCAL_SIMILARITY = 0.35;
export const LOCAL_TOP_K = 10;
export const MAX_TERM_SHARE = 0.01;
/** Each item is compared through its rarest shared terms only (in 2 items or more), which bounds the work per item. */
export const QUERY_TERMS = 20;
export const MIN_AGENCIES = 3;
/** Below this many items every term blocks (a share of a small set would drop the words that matter). */
const MIN_BLOCKING_DF = 20;

export const CLUSTER_RULE =
    `A cluster is the same kind of local database kept by at least ${MIN_AGENCIES} answerable agencies (a department counts as its province). ` +
    "NATIONAL clusters: the items that copy one national asset (the most specific one: a land component, not the land database). " +
    `LOCAL clusters: items with no national counterpart whose names and descriptions are alike — BM25 (MiniSearch, word bigrams and trigrams, place names dropped) ` +
    `of one item's terms against the other, as a share of its score against itself, averaged both ways, at least ${LOCAL_SIMILARITY}, ` +
    `each among the other's ${LOCAL_TOP_K} closest; linked items are grouped (connected components, then split into cohesive groups: each member linked to at least half of the others). Only items sharing a term are compared ` +
    `(through each item's ${QUERY_TERMS} rarest terms; terms in more than ${MAX_TERM_SHARE * 100}% of the items, or ${MIN_BLOCKING_DF} for small sets, are not used).`;

export interface ClusterOptions {
    minAgencies?: number;
    similarity?: number;
}

interface Doc {
    id: number;
    name: string;
    description: string;
}

export function findClusters(items: LocalItem[], national: NationalCandidate[], assets: NationalAsset[], places: string[], o: ClusterOptions = {}): Cluster[] {
    const minAgencies = o.minAgencies ?? MIN_AGENCIES;
    const threshold = o.similarity ?? LOCAL_SIMILARITY;
    const byId = new Map(items.map((i) => [i.id, i]));
    const assetName = new Map(assets.map((a) => [a.id, a.name]));
    const clusters: Cluster[] = [];

    // NATIONAL: grouped by the national asset copied.
    // Grouped by the most specific asset: cadastral copies and land-price copies are different kinds of
    // local database even though both belong to the land database.
    const copies = new Map<string, Set<string>>();
    for (const c of national) if (c.kind === "COPY" && byId.has(c.itemId)) copies.set(c.assetId, (copies.get(c.assetId) ?? new Set()).add(c.itemId));
    for (const [assetId, ids] of copies) {
        const members = [...ids].map((id) => byId.get(id)!);
        const agencies = [...new Set(members.map((m) => m.accountableId))];
        if (agencies.length < minAgencies) continue;
        const terms = sharedTerms(members, national.filter((c) => ids.has(c.itemId) && c.assetId === assetId).map((c) => c.matchedTerms));
        clusters.push({
            id: `cluster:national:${assetId}`, basis: "NATIONAL", nationalAssetId: assetId, label: assetName.get(assetId) ?? assetId,
            itemIds: members.map((m) => m.id).sort(), accountableIds: agencies.sort(), sharedTerms: terms,
            scores: Object.fromEntries(national.filter((c) => ids.has(c.itemId) && c.assetId === assetId).map((c) => [c.itemId, c.score])),
            reason: `${members.length} items of ${agencies.length} agencies each keep their own copy of ${assetName.get(assetId) ?? assetId}: one national database already holds these records`,
        });
    }

    // LOCAL: items without a national counterpart, linked by similar wording.
    const withNational = new Set(national.map((c) => c.itemId));
    const local = items.filter((i) => !withNational.has(i.id));
    const drop = places.map((p) => wordsOf(foldText(p))).filter((p) => p.length > 0);
    const termsOf = local.map((i) => ({ name: ngrams(i.name, drop), description: ngrams(i.description ?? "", drop) }));
    const df = new Map<string, number>();
    for (const t of termsOf) for (const term of new Set([...t.name, ...t.description])) df.set(term, (df.get(term) ?? 0) + 1);
    const maxDf = Math.max(MIN_BLOCKING_DF, Math.floor(local.length * MAX_TERM_SHARE));
    const index = new MiniSearch<Doc>({ fields: ["name", "description"], tokenize: (s) => (s ? s.split(" ") : []), processTerm: (t) => t });
    index.addAll(local.map((_, k) => ({ id: k, name: termsOf[k]!.name.join(" "), description: termsOf[k]!.description.join(" ") })));
    const boost = { name: 2, description: 1 };
    const near: Map<number, number>[] = local.map((_, k) => {
        const query = [...new Set([...termsOf[k]!.name, ...termsOf[k]!.description])]
            .filter((t) => df.get(t)! >= 2 && df.get(t)! <= maxDf)
            .sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : 1))
            .slice(0, QUERY_TERMS);
        if (query.length === 0) return new Map();
        // MiniSearch multiplies BM25 by the number of query terms matched; the plain BM25 sum is compared.
        const hits = index.search(query.join(" "), { boost, combineWith: "OR", tokenize: (s) => s.split(" ") }).map((h) => ({ id: h.id as number, score: h.score / Math.max(1, h.queryTerms.length) }));
        const self = hits.find((h) => h.id === k)?.score ?? 0;
        if (self === 0) return new Map();
        return new Map(hits.filter((h) => h.id !== k).sort((x, y) => y.score - x.score).slice(0, LOCAL_TOP_K).map((h) => [h.id, h.score / self]));
    });
    const parent = local.map((_, k) => k);
    const best = local.map(() => 0);
    const find = (k: number): number => (parent[k] === k ? k : (parent[k] = find(parent[k]!)));
    const linked = new Map<number, Set<number>>();
    for (let a = 0; a < local.length; a++) {
        for (const [b, sab] of near[a]!) {
            if (b <= a || local[a]!.accountableId === local[b]!.accountableId) continue;
            const sba = near[b]!.get(a);
            if (sba === undefined || (sab + sba) / 2 < threshold) continue;
            const sim = (sab + sba) / 2;
            linked.set(a, (linked.get(a) ?? new Set()).add(b));
            linked.set(b, (linked.get(b) ?? new Set()).add(a));
            parent[find(a)] = find(b);
            best[a] = Math.max(best[a]!, sim);
            best[b] = Math.max(best[b]!, sim);
        }
    }
    const groups = new Map<number, number[]>();
    local.forEach((_, k) => groups.set(find(k), [...(groups.get(find(k)) ?? []), k]));
    for (const ks of [...groups.values()].flatMap((component) => cohesiveGroups(component, linked))) {
        const members = ks.map((k) => local[k]!);
        const agencies = [...new Set(members.map((m) => m.accountableId))];
        if (agencies.length < minAgencies) continue;
        // Terms are counted folded and shown as the members wrote them, with their diacritics.
        const surface = surfaceTerms(members.flatMap((m) => [m.name, m.description]), drop);
        const terms = sharedTerms(members, ks.map((k) => [...termsOf[k]!.name, ...termsOf[k]!.description])).map((t) => shownTerm(t, surface));
        const ids = members.map((m) => m.id).sort();
        clusters.push({
            id: `cluster:local:${ids[0]}`, basis: "LOCAL", nationalAssetId: null, label: labelOf(terms) || members[0]!.name,
            itemIds: ids, accountableIds: agencies.sort(), sharedTerms: terms,
            scores: Object.fromEntries(ks.map((k) => [local[k]!.id, Math.round(100 * Math.min(1, best[k]!)) / 100])),
            reason: `${members.length} items of ${agencies.length} agencies describe the same kind of database (shared terms: ${terms.slice(0, 6).map((t) => `"${t}"`).join(", ")}) and no national database holds it: a candidate for one shared platform`,
        });
    }
    return clusters.sort((a, b) => b.accountableIds.length - a.accountableIds.length || a.id.localeCompare(b.id));
}

/** A label from the most shared terms: up to three that share no word ("sở giáo dục, học sinh", not "sở giáo dục, cơ sở giáo"). */
function labelOf(terms: string[]): string {
    const picked: string[] = [];
    const used = new Set<string>();
    for (const t of terms) {
        const words = t.split(" ");
        if (words.some((w) => used.has(w))) continue;
        picked.push(t);
        for (const w of words) used.add(w);
        if (picked.length === 3) break;
    }
    return picked.join(", ");
}

/** Terms found in at least two members, most widespread first (trigrams hide the bigrams they contain). */
function sharedTerms(members: LocalItem[], termLists: string[][]): string[] {
    const count = new Map<string, number>();
    for (const list of termLists) for (const t of new Set(list)) count.set(t, (count.get(t) ?? 0) + 1);
    const shared = [...count.entries()].filter(([, n]) => n >= Math.min(2, members.length)).sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]));
    const kept: string[] = [];
    // Folded terms join their words with "_", shown ones with spaces: either way a term inside a kept one is hidden.
    const within = (k: string, t: string): boolean => ` ${k.replaceAll("_", " ")} `.includes(` ${t.replaceAll("_", " ")} `);
    for (const [t] of shared) if (!kept.some((k) => within(k, t))) kept.push(t);
    return kept.slice(0, 10);
}
