// Filters and paging shared by the duplicate questions: agency (kept, answerable or 2025 unit), tier,
// national asset, era; pages sorted in Vietnamese order.
import { agencySortKey } from "../../../../lib/collation.js";
import type { AgencyKind, Era, Tier } from "../../../__generated__/resolvers-types.js";
import type { Db } from "../../../db/run.js";
import { resolveRef } from "../../../kernel/names.js";
import { ERA } from "../../../kernel/era.js";
import { TIER_KINDS } from "../../../kernel/tier.js";
import type { Item } from "./analysis.js";

export interface Filters {
    agencyId: string | null;
    kinds: AgencyKind[] | null;
    tier: Tier | null;
    assetId: string | null;
    era: Era;
}

export async function readFilters(db: Db, a: { agency?: string | null; tier?: Tier | null; nationalAsset?: string | null; era: Era }): Promise<Filters> {
    const agencyId = a.agency != null ? (await resolveRef(db, "Agency", a.agency, "agency", ERA[a.era])).id : null;
    const assetId = a.nationalAsset != null ? (await resolveRef(db, "Asset", a.nationalAsset, "nationalAsset")).id : null;
    return { agencyId, kinds: a.tier ? TIER_KINDS[a.tier] : null, tier: a.tier ?? null, assetId, era: a.era };
}

/** The agency an item counts for in an era: its answerable agency (E2023) or that agency's 2025 unit. */
export function unitOf(item: Item, era: Era): { id: string; name: string; kind: string } {
    if (era === "E2025" && item.unitId) return { id: item.unitId, name: item.unitName ?? item.unitId, kind: item.unitKind ?? item.accountableKind };
    return { id: item.accountableId, name: item.accountableName, kind: item.accountableKind };
}

export function itemMatches(item: Item, f: Filters): boolean {
    if (f.agencyId && item.agencyId !== f.agencyId && item.accountableId !== f.agencyId && item.unitId !== f.agencyId) return false;
    if (f.kinds) {
        if (f.era === "E2025") return f.kinds.includes((item.unitKind ?? item.accountableKind) as AgencyKind);
        const own = f.kinds.includes(item.agencyKind as AgencyKind);
        return own || (f.tier !== "DEPARTMENT" && f.kinds.includes(item.accountableKind as AgencyKind));
    }
    return true;
}

export const byAgencyName = (a: { name: string }, b: { name: string }): number => {
    const ka = agencySortKey(a.name);
    const kb = agencySortKey(b.name);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
};
