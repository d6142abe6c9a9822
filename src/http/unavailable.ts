// HTTP status from the GraphQL outcome: 503 with SERVICE_UNAVAILABLE when Neo4j is down (whichever
// layer hit the driver error), 504 for a query stopped by its timeout, 401/403 for refused writes.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

const CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** @neo4j/graphql's @authentication/@authorization failures, which carry no code of their own. */
export function authErrorCode(error: unknown): "UNAUTHENTICATED" | "FORBIDDEN" | undefined {
    let e: unknown = unwrapResolverError(error);
    for (let i = 0; i < 5 && e; i++) {
        const name = (e as { constructor?: { name?: string } }).constructor?.name ?? "";
        const message = (e as { message?: string }).message;
        if (name === "Neo4jGraphQLAuthenticationError" || (name.startsWith("Neo4jGraphQL") && message === "Unauthenticated")) return "UNAUTHENTICATED";
        if (name === "Neo4jGraphQLForbiddenError" || (name.startsWith("Neo4jGraphQL") && message === "Forbidden")) return "FORBIDDEN";
        e = (e as { originalError?: unknown }).originalError;
    }
    return undefined;
}

/** Neo4j stopped the transaction because it ran past the per-query timeout. */
export function isNeo4jTimeout(error: unknown): boolean {
    let e: unknown = unwrapResolverError(error);
    for (let i = 0; i < 5 && e; i++) {
        const { code, message } = e as { code?: string; message?: string };
        if (code?.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") || (code === "Neo.TransientError.Transaction.Terminated" && /timeout/i.test(message ?? ""))) return true;
        if (/not completed within the timeout/i.test(message ?? "")) return true;
        e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    }
    return false;
}

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
