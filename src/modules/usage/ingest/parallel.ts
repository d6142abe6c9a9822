// Parsing a large operational-monitoring log on several threads (issue 29: one thread was bound by
// JSON.parse at ~115,000 records/s). The main thread keeps reading (gunzip, hash, decode, split) and
// hands chunks of lines, with their first line number, to N workers (parse-worker.ts) round robin; each
// validates and aggregates its chunks as OpmonReader does on one thread. At the end their aggregates
// are merged per consumer–service pair and their problems per kind (first line numbers in order), so
// the prepared import — and a refusal, which still names the first bad lines and writes nothing — is
// the same as one thread's. A few chunks per worker are in flight at most, so memory stays bounded.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Period } from "../../../../lib/period.js";
import type { PairAggregate } from "./aggregate.js";
import type { Mapping } from "./mapping.js";
import type { OpmonReader } from "./opmon.js";
import type { Problem, ProblemTally } from "./problems.js";

export const MAX_LINE = 1 << 20;

export interface ChunkMessage {
    type: "chunk";
    first: number;
    text: string;
}

export interface WorkerResult {
    type: "result";
    pairs: PairAggregate[];
    problems: Problem[];
    accepted: number;
    skippedOtherSide: number;
    withDuration: number;
}

/** Chunks in flight per worker before the reader waits. */
const IN_FLIGHT = 4;

/**
 * The worker's module, loaded through tsx's loader: the project runs its TypeScript with `--import tsx`,
 * which a worker thread does not inherit.
 */
function startWorker(workerData: unknown): Worker {
    // tsx's ESM API, by its package's own exports map (require.resolve would give its CommonJS twin).
    const pkg = createRequire(import.meta.url).resolve("tsx/package.json");
    const exports = (JSON.parse(readFileSync(pkg, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
    const api = pathToFileURL(path.join(path.dirname(pkg), exports["./esm/api"]!.import.default)).href;
    const entry = new URL("./parse-worker.ts", import.meta.url).href;
    const boot = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
    return new Worker(boot, { eval: true, workerData, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 } });
}

export class ParallelOpmon {
    private readonly workers: Worker[];
    private readonly pending: number[];
    private next = 0;
    private failed: Error | null = null;
    private waiters: (() => void)[] = [];
    /** Records accepted by the workers so far (for progress). */
    accepted = 0;

    constructor(mapping: Mapping, period: Period, n: number) {
        this.workers = Array.from({ length: n }, () => startWorker({ mapping, period }));
        this.pending = this.workers.map(() => 0);
        this.workers.forEach((w, i) => {
            w.on("message", (m: { type: string; accepted?: number }) => {
                if (m.type !== "ack") return;
                this.pending[i]! -= 1;
                this.accepted += m.accepted ?? 0;
                this.wake();
            });
            w.on("error", (e) => this.fail(e));
            w.on("exit", (code) => {
                if (code !== 0) this.fail(new Error(`a parse worker stopped (exit code ${code})`));
            });
        });
    }

    private wake(): void {
        const ws = this.waiters;
        this.waiters = [];
        for (const f of ws) f();
    }

    private fail(e: Error): void {
        this.failed ??= e;
        this.wake();
    }

    /** Sends lines (numbered from `first`) to the next worker; waits while every worker is busy. */
    async send(first: number, lines: string[]): Promise<void> {
        if (lines.length === 0) return;
        for (;;) {
            if (this.failed) throw this.failed;
            const n = this.workers.length;
            const free = Array.from({ length: n }, (_, j) => (this.next + j) % n).find((k) => this.pending[k]! < IN_FLIGHT);
            if (free !== undefined) {
                const pick = free;
                this.pending[pick]! += 1;
                this.next = (pick + 1) % this.workers.length;
                this.workers[pick]!.postMessage({ type: "chunk", first, text: lines.join("\n") } satisfies ChunkMessage);
                return;
            }
            await new Promise<void>((resolve) => this.waiters.push(resolve));
        }
    }

    /** Waits for every chunk, merges the workers' aggregates, problems and counts into `into`, and stops them. */
    async finish(into: OpmonReader, problems: ProblemTally): Promise<void> {
        try {
            const results = await Promise.all(this.workers.map((w) => new Promise<WorkerResult>((resolve, reject) => {
                w.on("message", (m: WorkerResult | { type: "ack" }) => (m.type === "result" ? resolve(m) : undefined));
                w.once("error", reject);
                w.once("exit", (code) => reject(this.failed ?? new Error(`a parse worker stopped (exit code ${code})`)));
                w.postMessage({ type: "end" });
            })));
            for (const r of results) {
                for (const p of r.pairs) into.agg.merge(p);
                problems.merge(r.problems);
                into.accepted += r.accepted;
                into.skippedOtherSide += r.skippedOtherSide;
                into.withDuration += r.withDuration;
            }
        } finally {
            await this.stop();
        }
    }

    /** Stops the workers (after finish, or when the import stops early). */
    async stop(): Promise<void> {
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
