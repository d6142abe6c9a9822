// Query limits (graphql-armor): depth, cost, aliases, tokens, directives, and no field suggestions.
// The numbers leave room for every example in examples/ (deepest: 7 levels) and stop the usual
// abuse documents (depth bombs, alias overloads, token floods).
import { ApolloArmor } from "@escape.tech/graphql-armor";

export const LIMITS = {
    maxDepth: 10,
    maxAliases: 15,
    maxDirectives: 10,
    maxTokens: 2000,
    maxCost: 5000,
} as const;

export function armor() {
    return new ApolloArmor({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
        maxAliases: { n: LIMITS.maxAliases },
        maxDirectives: { n: LIMITS.maxDirectives },
        maxTokens: { n: LIMITS.maxTokens },
        costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
        blockFieldSuggestion: { enabled: true },
    }).protect();
}
