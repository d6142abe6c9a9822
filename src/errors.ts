// Every error the API returns is a GraphQLError with extensions.code, built here.
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { GraphQLError } from "graphql";

export function badUserInput(message: string, argumentName?: string, extra: Record<string, unknown> = {}): GraphQLError {
    return new GraphQLError(message, {
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argumentName, ...extra },
    });
}

export function unavailable(message = "the graph database is unavailable; try again shortly"): GraphQLError {
    return new GraphQLError(message, { extensions: { code: "SERVICE_UNAVAILABLE", http: { status: 503 } } });
}

export function conflict(message: string): GraphQLError {
    return new GraphQLError(message, { extensions: { code: "CONFLICT" } });
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** A driver error meaning Neo4j cannot be reached right now, or no pooled connection was free in time. */
export function isUnavailableError(e: unknown): boolean {
    const code = (e as { code?: string } | null)?.code;
    return (!!code && UNAVAILABLE_CODES.has(code)) || isPoolBusyError(e);
}

export const API_BUSY = "the API is busy: no connection to the graph database was free in time; try again shortly";

/** The driver's pool gave no connection within its acquisition timeout: the API is overloaded. */
export function isPoolBusyError(e: unknown): boolean {
    return /^Connection acquisition timed out/.test((e as { message?: string } | null)?.message ?? "");
}

/** A driver error meaning Neo4j stopped the transaction at its timeout. */
export function isTimeoutError(e: unknown): boolean {
    const { code, message } = (e ?? {}) as { code?: string; message?: string };
    return (
        !!code?.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
        (code === "Neo.TransientError.Transaction.Terminated" && /timeout/i.test(message ?? "")) ||
        /not completed within the timeout/i.test(message ?? "")
    );
}

/** Maps driver errors in one place: connectivity becomes SERVICE_UNAVAILABLE, constraints CONFLICT. */
export function mapNeo4jError(e: unknown): unknown {
    if (isPoolBusyError(e)) return unavailable(API_BUSY);
    if (isUnavailableError(e)) return unavailable();
    if ((e as { code?: string } | null)?.code === "Neo.ClientError.Schema.ConstraintValidationFailed") return conflict("the change conflicts with existing data");
    if (isTimeoutError(e)) return new GraphQLError("the query took too long and was stopped", { extensions: { code: "QUERY_TIMEOUT" } });
    return e;
}
