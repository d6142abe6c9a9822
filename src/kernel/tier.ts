// Tiers of agencies a question is asked for (the GraphQL enum Tier, schema/base.graphql) and the
// agency kinds each covers; the 2025 map has only some of them.
import { badUserInput } from "./errors.js";
import type { Era } from "./era.js";

export type AgencyKind = "MINISTRY" | "GOVERNMENT_AGENCY" | "PROVINCE" | "DISTRICT" | "COMMUNE" | "DEPARTMENT" | "ENTERPRISE" | "OTHER";
export type Tier = "MINISTRY" | "MINISTRY_OR_AGENCY" | "PROVINCE" | "DEPARTMENT" | "DISTRICT" | "COMMUNE" | "ENTERPRISE";

export const TIER_KINDS: Record<Tier, AgencyKind[]> = {
    MINISTRY: ["MINISTRY"],
    MINISTRY_OR_AGENCY: ["MINISTRY", "GOVERNMENT_AGENCY"],
    PROVINCE: ["PROVINCE"],
    DEPARTMENT: ["DEPARTMENT"],
    DISTRICT: ["DISTRICT"],
    COMMUNE: ["COMMUNE"],
    ENTERPRISE: ["ENTERPRISE"],
};

/** The tiers the 2025 map (Agency2025) has. */
export const ERA_2025_TIERS: readonly Tier[] = ["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"];

/** The 2025 map has provinces and ministries/agencies only; other tiers are refused for E2025. */
export function requireEra2025Tier(era: Era, tier: Tier): void {
    if (era === "E2025" && !ERA_2025_TIERS.includes(tier)) {
        throw badUserInput("the 2025 map covers provinces and ministries/agencies only", "tier");
    }
}
