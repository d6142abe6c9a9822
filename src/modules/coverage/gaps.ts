// coverageGaps: the agencies of a tier lacking a link to an asset, by required status and snapshot;
// each gap shows the weaker links it does have. One named query (a page of gaps read in Cypher); the
// 2025 map rolls the 2023 facts up into units. The gaps' Phụ lục 4 totals come from one batched query.
import DataLoader from "dataloader";
import { badUserInput } from "../../kernel/errors.js";
import { page } from "../../kernel/paging.js";
import { resolveRef } from "../../kernel/names.js";
import { TIER_KINDS, requireEra2025Tier } from "../../kernel/tier.js";
import { eraOn, latestSnapshotOn, readTime } from "../../kernel/time.js";
import type { Context } from "../../kernel/context.js";
import type { AgencyKind, ConnectionStatus, QueryResolvers, Snapshot } from "../../__generated__/resolvers-types.js";

type Gap = { id: string; name: string; kind: AgencyKind; has: never[] };
type Unit = { id: string; name: string; kind: AgencyKind; coverage: "FULL" | "PARTIAL" | "NONE"; parts: (Omit<Gap, "kind"> & { ok: boolean })[] };

const JUNE_2023_OFFICIAL = "the June 2023 column of 001 Phụ lục 2 lists official and technical connections together, so an official link cannot be required for JUNE_2023; use snapshot Y2022 for official links or status ANY";

export const coverageGaps: QueryResolvers["coverageGaps"] = async (_p, args, ctx) => {
    const { asset, tier, status, snapshot, limit, offset } = args;
    const p = page({ limit, offset });
    const target = await resolveRef(ctx.db, "Asset", asset, "asset", null, ctx.refCache);
    const time = await readTime(ctx.db, args);
    if (time.asOf && snapshot) throw badUserInput("give either snapshot or asOf: asOf picks, per agency, the snapshot valid on that day", "asOf");
    if (status === "OFFICIAL" && snapshot === "JUNE_2023") throw badUserInput(JUNE_2023_OFFICIAL, "status");
    if (status === "OFFICIAL" && time.asOf && (await latestSnapshotOn(ctx.db, time.asOf)) === "JUNE_2023") {
        throw badUserInput(`on ${time.asOf} the latest snapshot is 001's June 2023 column: ${JUNE_2023_OFFICIAL}`, "status");
    }
    const era = await eraOn(ctx.db, time.asOf, tier, args.era);
    requireEra2025Tier(era, tier);
    const snapshots: Snapshot[] = snapshot ? [snapshot] : ["Y2022", "JUNE_2023", "Y2023", "Y2024", "Y2025"];
    const statuses: ConnectionStatus[] = status === "OFFICIAL" ? ["OFFICIAL"] : ["OFFICIAL", "OFFICIAL_OR_TECHNICAL", "TECHNICAL"];
    const params = { assetId: target.id, kinds: TIER_KINDS[tier], snapshots, statuses, ...time };
    const head = { asOf: time.asOf, era, assetId: target.id, assetName: target.name };
    if (era === "E2025") {
        const [row] = await ctx.db.run<{ checked: number; units: Unit[] }>("coverage/coverage-gaps-2025", params);
        const units = row?.units ?? [];
        const coverages = ["FULL", "PARTIAL", "NONE"] as const;
        return {
            ...head, checked: row?.checked ?? 0, total: 0, gaps: [],
            rolledUp: units.filter((u) => u.coverage !== "FULL"),
            coverageCounts: coverages.map((coverage) => ({ coverage, count: units.filter((u) => u.coverage === coverage).length })),
        };
    }
    const [row] = await ctx.db.run<{ checked: number; total: number; gaps: Gap[] }>("coverage/coverage-gaps", { ...params, offset: p.offset, end: p.limit === null ? 2 ** 31 - 1 : p.offset + p.limit });
    return { ...head, checked: row?.checked ?? 0, total: row?.total ?? 0, gaps: row?.gaps ?? [], rolledUp: [], coverageCounts: [] };
};

/** Phụ lục 4's NDXP transactions of each gap's agency: one query per request, however many gaps. */
export const ndxpTransactions = (ctx: Context, agencyId: string): Promise<number | null> =>
    ctx.loaders
        .get("coverage/ndxp-transactions", (db) =>
            new DataLoader<string, number | null>(async (keys) => {
                const rows = await db.run<{ key: string; transactions: number | null }>("agency/transactions-by-agency", { keys: [...keys] });
                const byKey = new Map(rows.map((r) => [r.key, r.transactions]));
                return keys.map((k) => byKey.get(k) ?? null);
            }),
        )
        .load(agencyId);
