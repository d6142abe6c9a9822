// The API as its own process for the benchmark, so its memory (RSS) is measured alone.
// Env: NEO4J_URI. Prints "API_READY <url>" once listening.
import { createDriver } from "../src/db/driver.js";
import { createServer } from "../src/server.js";

// As `npm start` does in production (src/index.ts): no source-mapped stack traces.
process.setSourceMapsEnabled(false);
const driver = createDriver({ uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "" });
// Production as `npm start` has it (no per-response query count, introspection off, errors masked).
const running = await (await createServer({ driver, production: process.env.NODE_ENV === "production" })).listen(0, "127.0.0.1");
console.log(`API_READY ${running.url}`);
process.on("SIGTERM", async () => {
    await running.stop();
    await driver.close();
    process.exit(0);
});
