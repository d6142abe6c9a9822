// `npm run bench:missing`: the missing-database questions at national scale, measured in one run.
//  1. the reports loaded, then 10,000 inventory entries for every province (its people's committee and
//     ten departments, created by the import), every ministry and government agency (bench/inventories.ts,
//     a tenth with an empty status) imported as one file through the real import path, and a reference
//     catalogue (one row per kind the entries are drawn from, for provinces) through its import;
//  2. the analysis — the duplicate analysis, the kinds built on it, each tier's units and the conflicts —
//     timed by phase against the target of 10 s (issue 27);
//  3. each question through GraphQL once computed (p50/p99 of sequential requests, target p99 < 100 ms),
//     beside `{ __typename }` as the floor of the same server; the response cache is off.
// Results: bench/results/missing-<date>.json.
import { loadQueries } from "../src/db/queries.js";
import { inWriteScope } from "../src/db/write-scope.js";
import { importInventory } from "../src/modules/inventory/ingest/inventory.js";
import { importReferenceCatalogue } from "../src/modules/inventory/ingest/reference-catalogue.js";
import { compute } from "../src/modules/inventory/duplicates/analysis.js";
import { buildKinds } from "../src/modules/inventory/missing/kinds.js";
import { conflictsOf } from "../src/modules/inventory/missing/conflicts.js";
import { readMissingInputs } from "../src/modules/inventory/missing/inputs.js";
import { unitView } from "../src/modules/inventory/missing/units.js";
import { NO_TIME } from "../src/kernel/time.js";
import { estimateHeapBytes } from "../src/kernel/cache/heap-size.js";
import { workingSetBudget } from "../src/kernel/cache/memory-budget.js";
import { createServer } from "../src/server.js";
import { SYNTHETIC_KINDS, syntheticInventory } from "./inventories.js";
import { resultsHeader, seededGraph, sequentialFigures, writeResults } from "./seeded-graph.js";

const log = (m: string): void => console.error(m);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ms = (t0: number): number => Math.round(performance.now() - t0);
const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/** The questions measured once the analysis is computed: [name, GraphQL]. */
export const MISSING_QUESTIONS: [string, string][] = [
    ["floor { __typename }", "{ __typename }"],
    ["databaseKinds (first 50)", "{ databaseKinds(limit: 50) { total kinds { id label basis agencyCount department { name } } } }"],
    ["missingDatabases PEERS (provinces, first 100)", "{ missingDatabases(tier: PROVINCE, limit: 100) { total judged missing { agency { name } label verdict peers peersKeeping examples { itemName source { locator } } } } }"],
    ["missingDatabases PEERS (one province)", `{ missingDatabases(agency: "Lào Cai", limit: 100) { total missing { label verdict peerShare } } }`],
    ["missingDatabases PEERS (departments)", "{ missingDatabases(tier: DEPARTMENT, limit: 100) { total missing { agency { name } label } } }"],
    ["missingDatabases PEERS (E2025)", "{ missingDatabases(tier: PROVINCE, era: E2025, limit: 100) { total missing { agency { name } parts { name } label } } }"],
    ["missingDatabases REFERENCE (provinces)", "{ missingDatabases(tier: PROVINCE, basis: REFERENCE, limit: 100) { total missing { agency { name } label } } }"],
    ["kindHeatmap (provinces × 40 kinds)", "{ kindHeatmap(tier: PROVINCE, limit: 40) { totalKinds kinds { id label } rows { agency { name } states } } }"],
    ["catalogueQuality (provinces)", "{ catalogueQuality(tier: PROVINCE, limit: 100) { total catalogues { agency { name } size { percentile } unstructured { itemName phrase } withoutStatus { itemName } } } }"],
    ["responsibilityConflicts (provinces, first 100)", "{ responsibilityConflicts(tier: PROVINCE, limit: 100) { total conflicts { scope { name } kind { label } agencies { name } } } }"],
];

const graph = await seededGraph("missing", log);
const { driver, db } = graph;
const queries = loadQueries();
const results: Record<string, unknown> = resultsHeader();
try {
    const agencies = await db.run<{ name: string; kind: string; era: number }>("inventory/reference-agencies");
    const provinces = agencies.filter((a) => a.kind === "PROVINCE" && a.era === 2023).map((a) => a.name.replace(/^Thành phố /, ""));
    const central = agencies.filter((a) => ["MINISTRY", "GOVERNMENT_AGENCY"].includes(a.kind) && a.era === 2023).map((a) => a.name);
    const inventory = syntheticInventory(provinces, central, 10_000, 7, 0.1);
    log(`[bench] inventory: 10,000 entries over ${inventory.agencies} agencies (${provinces.length} provinces, ${central.length} central agencies)`);

    let t0 = performance.now();
    const imported = await inWriteScope(driver, { queries, timeoutMs: 600_000 }, (scope) => importInventory(scope.db, { file: "bench-inventory.csv", text: inventory.csv, actor: "bench" }));
    results.import = { entries: imported.entries, agencies: inventory.agencies, departmentsCreated: imported.departmentsCreated.length, ms: ms(t0) };
    const reference = ["kind,description,applies_to,responsible,legal_basis", ...SYNTHETIC_KINDS.map((k) => [k.name, k.description, "tỉnh", "", ""].map(quote).join(","))].join("\n");
    t0 = performance.now();
    const ref = await inWriteScope(driver, { queries }, (scope) => importReferenceCatalogue(scope.db, { file: "bench-reference.csv", text: reference, actor: "bench" }));
    results.referenceImport = { rows: ref.rows, ms: ms(t0) };
    log(`[bench] imports: inventory ${results.import && (results.import as { ms: number }).ms} ms, reference catalogue ${ms(t0)} ms`);

    // The analysis by phase, three times (the first pays query planning and JIT).
    const runs: Record<string, number>[] = [];
    for (let i = 0; i < 3; i++) {
        const phase: Record<string, number> = {};
        const c0 = process.cpuUsage();
        t0 = performance.now();
        const a = await compute(db, `bench-missing-${i}`);
        phase.duplicateAnalysisMs = ms(t0);
        t0 = performance.now();
        const inputs = await readMissingInputs(db);
        phase.inputsMs = ms(t0);
        t0 = performance.now();
        const k = buildKinds(a, inputs);
        phase.kindsMs = ms(t0);
        t0 = performance.now();
        for (const tier of ["PROVINCE", "MINISTRY_OR_AGENCY", "DEPARTMENT"] as const) conflictsOf(unitView(a, k, inputs, tier, "E2023", NO_TIME), k, tier, "E2023");
        conflictsOf(unitView(a, k, inputs, "PROVINCE", "E2025", NO_TIME), k, "PROVINCE", "E2025");
        phase.unitsAndConflictsMs = ms(t0);
        phase.totalMs = phase.duplicateAnalysisMs! + phase.inputsMs! + phase.kindsMs! + phase.unitsAndConflictsMs!;
        phase.apiCpuMs = Math.round(process.cpuUsage(c0).user / 1000);
        if (i === 2) {
            results.counts = { items: a.items.size, kinds: k.kinds.length, clusters: a.clusters.length, analysisMB: +(estimateHeapBytes(a) / 2 ** 20).toFixed(1) };
            log(`[bench] the analysis holds ${(results.counts as { analysisMB: number }).analysisMB} MB (heap-size.ts estimate, before its views)`);
        }
        runs.push(phase);
        log(`[bench] analysis run ${i + 1}: ${JSON.stringify(phase)} (target total 10,000 ms)`);
    }
    results.analysis = { targetMs: 10_000, runs };

    const server = await (await createServer({ driver, responseCache: false })).listen(0);
    try {
        const rows: Record<string, unknown>[] = [];
        // BENCH_ONLY (a regular expression) measures only the questions it matches, beside the floor.
        const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : null;
        for (const [name, query] of MISSING_QUESTIONS.filter(([n]) => !only || n.startsWith("floor") || only.test(n))) {
            const post = async (warmUp = false): Promise<number> => {
                const t = performance.now();
                const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
                const body = (await res.json()) as { errors?: { extensions?: { code?: string; retryAfterSeconds?: number } }[] };
                // A first computation that holds the event loop makes the next questions an overload (503):
                // during the warm-up that is waited out as a client would, then the timed requests start.
                const busy = body.errors?.find((e) => e.extensions?.code === "SERVICE_UNAVAILABLE");
                if (busy && warmUp) {
                    await new Promise((r) => setTimeout(r, (busy.extensions?.retryAfterSeconds ?? 1) * 1000));
                    return post(true);
                }
                if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
                return performance.now() - t;
            };
            // Warm-up: the first computes the question's views once (timed: what the first asker waits).
            const first = await post(true);
            for (let i = 0; i < 9; i++) await post(true);
            const times: number[] = [];
            const cpu0 = process.cpuUsage();
            for (let i = 0; i < REQUESTS; i++) times.push(await post());
            const r = { question: name, firstMs: +first.toFixed(1), ...sequentialFigures(times, cpu0), targetP99Ms: name.startsWith("floor") ? null : 100 };
            rows.push(r);
            log(`[bench] ${name}: first ${r.firstMs} ms; then p50 ${r.p50} ms, p99 ${r.p99} ms (max ${r.max}), CPU ${r.cpuMsPerRequest} ms/request (API + client; load average ${r.loadAverage})`);
        }
        results.questions = rows;
        // What the caches held at the end: the analysis with the views the questions built.
        const budget = workingSetBudget().stats();
        results.budget = budget;
        log(`[bench] working-set budget ${(budget.budgetBytes / 2 ** 20).toFixed(0)} MB; held ${JSON.stringify(Object.fromEntries(Object.entries(budget.regions).map(([r, x]) => [r, `${(x.bytes / 2 ** 20).toFixed(1)} MB`])))}`);
    } finally {
        await server.stop();
    }
    writeResults("missing", results, log);
} finally {
    await graph.close();
}
