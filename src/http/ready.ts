// GET /ready, apart from GET /health (liveness: the process and Neo4j answer): 200 only once the
// start-up steps are done — schema applied, reports seeded, warmed up — and Neo4j answers, so a load
// balancer sends no traffic to an instance that is still starting (its first questions would wait
// behind query planning and the JVM's JIT: src/http/warm-up.ts). 503 with what it is waiting for.
import type { RequestHandler } from "express";
import type { Db } from "../db/run.js";
import { firstLine, pingWithin } from "./health.js";

export const START_STEPS = ["schema", "seed", "warm-up"] as const;
export type StartStep = (typeof START_STEPS)[number];

export class Readiness {
    private readonly pending: Set<string>;
    private readonly done = new Map<string, string>();

    /** `steps` still to do; none (the default, for embedded servers and tests) is ready at once. */
    constructor(steps: readonly string[] = []) {
        this.pending = new Set(steps);
    }

    /** A step is done (idempotent). */
    mark(step: StartStep | string): void {
        this.pending.delete(step);
        if (!this.done.has(step)) this.done.set(step, new Date().toISOString());
    }

    get ready(): boolean {
        return this.pending.size === 0;
    }

    state(): { ready: boolean; pending: string[]; done: Record<string, string> } {
        return { ready: this.ready, pending: [...this.pending], done: Object.fromEntries(this.done) };
    }
}

export function readyHandler(readiness: Readiness, db: Db, timeoutMs = 2000): RequestHandler {
    return async (_req, res) => {
        const s = readiness.state();
        if (!s.ready) {
            res.status(503).json({ status: "starting", waitingFor: s.pending, done: s.done });
            return;
        }
        try {
            await pingWithin(db, timeoutMs);
            res.status(200).json({ status: "ready", done: s.done });
        } catch (e) {
            res.status(503).json({ status: "unavailable", neo4j: "down", reason: firstLine(e) });
        }
    };
}
