// Outside production, every response says how many named Cypher queries it took
// (`extensions.neo4jQueries`), so N+1 regressions are visible to tests and developers.
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../kernel/context.js";

export function queryCountPlugin(): ApolloServerPlugin<Context> {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ response, contextValue }) {
                    if (response.body.kind === "single") {
                        response.body.singleResult.extensions = { ...response.body.singleResult.extensions, neo4jQueries: contextValue.db.queryCount };
                    }
                },
            };
        },
    };
}
