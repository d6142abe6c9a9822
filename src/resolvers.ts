// Every domain's resolvers (src/modules/<domain>/resolvers.ts), merged type by type into the one map
// @neo4j/graphql takes (it looks up @customResolver fields by type name, so an array of maps would hide them).
import type { Resolvers } from "./__generated__/resolvers-types.js";
import { agencyResolvers } from "./modules/agency/resolvers.js";
import { coverageResolvers } from "./modules/coverage/resolvers.js";
import { editorialResolvers } from "./modules/editorial/resolvers.js";
import { historyResolvers } from "./modules/history/resolvers.js";
import { impactResolvers } from "./modules/impact/resolvers.js";
import { inventoryResolvers } from "./modules/inventory/resolvers.js";
import { pathResolvers } from "./modules/paths/resolvers.js";
import { targetResolvers } from "./modules/targets/resolvers.js";
import { usageResolvers } from "./modules/usage/resolvers.js";

import { DayScalar } from "./day-scalar.js";

const modules: Resolvers[] = [{ Date: DayScalar }, agencyResolvers, coverageResolvers, impactResolvers, usageResolvers, inventoryResolvers, pathResolvers, targetResolvers, editorialResolvers, historyResolvers];

export const resolvers: Resolvers = modules.reduce<Record<string, Record<string, unknown>>>((merged, m) => {
    for (const [type, fields] of Object.entries(m)) merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    return merged;
}, {}) as Resolvers;
