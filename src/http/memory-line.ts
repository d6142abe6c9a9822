// The start-up line that says how memory is bounded: the heap limit the process runs with, the
// caches' budget drawn from it, and when new requests are refused (README "How memory is bounded").
import v8 from "node:v8";
import { processBudget, workingSetBudget } from "../kernel/cache/memory-budget.js";
import { overloadOptionsFromEnv } from "./overload.js";

export function describeMemory(): string {
    const mb = (b: number) => `${Math.round(b / 1048576)} MB`;
    const limit = v8.getHeapStatistics().heap_size_limit;
    const o = overloadOptionsFromEnv();
    const budget = processBudget().bytes;
    const source = process.env.CACHE_BUDGET_MB ? "CACHE_BUDGET_MB" : `a tenth of the ${mb(limit)} V8 heap limit`;
    const working = workingSetBudget().bytes;
    const workingSource = process.env.WORKING_SET_MB ? "WORKING_SET_MB" : "a fifth of it";
    return `[api] memory: caches hold at most ${mb(budget)} (${source}), working sets (the duplicate analysis, the usage questions' tier sets) ${mb(working)} (${workingSource}); new requests get 503 past ${o.maxEventLoopDelayMs} ms of event-loop delay or ${Math.round(o.maxHeapShare * 100)} % of the heap live`;
}
