// Every request to /graphql is seen once, whoever answers it (a refusal at the edge, a cached answer
// sent before Apollo, Apollo itself): it gets a request id (the client's `x-request-id` when it is a
// plain token, else a new UUID), echoed in the `x-request-id` response header; when the response is
// done, one log line and the metrics get its operation, outcome, duration, cache verdict and the time
// its queries waited on Neo4j. The Apollo plugin fills in what only Apollo knows (the operation it
// resolved, the error codes, the cache verdict) and logs each internal error with its cause.
import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { newNeo4jTime, type Neo4jTime } from "../db/meter.js";
import type { Context } from "../kernel/context.js";
import { formatError } from "./errors.js";
import { errorChain, type ApiLog } from "./log.js";
import type { ApiMetrics } from "./metrics.js";

export interface RequestInfo {
    id: string;
    started: number;
    /** The operation's name, once known (registered document, Apollo's resolution, the body). */
    operation?: string;
    /** The first error code, or a refusal's code; "ok" when the answer had no error. */
    outcome?: string;
    cache?: string;
    neo4j: Neo4jTime;
}

const REQUEST_ID = /^[\w.:-]{1,100}$/;
const OPERATION_IN_TEXT = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** The request's info, set by the observer's middleware (undefined before it, e.g. on other routes). */
export function requestInfo(res: Response): RequestInfo | undefined {
    return res.locals.requestInfo as RequestInfo | undefined;
}

/** What a status means when no GraphQL error code says it (refused before Apollo). */
function outcomeOfStatus(status: number): string {
    if (status < 400) return "ok";
    return { 400: "BAD_REQUEST", 401: "UNAUTHENTICATED", 403: "FORBIDDEN", 405: "METHOD_NOT_ALLOWED", 413: "PAYLOAD_TOO_LARGE", 503: "SERVICE_UNAVAILABLE", 504: "QUERY_TIMEOUT" }[status] ?? `HTTP_${status}`;
}

function operationOfBody(req: Request): string {
    const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
    if (body && typeof body.operationName === "string" && body.operationName) return body.operationName;
    if (body && typeof body.query === "string") return OPERATION_IN_TEXT.exec(body.query)?.[1] ?? "anonymous";
    const q = typeof req.query === "object" ? (req.query as Record<string, unknown>) : {};
    if (typeof q.operationName === "string" && q.operationName) return q.operationName;
    if (typeof q.query === "string") return OPERATION_IN_TEXT.exec(q.query)?.[1] ?? "anonymous";
    return "anonymous";
}

/** Where a request's context carries its info: a symbol key, which Apollo's per-operation shallow copy of the context keeps. */
const INFO = Symbol("requestInfo");
const infoOfContext = (ctx: unknown): RequestInfo | undefined => (ctx as { [INFO]?: RequestInfo } | undefined)?.[INFO];

export class RequestObserver {

    constructor(private readonly o: { log: ApiLog; metrics?: ApiMetrics }) {}

    /** First on the GraphQL route: the request id, its header, and the report when the response is done. */
    middleware(): RequestHandler {
        return (req: Request, res: Response, next: NextFunction) => {
            const given = req.headers["x-request-id"];
            const id = typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
            const info: RequestInfo = { id, started: performance.now(), neo4j: newNeo4jTime() };
            res.locals.requestInfo = info;
            res.setHeader("x-request-id", id);
            res.once("close", () => this.finish(req, res, info));
            next();
        };
    }

    /** The context of a request is its info's (so the plugin finds it). */
    bind(ctx: Context, info: RequestInfo | undefined): void {
        if (info) (ctx as { [INFO]?: RequestInfo })[INFO] = info;
    }

    private finish(req: Request, res: Response, info: RequestInfo): void {
        const seconds = (performance.now() - info.started) / 1000;
        const operation = info.operation ?? operationOfBody(req);
        const outcome = !res.writableFinished ? "ABORTED" : (info.outcome ?? outcomeOfStatus(res.statusCode));
        const neo4jSeconds = info.neo4j.queries > 0 ? info.neo4j.ms / 1000 : undefined;
        this.o.metrics?.observe({ operation, outcome, seconds, cache: info.cache, neo4jSeconds });
        this.o.log.request({
            reqId: info.id, method: req.method, path: req.baseUrl || req.path, status: res.statusCode, operation, outcome, durationMs: Math.round(seconds * 10_000) / 10,
            ...(info.cache ? { cache: info.cache } : {}),
            ...(neo4jSeconds !== undefined ? { neo4jMs: Math.round(info.neo4j.ms * 10) / 10, neo4jQueries: info.neo4j.queries } : {}),
        });
    }

    plugin(): ApolloServerPlugin<Context> {
        const log = this.o.log;
        return {
            async requestDidStart(start) {
                const info = infoOfContext(start.contextValue);
                return {
                    async didResolveOperation(rc) {
                        if (info && rc.operationName) info.operation = rc.operationName;
                    },
                    async didEncounterErrors(rc) {
                        for (const e of rc.errors) {
                            const code = (e.extensions?.code as string | undefined) ?? "INTERNAL_SERVER_ERROR";
                            const formatted = formatError({ message: e.message, path: e.path, extensions: { code } }, e, true);
                            if (formatted.extensions?.code !== "INTERNAL_SERVER_ERROR") continue;
                            const chain = errorChain(e.originalError ?? e);
                            const where = e.path ? ` at ${e.path.join(".")}` : "";
                            const cause = chain[chain.length - 1]!;
                            if (log.json) log.error(`internal error${where}`, { reqId: info?.id, operation: rc.operationName ?? undefined, path: e.path?.join("."), err: chain });
                            else log.error(`[api] internal error${where}: ${cause.code ? `${cause.code} ` : ""}${cause.message}`);
                        }
                    },
                    async willSendResponse(rc) {
                        if (!info || rc.response.body.kind !== "single") return;
                        const result = rc.response.body.singleResult;
                        info.outcome = (result.errors?.[0]?.extensions?.code as string | undefined) ?? (result.errors?.length ? "INTERNAL_SERVER_ERROR" : "ok");
                        const cache = result.extensions?.cache;
                        if (typeof cache === "string") info.cache = cache;
                    },
                };
            },
        };
    }
}
