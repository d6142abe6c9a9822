// The API's log. In production (or LOG_FORMAT=json): JSON lines on stdout with pino — one per request
// (request id, operation, duration, cache verdict, outcome, HTTP status, time waited on Neo4j), one
// per internal error with its cause chain, and the start-up messages — for a log shipper to index. In
// development: readable lines on stderr as before (`[api] …`, `[neo4j] …`), and a line per request
// only with LOG_REQUESTS=true.
import { pino, type DestinationStream, type Logger } from "pino";

export interface RequestLine {
    reqId: string;
    method: string;
    path: string;
    status: number;
    operation: string;
    outcome: string;
    durationMs: number;
    cache?: string;
    neo4jMs?: number;
    neo4jQueries?: number;
}

export interface ApiLog {
    readonly json: boolean;
    info(msg: string, fields?: Record<string, unknown>): void;
    error(msg: string, fields?: Record<string, unknown>): void;
    request(line: RequestLine): void;
}

export interface LogOptions {
    /** JSON lines (pino) instead of readable lines. */
    json: boolean;
    /** A readable line per request too (JSON always has one). */
    requests?: boolean;
    /** Where JSON lines go (default stdout); tests collect them. */
    destination?: DestinationStream;
}

/** Errors as the log keeps them: message and code of each error in the cause chain, no request data. */
export function errorChain(e: unknown): { message: string; code?: string; name?: string }[] {
    const out: { message: string; code?: string; name?: string }[] = [];
    let cur: unknown = e;
    for (let i = 0; i < 6 && cur; i++) {
        const x = cur as { message?: unknown; code?: unknown; name?: unknown; originalError?: unknown; cause?: unknown };
        out.push({ message: String(x.message ?? cur).split("\n")[0]!, ...(x.code ? { code: String(x.code) } : {}), ...(typeof x.name === "string" && x.name !== "Error" ? { name: x.name } : {}) });
        cur = x.originalError ?? x.cause;
    }
    return out;
}

export function createLog(o: LogOptions): ApiLog {
    if (o.json) {
        const logger: Logger = pino(
            { base: { service: "state-data-graph" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
            o.destination ?? pino.destination({ dest: 1, sync: true }),
        );
        return {
            json: true,
            info: (msg, fields) => logger.info(fields ?? {}, msg),
            error: (msg, fields) => logger.error(fields ?? {}, msg),
            request: (line) => logger.info(line, "request"),
        };
    }
    return {
        json: false,
        info: (msg) => console.error(msg),
        error: (msg) => console.error(msg),
        request: (l) => {
            if (!o.requests) return;
            const extra = [l.cache ? `cache ${l.cache}` : "", l.neo4jMs !== undefined ? `neo4j ${l.neo4jMs.toFixed(1)} ms/${l.neo4jQueries}q` : ""].filter(Boolean).join(", ");
            console.error(`[api] ${l.reqId} ${l.method} ${l.path} ${l.operation} ${l.outcome} ${l.status} ${l.durationMs.toFixed(1)} ms${extra ? ` (${extra})` : ""}`);
        },
    };
}

/** LOG_FORMAT (json | text; default json in production) and LOG_REQUESTS. */
export function logFromEnv(production: boolean, env: NodeJS.ProcessEnv = process.env): ApiLog {
    const format = env.LOG_FORMAT?.toLowerCase();
    if (format && format !== "json" && format !== "text") throw new Error(`LOG_FORMAT must be json or text, got "${env.LOG_FORMAT}"`);
    return createLog({ json: format ? format === "json" : production, requests: env.LOG_REQUESTS === "true" });
}
