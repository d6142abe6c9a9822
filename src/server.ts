// The HTTP server (formatError lives in src/http/errors.ts and is re-exported for callers): GraphQL (Apollo + @neo4j/graphql), the offline GraphiQL page, /health, /ready and /metrics.
// Shared by `npm start` and the tests, which start it on a free port.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { Driver, Session, Transaction } from "neo4j-driver";
import type { Context } from "./kernel/context.js";
import { autoCommitReader, createDb, isDriver } from "./db/run.js";
import { loadQueries } from "./db/queries.js";
import { graphiqlAssets, graphiqlHtml } from "./http/graphiql.js";
import { healthHandler } from "./http/health.js";
import { explorerRoutes } from "./http/explorer.js";
import { buildSchema } from "./schema.js";
import { queryCountPlugin } from "./http/query-count.js";
import { armor, LIMITS } from "./http/limits.js";
import { documentLimits } from "./http/document-limits.js";
import { collapseRepeatedErrors } from "./http/collapse-errors.js";
import { writeGuardPlugin, type WriteGuardOptions } from "./http/write-guard.js";
import { corsMiddleware, parseCorsOrigins, type CorsOrigins } from "./http/cors.js";
import { GraphVersion } from "./kernel/cache/graph-version.js";
import { onVersionCommitted } from "./db/version-events.js";
import { VersionMemos } from "./kernel/cache/version-memo.js";
import { responseCachePlugin } from "./http/response-cache.js";
import { RefCache } from "./kernel/cache/ref-cache.js";
import { processBudget, workingSetBudget, type MemoryBudget } from "./kernel/cache/memory-budget.js";
import { OverloadMonitor, overloadOptionsFromEnv, type OverloadOptions } from "./http/overload.js";
import { answerSizePlugin } from "./http/answer-size.js";
import { authConfigFromEnv, authorizationKey, createVerifier, type AuthConfig } from "./http/auth.js";
import { formatError, maskSchemaDetails, statusPlugin } from "./http/errors.js";
import { Loaders } from "./kernel/loaders.js";
import { logFromEnv, type ApiLog } from "./http/log.js";
import { ApiMetrics } from "./http/metrics.js";
import { metricsAccessFromEnv, metricsHandler, metricsOnPublicPort, startMetricsServer, type MetricsAccess } from "./http/metrics-access.js";
import { Readiness, readyHandler } from "./http/ready.js";
import { RequestObserver, requestInfo } from "./http/request-observer.js";
import { loadTrustedDocuments, DEFAULT_MANIFEST, trustedDocumentsFromEnv, trustedDocumentsMiddleware, type TrustedDocuments, type TrustedMode } from "./http/trusted-documents.js";

export interface ServerOptions {
    driver: Driver;
    /** JWT verification; defaults to JWT_SECRET / JWKS_URL from the environment. */
    auth?: AuthConfig;
    /** Per-query transaction timeout passed to Neo4j (ms). */
    queryTimeoutMs?: number;
    /** Largest accepted request body (express size string). */
    bodyLimit?: string;
    /** Where GraphQL queries run; defaults to the driver. Tests pass a transaction to roll back. */
    executor?: Driver | Session | Transaction;
    database?: string;
    production?: boolean;
    /** Origins allowed to call the API from a browser (default: CORS_ORIGINS; none = same origin only). */
    corsOrigins?: CorsOrigins;
    /** Response cache for reads (default: on unless RESPONSE_CACHE=off; always off when `executor` is a
     * caller's transaction, whose writes other requests must not see). `false` also turns off the cache
     * of name resolutions, which RESPONSE_CACHE=off keeps. */
    responseCache?: boolean;
    /** How stale a cached answer may be after a write through another instance (default 1000 ms). */
    cacheStalenessMs?: number;
    /** Writes each ChangeRecord (default: src/kernel/change-record.ts); tests replace it to make it fail. */
    recordChange?: WriteGuardOptions["record"];
    /** The memory budget every cache draws on (default: the process's, src/kernel/cache/memory-budget.ts). */
    budget?: MemoryBudget;
    /** Overload thresholds (default: OVERLOAD_* from the environment, src/http/overload.ts). */
    overload?: OverloadOptions;
    /** Calls back when another process writes to this Neo4j (src/neo4j/connect.ts), so caches follow at once. */
    watchOtherWriters?: (fn: () => void) => () => void;
    /** Where log lines go (default: LOG_FORMAT, JSON lines in production, src/http/log.ts). */
    log?: ApiLog;
    /** Start-up steps /ready waits for (default: none, ready at once; `npm start` passes its steps). */
    readiness?: Readiness;
    /** Where /metrics is served (default: METRICS_TOKEN / METRICS_PORT, src/http/metrics-access.ts). */
    metricsAccess?: MetricsAccess;
    /** Which documents run (default: TRUSTED_DOCUMENTS and its manifests, src/http/trusted-documents.ts). */
    trustedDocuments?: TrustedMode | { mode: TrustedMode; manifests: string[] };
}

export interface RunningServer {
    url: string;
    /** The URL of /metrics when it has a port of its own (METRICS_PORT). */
    metricsUrl?: string;
    stop(): Promise<void>;
}

export const GRAPHQL_PATH = "/graphql";

export { formatError };

export async function createServer(opts: ServerOptions) {
    const queries = loadQueries();
    const executor = opts.executor ?? opts.driver;
    const auth = opts.auth ?? authConfigFromEnv();
    const verify = createVerifier(auth);
    const timeout = opts.queryTimeoutMs ?? Number(process.env.QUERY_TIMEOUT_MS ?? 10_000);
    const writesEnabled = !!(auth.secret || auth.jwksUrl);
    const corsOrigins = opts.corsOrigins ?? parseCorsOrigins(process.env.CORS_ORIGINS, writesEnabled);
    const schema = await buildSchema(opts.driver, authorizationKey(auth));
    // Name resolutions are kept per graph version whenever the API talks to the database itself;
    // RESPONSE_CACHE=off turns off only the answers' cache (every question is computed), not this one.
    const refCacheOn = opts.responseCache !== false && executor === opts.driver;
    const cacheOn = refCacheOn && (opts.responseCache ?? process.env.RESPONSE_CACHE !== "off");
    const graphVersion = new GraphVersion(createDb(opts.driver, queries, opts.database), opts.cacheStalenessMs ?? Number(process.env.RESPONSE_CACHE_STALENESS_MS ?? 1000));
    if (refCacheOn) await graphVersion.start();
    // Caches follow the graph version: every write scope announces what it commits (in this process
    // at once, src/db/version-events.ts; another process on this data directory through the file it
    // writes, src/neo4j/running.ts; anything else within the staleness bound).
    const stopFollowing = onVersionCommitted((source, v) => {
        if (source === opts.driver) graphVersion.advanceTo(v);
    });
    const budget = opts.budget ?? processBudget();
    const stopWatching = refCacheOn && opts.watchOtherWriters ? opts.watchOtherWriters(() => graphVersion.refreshNow()) : () => undefined;
    const refCache = refCacheOn ? new RefCache(graphVersion, budget) : undefined;
    // Derived answers (matrix column totals) follow the name resolutions' switch: kept per graph version.
    const memos = refCacheOn ? new VersionMemos(graphVersion, budget) : undefined;
    // Working sets (the usage questions' tier facts) too, in the working sets' budget: one may take it all.
    const workingSets = refCacheOn ? new VersionMemos(graphVersion, workingSetBudget(), { maxEntryShare: 1 }) : undefined;
    const responseCache = cacheOn ? responseCachePlugin({ version: graphVersion, budget }) : undefined;
    const limits = armor();
    const production = opts.production ?? false;
    const log = opts.log ?? logFromEnv(production);
    const trusted: TrustedDocuments =
        opts.trustedDocuments === undefined
            ? trustedDocumentsFromEnv(schema)
            : typeof opts.trustedDocuments === "string"
              ? loadTrustedDocuments(opts.trustedDocuments, [DEFAULT_MANIFEST], schema)
              : loadTrustedDocuments(opts.trustedDocuments.mode, opts.trustedDocuments.manifests, schema);
    const metrics = new ApiMetrics({ driver: opts.driver, budget, db: createDb(opts.driver, queries, opts.database, timeout), version: graphVersion, knownOperations: [...trusted.byId.values()].map((o) => o.name) });
    const observer = new RequestObserver({ log, metrics });
    const app = express();
    const httpServer = http.createServer(app);
    const apollo = new ApolloServer<Context>({
        schema,
        csrfPrevention: true,
        introspection: !opts.production || process.env.GRAPHQL_INTROSPECTION === "true",
        includeStacktraceInErrorResponses: false,
        // With trusted documents strict, errors say nothing about the schema (maskSchemaDetails).
        formatError: trusted.mode === "strict" ? (f, e) => maskSchemaDetails(formatError(f, e, production), e) : (f, e) => formatError(f, e, production),
        validationRules: limits.validationRules,
        allowBatchedHttpRequests: false,
        // The process's own shutdown (src/index.ts) stops Apollo; Apollo's handler would stop it first on
        // SIGTERM/SIGINT (outside NODE_ENV=test), and the second stop() never returned: Ctrl-C hung with
        // Neo4j still up. Tested with NODE_ENV=production (test/integration/process-lifecycle.int.test.ts).
        stopOnTerminationSignals: false,
        plugins: [
            ApolloServerPluginLandingPageDisabled(),
            // No cache hints are used; the default cache-control plugin would still hook every field.
            ApolloServerPluginCacheControlDisabled(),
            ApolloServerPluginDrainHttpServer({ httpServer }),
            // graphql-armor is typed against the CJS build of @apollo/server; the plugin objects are the same.
            ...(limits.plugins as unknown as ApolloServerPlugin<Context>[]),
            statusPlugin(),
            // Refuses, before execution, a document whose lists multiply past the answer bound.
            answerSizePlugin<Context>(),
            collapseRepeatedErrors(),
            writeGuardPlugin({ executor, queries, database: opts.database, timeoutMs: timeout, writesEnabled, record: opts.recordChange }),
            ...(responseCache ? [responseCache] : []),
            ...(opts.production ? [] : [queryCountPlugin()]),
            // Last, so it sees the answer as sent (error codes, the cache's verdict).
            observer.plugin(),
        ],
    });
    await apollo.start();

    const overload = new OverloadMonitor({ ...(opts.overload ?? overloadOptionsFromEnv()), onHeapPressure: () => {
        budget.shed(0.5);
        workingSetBudget().shed(0.5);
    } });
    const healthDb = createDb(opts.driver, queries, opts.database);
    app.disable("x-powered-by");
    // Express hashes every response body into an ETag (SHA-1); GraphQL answers are POSTed and the
    // response cache already spares recomputing them, so the hash would be CPU for nothing.
    app.set("etag", false);
    app.get("/health", healthHandler(healthDb, () => ({ ...budget.stats(), workingSets: workingSetBudget().stats(), overload: overload.state() })));
    app.get("/ready", readyHandler(opts.readiness ?? new Readiness(), healthDb));
    const access = opts.metricsAccess ?? metricsAccessFromEnv();
    if (metricsOnPublicPort(access, production)) app.get("/metrics", metricsHandler(metrics, access.token));
    app.use(graphiqlAssets());
    app.use(explorerRoutes());
    // A browser asking for HTML at the endpoint gets GraphiQL — with `?query=` prefilled, so links to a
    // query open it; everything else (Accept: JSON) is GraphQL over HTTP.
    app.get(GRAPHQL_PATH, (req, res, next) => {
        const wantsHtml = req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
        if (wantsHtml) res.type("html").send(graphiqlHtml(GRAPHQL_PATH));
        else next();
    });
    app.use(
        GRAPHQL_PATH,
        // The request id and the report of every request, whoever answers it (src/http/request-observer.ts).
        observer.middleware(),
        corsMiddleware(corsOrigins),
        // New requests are refused with 503 while the API is overloaded; those in flight finish.
        overload.middleware(),
        express.json({ limit: opts.bodyLimit ?? process.env.BODY_LIMIT ?? "1mb" }),
        // Registered ids become their documents; what the mode refuses stops here (src/http/trusted-documents.ts).
        trustedDocumentsMiddleware(trusted, verify),
        // Cached answers to anonymous reads leave here, before Apollo (src/http/response-cache.ts).
        ...(responseCache ? [responseCache.middleware()] : []),
        documentLimits(LIMITS.maxTokens, LIMITS.maxDirectives),
        expressMiddleware(apollo, {
            context: async ({ req, res }): Promise<Context> => {
                const token = req.headers.authorization?.replace(/^Bearer\s+/i, "") || undefined;
                const jwt = await verify(token);
                const info = requestInfo(res);
                // The request's queries add up their time on Neo4j for the metrics (src/db/meter.ts).
                const db = createDb(executor, queries, opts.database, timeout, info?.neo4j);
                const ctx: Context = {
                    // Generated reads as one auto-commit query each (src/db/run.ts autoCommitReader); a
                    // caller's session or transaction (tests) is used as given.
                    executionContext: isDriver(executor) ? (autoCommitReader(executor, opts.database, timeout, info?.neo4j) as unknown as Transaction) : executor,
                    sessionConfig: opts.database ? { database: opts.database } : undefined,
                    transaction: { timeout },
                    db,
                    loaders: new Loaders(db),
                    refCache,
                    memos,
                    workingSets,
                    jwt,
                };
                observer.bind(ctx, info);
                return ctx;
            },
        }),
    );

    // Malformed or oversized bodies: a JSON GraphQL-style error, never Express's HTML stack page.
    app.use((err: { status?: number; type?: string; message?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
        const message = err.type === "entity.too.large" ? "request body too large" : status < 500 ? "malformed request body" : "internal server error";
        res.status(status).json({ errors: [{ message, extensions: { code: status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
    });

    return {
        app,
        apollo,
        trusted,
        log,
        async listen(port: number, host = "127.0.0.1"): Promise<RunningServer> {
            await new Promise<void>((resolve, reject) => {
                httpServer.once("error", reject);
                httpServer.listen(port, host, () => resolve());
            });
            const addr = httpServer.address() as AddressInfo;
            const own = access.port !== undefined ? await startMetricsServer(metricsHandler(metrics, access.token), access.port, access.host) : undefined;
            return {
                url: `http://${host === "0.0.0.0" ? "localhost" : host}:${addr.port}${GRAPHQL_PATH}`,
                metricsUrl: own?.url,
                stop: async () => {
                    await own?.stop();
                    graphVersion.stop();
                    stopWatching();
                    stopFollowing();
                    overload.stop();
                    await apollo.stop();
                },
            };
        },
    };
}
