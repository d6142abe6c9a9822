// When Neo4j is down a request fails fast with HTTP 503 and the GraphQL code SERVICE_UNAVAILABLE,
// whichever layer (our named queries or @neo4j/graphql) hit the driver error.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

const CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

export function isNeo4jUnavailable(error: unknown): boolean {
    let e: unknown = unwrapResolverError(error);
    for (let i = 0; i < 5 && e; i++) {
        const code = (e as { code?: string }).code;
        if (code && CODES.has(code)) return true;
        if ((e as { extensions?: { code?: string } }).extensions?.code === "SERVICE_UNAVAILABLE") return true;
        e = (e as { cause?: unknown; originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    }
    return false;
}

export function unavailablePlugin(): ApolloServerPlugin {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ response }) {
                    if (response.body.kind !== "single") return;
                    const errors = response.body.singleResult.errors ?? [];
                    if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) response.http.status = 503;
                },
            };
        },
    };
}
