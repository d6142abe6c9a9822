/** A failure to bring up the local Neo4j that the user can act on; printed as one line, no stack. */
export class LocalNeo4jError extends Error {
    override name = "LocalNeo4jError";
}
