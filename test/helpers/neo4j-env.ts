// Which Neo4j this worker's tests use, without loading the server (test/helpers/neo4j.ts re-exports
// these): files that only start processes against it import this and skip ~2 s of module loading.
import { inject } from "vitest";

/** The Bolt URL of this worker's Neo4j (test/global-setup.ts starts one per worker). */
export function neo4jUri(): string {
    const uris = inject("neo4jUris");
    const worker = Number(process.env.VITEST_POOL_ID ?? 1);
    return uris[(worker - 1) % uris.length]!;
}

/** The environment a command or API process needs to reach this worker's Neo4j. */
export const neo4jEnv = (): Record<string, string> => ({ NEO4J_URI: neo4jUri(), NEO4J_USER: inject("neo4jUser"), NEO4J_PASSWORD: inject("neo4jPassword") });
