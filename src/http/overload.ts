// Overload is refused, never fatal: past a threshold of event-loop delay or of heap, new requests get
// 503 with Retry-After and a sentence saying why, while requests in flight finish; once the signal is
// back under its threshold the API answers again by itself. Detection uses Node's own instruments:
// `perf_hooks.monitorEventLoopDelay` (a native histogram, the instrument @fastify/under-pressure reads)
// and the heap after V8's full collections (PerformanceObserver "gc"), checked every `checkEveryMs`.
// Not `overload-protection`: it samples with a 5 ms JavaScript timer and judges the heap by `heapUsed`,
// which under a capped heap swings up to the cap with garbage a full GC would free, so it refuses
// healthy requests; @fastify/under-pressure is a Fastify plugin. On heap pressure the caches shed the
// least recently used half of the memory budget (src/kernel/cache/memory-budget.ts), so memory comes back.
import { constants, monitorEventLoopDelay, PerformanceObserver, type IntervalHistogram } from "node:perf_hooks";
import v8 from "node:v8";
import type { RequestHandler } from "express";

export interface OverloadOptions {
    /** Event-loop delay (largest in the last check window) past which new requests are refused (ms). */
    maxEventLoopDelayMs: number;
    /** Share of the heap limit the live heap may hold (after a full GC) before new requests are refused. */
    maxHeapShare: number;
    /** How often the signals are read (ms). */
    checkEveryMs: number;
    /** Seconds a refused client is told to wait (Retry-After). */
    retryAfterS: number;
    /** Called when the heap is past its threshold: drop what can be dropped (caches). */
    onHeapPressure?: () => void;
}

export const OVERLOAD_DEFAULTS: OverloadOptions = { maxEventLoopDelayMs: 500, maxHeapShare: 0.75, checkEveryMs: 250, retryAfterS: 2 };

/** OVERLOAD_EVENT_LOOP_DELAY_MS, OVERLOAD_HEAP_SHARE and OVERLOAD_RETRY_AFTER_S over the defaults. */
export function overloadOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OverloadOptions {
    const num = (name: string, fallback: number, min: number, max: number): number => {
        const raw = env[name];
        if (raw === undefined || raw === "") return fallback;
        const n = Number(raw);
        if (!Number.isFinite(n) || n < min || n > max) throw new Error(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
        return n;
    };
    return {
        ...OVERLOAD_DEFAULTS,
        maxEventLoopDelayMs: num("OVERLOAD_EVENT_LOOP_DELAY_MS", OVERLOAD_DEFAULTS.maxEventLoopDelayMs, 1, 60_000),
        maxHeapShare: num("OVERLOAD_HEAP_SHARE", OVERLOAD_DEFAULTS.maxHeapShare, 0.05, 0.99),
        retryAfterS: num("OVERLOAD_RETRY_AFTER_S", OVERLOAD_DEFAULTS.retryAfterS, 1, 3600),
    };
}

export interface OverloadState {
    overloaded: boolean;
    reason: string | undefined;
    refused: number;
    eventLoopDelayMs: number;
    heapUsedBytes: number;
    heapTotalBytes: number;
    heapLimitBytes: number;
    /** Heap in use after the last full collection. */
    liveAfterGcBytes: number;
    rssBytes: number;
    externalBytes: number;
}

export class OverloadMonitor {
    private readonly histogram: IntervalHistogram;
    private readonly gc: PerformanceObserver;
    private readonly timer: NodeJS.Timeout;
    private readonly heapLimit = v8.getHeapStatistics().heap_size_limit;
    /** Heap in use right after the last full collection: what the API really holds. */
    private liveAfterGc = 0;
    private why: string | undefined;
    private delayMs = 0;
    /** The window before the last was over the event-loop threshold too. */
    private lagging = false;
    private refused = 0;

    constructor(private readonly o: OverloadOptions = OVERLOAD_DEFAULTS) {
        this.histogram = monitorEventLoopDelay({ resolution: 10 });
        this.histogram.enable();
        this.gc = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
                if (((e as { detail?: { kind?: number } }).detail)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) this.liveAfterGc = v8.getHeapStatistics().used_heap_size;
            }
        });
        this.gc.observe({ entryTypes: ["gc"] });
        this.timer = setInterval(() => this.check(), o.checkEveryMs);
        this.timer.unref();
    }

    private check(): void {
        // Two windows in a row over the threshold: one long task (a big answer, the duplicate
        // analysis) delays the loop once and is not an overload; a backlog keeps delaying it.
        const previous = this.delayMs;
        this.delayMs = this.histogram.max / 1e6;
        this.lagging = previous > this.o.maxEventLoopDelayMs;
        this.histogram.reset();
        const used = v8.getHeapStatistics().used_heap_size;
        // Used ≥ live, so a heap in use under the threshold clears an earlier verdict of a full GC.
        if (used < this.liveAfterGc) this.liveAfterGc = used;
        const heapLimit = this.o.maxHeapShare * this.heapLimit;
        const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
        if (this.liveAfterGc > heapLimit) {
            this.why = `the API's memory is nearly full (${mb(this.liveAfterGc)} live of its ${mb(this.heapLimit)} heap)`;
            this.o.onHeapPressure?.();
        } else if (this.delayMs > this.o.maxEventLoopDelayMs && this.lagging) {
            this.why = `the API is answering too many questions at once (each waits ${Math.round(this.delayMs)} ms before it starts, more than ${this.o.maxEventLoopDelayMs} ms)`;
        } else {
            this.why = undefined;
        }
    }

    state(): OverloadState {
        const m = process.memoryUsage();
        return {
            overloaded: this.why !== undefined, reason: this.why, refused: this.refused, eventLoopDelayMs: this.delayMs,
            heapUsedBytes: m.heapUsed, heapTotalBytes: m.heapTotal, heapLimitBytes: this.heapLimit, liveAfterGcBytes: this.liveAfterGc, rssBytes: m.rss, externalBytes: m.external,
        };
    }

    /** 503 with Retry-After and a GraphQL-shaped error for new requests while overloaded. */
    middleware(): RequestHandler {
        return (_req, res, next) => {
            if (this.why === undefined) return next();
            this.refused += 1;
            res.status(503).setHeader("retry-after", String(this.o.retryAfterS));
            res.json({ errors: [{ message: `${this.why}; try again in ${this.o.retryAfterS} s`, extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: this.o.retryAfterS } }] });
        };
    }

    stop(): void {
        clearInterval(this.timer);
        this.histogram.disable();
        this.gc.disconnect();
    }
}
