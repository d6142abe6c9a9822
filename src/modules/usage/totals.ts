// usageTotals: 001 Phụ lục 4's NDXP transactions per agency of a tier, highest first; on the 2025 map
// each unit adds up its parts.
import { loadUnits } from "../../kernel/rollup.js";
import { TIER_KINDS } from "../../kernel/tier.js";
import type { QueryResolvers } from "../../__generated__/resolvers-types.js";

export const usageTotals: QueryResolvers["usageTotals"] = async (_p, { tier, era }, ctx) => {
    const kinds = TIER_KINDS[tier];
    const rows = await ctx.db.run<{ id: string; name: string; transactions: number | null }>("usage/usage-totals", { kinds });
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
