// Resolvers for the dependency questions: validate, run one named query, shape. Each question is a
// single Cypher round trip whatever the size of its answer, so no field resolves per parent.
import { badUserInput } from "../errors.js";
import type {
    AgencyKind,
    CellState,
    ConnectedAgency,
    Coverage,
    MatrixColumn,
    MatrixRow,
    ChangeKind,
    ConnectionStatus,
    QueryResolvers,
    Resolvers,
    ServiceSummary,
    SearchType,
    Snapshot,
    Tier,
} from "../__generated__/resolvers-types.js";
import { luceneQuery, rerank, resolveRef } from "./refs.js";
import { windowAskedFor, type Window } from "./field-window.js";
import { countCoverage, coverageOf, loadUnits } from "./rollup.js";
import { agencySortKey } from "../../lib/collation.js";
import { page, slicePage } from "../kernel/paging.js";

export const TIER_KINDS: Record<Tier, AgencyKind[]> = {
    MINISTRY: ["MINISTRY"],
    MINISTRY_OR_AGENCY: ["MINISTRY", "GOVERNMENT_AGENCY"],
    PROVINCE: ["PROVINCE"],
    DEPARTMENT: ["DEPARTMENT"],
    DISTRICT: ["DISTRICT"],
    COMMUNE: ["COMMUNE"],
    ENTERPRISE: ["ENTERPRISE"],
};
const STATUS_RANK: Record<ConnectionStatus, number | null> = { OFFICIAL: 2, TECHNICAL: 1, OFFICIAL_OR_TECHNICAL: null };

const byAgencyName = (a: { name: string }, b: { name: string }): number => { const x = agencySortKey(a.name), y = agencySortKey(b.name); return x < y ? -1 : x > y ? 1 : 0; };

export const ERA = { E2023: 2023, E2025: 2025 } as const;

/** The 2025 map (Agency2025) has provinces and ministries/agencies only; other tiers are refused for E2025. */
export function requireEra2025Tier(era: keyof typeof ERA, tier: Tier): void {
    if (era === "E2025" && !["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"].includes(tier)) {
        throw badUserInput("the 2025 map covers provinces and ministries/agencies only", "tier");
    }
}

type Gap = { id: string; name: string; kind: AgencyKind; has: never[] };
type Unit = { id: string; name: string; kind: AgencyKind; coverage: "FULL" | "PARTIAL" | "NONE"; parts: (Omit<Gap, "kind"> & { ok: boolean })[] };

const coverageGaps: QueryResolvers["coverageGaps"] = async (_p, { asset, tier, status, snapshot, era, limit, offset }, ctx) => {
    const p = page({ limit, offset });
    const target = await resolveRef(ctx.db, "Asset", asset, "asset", null, ctx.refCache);
    if (status === "OFFICIAL" && snapshot === "JUNE_2023") {
        throw badUserInput(
            "the June 2023 column of 001 Phụ lục 2 lists official and technical connections together, so an official link cannot be required for JUNE_2023; use snapshot Y2022 for official links or status ANY",
            "status",
        );
    }
    requireEra2025Tier(era, tier);
    const snapshots: Snapshot[] = snapshot ? [snapshot] : ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"];
    const statuses: ConnectionStatus[] = status === "OFFICIAL" ? ["OFFICIAL"] : ["OFFICIAL", "OFFICIAL_OR_TECHNICAL", "TECHNICAL"];
    const params = { assetId: target.id, kinds: TIER_KINDS[tier], snapshots, statuses };
    if (era === "E2025") {
        const [row] = await ctx.db.run<{ checked: number; units: Unit[] }>("questions/coverage-gaps-2025", params);
        const units = row?.units ?? [];
        const coverages = ["FULL", "PARTIAL", "NONE"] as const;
        return {
            assetId: target.id, assetName: target.name, checked: row?.checked ?? 0, total: 0, gaps: [],
            rolledUp: units.filter((u) => u.coverage !== "FULL"),
            coverageCounts: coverages.map((coverage) => ({ coverage, count: units.filter((u) => u.coverage === coverage).length })),
        };
    }
    const [row] = await ctx.db.run<{ checked: number; total: number; gaps: Gap[] }>("questions/coverage-gaps", { ...params, offset: p.offset, end: p.limit === null ? 2 ** 31 - 1 : p.offset + p.limit });
    return { assetId: target.id, assetName: target.name, checked: row?.checked ?? 0, total: row?.total ?? 0, gaps: row?.gaps ?? [], rolledUp: [], coverageCounts: [] };
};

const assetImpact: QueryResolvers["assetImpact"] = async (_p, { asset, depth }, ctx, info) => {
    if (depth < 1 || depth > 5) throw badUserInput("depth must be between 1 and 5", "depth");
    const target = await resolveRef(ctx.db, "Asset", asset, "asset", null, ctx.refCache);
    // The page of agencies the query asks for is read in Cypher (a national asset has ~1,900); a
    // query asking for several pages gets them all and each is sliced (AssetImpact.connectedAgencies).
    const asked = windowAskedFor(info, "AssetImpact", "connectedAgencies");
    const window: Window = asked === "all" ? { offset: 0, limit: null } : asked === "none" || !validAgencyWindow(asked) ? { offset: 0, limit: 0 } : asked;
    const [row] = await ctx.db.run<{ id: string; name: string; services: ServiceSummary[]; agencyCount: number; agencies: ConnectedAgency[]; dependents: never[] }>("questions/asset-impact", {
        assetId: target.id,
        depth,
        agencyOffset: window.offset,
        agencyLimit: window.limit,
    });
    // Services busiest first and agencies in Vietnamese order come sorted from Cypher.
    const services = row?.services ?? [];
    return {
        id: target.id,
        name: target.name,
        services,
        totalTransactions: services.reduce((n, s) => n + s.transactions, 0),
        connectedAgencies: { window, items: row?.agencies ?? [] },
        connectedAgencyCount: row?.agencyCount ?? 0,
        dependents: row?.dependents ?? [],
    };
};

/** Whether a window passes the paging rule (a bad one is refused by AssetImpact.connectedAgencies). */
const validAgencyWindow = (w: Window): boolean => {
    try {
        page(w);
        return true;
    } catch {
        return false;
    }
};

const agencyDependencies: QueryResolvers["agencyDependencies"] = async (_p, { agency, era }, ctx) => {
    const target = await resolveRef(ctx.db, "Agency", agency, "agency", ERA[era], ctx.refCache);
    const [row] = await ctx.db.run<{ id: string; name: string; assets: { number: number | null; name: string; services: ServiceSummary[] }[]; directServices: ServiceSummary[] }>("questions/agency-dependencies", { agencyId: target.id });
    return {
        id: target.id,
        name: target.name,
        // Phụ lục 1 order (1, 2, 3 … 23), then unnumbered assets by name; services busiest first (Cypher).
        assets: (row?.assets ?? []) as never,
        directServices: (row?.directServices ?? []).filter((s) => s.id !== null),
    };
};

const snapshotDiff: QueryResolvers["snapshotDiff"] = async (_p, { from, to, tier, includeContinued, era }, ctx) => {
    if (from === to) throw badUserInput("from and to must be different snapshots", "to");
    type Row = { agencyId: string; agencyName: string; assetId: string; assetName: string; fromStatus: ConnectionStatus | null; toStatus: ConnectionStatus | null };
    const rows = await ctx.db.run<Row>("questions/snapshot-diff", { from, to, kinds: TIER_KINDS[tier] });
    let changes = rows.map((r) => ({ ...r, fromParts: [] as string[], toParts: [] as string[], change: classify(r.fromStatus, r.toStatus) }));
    if (era === "E2025") {
        // A 2025 unit is linked in a snapshot when any of its parts is; statuses are the best part's.
        const units = await loadUnits(ctx.db, TIER_KINDS[tier]);
        const unitOf = new Map(units.flatMap((u) => u.parts.map((p) => [p.id, u] as const)));
        const grouped = new Map<string, typeof changes>();
        for (const c of changes) {
            const u = unitOf.get(c.agencyId);
            if (!u) continue;
            const key = `${u.id}|${c.assetId}`;
            grouped.set(key, [...(grouped.get(key) ?? []), c]);
        }
        changes = [...grouped.entries()].map(([key, cs]) => {
            const u = unitOf.get(cs[0]!.agencyId)!;
            const best = (pick: (c: Row) => ConnectionStatus | null) => cs.map(pick).find((x) => x === "OFFICIAL") ?? cs.map(pick).find((x) => x !== null) ?? null;
            const fromStatus = best((c) => c.fromStatus);
            const toStatus = best((c) => c.toStatus);
            return {
                agencyId: u.id, agencyName: u.name, assetId: key.split("|")[1]!, assetName: cs[0]!.assetName, fromStatus, toStatus,
                fromParts: cs.filter((c) => c.fromStatus).map((c) => c.agencyName), toParts: cs.filter((c) => c.toStatus).map((c) => c.agencyName),
                change: classify(fromStatus, toStatus),
            };
        });
        changes.sort((a, b) => byAgencyName({ name: a.agencyName }, { name: b.agencyName }));
    }
    const kinds: ChangeKind[] = ["ADDED", "DROPPED", "UPGRADED", "DOWNGRADED", "CONTINUED"];
    return {
        from,
        to,
        counts: kinds.map((change) => ({ change, count: changes.filter((c) => c.change === change).length })),
        changes: includeContinued ? changes : changes.filter((c) => c.change !== "CONTINUED"),
    };
};

export function classify(from: ConnectionStatus | null, to: ConnectionStatus | null): ChangeKind {
    if (!from) return "ADDED";
    if (!to) return "DROPPED";
    const [a, b] = [STATUS_RANK[from], STATUS_RANK[to]];
    if (a === null || b === null || a === b) return "CONTINUED";
    return b > a ? "UPGRADED" : "DOWNGRADED";
}

const missingPieces: QueryResolvers["missingPieces"] = async (_p, { tiers, era }, ctx) => {
    if (tiers.length === 0) throw badUserInput("tiers must name at least one tier", "tiers");
    const kinds = [...new Set(tiers.flatMap((t) => TIER_KINDS[t]))];
    type Ref = { id: string; name: string; kind: string };
    const [row] = await ctx.db.run<{ withoutCatalogue: Ref[]; withoutOpenDataPlan: Ref[]; databasesWithoutStandard: Ref[] }>("questions/missing-pieces", { kinds });
    const plain = (refs: Ref[] = []) => refs.map((r) => ({ ...r, coverage: null, missingParts: [] }));
    if (era === "E2023") {
        return { withoutCatalogue: plain(row?.withoutCatalogue), withoutOpenDataPlan: plain(row?.withoutOpenDataPlan), databasesWithoutStandard: plain(row?.databasesWithoutStandard) };
    }
    const units = await loadUnits(ctx.db, kinds);
    const rollUp = (missing: Ref[] = []) => {
        const lacking = new Set(missing.map((m) => m.id));
        return units
            .map((u) => ({ id: u.id, name: u.name, kind: u.kind, coverage: coverageOf(u.parts, (id) => !lacking.has(id)), missingParts: u.parts.filter((p) => lacking.has(p.id)).map((p) => p.name) }))
            .filter((u) => u.coverage !== "FULL");
    };
    return { withoutCatalogue: rollUp(row?.withoutCatalogue), withoutOpenDataPlan: rollUp(row?.withoutOpenDataPlan), databasesWithoutStandard: plain(row?.databasesWithoutStandard) };
};

const usageTotals: QueryResolvers["usageTotals"] = async (_p, { tier, era }, ctx) => {
    const kinds = TIER_KINDS[tier];
    const rows = await ctx.db.run<{ id: string; name: string; transactions: number | null }>("questions/usage-totals", { kinds });
    if (era === "E2023") return rows.map((r) => ({ ...r, parts: [] }));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return (await loadUnits(ctx.db, kinds))
        .map((u) => {
            const parts = u.parts.map((p) => ({ id: p.id, name: p.name, transactions: byId.get(p.id)?.transactions ?? null }));
            const listed = parts.filter((p) => p.transactions !== null);
            return { id: u.id, name: u.name, transactions: listed.length ? listed.reduce((n, p) => n + p.transactions!, 0) : null, parts };
        })
        .sort((a, b) => (b.transactions ?? -1) - (a.transactions ?? -1));
};

const targetProgress: QueryResolvers["targetProgress"] = async (_p, { era }, ctx) => {
    const rows = await ctx.db.run<{
        id: string; number: number; text: string; targetPercent: number;
        lists: { id: string; title: string; statedCount: number | null; statedPercent: number | null; listedCount: number; section: string; documentId: string }[];
        listedAgencies: string[]; universe: number;
    }>("questions/target-progress");
    const units = era === "E2025" ? await loadUnits(ctx.db, ["PROVINCE", "MINISTRY", "GOVERNMENT_AGENCY"]) : [];
    return rows.map((r) => {
        const listed = new Set(r.listedAgencies);
        const evidence = r.lists.map((l) => ({ ...l, disagrees: l.statedCount !== null && l.listedCount > 0 && l.statedCount !== l.listedCount }));
        const reported = evidence.map((e) => e.statedPercent).filter((p): p is number => p !== null);
        return {
            id: r.id, number: r.number, text: r.text, targetPercent: r.targetPercent, evidence,
            listedAgencies: r.listedAgencies.length,
            computedPercent: r.listedAgencies.length ? Math.round((1000 * r.listedAgencies.length) / r.universe) / 10 : null,
            reportedPercent: reported.length ? Math.max(...reported) : null,
            unitsByCoverage: era === "E2025" ? countCoverage(units.map((u) => coverageOf(u.parts, (id) => listed.has(id)))) : [],
        };
    });
};

const SEARCH_LABELS: Record<SearchType, string> = { AGENCY: "Agency", ASSET: "Asset", SERVICE: "Service", DATASET: "Dataset", STANDARD: "Standard", TARGET: "Target" };

const search: QueryResolvers["search"] = async (_p, { text, types, era, limit }, ctx) => {
    const t = text.normalize("NFC").trim();
    if (t === "") throw badUserInput("text must not be empty", "text");
    if (t.length > 200) throw badUserInput("text is longer than 200 characters", "text");
    page({ limit });
    // One row: the hits as one JSON list (cypher/lookup/search.cypher).
    const [hits = []] = await ctx.db.run<{ id: string; label: string; name: string; era: number | null; becameNames: string[]; cameFromNames: string[]; score: number }[]>(
        "lookup/search",
        { query: luceneQuery(t), limit: limit * 3, labels: types?.length ? types.map((x) => SEARCH_LABELS[x]) : null, era: era ? ERA[era] : null },
    );
    return rerank(t, hits).slice(0, limit).map((h) => ({ id: h.id, type: h.label, name: h.name, score: h.score, era: h.era, becameNames: h.becameNames, cameFromNames: h.cameFromNames }));
};

const connectionMatrix: QueryResolvers["connectionMatrix"] = async (_p, { tier, assets, era, limit, offset }, ctx) => {
    if (assets && assets.length > 50) throw badUserInput("at most 50 assets per matrix", "assets");
    const p = page({ limit, offset });
    requireEra2025Tier(era, tier);
    const assetIds = assets ? await Promise.all(assets.map(async (a) => (await resolveRef(ctx.db, "Asset", a, "assets", null, ctx.refCache)).id)) : [];
    // The columns and their totals over every row of the tier: kept per graph version when the API
    // has a memo (src/cache/version-memo.ts), so a page reads only its own rows.
    const kinds = TIER_KINDS[tier];
    const readColumns = async () => (await ctx.db.run<MatrixColumn[]>("questions/connection-matrix-columns", { kinds, assetIds }))[0] ?? [];
    const columns = ctx.matrixColumns ? await ctx.matrixColumns.get(JSON.stringify([kinds, assetIds]), readColumns) : await readColumns();
    // The 2023 map pages in Cypher; the 2025 map rolls the 2023 rows up into units first, so it needs them all.
    const pagedInCypher = era !== "E2025";
    const [grid] = await ctx.db.run<{ totalRows: number; rows: MatrixFacts[] }>("questions/connection-matrix", {
        kinds,
        assetIds,
        offset: pagedInCypher ? p.offset : 0,
        limit: pagedInCypher ? p.limit : null,
    });
    const columnIds = columns.map((c) => c.id);
    const matrixRows = (grid?.rows ?? []).map((r) => matrixRow(r, columnIds));
    if (pagedInCypher) return { assets: columns, totalRows: grid?.totalRows ?? 0, rows: matrixRows };
    const finalRows = rollUpMatrix(matrixRows, await loadUnits(ctx.db, kinds), columnIds);
    return {
        assets: columns.map((c, i) => ({
            ...c,
            total2022: finalRows.filter((r) => r.cells[i]!.y2022).length,
            totalJune2023: finalRows.filter((r) => r.cells[i]!.june2023).length,
        })),
        totalRows: finalRows.length,
        // Paged after the totals, which count every unit.
        rows: slicePage(finalRows, p),
    };
};

type MatrixFacts = { id: string; name: string; facts: [assetId: string, snapshot: "Y2022" | "JUNE_2023", status: ConnectionStatus][] };

const cellState = (y2022: unknown, june2023: unknown): CellState => (y2022 && june2023 ? "BOTH" : y2022 ? "OFFICIAL_2022_ONLY" : june2023 ? "JUNE_2023_ONLY" : "NONE");

/**
 * A 2023 row from its sparse facts. The states and totals are computed at once; the cells (an object
 * per column: 4,480 for a national page of 20 rows) only when read, once — a grid asking for `states`
 * does not pay for them.
 */
function matrixRow(r: MatrixFacts, columnIds: string[]): MatrixRow {
    const byAsset = new Map<string, [y2022: ConnectionStatus | null, june2023: ConnectionStatus | null]>();
    for (const [assetId, snapshot, status] of r.facts) {
        const pair = byAsset.get(assetId) ?? [null, null];
        pair[snapshot === "Y2022" ? 0 : 1] = status;
        byAsset.set(assetId, pair);
    }
    const states = columnIds.map((id) => {
        const pair = byAsset.get(id);
        return pair ? cellState(pair[0], pair[1]) : "NONE";
    });
    let cells: MatrixRow["cells"] | undefined;
    return {
        id: r.id,
        name: r.name,
        parts: [],
        states,
        total2022: columnIds.filter((id) => byAsset.get(id)?.[0]).length,
        totalJune2023: columnIds.filter((id) => byAsset.get(id)?.[1]).length,
        get cells() {
            cells ??= columnIds.map((assetId, i) => {
                const [y2022 = null, june2023 = null] = byAsset.get(assetId) ?? [];
                return { assetId, y2022, june2023, state: states[i]! };
            });
            return cells;
        },
    };
}

/** Rows of 2025 units: a snapshot's status is the best of the parts', with how many parts had it. */
function rollUpMatrix(rows: MatrixRow[], units: Awaited<ReturnType<typeof loadUnits>>, columnIds: string[]): MatrixRow[] {
    const byId = new Map(rows.map((r) => [r.id, r]));
    return units.map((u) => {
        const parts = u.parts.map((p) => byId.get(p.id)).filter((r): r is MatrixRow => !!r);
        // Cells follow the columns, not a part's row: a unit none of whose parts is a row still has every column.
        const cells = columnIds.map((assetId, i) => {
            const partCells = parts.map((p) => p.cells[i]!);
            const y2022 = partCells.find((c) => c.y2022)?.y2022 ?? null;
            const june2023 = partCells.find((c) => c.june2023)?.june2023 ?? null;
            const state = cellState(y2022, june2023);
            const cov = (pick: (c: (typeof partCells)[number]) => unknown): Coverage => {
                const n = partCells.filter(pick).length;
                return n > 0 && n === partCells.length ? "FULL" : n > 0 ? "PARTIAL" : "NONE"; // no part among the rows is NONE, not FULL
            };
            return { assetId, y2022, june2023, state, y2022Coverage: cov((c) => c.y2022), june2023Coverage: cov((c) => c.june2023) };
        });
        return { id: u.id, name: u.name, parts: u.parts.map((p) => p.name), cells, states: cells.map((c) => c.state), total2022: cells.filter((c) => c.y2022).length, totalJune2023: cells.filter((c) => c.june2023).length };
    });
}

export const questionResolvers: Resolvers = {
    Query: {
        coverageGaps, assetImpact, agencyDependencies, snapshotDiff, missingPieces, targetProgress, search, connectionMatrix, usageTotals,
    },
    // One batched query per request however many gaps there are (DataLoader).
    CoverageGap: { ndxpTransactions: (gap, _a, ctx) => ctx.loaders.ndxpTransactions.load(gap.id) },
    // The root resolver fetched the page asked for (or every agency, when several pages are asked for).
    AssetImpact: {
        connectedAgencies: ({ connectedAgencies: { window, items } }, { limit, offset }) => {
            const p = page({ limit, offset });
            if (window.offset === p.offset && window.limit === p.limit) return items;
            return slicePage(items, { offset: p.offset - window.offset, limit: p.limit });
        },
    },
    // @customResolver(requires: "id"): one batched query per request for every agency in the answer.
    Agency: { connectionCounts: (agency, _a, ctx) => ctx.loaders.connectionCounts.load(agency.id) },
};
