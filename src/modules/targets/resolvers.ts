// Targets and missing pieces: who has no catalogue or open-data plan, which national databases have
// no standard, and how far each Decision 17 target is, as reported and as computed from the graph.
import { badUserInput } from "../../kernel/errors.js";
import { countCoverage, coverageOf, loadUnits } from "../../kernel/rollup.js";
import { TIER_KINDS } from "../../kernel/tier.js";
import type { QueryResolvers, Resolvers } from "../../__generated__/resolvers-types.js";

const missingPieces: QueryResolvers["missingPieces"] = async (_p, { tiers, era }, ctx) => {
    if (tiers.length === 0) throw badUserInput("tiers must name at least one tier", "tiers");
    const kinds = [...new Set(tiers.flatMap((t) => TIER_KINDS[t]))];
    type Ref = { id: string; name: string; kind: string };
    const [row] = await ctx.db.run<{ withoutCatalogue: Ref[]; withoutOpenDataPlan: Ref[]; databasesWithoutStandard: Ref[] }>("targets/missing-pieces", { kinds });
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

const targetProgress: QueryResolvers["targetProgress"] = async (_p, { era }, ctx) => {
    const rows = await ctx.db.run<{
        id: string; number: number; text: string; targetPercent: number;
        lists: { id: string; title: string; statedCount: number | null; statedPercent: number | null; listedCount: number; section: string; documentId: string }[];
        listedAgencies: string[]; universe: number;
    }>("targets/target-progress");
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

export const targetResolvers: Resolvers = { Query: { missingPieces, targetProgress } };
