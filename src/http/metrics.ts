// GET /metrics in Prometheus' text format (prom-client): requests by operation and outcome, their
// latency and the time they waited on Neo4j, the response cache's verdicts and the memory budget it
// draws on (bytes held, evictions), the Bolt pool (connections in use, sessions waiting), heap and RSS
// (prom-client's process metrics), and the imported documents in the graph with their records.
// Operation names are labels only for the first 200 names seen (registered documents always count),
// so a client inventing names cannot grow the registry without bound; the rest are "other".
// Where it is served (src/http/metrics-access.ts): never open on the public port in production.
import type { Driver } from "neo4j-driver";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Db } from "../db/run.js";
import { poolState } from "../db/meter.js";
import { workingSetBudget, type MemoryBudget } from "../kernel/cache/memory-budget.js";
import type { GraphVersion } from "../kernel/cache/graph-version.js";

/** What one answered request tells the metrics. */
export interface RequestFacts {
    operation: string;
    /** "ok", or the first error code (BAD_USER_INPUT, PERSISTED_QUERY_NOT_IN_LIST, …). */
    outcome: string;
    seconds: number;
    /** hit, miss or bypass; undefined when the response cache had no say (mutations, refusals, cache off). */
    cache?: string;
    /** Time the request's queries waited on Neo4j (undefined when none ran: a cache hit, a refusal). */
    neo4jSeconds?: number;
}

const MAX_OPERATION_LABELS = 200;
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

let processRegistry: Registry | undefined;
/** Heap, RSS, event-loop lag, GC: one registry per process (each server's /metrics appends it). */
function processMetrics(): Registry {
    if (!processRegistry) {
        processRegistry = new Registry();
        collectDefaultMetrics({ register: processRegistry });
    }
    return processRegistry;
}

export interface MetricsSources {
    driver: Driver;
    budget: MemoryBudget;
    /** Reads the imported documents (meta/imported-documents), once per graph version. */
    db: Db;
    version: GraphVersion;
    /** Operation names always kept as labels (the registered documents). */
    knownOperations?: Iterable<string>;
}

export class ApiMetrics {
    readonly registry = new Registry();
    private readonly names = new Set<string>();
    private readonly requests: Counter<"operation" | "outcome">;
    private readonly latency: Histogram<"operation">;
    private readonly neo4j: Histogram<"operation">;
    private readonly cache: Counter<"verdict">;
    private imported: { version: number; rows: { kind: string; documents: number; records: number }[] } = { version: -2, rows: [] };

    constructor(private readonly src: MetricsSources) {
        for (const n of src.knownOperations ?? []) this.names.add(n);
        const registers = [this.registry];
        this.requests = new Counter({ name: "graphql_requests_total", help: "GraphQL requests answered, by operation name and outcome (ok or the first error code)", labelNames: ["operation", "outcome"], registers });
        this.latency = new Histogram({ name: "graphql_request_duration_seconds", help: "Time from the request's arrival to its answer, by operation", labelNames: ["operation"], buckets: LATENCY_BUCKETS, registers });
        this.neo4j = new Histogram({ name: "graphql_neo4j_seconds", help: "Time a request's queries waited on Neo4j (summed over its queries), by operation; requests that ran no query are not counted", labelNames: ["operation"], buckets: LATENCY_BUCKETS, registers });
        this.cache = new Counter({ name: "response_cache_requests_total", help: "Reads by response-cache verdict: hit (answered from memory), miss (computed), bypass (graph version unknown)", labelNames: ["verdict"], registers });
        const budget = src.budget;
        let evicted = 0;
        new Counter({
            name: "memory_budget_evictions_total", help: "Cache entries dropped to make room or shed under heap pressure", registers,
            collect() {
                const now = budget.stats().evictions;
                if (now > evicted) this.inc(now - evicted);
                evicted = now;
            },
        });
        new Gauge({ name: "memory_budget_bytes", help: "Bytes every in-process cache may hold together", registers, collect() { this.set(budget.stats().budgetBytes); } });
        new Gauge({ name: "working_set_budget_bytes", help: "Bytes the working sets (the duplicate analysis, the usage questions' tier sets) may hold together, apart from the caches", registers, collect() { this.set(workingSetBudget().stats().budgetBytes); } });
        // Regions of both budgets: the caches' (answers, name resolutions, memos) and the working sets'.
        const regions = () => [...Object.entries(budget.stats().regions), ...Object.entries(workingSetBudget().stats().regions)];
        new Gauge({
            name: "memory_budget_held_bytes", help: "Bytes held by each cache region (answers, name resolutions, memos) and working set (duplicate analysis, usage questions)", labelNames: ["region"], registers,
            collect() {
                this.reset();
                for (const [region, r] of regions()) this.set({ region }, r.bytes);
            },
        });
        new Gauge({
            name: "memory_budget_entries", help: "Entries held by each cache region and working set", labelNames: ["region"], registers,
            collect() {
                this.reset();
                for (const [region, r] of regions()) this.set({ region }, r.entries);
            },
        });
        const driver = src.driver;
        new Gauge({ name: "neo4j_pool_connections_in_use", help: "Bolt connections in use (sessions open, up to the pool's size)", registers, collect() { this.set(poolState(driver).inUse); } });
        new Gauge({ name: "neo4j_pool_waiting", help: "Sessions waiting for a Bolt connection (open beyond the pool's size)", registers, collect() { this.set(poolState(driver).waiting); } });
        new Gauge({ name: "neo4j_pool_max_connections", help: "Most Bolt connections the pool keeps (NEO4J_MAX_CONNECTIONS)", registers, collect() { this.set(poolState(driver).max); } });
        const self = this;
        new Gauge({
            name: "graph_imported_documents", help: "Imported files in the graph, by kind (connections, inventory, usage)", labelNames: ["kind"], registers,
            async collect() {
                this.reset();
                for (const r of await self.importedRows()) this.set({ kind: r.kind }, r.documents);
            },
        });
        new Gauge({
            name: "graph_imported_records", help: "Records of the imported files in the graph (rows, entries, log records), by kind", labelNames: ["kind"], registers,
            async collect() {
                this.reset();
                for (const r of await self.importedRows()) this.set({ kind: r.kind }, r.records);
            },
        });
    }

    /** The imported documents, read once per graph version (a scrape between writes costs no query). */
    private async importedRows(): Promise<{ kind: string; documents: number; records: number }[]> {
        const v = this.src.version.current;
        if (v >= 0 && v === this.imported.version) return this.imported.rows;
        try {
            const rows = await this.src.db.run<{ kind: string; documents: number; records: number }>("meta/imported-documents");
            this.imported = { version: v, rows };
            return rows;
        } catch {
            return this.imported.rows;
        }
    }

    /** The label for an operation name: itself while few names are known, else "other". */
    private label(name: string): string {
        const clean = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/.test(name) ? name : "anonymous";
        if (this.names.has(clean)) return clean;
        if (this.names.size >= MAX_OPERATION_LABELS) return "other";
        this.names.add(clean);
        return clean;
    }

    observe(f: RequestFacts): void {
        const operation = this.label(f.operation);
        this.requests.inc({ operation, outcome: f.outcome });
        this.latency.observe({ operation }, f.seconds);
        if (f.neo4jSeconds !== undefined) this.neo4j.observe({ operation }, f.neo4jSeconds);
        if (f.cache) this.cache.inc({ verdict: f.cache });
    }

    contentType(): string {
        return this.registry.contentType;
    }

    async text(): Promise<string> {
        return (await this.registry.metrics()) + (await processMetrics().metrics());
    }
}
