// All custom resolvers, one object per module, merged by @neo4j/graphql.
import type { Resolvers } from "./__generated__/resolvers-types.js";
import { questionResolvers } from "./modules/questions.js";
import { editorialResolvers } from "./modules/editorial.js";
import { duplicateResolvers } from "./modules/duplicates/resolvers.js";
import { inventoryResolvers } from "./modules/inventory/resolvers.js";

export const resolvers: Resolvers[] = [questionResolvers, editorialResolvers, duplicateResolvers, inventoryResolvers];
