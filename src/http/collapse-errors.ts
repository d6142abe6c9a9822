// One error per problem, not per repetition: graphql-js reports an error for every node that breaks a
// rule, so a document repeating a mistake (an unknown directive or field a hundred times) would be
// answered with a hundred errors — work and bandwidth an attacker controls. Errors with the same
// message and code are collapsed into the first, which says how many times it occurred.
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";

export function collapse(errors: readonly GraphQLFormattedError[]): GraphQLFormattedError[] {
    const byKey = new Map<string, { first: GraphQLFormattedError; n: number }>();
    for (const e of errors) {
        const key = `${String(e.extensions?.code)}|${e.message}`;
        const seen = byKey.get(key);
        if (seen) seen.n += 1;
        else byKey.set(key, { first: e, n: 1 });
    }
    return [...byKey.values()].map(({ first, n }) => (n === 1 ? first : { ...first, extensions: { ...first.extensions, occurrences: n } }));
}

export function collapseRepeatedErrors(): ApolloServerPlugin {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ response }) {
                    if (response.body.kind !== "single") return;
                    const errors = response.body.singleResult.errors;
                    if (errors && errors.length > 1) response.body.singleResult.errors = collapse(errors);
                },
            };
        },
    };
}
