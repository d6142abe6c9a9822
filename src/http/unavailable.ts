// HTTP status from the GraphQL outcome: 503 with SERVICE_UNAVAILABLE when Neo4j is down (whichever
// layer hit the driver error), 504 for a query stopped by its timeout, 401/403 for refused writes.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { isPoolBusyError, isTimeoutError, isUnavailableError } from "../errors.js";

/** True when `pred` holds for the error or any error it wraps (GraphQL originalError, cause). */
function inChain(error: unknown, pred: (e: unknown) => boolean): boolean {
    let e: unknown = unwrapResolverError(error);
    for (let i = 0; i < 5 && e; i++) {
        if (pred(e)) return true;
        e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    }
    return false;
}

/** @neo4j/graphql's @authentication/@authorization failures, which carry no code of their own. */
export function authErrorCode(error: unknown): "UNAUTHENTICATED" | "FORBIDDEN" | undefined {
    const named = (which: "Unauthenticated" | "Forbidden", cls: string) => (e: unknown) => {
        const name = (e as { constructor?: { name?: string } }).constructor?.name ?? "";
        return name === cls || (name.startsWith("Neo4jGraphQL") && (e as { message?: string }).message === which);
    };
    if (inChain(error, named("Unauthenticated", "Neo4jGraphQLAuthenticationError"))) return "UNAUTHENTICATED";
    if (inChain(error, named("Forbidden", "Neo4jGraphQLForbiddenError"))) return "FORBIDDEN";
    return undefined;
}

/** Neo4j stopped the transaction because it ran past the per-query timeout. */
export function isNeo4jTimeout(error: unknown): boolean {
    return inChain(error, isTimeoutError);
}

/** No pooled connection was free in time (see src/db/driver.ts): said as "busy", not as "unavailable". */
export function isApiBusy(error: unknown): boolean {
    return inChain(error, isPoolBusyError);
}

/** Neo4j could not be reached, at whichever layer the driver error surfaced. */
export function isNeo4jUnavailable(error: unknown): boolean {
    return inChain(error, (e) => isUnavailableError(e) || (e as { extensions?: { code?: string } }).extensions?.code === "SERVICE_UNAVAILABLE");
}

export function statusPlugin(): ApolloServerPlugin {
    return {
        async requestDidStart() {
            return {
                async willSendResponse({ response }) {
                    if (response.body.kind !== "single") return;
                    const errors = response.body.singleResult.errors ?? [];
                    if (errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) response.http.status = 503;
                    else if (errors.some((e) => e.extensions?.code === "QUERY_TIMEOUT")) response.http.status = 504;
                    else if (errors.length > 0 && errors.every((e) => e.extensions?.code === "UNAUTHENTICATED")) response.http.status = 401;
                    else if (errors.length > 0 && errors.every((e) => e.extensions?.code === "FORBIDDEN")) response.http.status = 403;
                },
            };
        },
    };
}
