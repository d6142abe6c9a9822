// The inventories and duplicates domain's resolvers: the duplicate questions over imported inventories
// and Điện Biên's datasets, the missing-database questions built on them, and (ingest) the inventory and
// reference-catalogue import mutations.
import type { Resolvers } from "../../__generated__/resolvers-types.js";
import { duplicateResolvers } from "./duplicates/resolvers.js";
import { inventoryMutations } from "./ingest/mutations.js";
import { missingResolvers } from "./missing/resolvers.js";

export const inventoryResolvers: Resolvers = {
    ...duplicateResolvers,
    ...missingResolvers,
    Query: { ...duplicateResolvers.Query, ...missingResolvers.Query },
    ...inventoryMutations,
};
