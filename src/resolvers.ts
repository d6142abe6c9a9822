// All custom resolvers, one object per module, merged by @neo4j/graphql.
import type { Resolvers } from "./__generated__/resolvers-types.js";
import { questionResolvers } from "./modules/questions.js";
import { editorialResolvers } from "./modules/editorial.js";
import { usageResolvers } from "./modules/usage/resolvers.js";

export const resolvers: Resolvers[] = [questionResolvers, editorialResolvers, usageResolvers];
