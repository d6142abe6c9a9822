// GET /health: 200 when the API and Neo4j both answer, 503 otherwise. Bounded so probes never hang.
import type { RequestHandler } from "express";
import type { Db } from "../db/run.js";

/** What the API holds in memory and whether it is refusing work (memory budget, overload). */
export type MemoryReport = () => Record<string, unknown>;

export function healthHandler(db: Db, memory: MemoryReport = () => ({}), timeoutMs = 2000): RequestHandler {
    return async (_req, res) => {
        const started = Date.now();
        let timer: NodeJS.Timeout | undefined;
        try {
            await Promise.race([
                db.run("health/ping"),
                new Promise((_, reject) => {
                    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
                }),
            ]);
            res.status(200).json({ status: "ok", api: "up", neo4j: "up", neo4jLatencyMs: Date.now() - started, memory: memory() });
        } catch (e) {
            const reason = e instanceof Error ? e.message.split("\n")[0] : "unknown";
            res.status(503).json({ status: "unavailable", api: "up", neo4j: "down", reason, memory: memory() });
        } finally {
            clearTimeout(timer);
        }
    };
}
