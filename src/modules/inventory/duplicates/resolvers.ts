// The duplicate questions: validate, take the (cached) analysis, filter, sort, page, shape.
import { LOCAL_SIMILARITY } from "./rules/clusters.js";
import type { Cluster, NationalCandidate } from "./rules/types.js";
import { badUserInput } from "../../../kernel/errors.js";
import type { AgencyKind, ClusterBasis, DuplicateKind, Era, LocalSourceType, QueryResolvers, Resolvers } from "../../../__generated__/resolvers-types.js";
import { duplicateAnalysis, duplicateAnalysisAt, type Analysis, type Item, type Need } from "./analysis.js";
import { eraOn, readTime } from "../../../kernel/time.js";
import { ERA } from "../../../kernel/era.js";
import { TIER_KINDS, requireEra2025Tier } from "../../../kernel/tier.js";
import { byAgencyName, itemMatches, readFilters, unitOf, type Filters } from "./filters.js";
import { page, slicePage } from "../../../kernel/paging.js";
import { candidateRows, clusterViews, needGroups, type NeedGroup } from "./views.js";

/** Where a cluster's members come from, carried on the cluster for its `members` field. */
const MEMBERS = Symbol("members");
type MemberSource = { items: Item[]; cluster: Cluster; era: Era };

const agencyOf = (item: Item) => ({ id: item.agencyId, name: item.agencyName, kind: item.agencyKind as AgencyKind });
const accountableOf = (item: Item) => ({ id: item.accountableId, name: item.accountableName, kind: item.accountableKind as AgencyKind });
const sourceOf = (item: Item) => ({ documentId: item.citation.documentId, file: item.citation.file, locator: item.citation.locator });
const assetName = (a: Analysis, id: string): string => a.assets.get(id)?.name ?? id;
/** A land component's parent, else the asset itself. */
const topAsset = (a: Analysis, id: string): string => a.assets.get(id)?.parentId ?? id;
/** A LOCAL link similarity on the 0–1 scale where 0.6 is the link threshold, like the national scores. */
const crossAgencyScore = (sim: number): number => Math.round(100 * Math.min(1, 0.6 + (0.4 * (sim - LOCAL_SIMILARITY)) / (1 - LOCAL_SIMILARITY))) / 100;

const duplicateCandidates: QueryResolvers["duplicateCandidates"] = async (_p, args, ctx) => {
    if (args.minScore < 0 || args.minScore > 1) throw badUserInput("minScore must be between 0 and 1", "minScore");
    if (args.kinds.length === 0) throw badUserInput("kinds must name at least one kind", "kinds");
    if (args.sourceTypes.length === 0) throw badUserInput("sourceTypes must name at least one source", "sourceTypes");
    const p = page(args);
    const time = await readTime(ctx.db, args);
    const era = await eraOn(ctx.db, time.asOf, args.tier ?? "PROVINCE", args.era);
    const f = await readFilters(ctx.db, { ...args, era });
    const a = await duplicateAnalysisAt(ctx.db, time);
    const top = f.assetId ? topAsset(a, f.assetId) : null;
    // Rows are already in answer order (views.ts): filter, count, page, and shape the page only.
    const rows = candidateRows(a, crossAgencyScore, LOCAL_SIMILARITY).filter((r) => {
        const kind: DuplicateKind = r.national ? r.national.kind : "CROSS_AGENCY";
        if (!args.kinds.includes(kind) || r.score < args.minScore || !args.sourceTypes.includes(r.item.sourceType as LocalSourceType)) return false;
        if (r.national ? f.assetId && r.national.assetId !== f.assetId && r.national.nationalAssetId !== top : f.assetId || r.agencies[f.era] < 3) return false;
        return itemMatches(r.item, f);
    });
    return {
        rule: `${a.rules.national} ${a.rules.clusters}`,
        asOf: time.asOf,
        era,
        total: rows.length,
        candidates: slicePage(rows, p).map((r) => (r.national ? nationalRow(a, r.national) : crossAgencyRow(a, r.item, r.cluster!, r.score))),
    };
};

function itemFields(a: Analysis, item: Item) {
    return {
        sourceType: item.sourceType as LocalSourceType, itemId: item.id, itemName: item.name, itemDescription: item.description,
        agency: agencyOf(item), accountable: accountableOf(item),
        unit2025: item.unitId ? { id: item.unitId, name: item.unitName ?? item.unitId, kind: (item.unitKind ?? null) as AgencyKind | null } : null,
        clusterId: a.clusterOf.get(item.id)?.id ?? null, source: sourceOf(item),
        datasetId: item.id, datasetName: item.name, departmentId: item.agencyId, departmentName: item.agencyName,
    };
}

function nationalRow(a: Analysis, c: NationalCandidate) {
    const item = a.items.get(c.itemId)!;
    const national = a.assets.get(c.nationalAssetId);
    return {
        ...itemFields(a, item), kind: c.kind as DuplicateKind, databaseId: c.assetId, databaseName: assetName(a, c.assetId),
        nationalAssetId: c.nationalAssetId, nationalAssetName: national?.name ?? c.nationalAssetId, score: c.score,
        matchedTerms: c.matchedTerms, evidence: c.evidence, reason: c.reason, rule: a.rules.national,
        matchedPhrases: [...new Set([...c.evidence.map((e) => e.phrase), ...c.matchedTerms])],
    };
}

function crossAgencyRow(a: Analysis, item: Item, c: Cluster, score: number) {
    return {
        ...itemFields(a, item), kind: "CROSS_AGENCY" as DuplicateKind, databaseId: c.id, databaseName: c.label, nationalAssetId: null, nationalAssetName: null,
        score, matchedTerms: c.sharedTerms, evidence: [], rule: a.rules.clusters, matchedPhrases: c.sharedTerms,
        reason: `"${item.name}" (${item.agencyName}) is one of ${c.itemIds.length} alike local databases of ${c.accountableIds.length} agencies that no national database holds (${c.reason})`,
    };
}

const duplicateClusters: QueryResolvers["duplicateClusters"] = async (_p, args, ctx) => {
    if (args.minAgencies < 2 || args.minAgencies > 100) throw badUserInput("minAgencies must be between 2 and 100", "minAgencies");
    if (args.bases.length === 0) throw badUserInput("bases must name at least one basis", "bases");
    const p = page(args);
    const f = await readFilters(ctx.db, args);
    const a = await duplicateAnalysis(ctx.db);
    // Clusters copy the most specific asset: asking for the land database finds its components' clusters too.
    const ofAsset = (id: string | null): boolean => !f.assetId || (id !== null && (id === f.assetId || topAsset(a, id) === f.assetId));
    const out = clusterViews(a, f.era).filter(
        (v) =>
            args.bases.includes(v.cluster.basis as ClusterBasis) &&
            v.agencies.length >= args.minAgencies &&
            ofAsset(v.cluster.nationalAssetId) &&
            (!f.agencyId && !f.kinds ? true : v.items.some((i) => itemMatches(i, f))),
    );
    return {
        rule: a.rules.clusters,
        total: out.length,
        clusters: slicePage(out, p).map(({ cluster: c, items, agencies }) => ({
            id: c.id, basis: c.basis as ClusterBasis, label: c.label, nationalAssetId: c.nationalAssetId,
            nationalAssetName: c.nationalAssetId ? assetName(a, c.nationalAssetId) : null,
            agencyCount: agencies.length, itemCount: items.length, agencies: agencies.map((u) => ({ ...u, kind: u.kind as AgencyKind })),
            // Members are shaped by the field resolver, for the page asked for only (a cluster can have hundreds).
            members: [], [MEMBERS]: { items, cluster: c, era: f.era } satisfies MemberSource,
            sharedTerms: c.sharedTerms, reason: c.reason,
        })),
    };
};

/** Needs lacking an official link (views.ts), filtered by agency, tier and national asset. */
function unconnected(a: Analysis, f: Filters, keep: (n: Need) => boolean): NeedGroup[] {
    const top = f.assetId ? topAsset(a, f.assetId) : null;
    return needGroups(a, f.era)
        .map((g) => ({ ...g, needs: g.needs.filter(keep) }))
        .filter((g) => g.needs.length > 0 && (!top || g.assetId === top) && (!f.agencyId && !f.kinds ? true : g.items.some((i) => itemMatches(i, f))));
}

function copiedItems(a: Analysis, needs: Need[]) {
    return needs.flatMap((n) =>
        n.copies.map((c) => {
            const item = a.items.get(c.itemId)!;
            return { itemId: item.id, itemName: item.name, sourceType: item.sourceType as LocalSourceType, agency: agencyOf(item), assetId: c.assetId, assetName: assetName(a, c.assetId), score: c.score, source: sourceOf(item) };
        }),
    );
}

const linksOf = (needs: Need[]) => needs.flatMap((n) => n.links.map((l) => ({ agencyId: n.accountableId, snapshot: l.snapshot as never, status: l.status as never })));
const partsOf = (era: Era, g: NeedGroup) =>
    era === "E2025" ? [...new Map(g.items.filter((i) => g.needs.some((n) => n.accountableId === i.accountableId)).map((i) => [i.accountableId, accountableOf(i)])).values()] : [];
const linkWords = (needs: Need[]): string => {
    const links = needs.flatMap((n) => n.links);
    return links.length === 0 ? "no link to it at all" : `only ${links.map((l) => `${l.status} (${l.snapshot})`).join(", ")}, no official link`;
};

export const REDUNDANT_RULE =
    "A redundant copy: an answerable agency (a department counts as its province) keeps at least one local item that COPIES a national asset (the national rule) and has no OFFICIAL connection to that asset in any snapshot of 001 Phụ lục 2 or an imported snapshot; June 2023's 'official or technical' column does not count as official. E2025 groups the 2023 agencies by their 2025 unit.";
export const MISSING_RULE =
    "A missing link: an answerable agency's inventory needs a national asset — an item copies its records (the national rule) or a field stores its identifier (reviewed identifierFields: số định danh cá nhân, mã số doanh nghiệp, mã số BHXH …) — and the agency has no OFFICIAL connection to it; the owner's own items do not count.";

const redundantCopies: QueryResolvers["redundantCopies"] = async (_p, args, ctx) => {
    const p = page(args);
    const f = await readFilters(ctx.db, args);
    const a = await duplicateAnalysis(ctx.db);
    const groups = unconnected(a, f, (n) => n.copies.length > 0);
    const rows = slicePage(groups, p).map((g) => {
        const items = copiedItems(a, g.needs);
        return {
            agency: { ...g.unit, kind: g.unit.kind as AgencyKind }, nationalAssetId: g.assetId, nationalAssetName: assetName(a, g.assetId), items, links: linksOf(g.needs), parts: partsOf(f.era, g),
            reason: `${g.unit.name} keeps ${items.length} local item(s) copying ${assetName(a, g.assetId)} (${items.map((i) => `"${i.itemName}"`).join(", ")}) and has ${linkWords(g.needs)}: it should connect instead of copying`,
        };
    });
    return { rule: REDUNDANT_RULE, total: groups.length, copies: rows };
};

const missingLinks: QueryResolvers["missingLinks"] = async (_p, args, ctx) => {
    const p = page(args);
    const f = await readFilters(ctx.db, args);
    const a = await duplicateAnalysis(ctx.db);
    const groups = unconnected(a, f, () => true);
    const rows = slicePage(groups, p).map((g) => {
        const copies = copiedItems(a, g.needs);
        const identifiers = g.needs.flatMap((n) => n.identifiers.map((i) => ({ ...i, itemName: a.items.get(i.itemId)!.name })));
        const why = [
            ...(copies.length ? [`${copies.length} item(s) copy its records`] : []),
            ...(identifiers.length ? [`${identifiers.length} field(s) store its identifiers (${[...new Set(identifiers.map((i) => i.phrase))].join(", ")})`] : []),
        ].join(" and ");
        return {
            agency: { ...g.unit, kind: g.unit.kind as AgencyKind }, nationalAssetId: g.assetId, nationalAssetName: assetName(a, g.assetId), copies, identifiers,
            links: linksOf(g.needs), parts: partsOf(f.era, g), reason: `${g.unit.name}'s inventory needs ${assetName(a, g.assetId)}: ${why}; it has ${linkWords(g.needs)}`,
        };
    });
    return { rule: MISSING_RULE, total: groups.length, links: rows };
};

const agenciesWithoutInventory: QueryResolvers["agenciesWithoutInventory"] = async (_p, args, ctx) => {
    const p = page(args);
    requireEra2025Tier(args.era, args.tier);
    const agencies = await ctx.db.run<{ id: string; name: string; kind: AgencyKind }>("inventory/agencies-of-kinds", { kinds: TIER_KINDS[args.tier], era: ERA[args.era] });
    const a = await duplicateAnalysis(ctx.db);
    const without = agencies.filter((g) => !a.agenciesWithInventory.has(g.id)).sort(byAgencyName);
    return { checked: agencies.length, total: without.length, agencies: slicePage(without, p) };
};

export const duplicateResolvers: Resolvers = {
    Query: { duplicateCandidates, duplicateClusters, redundantCopies, missingLinks, agenciesWithoutInventory },
    DuplicateCluster: {
        members: (parent, { limit, offset }) => {
            const p = page({ limit, offset });
            const src = (parent as unknown as { [MEMBERS]?: MemberSource })[MEMBERS];
            if (!src) return slicePage(parent.members, p);
            const { cluster: c, era } = src;
            return slicePage(src.items, p).map((i) => ({
                itemId: i.id, itemName: i.name, sourceType: i.sourceType as LocalSourceType, agency: agencyOf(i),
                accountable: { ...unitOf(i, era), kind: unitOf(i, era).kind as AgencyKind },
                score: c.basis === "LOCAL" ? crossAgencyScore(c.scores[i.id] ?? LOCAL_SIMILARITY) : (c.scores[i.id] ?? 0), source: sourceOf(i),
            }));
        },
    },
};
