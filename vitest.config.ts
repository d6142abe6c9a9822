import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { TEST_WORKERS } from "./test/workers.js";
import SlowestFirst from "./test/sequencer.js";

const require = createRequire(import.meta.url);

export default defineConfig({
    resolve: {
        // Node (and so @neo4j/graphql, a CJS package) loads graphql's CJS entry; Vite would pick the
        // .mjs one for test files. Two copies of graphql break `instanceof`, so pin the CJS entry.
        alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
    },
    test: {
        include: ["test/**/*.test.ts"],
        globalSetup: ["test/global-setup.ts"],
        // One real Neo4j per worker (test/global-setup.ts): files run TEST_WORKERS at a time, each on
        // its worker's server, isolated there as before (rollback or unique ids).
        pool: "forks",
        fileParallelism: TEST_WORKERS > 1,
        maxWorkers: TEST_WORKERS,
        minWorkers: 1,
        testTimeout: 60_000,
        hookTimeout: 180_000,
        reporters: ["default"],
        // Slowest files first (test/sequencer.ts says why).
        sequence: { sequencer: SlowestFirst },
        // Tests write with raw Cypher between reads, which (unlike every API write) does not bump the
        // graph version; the response cache is therefore on only where a test asks for it.
        // In-process test servers share the runner's event loop, whose pauses (big answers parsed by
        // the tests, fixtures generated) are not the API's load: overload refusal is tested on API
        // processes of their own (test/integration/memory-sweep.int.test.ts).
        // NEO4J_JVM_OPTS: servers the tests start themselves compile with C1 only (test/global-setup.ts says why).
        env: { RESPONSE_CACHE: "off", OVERLOAD_EVENT_LOOP_DELAY_MS: "60000", NEO4J_JVM_OPTS: process.env.NEO4J_JVM_OPTS ?? "-XX:TieredStopAtLevel=1" },
    },
});
