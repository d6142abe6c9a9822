// How many test files run at once: one Neo4j per worker (test/global-setup.ts), so files never share
// a server at the same time. TEST_WORKERS overrides; with NEO4J_URI (one server for all) it is 1.
export const TEST_WORKERS = process.env.NEO4J_URI ? 1 : Math.max(1, Number(process.env.TEST_WORKERS ?? 3));
