// GET /health: 200 when the API and Neo4j both answer, 503 otherwise. Bounded so probes never hang.
import type { RequestHandler } from "express";
import type { Db } from "../db/run.js";

/** What the API holds in memory and whether it is refusing work (memory budget, overload). */
export type MemoryReport = () => Record<string, unknown>;

/** Asks Neo4j the cheapest question; rejects with "no answer within N ms" when it does not answer in time. */
export async function pingWithin(db: Db, timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
        await Promise.race([
            db.run("health/ping"),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
            }),
        ]);
    } finally {
        clearTimeout(timer);
    }
}

/** The first line of an error's message, for a probe's answer. */
export const firstLine = (e: unknown): string => (e instanceof Error ? (e.message.split("\n")[0] ?? "") : "unknown");

export function healthHandler(db: Db, memory: MemoryReport = () => ({}), timeoutMs = 2000): RequestHandler {
    return async (_req, res) => {
        const started = Date.now();
        try {
            await pingWithin(db, timeoutMs);
            res.status(200).json({ status: "ok", api: "up", neo4j: "up", neo4jLatencyMs: Date.now() - started, memory: memory() });
        } catch (e) {
            res.status(503).json({ status: "unavailable", api: "up", neo4j: "down", reason: firstLine(e), memory: memory() });
        }
    };
}
