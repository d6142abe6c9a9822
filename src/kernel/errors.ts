// The errors the domains throw, free of GraphQL: the caller asked for something the rules refuse
// (InputError), a file was refused row by row (RowsRefusedError), a write needs a role (AuthError), and
// the database layer's own errors, re-exported so a domain imports its errors from the kernel only.
// The edge (src/http/errors.ts) maps each to a GraphQL error with its code and HTTP status.
export { AnswerTooLargeError, ConflictError, DatabaseUnavailableError, QueryTimeoutError } from "../db/errors.js";

/** The caller asked for something the rules refuse: BAD_USER_INPUT at the edge. */
export class InputError extends Error {
    constructor(
        message: string,
        /** The argument at fault, when one is. */
        readonly argumentName?: string,
        /** Facts a client can act on (the bound, the closest names, the bad rows). */
        readonly details: Record<string, unknown> = {},
    ) {
        super(message);
        this.name = "InputError";
    }
}

/** An InputError, named as the domains have always thrown it. */
export function badUserInput(message: string, argumentName?: string, details: Record<string, unknown> = {}): InputError {
    return new InputError(message, argumentName, details);
}

/** One bad row of an imported file: its row (as a person sees it) and what is wrong. */
export interface RowError {
    row: number;
    message: string;
}

/** A file refused whole, listing every bad row; nothing of it was written. */
export class RowsRefusedError extends Error {
    constructor(
        readonly file: string,
        readonly errors: RowError[],
    ) {
        super(`${file}: ${errors.length} bad row${errors.length === 1 ? "" : "s"}, nothing imported:\n${errors.map((e) => `  row ${e.row}: ${e.message}`).join("\n")}`);
        this.name = "RowsRefusedError";
    }
}

/** A refused file as the API reports it: BAD_USER_INPUT naming the argument and listing every bad row. */
export function refusedFile(e: unknown, argumentName: string): unknown {
    if (!(e instanceof RowsRefusedError)) return e;
    return new InputError(`${e.errors.length} bad row(s) in ${e.file}; nothing imported`, argumentName, { rows: e.errors });
}

/** A write without a token (UNAUTHENTICATED) or without the role it needs (FORBIDDEN). */
export class AuthError extends Error {
    constructor(
        readonly code: "UNAUTHENTICATED" | "FORBIDDEN",
        message: string,
    ) {
        super(message);
        this.name = "AuthError";
    }
}
