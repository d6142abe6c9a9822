// Creates the one neo4j-driver instance and turns connection failures into one-line messages.
import neo4j, { type Driver } from "neo4j-driver";
import { LocalNeo4jError } from "../neo4j/errors.js";

export interface DriverOptions {
    uri: string;
    user: string;
    password: string;
    /** Upper bound on connect + retry time, so requests fail fast while Neo4j is away. */
    connectionTimeoutMs?: number;
}

export function createDriver(o: DriverOptions): Driver {
    const auth = o.password === "" ? undefined : neo4j.auth.basic(o.user, o.password);
    return neo4j.driver(o.uri, auth, {
        // Bounded so a request fails within ~2 s while Neo4j is away; the pool reconnects by itself.
        connectionTimeout: o.connectionTimeoutMs ?? 1500,
        connectionAcquisitionTimeout: o.connectionTimeoutMs ?? 1500,
        maxTransactionRetryTime: 500,
        disableLosslessIntegers: false,
        userAgent: "state-data-graph/0.1",
    });
}

/** Verifies the server answers; maps the common failures to one clear sentence each. */
export async function verifyDriver(driver: Driver, uri: string): Promise<string> {
    try {
        const info = await driver.getServerInfo();
        return `${info.agent ?? "Neo4j"} at ${uri}`;
    } catch (e) {
        const err = e as { code?: string; message?: string };
        if (err.code === "Neo.ClientError.Security.Unauthorized" || err.code === "Neo.ClientError.Security.AuthenticationRateLimit") {
            throw new LocalNeo4jError(`Neo4j at ${uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
        }
        if (err.code === "ServiceUnavailable" || err.code === "SessionExpired") {
            throw new LocalNeo4jError(`cannot reach Neo4j at ${uri}: ${firstLine(err.message)}`);
        }
        throw new LocalNeo4jError(`Neo4j at ${uri} failed the connectivity check: ${firstLine(err.message)}`);
    }
}

function firstLine(s: string | undefined): string {
    return (s ?? "unknown error").split("\n")[0] ?? "";
}
