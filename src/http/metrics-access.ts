// Where /metrics is served. It tells anyone who can read it the operations asked, their rates and the
// process's memory, so it is never open on the public port in production:
//   METRICS_PORT set      → on that port only (bound to METRICS_HOST, default 127.0.0.1), e.g. for a
//                            Prometheus agent beside the API; the public port answers 404;
//   METRICS_TOKEN set     → on the public port with `Authorization: Bearer <METRICS_TOKEN>` (401 otherwise);
//   production, neither   → not served (404): a deployment turns it on with one of the two;
//   development           → open on the public port.
import { timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import type { ApiMetrics } from "./metrics.js";

export interface MetricsAccess {
    /** A bearer token the scraper sends. */
    token?: string;
    /** A separate port (0 = any free one) for /metrics instead of the public one. */
    port?: number;
    host?: string;
}

export function metricsAccessFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsAccess {
    const token = env.METRICS_TOKEN || undefined;
    if (token !== undefined && token.length < 16) throw new Error("METRICS_TOKEN must be at least 16 characters");
    const raw = env.METRICS_PORT;
    let port: number | undefined;
    if (raw !== undefined && raw !== "") {
        port = Number(raw);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`METRICS_PORT must be an integer between 0 and 65535, got "${raw}"`);
    }
    return { token, port, host: env.METRICS_HOST || undefined };
}

const sameToken = (given: string, expected: string): boolean => {
    const a = Buffer.from(given);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
};

/** The /metrics handler: the token checked when one is set. */
export function metricsHandler(metrics: ApiMetrics, token: string | undefined): RequestHandler {
    return async (req, res) => {
        if (token) {
            const given = req.headers.authorization?.replace(/^Bearer\s+/i, "") ?? "";
            if (!sameToken(given, token)) {
                res.status(401).setHeader("www-authenticate", 'Bearer realm="metrics"').type("text").send("metrics need Authorization: Bearer <METRICS_TOKEN>\n");
                return;
            }
        }
        res.setHeader("content-type", metrics.contentType());
        res.send(await metrics.text());
    };
}

/** Whether the public port serves /metrics (see the header). */
export function metricsOnPublicPort(a: MetricsAccess, production: boolean): boolean {
    if (a.port !== undefined) return false;
    return !production || a.token !== undefined;
}

/** Serves /metrics alone on its own port; resolves with its URL and a stop function. */
export async function startMetricsServer(handler: RequestHandler, port: number, host = "127.0.0.1"): Promise<{ url: string; stop(): Promise<void> }> {
    const app = express();
    app.disable("x-powered-by");
    app.get("/metrics", handler);
    const server = http.createServer(app);
    await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve());
    });
    const addr = server.address() as AddressInfo;
    return { url: `http://${host}:${addr.port}/metrics`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
