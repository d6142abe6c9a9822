// `npm run bench:duplicates`: the duplicate analysis at national scale, measured in one run.
//  1. 10,000 inventory entries over ~700 agencies (bench/inventories.ts) imported as one file through
//     the real import path (validation, department creation, one transaction);
//  2. the analysis — every entry and Điện Biên dataset scored against all national assets and against
//     each other (blocked by shared terms, no all-pairs loop) — timed by phase, against the target of
//     10 s, with the first rule (word pairs, an items × databases loop) timed on the same items as the
//     baseline, and the number of pairs blocking compared against all pairs;
//  3. each duplicate question through GraphQL once the analysis is computed (p50/p99 of sequential
//     requests, target p99 < 100 ms), beside `{ __typename }` as the floor of the same server.
// Results: bench/results/duplicates-<date>.json.
import os from "node:os";
import { loadQueries } from "../src/db/queries.js";
import { inWriteScope } from "../src/db/write-scope.js";
import { importInventory } from "../src/modules/inventory/ingest/inventory.js";
import { analyse, compute, type Item } from "../src/modules/inventory/duplicates/analysis.js";
import { createServer } from "../src/server.js";
import { duplicateCandidates as wordPairs } from "../src/modules/inventory/duplicates/rules/word-pairs-v1.js";
import { syntheticInventory } from "./inventories.js";
import { resultsHeader, seededGraph, sequentialFigures, writeResults } from "./seeded-graph.js";

const log = (m: string): void => console.error(m);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const ms = (t0: number): number => Math.round(performance.now() - t0);

const graph = await seededGraph("dup", log);
const { driver, db } = graph;
const queries = loadQueries();
const results: Record<string, unknown> = resultsHeader();
try {
    const provinces = (await db.run<{ name: string }>("inventory/reference-agencies")).filter((a: any) => a.kind === "PROVINCE" && a.era === 2023).map((a) => a.name.replace(/^Thành phố /, ""));
    const central = (await db.run<{ name: string; kind: string; era: number }>("inventory/reference-agencies")).filter((a) => ["MINISTRY", "GOVERNMENT_AGENCY"].includes(a.kind) && a.era === 2023).map((a) => a.name);
    const { csv, agencies } = syntheticInventory(provinces, central);
    log(`[bench] inventory: 10,000 entries over ${agencies} agencies`);

    let t0 = performance.now();
    const imported = await inWriteScope(driver, { queries, timeoutMs: 600_000 }, (scope) => importInventory(scope.db, { file: "bench-inventory.csv", text: csv, actor: "bench" }));
    results.import = { entries: imported.entries, agencies, departmentsCreated: imported.departmentsCreated.length, ms: ms(t0) };
    log(`[bench] import (validate + write, one transaction): ${ms(t0)} ms, ${imported.departmentsCreated.length} departments created`);

    // The analysis through the graph, twice (the first pays query planning and JIT), then its pure part by phase.
    const runs: number[] = [];
    const cpuRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
        t0 = performance.now();
        const c0 = process.cpuUsage();
        const a = await compute(db, `bench-${i}`);
        runs.push(ms(t0));
        cpuRuns.push(Math.round(process.cpuUsage(c0).user / 1000));
        if (i === 2) results.analysisCounts = { items: a.items.size, candidates: a.candidates.length, clusters: a.clusters.length, needs: a.needs.length };
    }
    const [row] = await db.run<{ itemsJson: string; assets: never[]; places: string[] }>("inventory/duplicate-inputs");
    t0 = performance.now();
    await db.run("inventory/duplicate-inputs");
    const inputsMs = ms(t0);
    const items = (JSON.parse(row!.itemsJson) as (Omit<Item, "citation"> & { documentId: string; file: string; locator: string })[]).map(({ documentId, file, locator, ...i }) => ({ ...i, citation: { documentId, file, locator } }) as Item);
    const places = [...new Set(row!.places.map((p) => p.replace(/^(thành phố|tỉnh|tp\.?)\s+/iu, "")))];
    t0 = performance.now();
    let c1 = process.cpuUsage();
    analyse(items, row!.assets, places);
    const pureMs = ms(t0);
    const pureCpuMs = Math.round(process.cpuUsage(c1).user / 1000);
    const { createNationalMatcher } = await import("../src/modules/inventory/duplicates/rules/national.js");
    const { findClusters } = await import("../src/modules/inventory/duplicates/rules/clusters.js");
    t0 = performance.now();
    c1 = process.cpuUsage();
    const matcher = createNationalMatcher(row!.assets, places);
    const national = items.flatMap((i) => matcher.match(i));
    const nationalMs = ms(t0);
    const nationalCpuMs = Math.round(process.cpuUsage(c1).user / 1000);
    t0 = performance.now();
    c1 = process.cpuUsage();
    findClusters(items, national, row!.assets, places, { minAgencies: 2 });
    const clusterMs = ms(t0);
    const clusterCpuMs = Math.round(process.cpuUsage(c1).user / 1000);
    // Baseline: the first rule, an items × databases loop over word pairs (names only).
    t0 = performance.now();
    wordPairs(items.map((i) => ({ id: i.id, name: i.name, topic: "", departmentId: i.agencyId, departmentName: i.agencyName })), (row!.assets as any[]).map((a) => ({ id: a.id, name: a.name, parentName: null, ownerName: null })));
    const baselineMs = ms(t0);
    const local = items.length - new Set(national.map((c) => c.itemId)).size;
    results.analysis = {
        items: items.length, targetMs: 10_000, throughGraphMs: runs, throughGraphApiCpuMs: cpuRuns, inputsQueryMs: inputsMs, pureMs, pureCpuMs, nationalMs, nationalCpuMs, clustersMs: clusterMs, clustersCpuMs: clusterCpuMs,
        baselineWordPairsMs: baselineMs, allPairsAmongLocalItems: (local * (local - 1)) / 2,
    };
    log(`[bench] analysis of ${items.length} items through the graph: ${runs.join(" / ")} ms wall, ${cpuRuns.join(" / ")} ms API CPU (target 10,000); inputs query ${inputsMs} ms; pure ${pureMs} ms wall / ${pureCpuMs} ms CPU = national ${nationalMs} (${nationalCpuMs} CPU) + clusters ${clusterMs} (${clusterCpuMs} CPU); first rule, names only: ${baselineMs} ms; load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);

    // The questions once computed, through GraphQL over HTTP.
    // The response cache (src/kernel/cache/) is off: what is measured is the question answered from the computed analysis.
    const server = await (await createServer({ driver, responseCache: false })).listen(0);
    try {
        const qs: [string, string][] = [
            ["floor { __typename }", "{ __typename }"],
            ["duplicateCandidates (first 100)", "{ duplicateCandidates(limit: 100) { total candidates { itemId itemName kind score databaseId reason agency { name } source { locator } } } }"],
            ["duplicateCandidates (agency, tier)", `{ duplicateCandidates(agency: "Lào Cai", tier: PROVINCE, limit: 100) { total candidates { itemId score databaseId } } }`],
            ["duplicateCandidates (asset, E2025)", `{ duplicateCandidates(nationalAsset: "CSDLQG về giá", era: E2025, limit: 100) { total candidates { itemId score unit2025 { name } } } }`],
            ["duplicateClusters (first 20)", "{ duplicateClusters(limit: 20) { total clusters { id label agencyCount members { itemId itemName } sharedTerms } } }"],
            ["redundantCopies (first 100)", "{ redundantCopies(limit: 100) { total copies { agency { name } nationalAssetName items { itemName } links { status } } } }"],
            ["missingLinks (first 100)", "{ missingLinks(limit: 100) { total links { agency { name } nationalAssetName identifiers { field } } } }"],
            ["agenciesWithoutInventory", "{ agenciesWithoutInventory(tier: MINISTRY_OR_AGENCY) { total agencies { name } } }"],
        ];
        const rows: Record<string, unknown>[] = [];
        for (const [name, query] of qs) {
            const post = async (): Promise<number> => {
                const t = performance.now();
                const res = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
                const body = (await res.json()) as { errors?: unknown[] };
                if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
                return performance.now() - t;
            };
            for (let i = 0; i < 10; i++) await post(); // warm-up (the first computes the analysis once)
            const times: number[] = [];
            const cpu0 = process.cpuUsage();
            for (let i = 0; i < REQUESTS; i++) times.push(await post());
            const r = { question: name, ...sequentialFigures(times, cpu0) };
            rows.push(r);
            log(`[bench] ${name}: p50 ${r.p50} ms, p99 ${r.p99} ms (max ${r.max}), CPU ${r.cpuMsPerRequest} ms/request (API + client; load average ${r.loadAverage})`);
        }
        results.questions = rows;
    } finally {
        await server.stop();
    }
    writeResults("duplicates", results, log);
} finally {
    await graph.close();
}
