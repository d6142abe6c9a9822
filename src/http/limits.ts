// Query limits (graphql-armor): depth, cost, aliases, tokens, directives, and no field suggestions.
// The numbers leave room for every example in examples/ and stop the usual abuse documents (depth
// bombs, alias overloads, token floods, fan-out across relationships such as agency → asset → agency).
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { maxListNesting } from "./list-nesting.js";

export const LIMITS = {
    maxDepth: 8,
    maxAliases: 15,
    maxDirectives: 10,
    maxTokens: 2000,
    maxCost: 1000,
    maxListNesting: 3,
} as const;

export function armor() {
    const protect = new ApolloArmor({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true },
        // No allow-list: `__typename` aliases count like any other (the default allow-list let any
        // number of them through, a finding of the GraphQL security scanner).
        maxAliases: { n: LIMITS.maxAliases, allowList: [] },
        maxDirectives: { n: LIMITS.maxDirectives },
        // Tokens (and directives, before parsing) are limited by src/http/document-limits.ts: armor's
        // parser hook surfaces as a 500 in Apollo. Its directive rule stays as a second line.
        maxTokens: { enabled: false },
        costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
        blockFieldSuggestion: { enabled: true },
    }).protect();
    return { ...protect, validationRules: [...protect.validationRules, maxListNesting(LIMITS.maxListNesting)] };
}
