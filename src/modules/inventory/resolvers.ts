// The inventories and duplicates domain's resolvers: the duplicate questions over imported inventories
// and Điện Biên's datasets, and (ingest) the inventory import mutation.
import type { Resolvers } from "../../__generated__/resolvers-types.js";
import { duplicateResolvers } from "./duplicates/resolvers.js";
import { inventoryMutations } from "./ingest/mutations.js";

export const inventoryResolvers: Resolvers = { ...duplicateResolvers, ...inventoryMutations };
