// Parsing a large operational-monitoring log on several threads (issue 29: one thread was bound by
// JSON.parse at ~115,000 records/s). The main thread keeps reading (gunzip, hash, decode, split) and
// hands chunks of lines, with their first line number, to N workers (parse-worker.ts); when every
// worker has its fill of chunks in flight it parses the chunk itself rather than wait, so the cores
// stay busy whatever the split between reading and parsing. Each parser validates and aggregates as
// OpmonReader does on one thread; at the end the workers' aggregates are merged per consumer–service
// pair and their problems per kind (first line numbers in order) into the main thread's, so the
// prepared import — and a refusal, which still names the first bad lines and writes nothing — is the
// same as one thread's. The worker's code is bundled once per process with esbuild (a dependency), so
// a worker starts without a TypeScript loader of its own.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Period } from "../../../../lib/period.js";
import type { Mapping } from "./mapping.js";
import type { OpmonReader } from "./opmon.js";
import type { ProblemTally } from "./problems.js";
import { readLines, type ChunkMessage, type WorkerResult } from "./parse-protocol.js";

/** Chunks in flight per worker before the main thread parses one itself. */
const IN_FLIGHT = 3;

let bundled: string | null = null;

/** parse-worker.ts and what it imports from the project as one CommonJS script (packages and built-ins left out). */
function workerCode(): string {
    if (bundled) return bundled;
    const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
    const out = esbuild.buildSync({ entryPoints: [fileURLToPath(new URL("./parse-worker.ts", import.meta.url))], bundle: true, platform: "node", format: "cjs", target: "node20", packages: "external", write: false, logLevel: "silent" });
    bundled = out.outputFiles[0]!.text;
    return bundled;
}

export class ParallelOpmon {
    private readonly workers: Worker[];
    private readonly pending: number[];
    private next = 0;
    private failed: Error | null = null;
    private finishing = false;
    /** Records accepted by the workers so far (for progress). */
    accepted = 0;

    /** `local`: the main thread's reader and tally, which parse a chunk when every worker is busy and receive the merge. */
    constructor(mapping: Mapping, period: Period, n: number, private readonly local: { reader: OpmonReader; problems: ProblemTally }) {
        const code = workerCode();
        this.workers = Array.from({ length: n }, () => new Worker(code, { eval: true, workerData: { mapping, period }, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 96 } }));
        this.pending = this.workers.map(() => 0);
        this.workers.forEach((w, i) => {
            w.on("message", (m: { type: string; accepted?: number }) => {
                if (m.type !== "ack") return;
                this.pending[i]! -= 1;
                this.accepted += m.accepted ?? 0;
            });
            w.on("error", (e) => (this.failed ??= e));
            w.on("exit", (code) => {
                if (!this.finishing) this.failed ??= new Error(`a parse worker stopped (exit code ${code})`);
            });
        });
    }

    /** Hands lines (numbered from `first`) to a worker with room, or parses them here. */
    send(first: number, lines: string[]): void {
        if (this.failed) throw this.failed;
        if (lines.length === 0) return;
        const n = this.workers.length;
        const free = Array.from({ length: n }, (_, j) => (this.next + j) % n).find((k) => this.pending[k]! < IN_FLIGHT);
        if (free === undefined) {
            readLines(this.local.reader, this.local.problems, first, lines);
            return;
        }
        this.pending[free]! += 1;
        this.next = (free + 1) % n;
        this.workers[free]!.postMessage({ type: "chunk", first, text: lines.join("\n") } satisfies ChunkMessage);
    }

    /** Waits for every chunk, merges the workers' aggregates, problems and counts into the main thread's, and stops them. */
    async finish(): Promise<void> {
        if (this.failed) throw this.failed;
        const { reader, problems } = this.local;
        try {
            const results = await Promise.all(this.workers.map((w) => new Promise<WorkerResult>((resolve, reject) => {
                w.on("message", (m: WorkerResult | { type: "ack" }) => (m.type === "result" ? resolve(m) : undefined));
                w.once("error", reject);
                w.once("exit", (code) => reject(this.failed ?? new Error(`a parse worker stopped (exit code ${code})`)));
                w.postMessage({ type: "end" });
            })));
            for (const r of results) {
                for (const p of r.pairs) reader.agg.merge(p);
                problems.merge(r.problems);
                reader.accepted += r.accepted;
                reader.skippedOtherSide += r.skippedOtherSide;
                reader.withDuration += r.withDuration;
            }
        } finally {
            await this.stop();
        }
    }

    /** Stops the workers (after finish, or when the import stops early). */
    async stop(): Promise<void> {
        this.finishing = true;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}
