// snapshotDiff: connections added, dropped, upgraded or downgraded between two snapshots for a tier;
// on the 2025 map a unit is linked in a snapshot when any of its 2023 parts was.
import { agencySortKey } from "../../../lib/collation.js";
import { badUserInput } from "../../kernel/errors.js";
import { loadUnits } from "../../kernel/rollup.js";
import { TIER_KINDS, requireEra2025Tier, type Tier } from "../../kernel/tier.js";
import { eraOn, readTime } from "../../kernel/time.js";
import type { Era } from "../../kernel/era.js";
import type { Db } from "../../db/run.js";
import type { ChangeKind, ConnectionStatus, QueryResolvers } from "../../__generated__/resolvers-types.js";

const STATUS_RANK: Record<ConnectionStatus, number | null> = { OFFICIAL: 2, TECHNICAL: 1, OFFICIAL_OR_TECHNICAL: null };

const byAgencyName = (a: { name: string }, b: { name: string }): number => { const x = agencySortKey(a.name), y = agencySortKey(b.name); return x < y ? -1 : x > y ? 1 : 0; };

type Row = { agencyId: string; agencyName: string; assetId: string; assetName: string; fromStatus: ConnectionStatus | null; toStatus: ConnectionStatus | null };
const KINDS: ChangeKind[] = ["ADDED", "DROPPED", "UPGRADED", "DOWNGRADED", "CONTINUED"];

/** Pairs' statuses before and after → changes with counts; on the 2025 map, per unit (any part linked, the best part's status). */
async function changesOf(rows: Row[], tier: Tier, era: Era, includeContinued: boolean, db: Db) {
    let changes = rows.map((r) => ({ ...r, fromParts: [] as string[], toParts: [] as string[], change: classify(r.fromStatus, r.toStatus) }));
    if (era === "E2025") {
        // A 2025 unit is linked in a snapshot when any of its parts is; statuses are the best part's.
        const units = await loadUnits(db, TIER_KINDS[tier]);
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
    return {
        counts: KINDS.map((change) => ({ change, count: changes.filter((c) => c.change === change).length })),
        changes: includeContinued ? changes : changes.filter((c) => c.change !== "CONTINUED"),
    };
}

export const snapshotDiff: QueryResolvers["snapshotDiff"] = async (_p, { from, to, tier, includeContinued, era }, ctx) => {
    if (from === to) throw badUserInput("from and to must be different snapshots", "to");
    const rows = await ctx.db.run<Row>("coverage/snapshot-diff", { from, to, kinds: TIER_KINDS[tier] });
    return { from, to, ...(await changesOf(rows, tier, era, includeContinued, ctx.db)) };
};

/** snapshotDiff for any two days: each pair's link valid on `from` against the one valid on `to`. */
export const changesBetween: QueryResolvers["changesBetween"] = async (_p, args, ctx) => {
    const { tier, includeContinued } = args;
    const [start, end] = await Promise.all([readTime(ctx.db, { asOf: args.from, knownAt: args.knownAt }), readTime(ctx.db, { asOf: args.to })]);
    const from = start.asOf!;
    const to = end.asOf!;
    if (from >= to) throw badUserInput(`to (${to}) must be after from (${from})`, "to");
    // Rows of units on the map in force on the later day, unless an era is asked for.
    const era = await eraOn(ctx.db, to, tier, args.era);
    requireEra2025Tier(era, tier);
    const rows = await ctx.db.run<Row>("coverage/changes-between", { from, to, kinds: TIER_KINDS[tier], knownAt: start.knownAt });
    return { from, to, era, ...(await changesOf(rows, tier, era, includeContinued, ctx.db)) };
};

export function classify(from: ConnectionStatus | null, to: ConnectionStatus | null): ChangeKind {
    if (!from) return "ADDED";
    if (!to) return "DROPPED";
    const [a, b] = [STATUS_RANK[from], STATUS_RANK[to]];
    if (a === null || b === null || a === b) return "CONTINUED";
    return b > a ? "UPGRADED" : "DOWNGRADED";
}
