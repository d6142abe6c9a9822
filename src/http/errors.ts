// The edge: every error the API answers with is a GraphQL error with `extensions.code`, and this is
// where the layers' own errors become one — the kernel's refusals (InputError, AuthError), the
// database layer's (unavailable or busy, timed out, a conflict, an answer too big), @neo4j/graphql's
// authorization failures and Apollo's request errors — with the HTTP status each means
// (statusPlugin). Internal errors are masked in production and logged with their cause.
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { API_BUSY, AnswerTooLargeError, ConflictError, isPoolBusyError, isTimeoutError, isUnavailableError, toDatabaseError, DatabaseUnavailableError, QueryTimeoutError } from "../db/errors.js";
import { AuthError, InputError } from "../kernel/errors.js";

export { API_BUSY, isPoolBusyError, isUnavailableError };

/** The first error in an error's chain (GraphQL originalError, cause) for which `pred` holds. */
function inChain(error: unknown, pred: (e: unknown) => boolean): unknown {
    let e: unknown = unwrapResolverError(error);
    for (let i = 0; i < 6 && e; i++) {
        if (pred(e)) return e;
        e = (e as { originalError?: unknown }).originalError ?? (e as { cause?: unknown }).cause;
    }
    return undefined;
}

const is = <T>(cls: abstract new (...args: never[]) => T) => (e: unknown): boolean => e instanceof cls;

export function unauthenticated(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

export function forbidden(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: "FORBIDDEN", http: { status: 403 } } });
}

/** The identity provider's key set (JWKS_URL) could not be fetched: no token can be checked now (503, not 401). */
export class KeysUnavailableError extends GraphQLError {
    constructor() {
        super("cannot check tokens now: the identity provider's key set (JWKS_URL) could not be fetched; try again shortly", {
            extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } },
        });
    }
}

/** A layer's own error as the GraphQL error the API answers with (anything else as it came). */
export function toGraphQLError(e: unknown): unknown {
    if (e instanceof GraphQLError) return e;
    if (e instanceof InputError) return new GraphQLError(e.message, { extensions: { code: "BAD_USER_INPUT", ...(e.argumentName ? { argumentName: e.argumentName } : {}), ...e.details } });
    if (e instanceof AuthError) return e.code === "UNAUTHENTICATED" ? unauthenticated(e.message) : forbidden(e.message);
    if (e instanceof DatabaseUnavailableError) return new GraphQLError(e.message, { extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } } });
    if (e instanceof QueryTimeoutError) return new GraphQLError(e.message, { extensions: { code: "QUERY_TIMEOUT" } });
    if (e instanceof ConflictError) return new GraphQLError(e.message, { extensions: { code: "CONFLICT" } });
    if (e instanceof AnswerTooLargeError) return new GraphQLError(e.message, { extensions: { code: "ANSWER_TOO_LARGE", bound: e.bound, unit: e.what } });
    return e;
}

/** A driver error as the API answers it (the database layer's mapping, then the edge's). */
export function mapNeo4jError(e: unknown): unknown {
    return toGraphQLError(toDatabaseError(e));
}

/** @neo4j/graphql's @authentication/@authorization failures, which carry no code of their own. */
export function authErrorCode(error: unknown): "UNAUTHENTICATED" | "FORBIDDEN" | undefined {
    const named = (which: "Unauthenticated" | "Forbidden", cls: string) => (e: unknown) => {
        const name = (e as { constructor?: { name?: string } }).constructor?.name ?? "";
        return name === cls || (name.startsWith("Neo4jGraphQL") && (e as { message?: string }).message === which);
    };
    const own = inChain(error, is(AuthError)) as AuthError | undefined;
    if (own) return own.code;
    if (inChain(error, named("Unauthenticated", "Neo4jGraphQLAuthenticationError"))) return "UNAUTHENTICATED";
    if (inChain(error, named("Forbidden", "Neo4jGraphQLForbiddenError"))) return "FORBIDDEN";
    return undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown, production: boolean): GraphQLFormattedError {
    const tooLarge = inChain(error, is(AnswerTooLargeError)) as AnswerTooLargeError | undefined;
    if (tooLarge) return { message: tooLarge.message, path: formatted.path, extensions: { code: "ANSWER_TOO_LARGE", bound: tooLarge.bound, unit: tooLarge.what } };
    const input = inChain(error, is(InputError)) as InputError | undefined;
    if (input) return { message: input.message, path: formatted.path, extensions: { code: "BAD_USER_INPUT", ...(input.argumentName ? { argumentName: input.argumentName } : {}), ...input.details } };
    const denied = authErrorCode(error);
    if (denied) return { message: formatted.message, path: formatted.path, extensions: { code: denied } };
    if (inChain(error, isTimeoutError)) {
        return { message: "the query ran past the time limit and was stopped; ask for less (filters, limit) or split it", path: formatted.path, extensions: { code: "QUERY_TIMEOUT" } };
    }
    if (inChain(error, is(KeysUnavailableError))) return { message: formatted.message, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
    if (inChain(error, (e) => isUnavailableError(e) || (e as { extensions?: { code?: string } }).extensions?.code === "SERVICE_UNAVAILABLE")) {
        const message = inChain(error, isPoolBusyError) || formatted.message === API_BUSY ? API_BUSY : "the graph database is unavailable; try again shortly";
        return { message, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE" } };
    }
    const conflict = inChain(error, is(ConflictError)) as ConflictError | undefined;
    if (conflict) return { message: conflict.message, path: formatted.path, extensions: { code: "CONFLICT" } };
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    // Apollo's own request errors (a persisted query whose hash does not match its text, an unknown
    // persisted-query version) carry a 4xx status but no code, so they would read as internal errors.
    const status = (error as { extensions?: { http?: { status?: number } } } | null)?.extensions?.http?.status;
    if (extensions.code === "INTERNAL_SERVER_ERROR" && status !== undefined && status >= 400 && status < 500) {
        return { message: formatted.message, extensions: { code: formatted.message.includes("sha does not match") ? "PERSISTED_QUERY_HASH_MISMATCH" : "BAD_REQUEST" } };
    }
    if (production && extensions.code === "INTERNAL_SERVER_ERROR") {
        // The client sees a masked message; the operator's log keeps what happened, with its cause and
        // the request id (src/http/request-observer.ts), so a masked error can be traced to its cause.
        return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
    return { ...formatted, extensions };
}

/** HTTP status from the GraphQL outcome: 503 unavailable, 504 timed out, 401/403 refused writes. */
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

/**
 * With trusted documents strict (src/http/trusted-documents.ts) only registered documents run, so the
 * errors left that could name the schema's types, fields or enum values are those of variables that do
 * not fit the operation (graphql-js names the input type and field) and of validation: they keep their
 * code and lose their words. The domains' own refusals (unknown names, bad paging) speak of data, not
 * of the schema, and stay as they are.
 */
export function maskSchemaDetails(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const code = formatted.extensions?.code;
    if (code === "GRAPHQL_VALIDATION_FAILED" || code === "GRAPHQL_PARSE_FAILED") return { message: "the document is not valid", extensions: { code } };
    if (code === "BAD_USER_INPUT" && !inChain(error, is(InputError))) return { message: "the variables do not fit the operation", extensions: { code } };
    return formatted;
}
