// The database layer's own errors, free of GraphQL: what went wrong talking to Neo4j, said once here.
// The kernel re-exports them for the domains; the edge (src/http/errors.ts) maps them to GraphQL
// errors with codes and HTTP statuses.

/** The bound on one answer read from Neo4j (UTF-16 characters of its JSON, or rows). */
export const ANSWER_BOUND = {
    /** Largest answer read as one JSON string: 16 M characters (≈ 16–32 MB on the heap before parsing). */
    maxJsonChars: 16 * 1024 * 1024,
    /** Most rows read from one query. */
    maxRows: 100_000,
} as const;

export const API_BUSY = "the API is busy: no connection to the graph database was free in time; try again shortly";

/** Neo4j cannot be reached right now, or (busy) no pooled connection was free in time. */
export class DatabaseUnavailableError extends Error {
    constructor(readonly busy: boolean, cause?: unknown) {
        super(busy ? API_BUSY : "the graph database is unavailable; try again shortly", { cause });
        this.name = "DatabaseUnavailableError";
    }
}

/** Neo4j stopped the transaction at its time limit. */
export class QueryTimeoutError extends Error {
    constructor(cause?: unknown) {
        super("the query took too long and was stopped", { cause });
        this.name = "QueryTimeoutError";
    }
}

/** A write broke a constraint (the same id twice). */
export class ConflictError extends Error {
    constructor(message = "the change conflicts with existing data", cause?: unknown) {
        super(message, { cause });
        this.name = "ConflictError";
    }
}

/** The code asked for a named query that cypher/ does not have (a programming error). */
export class UnknownQueryError extends Error {
    constructor(name: string) {
        super(`no named query "${name}" in cypher/ (the file cypher/${name}.cypher)`);
        this.name = "UnknownQueryError";
    }
}

/** An answer bigger than ANSWER_BOUND, refused before it is parsed into objects. */
export class AnswerTooLargeError extends Error {
    constructor(
        readonly what: "characters" | "rows",
        readonly bound: number,
    ) {
        super(
            `the answer is larger than the ${bound.toLocaleString("en-US")} ${what} one answer may hold; ask for a page (limit and offset, e.g. limit: 100) or narrow it (tier, asset, agency)`,
        );
        this.name = "AnswerTooLargeError";
    }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** A driver error meaning Neo4j cannot be reached right now, or no pooled connection was free in time. */
export function isUnavailableError(e: unknown): boolean {
    const code = (e as { code?: string } | null)?.code;
    return (!!code && UNAVAILABLE_CODES.has(code)) || isPoolBusyError(e) || e instanceof DatabaseUnavailableError;
}

/** The driver's pool gave no connection within its acquisition timeout: the API is overloaded. */
export function isPoolBusyError(e: unknown): boolean {
    return /^Connection acquisition timed out/.test((e as { message?: string } | null)?.message ?? "") || (e instanceof DatabaseUnavailableError && e.busy);
}

/** A driver error meaning Neo4j stopped the transaction at its timeout. */
export function isTimeoutError(e: unknown): boolean {
    if (e instanceof QueryTimeoutError) return true;
    const { code, message } = (e ?? {}) as { code?: string; message?: string };
    return (
        !!code?.startsWith("Neo.ClientError.Transaction.TransactionTimedOut") ||
        (code === "Neo.TransientError.Transaction.Terminated" && /timeout/i.test(message ?? "")) ||
        /not completed within the timeout/i.test(message ?? "")
    );
}

/** A driver error as this layer's own: unreachable or busy, timed out, a constraint; anything else as it came. */
export function toDatabaseError(e: unknown): unknown {
    if (e instanceof DatabaseUnavailableError || e instanceof QueryTimeoutError || e instanceof ConflictError || e instanceof AnswerTooLargeError) return e;
    if (isPoolBusyError(e)) return new DatabaseUnavailableError(true, e);
    if (isUnavailableError(e)) return new DatabaseUnavailableError(false, e);
    if ((e as { code?: string } | null)?.code === "Neo.ClientError.Schema.ConstraintValidationFailed") return new ConflictError(undefined, e);
    if (isTimeoutError(e)) return new QueryTimeoutError(e);
    return e;
}
