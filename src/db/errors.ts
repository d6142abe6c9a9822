// The database layer's own errors, free of GraphQL; the edge (src/server.ts formatError) maps them.

/** The bound on one answer read from Neo4j (UTF-16 characters of its JSON, or rows). */
export const ANSWER_BOUND = {
    /** Largest answer read as one JSON string: 16 M characters (≈ 16–32 MB on the heap before parsing). */
    maxJsonChars: 16 * 1024 * 1024,
    /** Most rows read from one query. */
    maxRows: 100_000,
} as const;

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
