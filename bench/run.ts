// `npm run bench [-- --quick]`: the cost of each layer and how it grows, measured in one run on one
// machine. For each headline question: (a) its Cypher through neo4j-driver alone, (b) the same question
// through the GraphQL HTTP API with bench/load-client.ts (sub-ms latency), response cache off, and (c) the
// same request repeated against an API with the cache on (answers from the cache, hit ratio from
// extensions.cache), at the same concurrency; on the seed graph and on the national-scale synthetic graph. Also import throughput, API RSS under load, and PROFILE notes.
// Results: bench/results/bench-<date>.json and .md (tables, targets), bench/results/latency.svg, bench/PROFILES.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { loadQueries, type QueryName } from "../src/db/queries.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { bulkWriteRows } from "../seed/bulk.js";
import { loadSeed } from "../seed/load.js";
import { nationalRows } from "./national.js";
import { luceneQuery } from "../src/modules/refs.js";
import { cpuSeconds, rssMb, startApi } from "./processes.js";
import { percentile, runLoad, type LoadResult } from "./load-client.js";

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 3 : 10;
/** Each question at one client (latency of the question itself), at 10 (the issue's targets) and at 50 (the load target). */
const LEVELS = quick ? [1, 10] : [1, 10, 50];
/** The cached rows are steady (no database): shorter runs. */
const CACHED_SECONDS = quick ? 2 : 5;
const log = (m: string): void => console.error(m);

interface Question {
    name: string;
    graphql: string;
    cypher: { text: string; params: Record<string, unknown> };
}

const Q = loadQueries();
const named = (n: QueryName, params: Record<string, unknown>) => ({ text: Q[n], params });
const LIST_CYPHER = `MATCH (a:Agency) WHERE a.kind = $kind AND a.era = 2023 WITH a ORDER BY a.sortName ASC SKIP 20 LIMIT 20 RETURN a { .id, .name, .kind } AS a`;

function questions(scale: "seed" | "national"): Question[] {
    const s = scale === "seed";
    const asset = s ? "asset:001:2" : "syn:asset:7";
    const tier = s ? "PROVINCE" : "COMMUNE";
    const agency = s ? "province:da-nang" : "syn:commune:1234";
    const search = s ? "da nang" : "xa binh hoa";
    return [
        // The floor: what one request costs each layer when the question costs nothing.
        { name: "floor (RETURN 1 / __typename)", graphql: "{ __typename }", cypher: { text: "RETURN 1", params: {} } },
        { name: "coverageGaps", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: OFFICIAL, snapshot: Y2022) { checked gaps { id has { snapshot } } } }`, cypher: named("questions/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ["Y2022"], statuses: ["OFFICIAL"], offset: 0, end: 2 ** 31 - 1 }) },
        // What a frontend asks for: the first page of gaps, with the total.
        { name: "coverageGaps (first 100)", graphql: `{ coverageGaps(asset: "${asset}", tier: ${tier}, status: OFFICIAL, snapshot: Y2022, limit: 100) { checked total gaps { id has { snapshot } } } }`, cypher: named("questions/coverage-gaps", { assetId: asset, kinds: [tier], snapshots: ["Y2022"], statuses: ["OFFICIAL"], offset: 0, end: 100 }) },
        { name: "connectionMatrix", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}) { rows { id cells { state } } } }`, cypher: named("questions/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [] }) },
        { name: "connectionMatrix (first 20 rows)", graphql: `{ connectionMatrix(tier: ${s ? "MINISTRY_OR_AGENCY" : "PROVINCE"}, limit: 20) { totalRows rows { id cells { state } } } }`, cypher: named("questions/connection-matrix", { kinds: s ? ["MINISTRY", "GOVERNMENT_AGENCY"] : ["PROVINCE"], assetIds: [] }) },
        { name: "assetImpact", graphql: `{ assetImpact(asset: "${asset}") { totalTransactions services { id } connectedAgencies { id } dependents { id } } }`, cypher: named("questions/asset-impact", { assetId: asset, depth: 2 }) },
        { name: "agencyDependencies", graphql: `{ agencyDependencies(agency: "${agency}") { assets { id facts { snapshot } services { id } } } }`, cypher: named("questions/agency-dependencies", { agencyId: agency }) },
        { name: "search", graphql: `{ search(text: "${search}", limit: 10) { id } }`, cypher: named("lookup/search", { query: luceneQuery(search), limit: 30 }) },
        { name: "generatedList", graphql: `{ agencies(where: { kind: { eq: ${tier} }, era: { eq: 2023 } }, sort: [{ sortName: ASC }], limit: 20, offset: 20) { id name kind } }`, cypher: { text: LIST_CYPHER, params: { kind: tier } } },
    ];
}

interface Measure { requests: number; seconds: number; rps: number; p50: number; p90: number; p99: number; errors: number }

/** The Cypher alone, as the API runs a read: one auto-commit query per request (src/db/run.ts). */
async function raw(driver: Driver, q: Question, concurrency: number, seconds: number): Promise<Measure> {
    const lat: number[] = [];
    let errors = 0;
    const t0 = process.hrtime.bigint();
    const end = t0 + BigInt(seconds * 1e9);
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (process.hrtime.bigint() < end) {
            const t = process.hrtime.bigint();
            const session = driver.session({ defaultAccessMode: "READ" });
            try {
                await session.run(q.cypher.text, q.cypher.params);
            } catch {
                errors++;
            } finally {
                await session.close();
            }
            lat.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
    }));
    const elapsed = Number(process.hrtime.bigint() - t0) / 1e9;
    const sorted = Float64Array.from(lat).sort();
    const r2 = (x: number) => Math.round(x * 100) / 100;
    return { requests: lat.length, seconds: r2(elapsed), rps: r2(lat.length / elapsed), p50: r2(percentile(sorted, 50)), p90: r2(percentile(sorted, 90)), p99: r2(percentile(sorted, 99)), errors };
}

/** The question through the HTTP API with bench/load-client.ts (closed loop, keep-alive, sub-ms latency). */
async function http(url: string, q: Question, pid: number, rss: number[], concurrency: number, seconds: number): Promise<Measure & { hitRatio: number; cache: LoadResult["cache"]; errorKinds: Record<string, number> }> {
    const sample = setInterval(() => rss.push(rssMb(pid)), 500);
    try {
        const r = await runLoad({ url, requests: [{ body: JSON.stringify({ query: q.graphql }) }], concurrency, seconds });
        rss.push(rssMb(pid));
        return { requests: r.requests, seconds: r.seconds, rps: r.rps, p50: r.p50, p90: r.p90, p99: r.p99, errors: r.errors, errorKinds: r.errorKinds, hitRatio: r.hitRatio, cache: r.cache };
    } finally {
        clearInterval(sample);
    }
}


/** Runs `fn` and returns its result with the CPU milliseconds per request each process spent. */
async function withCpu<T extends Measure>(pids: Record<string, number>, fn: () => Promise<T>): Promise<T & { cpuMsPerRequest: Record<string, number> }> {
    const before = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuSeconds(p)]));
    const m = await fn();
    const n = Math.max(1, m.requests);
    const cpuMsPerRequest = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, +(((cpuSeconds(p) - before[k]!) * 1000) / n).toFixed(3)]));
    return { ...m, cpuMsPerRequest };
}


async function profile(driver: Driver, qs: Question[]): Promise<string> {
    const lines = ["# PROFILE of the headline questions on the national-scale graph", "", `Generated by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}.`, ""];
    for (const q of qs) {
        const res = await driver.executeQuery(`PROFILE ${q.cypher.text}`, q.cypher.params);
        const plan = res.summary.profile;
        const ops: string[] = [];
        let hits = 0;
        const walk = (p: any, depth: number) => {
            hits += Number(p.dbHits ?? 0);
            const detail = p.arguments?.Details ? ` — ${String(p.arguments.Details).slice(0, 140)}` : "";
            ops.push(`${"  ".repeat(depth)}- ${p.operatorType} (rows ${p.rows}, db hits ${p.dbHits})${detail}`);
            for (const c of p.children ?? []) walk(c, depth + 1);
        };
        if (plan) walk(plan, 0);
        const indexes = ops.filter((o) => /Index|Unique|NodeByLabel|Fulltext|procedure/i.test(o)).map((o) => o.trim().split(" (")[0]).join(", ");
        lines.push(`## ${q.name}`, "", `Total db hits: ${hits}. Entry points: ${indexes || "—"}.`, "", ...ops, "");
    }
    return lines.join("\n");
}

const results: Row[] = [];
const loadAtStart = os.loadavg().map((x) => +x.toFixed(2));
const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-bench-"));
const neo4j = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g" }, log);
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
try {
    await applySchema(driver);
    await loadSeed(driver);
    const scales: ("seed" | "national")[] = quick ? ["seed"] : ["seed", "national"];
    let importInfo: Record<string, number> | undefined;
    for (const scale of scales) {
        if (scale === "national") {
            const rows = nationalRows();
            log(`[bench] national graph: ${rows.nodes.length} nodes, ${rows.rels.length} relationships; loading…`);
            const cpu0 = { neo4j: cpuSeconds(neo4j.pid), node: cpuSeconds(process.pid) };
            const r = await bulkWriteRows(driver, rows, { batchSize: 10_000, parallel: 2, log });
            const cpuUsPerRelationship = { neo4j: Math.round(((cpuSeconds(neo4j.pid) - cpu0.neo4j) * 1e6) / r.relationships), node: Math.round(((cpuSeconds(process.pid) - cpu0.node) * 1e6) / r.relationships) };
            importInfo = { nodes: r.nodes, relationships: r.relationships, seconds: r.seconds, relationshipsPerSecond: r.relationshipsPerSecond, ...Object.fromEntries(Object.entries(cpuUsPerRelationship).map(([k, v]) => [`cpuUsPerRelationship_${k}`, v])) };
            log(`[bench] imported in ${r.seconds.toFixed(1)} s: ${r.relationshipsPerSecond} relationships/s (nodes and relationships together)`);
        }
        // Two API processes: the response cache off (every request runs the question) and on (the
        // production default; the same question repeated is answered from the cache).
        const api = await startApi(neo4j.uri, { RESPONSE_CACHE: "off" });
        const cachedApi = await startApi(neo4j.uri, { RESPONSE_CACHE: "on" });
        try {
            for (const q of questions(scale)) {
                await raw(driver, q, 10, Math.ceil(SECONDS / 2)); // warm-up: plans, page cache, JIT
                await http(api.url, q, api.pid, [], 10, quick ? 1 : 3);
                await http(cachedApi.url, q, cachedApi.pid, [], 10, 1);
                for (const concurrency of LEVELS) {
                    const seconds = concurrency === 1 ? Math.ceil(SECONDS / 2) : SECONDS;
                    const loadAvg = +os.loadavg()[0]!.toFixed(2);
                    const a = await withCpu({ neo4j: neo4j.pid, bench: process.pid }, () => raw(driver, q, concurrency, seconds));
                    const rss: number[] = [];
                    const b = await withCpu({ neo4j: neo4j.pid, api: api.pid, client: process.pid }, () => http(api.url, q, api.pid, rss, concurrency, seconds));
                    const cachedRss: number[] = [];
                    const c = await withCpu({ neo4j: neo4j.pid, api: cachedApi.pid, client: process.pid }, () => http(cachedApi.url, q, cachedApi.pid, cachedRss, concurrency, CACHED_SECONDS));
                    const row = {
                        scale, question: q.name, concurrency, seconds, loadAvg1m: loadAvg,
                        raw: a, graphql: b, cached: c,
                        p50Ratio: +(b.p50 / Math.max(a.p50, 0.01)).toFixed(2), rpsRatio: +(b.rps / a.rps).toFixed(2),
                        apiVsNeo4jCpu: +(b.cpuMsPerRequest.api! / Math.max(b.cpuMsPerRequest.neo4j!, 0.001)).toFixed(2),
                        apiRssMbMax: Math.round(Math.max(0, ...rss)), cachedApiRssMbMax: Math.round(Math.max(0, ...cachedRss)),
                    };
                    results.push(row);
                    log(`[bench] ${scale} ${q.name} ×${concurrency} (load ${loadAvg}): raw ${a.rps.toFixed(0)} req/s p50 ${a.p50} p99 ${a.p99} ms | GraphQL ${b.rps.toFixed(0)} req/s p50 ${b.p50} p99 ${b.p99} ms err ${b.errors} | cached ${c.rps.toFixed(0)} req/s p50 ${c.p50} p99 ${c.p99} hit ${c.hitRatio} | p50×${row.p50Ratio} rps×${row.rpsRatio} | CPU ms/req raw ${JSON.stringify(a.cpuMsPerRequest)} GraphQL ${JSON.stringify(b.cpuMsPerRequest)} cached ${JSON.stringify(c.cpuMsPerRequest)} | RSS ${row.apiRssMbMax} / ${row.cachedApiRssMbMax} MB`);
                }
            }
        } finally {
            api.stop();
            cachedApi.stop();
        }
        if (scale === "national") writeFileSync(path.join(PROJECT_ROOT, "bench/PROFILES.md"), await profile(driver, questions("national")));
    }
    const date = new Date().toISOString();
    const out = { date, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, quick, loadAvg: { start: loadAtStart, end: os.loadavg().map((x) => +x.toFixed(2)) }, import: importInfo, targets: targets(results), results };
    const dir = path.join(PROJECT_ROOT, "bench/results");
    mkdirSync(dir, { recursive: true });
    const base = `bench-${quick ? "quick-" : ""}${date.slice(0, 10)}`;
    writeFileSync(path.join(dir, `${base}.json`), JSON.stringify(out, null, 2) + "\n");
    writeFileSync(path.join(dir, `${base}.md`), markdown(out));
    if (!quick) writeFileSync(path.join(dir, "latency.svg"), svg(results.filter((r) => r.concurrency === 1)));
    log(`[bench] results in bench/results/`);
} finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
}

type Timed<T extends Measure = Measure> = T & { cpuMsPerRequest: Record<string, number> };
type HttpMeasure = Measure & { hitRatio: number; cache: LoadResult["cache"]; errorKinds: Record<string, number> };
interface Row {
    scale: string; question: string; concurrency: number; seconds: number; loadAvg1m: number;
    raw: Timed; graphql: Timed<HttpMeasure>; cached: Timed<HttpMeasure>;
    p50Ratio: number; rpsRatio: number; apiVsNeo4jCpu: number; apiRssMbMax: number; cachedApiRssMbMax: number;
}

/** The issue's targets, at 10 clients, from the same run's rows. */
function targets(rows: Row[]) {
    const at10 = rows.filter((r) => r.concurrency === 10);
    const per = at10.map((r) => ({
        scale: r.scale, question: r.question,
        cachedRps: r.cached.rps, cachedHitRatio: r.cached.hitRatio, cachedOk: r.cached.rps >= 5000,
        uncachedVsRaw: r.rpsRatio, uncachedOk: r.rpsRatio >= 0.8,
        apiCpuMs: r.graphql.cpuMsPerRequest.api!, neo4jCpuMs: r.graphql.cpuMsPerRequest.neo4j!, cpuOk: r.graphql.cpuMsPerRequest.api! <= r.graphql.cpuMsPerRequest.neo4j!,
        apiRssMb: Math.max(r.apiRssMbMax, r.cachedApiRssMbMax), rssOk: Math.max(r.apiRssMbMax, r.cachedApiRssMbMax) < 300,
    }));
    const count = (k: "cachedOk" | "uncachedOk" | "cpuOk" | "rssOk") => `${per.filter((p) => p[k]).length}/${per.length}`;
    return { clients: 10, summary: { "cached ≥ 5,000 req/s": count("cachedOk"), "uncached ≥ 80 % of raw": count("uncachedOk"), "API CPU/req ≤ Neo4j CPU/req": count("cpuOk"), "API RSS < 300 MB": count("rssOk") }, rows: per };
}

/** The run as Markdown tables (pasted into bench/README.md as they are: no figure typed by hand). */
function markdown(out: { date: string; machine: Record<string, unknown>; quick: boolean; loadAvg: { start: number[]; end: number[] }; targets: ReturnType<typeof targets>; results: Row[] }): string {
    const f = (x: number) => (x >= 100 ? Math.round(x).toLocaleString("en-US") : String(+x.toFixed(2)));
    const lines = [
        `Run ${out.date} (${out.quick ? "--quick" : "full"}), ${out.machine.cpus} cores (${out.machine.cpu}), Node ${out.machine.node}; load average (1/5/15 min) ${out.loadAvg.start.join(" / ")} at the start, ${out.loadAvg.end.join(" / ")} at the end.`,
        "",
        "| scale | question | clients | load | raw req/s | raw p50 / p99 ms | GraphQL uncached req/s | p50 / p99 ms | errors | cached req/s | p50 / p99 ms | hit ratio | uncached/raw req/s | CPU ms/req: Neo4j raw · Neo4j uncached · API uncached · API cached | API RSS MB uncached / cached |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
        ...out.results.map((r) => `| ${r.scale} | ${r.question} | ${r.concurrency} | ${r.loadAvg1m} | ${f(r.raw.rps)} | ${r.raw.p50} / ${r.raw.p99} | ${f(r.graphql.rps)} | ${r.graphql.p50} / ${r.graphql.p99} | ${r.graphql.errors + r.cached.errors} | ${f(r.cached.rps)} | ${r.cached.p50} / ${r.cached.p99} | ${r.cached.hitRatio} | ${r.rpsRatio} | ${r.raw.cpuMsPerRequest.neo4j} · ${r.graphql.cpuMsPerRequest.neo4j} · ${r.graphql.cpuMsPerRequest.api} · ${r.cached.cpuMsPerRequest.api} | ${r.apiRssMbMax} / ${r.cachedApiRssMbMax} |`),
        "",
        `Targets at ${out.targets.clients} clients: ${Object.entries(out.targets.summary).map(([k, v]) => `${k}: ${v}`).join("; ")}.`,
        "",
        "| scale | question | cached req/s (≥ 5,000) | uncached/raw (≥ 0.8) | API · Neo4j CPU ms/req (API ≤ Neo4j) | API RSS MB (< 300) |",
        "|---|---|---|---|---|---|",
        ...out.targets.rows.map((t) => `| ${t.scale} | ${t.question} | ${f(t.cachedRps)} ${t.cachedOk ? "yes" : "**no**"} | ${t.uncachedVsRaw} ${t.uncachedOk ? "yes" : "**no**"} | ${t.apiCpuMs} · ${t.neo4jCpuMs} ${t.cpuOk ? "yes" : "**no**"} | ${t.apiRssMb} ${t.rssOk ? "yes" : "**no**"} |`),
        "",
    ];
    return lines.join("\n");
}

/** p50 latency per question, raw vs GraphQL, seed vs national, as grouped bars (log scale). */
function svg(rows: Row[]): string {
    const qs = [...new Set(rows.map((r) => r.question))];
    const W = 820, H = 360, left = 60, bottom = 80, top = 30;
    const max = Math.max(...rows.flatMap((r) => [r.raw.p50, r.graphql.p50]), 1);
    const y = (v: number) => top + (H - top - bottom) * (1 - Math.log10(Math.max(v, 0.1) / 0.1) / Math.log10(max / 0.1));
    const colors: Record<string, string> = { "seed raw": "#9ecae1", "seed graphql": "#3182bd", "national raw": "#fdae6b", "national graphql": "#e6550d" };
    const bw = (W - left - 20) / qs.length / 5;
    let bars = "";
    qs.forEach((q, i) => {
        ["seed raw", "seed graphql", "national raw", "national graphql"].forEach((k, j) => {
            const [scale, layer] = k.split(" ");
            const r = rows.find((x) => x.question === q && x.scale === scale);
            if (!r) return;
            const v = layer === "raw" ? r.raw.p50 : r.graphql.p50;
            const x = left + i * bw * 5 + j * bw;
            bars += `<rect x="${x}" y="${y(v)}" width="${bw - 2}" height="${H - bottom - y(v)}" fill="${colors[k]}"><title>${q} ${k}: ${v.toFixed(1)} ms</title></rect>`;
        });
        bars += `<text x="${left + i * bw * 5 + bw * 2}" y="${H - bottom + 16}" font-size="11" text-anchor="middle">${q}</text>`;
    });
    const ticks = [0.1, 1, 10, 100, 1000, 10000].filter((t) => t <= max * 1.01).map((t) => `<line x1="${left}" x2="${W - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${left - 6}" y="${y(t) + 4}" font-size="10" text-anchor="end">${t} ms</text>`).join("");
    const legend = Object.entries(colors).map(([k, c], i) => `<rect x="${left + i * 170}" y="${H - 30}" width="12" height="12" fill="${c}"/><text x="${left + i * 170 + 16}" y="${H - 20}" font-size="11">${k}</text>`).join("");
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif"><text x="${left}" y="18" font-size="13">p50 latency of each question, one client: raw Cypher vs GraphQL, seed vs national scale (log)</text>${ticks}${bars}${legend}</svg>\n`;
}
