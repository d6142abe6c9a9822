// Resolvers for the dependency questions: validate, run one named query, shape. Each question is a
// single Cypher round trip whatever the size of its answer, so no field resolves per parent.
import { badUserInput } from "../errors.js";
import type {
    AgencyKind,
    ChangeKind,
    ConnectionStatus,
    QueryResolvers,
    Resolvers,
    ServiceSummary,
    Snapshot,
    Tier,
} from "../__generated__/resolvers-types.js";
import { luceneQuery, rerank, resolveRef } from "./refs.js";

const TIER_KINDS: Record<Tier, AgencyKind[]> = {
    MINISTRY: ["MINISTRY"],
    MINISTRY_OR_AGENCY: ["MINISTRY", "GOVERNMENT_AGENCY"],
    PROVINCE: ["PROVINCE"],
    DEPARTMENT: ["DEPARTMENT"],
    ENTERPRISE: ["ENTERPRISE"],
};
const STATUS_RANK: Record<ConnectionStatus, number | null> = { OFFICIAL: 2, OFFICIAL_OR_TECHNICAL: null };

const byBusiest = (a: ServiceSummary, b: ServiceSummary): number => b.transactions - a.transactions;

const coverageGaps: QueryResolvers["coverageGaps"] = async (_p, { asset, tier, status, snapshot }, ctx) => {
    const target = await resolveRef(ctx.db, "Asset", asset, "asset");
    if (status === "OFFICIAL" && snapshot === "JUNE_2023") {
        throw badUserInput(
            "the June 2023 column of 001 Phụ lục 2 lists official and technical connections together, so an official link cannot be required for JUNE_2023; use snapshot Y2022 for official links or status ANY",
            "status",
        );
    }
    const snapshots: Snapshot[] = snapshot ? [snapshot] : ["Y2022", "JUNE_2023"];
    const statuses: ConnectionStatus[] = status === "OFFICIAL" ? ["OFFICIAL"] : ["OFFICIAL", "OFFICIAL_OR_TECHNICAL"];
    const kinds = TIER_KINDS[tier];
    const gaps = await ctx.db.run<{ id: string; name: string; kind: AgencyKind; has: never[] }>("questions/coverage-gaps", { assetId: target.id, kinds, snapshots, statuses });
    const checked = (await ctx.db.run<{ id: string }>("questions/coverage-gaps", { assetId: target.id, kinds, snapshots: [], statuses: [] })).length;
    return { assetId: target.id, assetName: target.name, checked, gaps };
};

const assetImpact: QueryResolvers["assetImpact"] = async (_p, { asset, depth }, ctx) => {
    if (depth < 1 || depth > 5) throw badUserInput("depth must be between 1 and 5", "depth");
    const target = await resolveRef(ctx.db, "Asset", asset, "asset");
    const [row] = await ctx.db.run<{ id: string; name: string; services: ServiceSummary[]; agencies: never[]; dependents: never[] }>("questions/asset-impact", { assetId: target.id, depth });
    const services = [...(row?.services ?? [])].sort(byBusiest);
    return {
        id: target.id,
        name: target.name,
        services,
        totalTransactions: services.reduce((n, s) => n + s.transactions, 0),
        connectedAgencies: row?.agencies ?? [],
        dependents: row?.dependents ?? [],
    };
};

const agencyDependencies: QueryResolvers["agencyDependencies"] = async (_p, { agency }, ctx) => {
    const target = await resolveRef(ctx.db, "Agency", agency, "agency");
    const [row] = await ctx.db.run<{ id: string; name: string; assets: { services: ServiceSummary[] }[]; directServices: ServiceSummary[] }>("questions/agency-dependencies", { agencyId: target.id });
    return {
        id: target.id,
        name: target.name,
        assets: (row?.assets ?? []).map((a) => ({ ...a, services: [...a.services].sort(byBusiest) })) as never,
        directServices: (row?.directServices ?? []).filter((s) => s.id !== null),
    };
};

const snapshotDiff: QueryResolvers["snapshotDiff"] = async (_p, { from, to, tier, includeContinued }, ctx) => {
    if (from === to) throw badUserInput("from and to must be different snapshots", "to");
    const rows = await ctx.db.run<{ agencyId: string; agencyName: string; assetId: string; assetName: string; fromStatus: ConnectionStatus | null; toStatus: ConnectionStatus | null }>(
        "questions/snapshot-diff",
        { from, to, kinds: TIER_KINDS[tier] },
    );
    const changes = rows.map((r) => ({ ...r, change: classify(r.fromStatus, r.toStatus) }));
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

const missingPieces: QueryResolvers["missingPieces"] = async (_p, { tiers }, ctx) => {
    if (tiers.length === 0) throw badUserInput("tiers must name at least one tier", "tiers");
    const [row] = await ctx.db.run<{ withoutCatalogue: never[]; withoutOpenDataPlan: never[]; databasesWithoutStandard: never[] }>("questions/missing-pieces", {
        kinds: [...new Set(tiers.flatMap((t) => TIER_KINDS[t]))],
    });
    return row ?? { withoutCatalogue: [], withoutOpenDataPlan: [], databasesWithoutStandard: [] };
};

const targetProgress: QueryResolvers["targetProgress"] = async (_p, _a, ctx) => {
    const rows = await ctx.db.run<{
        id: string; number: number; text: string; targetPercent: number;
        lists: { id: string; title: string; statedCount: number | null; statedPercent: number | null; listedCount: number; section: string; documentId: string }[];
        listedAgencies: string[]; universe: number;
    }>("questions/target-progress");
    return rows.map((r) => {
        const evidence = r.lists.map((l) => ({ ...l, disagrees: l.statedCount !== null && l.listedCount > 0 && l.statedCount !== l.listedCount }));
        const reported = evidence.map((e) => e.statedPercent).filter((p): p is number => p !== null);
        return {
            id: r.id, number: r.number, text: r.text, targetPercent: r.targetPercent, evidence,
            listedAgencies: r.listedAgencies.length,
            computedPercent: r.listedAgencies.length ? Math.round((1000 * r.listedAgencies.length) / r.universe) / 10 : null,
            reportedPercent: reported.length ? Math.max(...reported) : null,
        };
    });
};

const search: QueryResolvers["search"] = async (_p, { text, limit }, ctx) => {
    const t = text.normalize("NFC").trim();
    if (t === "") throw badUserInput("text must not be empty", "text");
    if (t.length > 200) throw badUserInput("text is longer than 200 characters", "text");
    if (limit < 1 || limit > 100) throw badUserInput("limit must be between 1 and 100", "limit");
    const hits = await ctx.db.run<{ id: string; label: string; name: string; score: number }>("lookup/search", { query: luceneQuery(t), limit: limit * 3 });
    return rerank(t, hits).slice(0, limit).map((h) => ({ id: h.id, type: h.label, name: h.name, score: h.score }));
};

export const questionResolvers: Resolvers = {
    Query: { coverageGaps, assetImpact, agencyDependencies, snapshotDiff, missingPieces, targetProgress, search },
};
