// Errors of the shared kernel and the database layer, free of GraphQL: the edge (src/http, the
// resolvers) maps them to GraphQL errors with codes (src/errors.ts toGraphQLError).

/** The caller asked for something the rules refuse (a page out of bounds, an answer too big). */
export class InputError extends Error {
    constructor(
        message: string,
        /** The argument at fault, when one is. */
        readonly argumentName?: string,
        /** Facts a client can act on (the bound, the size asked for). */
        readonly details: Record<string, unknown> = {},
    ) {
        super(message);
        this.name = "InputError";
    }
}
