// All custom resolvers, one object per module, merged type by type into the one map @neo4j/graphql
// takes (it looks up @customResolver fields by type name, so an array of maps would hide them).
import type { Resolvers } from "./__generated__/resolvers-types.js";
import { questionResolvers } from "./modules/questions.js";
import { editorialResolvers } from "./modules/editorial.js";
import { pathResolvers } from "./modules/paths/resolvers.js";
import { duplicateResolvers } from "./modules/duplicates/resolvers.js";
import { inventoryResolvers } from "./modules/inventory/resolvers.js";
import { usageResolvers } from "./modules/usage/resolvers.js";

const modules: Resolvers[] = [questionResolvers, editorialResolvers, pathResolvers, duplicateResolvers, inventoryResolvers, usageResolvers];

export const resolvers: Resolvers = modules.reduce<Record<string, Record<string, unknown>>>((merged, m) => {
    for (const [type, fields] of Object.entries(m)) merged[type] = { ...(merged[type] ?? {}), ...(fields as Record<string, unknown>) };
    return merged;
}, {}) as Resolvers;
