// `npm start`: Neo4j (local or NEO4J_URI) → constraints → seed if empty → GraphQL on PORT.
import { ConfigError, loadConfig } from "./config.js";
import { applySchema } from "./db/apply-schema.js";
import { LocalNeo4jError } from "./neo4j/errors.js";
import { connectNeo4j } from "./neo4j/connect.js";
import { createServer } from "./server.js";
import { authConfigFromEnv } from "./http/auth.js";
import { seedIfStale } from "./modules/reports/seed-on-start.js";
import { warmUp, warmUpRequests } from "./http/warm-up.js";
import { logFromEnv } from "./http/log.js";
import { Readiness, START_STEPS } from "./http/ready.js";
import { buildExplorer } from "../explorer/build.js";
import { describeMemory } from "./http/memory-line.js";

let log = (msg: string): void => console.error(msg);

async function main(): Promise<void> {
    const started = Date.now();
    const cfg = loadConfig();
    // Refused before anything starts: a JWKS without issuer and audience, a bad roles claim path.
    const auth = authConfigFromEnv();
    // JSON lines in production (LOG_FORMAT), readable lines in development (src/http/log.ts).
    const apiLog = logFromEnv(cfg.production);
    log = (msg) => apiLog.info(msg);
    // /ready answers 200 once these are done (src/http/ready.ts); /health only says the process and Neo4j answer.
    const readiness = new Readiness(START_STEPS);
    // tsx turns on source-mapped stack traces; neo4j-driver formats one for every query it runs,
    // which cost ~4 % of the API's CPU under load (bench/README.md). Production errors are masked.
    if (cfg.production) process.setSourceMapsEnabled(false);
    const conn = await connectNeo4j(cfg, log, "server");
    let shuttingDown = false;
    const shutdown = async (signal: string): Promise<void> => {
        if (shuttingDown) return;
        shuttingDown = true;
        log(`[api] ${signal}: finishing in-flight requests, then closing Neo4j…`);
        await running?.stop().catch(() => undefined);
        await conn.close();
        process.exit(0);
    };
    let running: Awaited<ReturnType<Awaited<ReturnType<typeof createServer>>["listen"]>> | undefined;
    process.on("SIGINT", () => void shutdown("SIGINT"));
    process.on("SIGTERM", () => void shutdown("SIGTERM"));
    process.on("SIGHUP", () => void shutdown("SIGHUP"));
    // `npm start` does not pass SIGTERM on to us: npm signals its `sh -c`, which exits without
    // forwarding it. When our parent goes away we are re-parented, so a changed ppid means "stop".
    const parent = process.ppid;
    setInterval(() => {
        if (process.ppid !== parent) void shutdown("parent process exited");
    }, 500).unref();

    const n = await applySchema(conn.driver, cfg.neo4jDatabase);
    log(`[neo4j] ${n} schema statements applied (${conn.description})`);
    readiness.mark("schema");
    if (cfg.seedOnStart) await seedIfStale(conn.driver, cfg.neo4jDatabase, log);
    readiness.mark("seed");
    const bundle = await buildExplorer();
    if (!bundle.skipped) log(`[explorer] bundle built (${(bundle.bytes / 1024).toFixed(0)} KiB)`);
    const server = await createServer({ driver: conn.driver, auth, database: cfg.neo4jDatabase, production: cfg.production, watchOtherWriters: conn.watchOtherWriters, log: apiLog, readiness });
    log(describeMemory());
    try {
        running = await server.listen(cfg.port, cfg.host);
    } catch (e) {
        const code = (e as { code?: string }).code;
        await conn.close();
        if (code === "EADDRINUSE") throw new ConfigError(`port ${cfg.port} is already in use: set PORT to another port`);
        throw e;
    }
    const warm = await warmUp(running.url, warmUpRequests(server.trusted.byId.values()));
    readiness.mark("warm-up");
    log(`[api] warmed up: ${warm.operations} example operations in ${warm.ms} ms${warm.failed ? ` (${warm.failed} answered with errors)` : ""}`);
    log(`[api] explorer at ${running.url.replace(/\/graphql$/, "/explorer")} · GraphQL and GraphiQL at ${running.url} · health at ${running.url.replace(/\/graphql$/, "/health")}, ready at ${running.url.replace(/\/graphql$/, "/ready")}${running.metricsUrl ? ` · metrics at ${running.metricsUrl}` : ""}${server.trusted.mode !== "off" ? ` · trusted documents: ${server.trusted.mode} (${server.trusted.byId.size} registered)` : ""} · up in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
    if (e instanceof LocalNeo4jError || e instanceof ConfigError) {
        console.error(`error: ${e.message}`);
    } else {
        console.error("error:", e instanceof Error ? (e.stack ?? e.message) : e);
    }
    process.exit(1);
});
