// The only place that sends Cypher to Neo4j. Converts driver values (Integer, temporal) to plain JS,
// and driver errors to this layer's own (src/db/errors.ts).
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as Record_, type Session, type Transaction } from "neo4j-driver";
import { ANSWER_BOUND, AnswerTooLargeError, isUnavailableError, toDatabaseError } from "./errors.js";
import { queryText, type Queries, type QueryName } from "./queries.js";
import { timed, type Neo4jTime } from "./meter.js";

export type Executor = Driver | Session | Transaction | ManagedTransaction;

export interface Db {
    /** Runs a named read (routed to any cluster member when the executor is a driver). */
    run<T = Record<string, unknown>>(name: QueryName, params?: Record<string, unknown>): Promise<T[]>;
    /** Runs a named write (routed to the leader when the executor is a driver). */
    write<T = Record<string, unknown>>(name: QueryName, params?: Record<string, unknown>): Promise<T[]>;
    /** Number of queries sent through this Db; tests use it to prove there is no N+1. */
    readonly queryCount: number;
}

export function toPlain(v: unknown): unknown {
    if (neo4j.isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
    if (Array.isArray(v)) return v.map(toPlain);
    if (v && typeof v === "object") {
        const o = v as Record<string, unknown> & { toString(): string };
        if (neo4j.isDate(o) || neo4j.isDateTime(o) || neo4j.isLocalDateTime(o) || neo4j.isTime(o) || neo4j.isDuration(o)) {
            return o.toString();
        }
        if ("labels" in o && "properties" in o) return toPlain(o.properties);
        if ("type" in o && "properties" in o && "start" in o) return toPlain(o.properties);
        return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, toPlain(x)]));
    }
    return v;
}

/**
 * A query whose only column is `json` returns its answer serialised by Neo4j (`apoc.convert.toJson`):
 * the driver then decodes one string instead of every map and list of the answer, and `JSON.parse`
 * (native) builds plain objects, so `toPlain` is not needed. Decoding PackStream into records was a
 * quarter of the API's CPU on the headline questions (bench/README.md "Where the API's time goes").
 */
function isJsonRecord(r: Record_): boolean {
    return r.keys.length === 1 && r.keys[0] === "json" && typeof r.get(0) === "string";
}

/** JSON.parse of an answer within the bound: a bigger one is refused before it becomes objects. */
function parseBounded(json: string): unknown {
    if (json.length > ANSWER_BOUND.maxJsonChars) throw new AnswerTooLargeError("characters", ANSWER_BOUND.maxJsonChars);
    return JSON.parse(json);
}

/** Reads a result's records, refusing it once it passes the row bound (the rest is never pulled). */
async function collectBounded(result: ReturnType<Session["run"]>): Promise<QueryResult> {
    const records: Record_[] = [];
    for await (const r of result) {
        if (records.length >= ANSWER_BOUND.maxRows) throw new AnswerTooLargeError("rows", ANSWER_BOUND.maxRows);
        records.push(r);
    }
    return { records, summary: await result.summary(), keys: await result.keys() } as unknown as QueryResult;
}

export function isDriver(x: Executor): x is Driver {
    return typeof (x as Driver).executeQuery === "function";
}

/** `time`, when given, adds up how long this Db's queries waited on Neo4j (the request's, for the metrics). */
export function createDb(executor: Executor, queries: Queries, database?: string, timeoutMs = 10_000, time?: Neo4jTime): Db {
    let count = 0;
    const exec = async <T>(name: QueryName, params: Record<string, unknown>, routing: "READ" | "WRITE"): Promise<T[]> => {
        count += 1;
        const text = queryText(queries, name);
        try {
            const records = await timed(time, async () =>
                !isDriver(executor)
                    ? (await executor.run(text, params)).records
                    : routing === "READ"
                      ? (await autoCommitRead(executor, text, params, database, timeoutMs)).records
                      : (await executor.executeQuery(text, params, { routing: neo4j.routing.WRITE, database, transactionConfig: { timeout: timeoutMs } })).records,
            );
            return records.map((r) => (isJsonRecord(r) ? (parseBounded(r.get(0) as string) as T) : (toPlain(r.toObject()) as T)));
        } catch (e) {
            throw toDatabaseError(e);
        }
    };
    return {
        get queryCount() {
            return count;
        },
        run: <T>(name: QueryName, params: Record<string, unknown> = {}) => exec<T>(name, params, "READ"),
        write: <T>(name: QueryName, params: Record<string, unknown> = {}) => exec<T>(name, params, "WRITE"),
    };
}

/**
 * neo4j-driver's Result captures the caller's stack trace for every query (`new Error().stack`, so V8
 * formats the frames) in case the query fails: 4–5 % of the API's CPU on every question (CPU profiles,
 * bench/README.md). The Result is built synchronously inside `session.run`, so the capture is skipped by
 * setting the stack depth to 0 for that call only; a failing query still reports Neo4j's message and
 * code (toDatabaseError), only without the stack of the line that sent it.
 */
export function runWithoutCallerStack<T>(fn: () => T): T {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
        return fn();
    } finally {
        Error.stackTraceLimit = limit;
    }
}

/**
 * A read as one auto-commit query: one round trip (RUN+PULL) where a transaction function needs
 * BEGIN…COMMIT around it; `RETURN 1` at 10 concurrent clients went from 1,093 to 2,275 req/s
 * (bench/README.md). A question is one statement, so nothing is lost in atomicity; what the
 * transaction function added was retrying, kept here for errors Neo4j marks retriable (a cluster
 * member going away, a leader switch).
 */
export async function autoCommitRead(driver: Driver, text: string, params: Record<string, unknown>, database: string | undefined, timeoutMs: number, attempts = 2): Promise<QueryResult> {
    for (let attempt = 1; ; attempt++) {
        const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, bookmarkManager: driver.executeQueryBookmarkManager });
        try {
            return await collectBounded(runWithoutCallerStack(() => session.run(text, params, { timeout: timeoutMs })));
        } catch (e) {
            if (e instanceof AnswerTooLargeError) throw e;
            if (attempt >= attempts || !(e as { retriable?: boolean }).retriable || isUnavailableError(e)) throw e;
        } finally {
            await session.close();
        }
    }
}

/**
 * What @neo4j/graphql runs the generated reads on. Given the driver, it opens a session and a
 * transaction function for every query (BEGIN, RUN, PULL, COMMIT: two round trips); given an object
 * with `run`, it treats it as a caller's transaction and only calls `run(query, params)`
 * (Executor.transactionRun in @neo4j/graphql 7). So reads get the same one-round-trip auto-commit
 * query, retry rule and time limit as the named queries. Mutations never run here: the write guard
 * (src/http/write-guard.ts) replaces the execution context with its write transaction first.
 */
export function autoCommitReader(driver: Driver, database: string | undefined, timeoutMs: number, time?: Neo4jTime): Pick<Transaction, "run"> {
    return {
        run: ((text: string, params?: Record<string, unknown>) =>
            timed(time, () => autoCommitRead(driver, text, params ?? {}, database, timeoutMs))) as unknown as Transaction["run"],
    };
}
