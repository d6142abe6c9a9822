// Under a CPU-bound burst the driver's pool can fail to hand out a connection in time ("Connection
// acquisition timed out"): that is a busy API, answered as 503 SERVICE_UNAVAILABLE with a message
// saying so, never as a masked internal error (seen in bench runs at 50 clients before this mapping).
import { describe, expect, it } from "vitest";
import { GraphQLError } from "graphql";
import { API_BUSY, isPoolBusyError, isUnavailableError, mapNeo4jError } from "../../src/http/errors.js";
import { formatError } from "../../src/http/errors.js";

// The shape neo4j-driver 5 throws from its pool (code "N/A", not a Neo4j status code).
const poolTimeout = Object.assign(new Error("Connection acquisition timed out in 1500 ms. Pool status: Active conn count = 3, Idle conn count = 14."), { code: "N/A" });

describe("a pool that gives no connection in time", () => {
    it("is recognised as busy (and so as unavailable), unlike other driver errors", () => {
        expect(isPoolBusyError(poolTimeout)).toBe(true);
        expect(isUnavailableError(poolTimeout)).toBe(true);
        expect(isPoolBusyError(Object.assign(new Error("Could not perform discovery"), { code: "ServiceUnavailable" }))).toBe(false);
        expect(isPoolBusyError(new Error("Connection acquisition failed"))).toBe(false);
    });

    it("named queries map it to SERVICE_UNAVAILABLE with HTTP 503 and the busy message", () => {
        const mapped = mapNeo4jError(poolTimeout) as GraphQLError;
        expect(mapped.message).toBe(API_BUSY);
        expect(mapped.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", http: { status: 503 } });
    });

    it("formatError says busy whether the error was mapped (named queries) or came raw (generated reads), in production too", () => {
        const raw = new GraphQLError("Connection acquisition timed out in 1500 ms.", { originalError: poolTimeout });
        const mapped = mapNeo4jError(poolTimeout) as GraphQLError;
        for (const [formatted, error] of [[{ message: raw.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, raw], [{ message: mapped.message, extensions: mapped.extensions }, mapped]] as const) {
            const out = formatError(formatted, error, true);
            expect(out.message).toBe(API_BUSY);
            expect(out.extensions?.code).toBe("SERVICE_UNAVAILABLE");
        }
    });
});
