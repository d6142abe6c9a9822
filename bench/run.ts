// `npm run bench [-- --quick]`: the cost of each layer and how it grows, measured in one run on one
// machine. For each headline question: (a) its Cypher through neo4j-driver alone, (b) the same question
// through the GraphQL HTTP API with autocannon, at the same concurrency; on the seed graph and on the
// national-scale synthetic graph. Also import throughput, API RSS under load, and PROFILE notes.
// Results: bench/results/bench-<date>.json, bench/results/latency.svg, bench/PROFILES.md.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
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

const quick = process.argv.includes("--quick");
const SECONDS = quick ? 3 : 10;
/** Each question at one client (latency of the question itself) and at 50 (the load target). */
const LEVELS = quick ? [1, 10] : [1, 50];
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

interface Measure { rps: number; p50: number; p99: number; errors: number }

/** The Cypher alone, as the API runs a read: one auto-commit query per request (src/db/run.ts). */
async function raw(driver: Driver, q: Question, concurrency: number, seconds: number): Promise<Measure> {
    const lat: number[] = [];
    let errors = 0;
    const end = Date.now() + seconds * 1000;
    await Promise.all(Array.from({ length: concurrency }, async () => {
        while (Date.now() < end) {
            const t = performance.now();
            const session = driver.session({ defaultAccessMode: "READ" });
            try {
                await session.run(q.cypher.text, q.cypher.params);
            } catch {
                errors++;
            } finally {
                await session.close();
            }
            lat.push(performance.now() - t);
        }
    }));
    const sorted = lat.sort((a, b) => a - b);
    return { rps: lat.length / seconds, p50: sorted[Math.floor(sorted.length * 0.5)]!, p99: sorted[Math.floor(sorted.length * 0.99)]!, errors };
}

async function http(url: string, q: Question, pid: number, rss: number[], concurrency: number, seconds: number): Promise<Measure> {
    const sample = setInterval(() => rss.push(rssMb(pid)), 500);
    const r = await autocannon({ url, method: "POST", connections: concurrency, duration: seconds, headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q.graphql }) });
    clearInterval(sample);
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}


/** Runs `fn` and returns its result with the CPU milliseconds per request each process spent. */
async function withCpu<T extends Measure>(pids: Record<string, number>, seconds: number, fn: () => Promise<T>): Promise<T & { cpuMsPerRequest: Record<string, number> }> {
    const before = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, cpuSeconds(p)]));
    const m = await fn();
    const n = Math.max(1, m.rps * seconds);
    const cpuMsPerRequest = Object.fromEntries(Object.entries(pids).map(([k, p]) => [k, +(((cpuSeconds(p) - before[k]!) * 1000) / n).toFixed(2)]));
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

const results: Record<string, unknown>[] = [];
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
        const api = await startApi(neo4j.uri);
        try {
            for (const q of questions(scale)) {
                await raw(driver, q, 10, SECONDS); // warm-up: plans, page cache, JIT
                await http(api.url, q, api.pid, [], 10, quick ? 1 : 3);
                for (const concurrency of LEVELS) {
                    const seconds = concurrency === 1 ? Math.ceil(SECONDS / 2) : SECONDS;
                    const a = await withCpu({ neo4j: neo4j.pid, bench: process.pid }, seconds, () => raw(driver, q, concurrency, seconds));
                    const rss: number[] = [];
                    const b = await withCpu({ neo4j: neo4j.pid, api: api.pid }, seconds, () => http(api.url, q, api.pid, rss, concurrency, seconds));
                    const row = { scale, question: q.name, concurrency, seconds, raw: a, graphql: b, p50Ratio: +(b.p50 / Math.max(a.p50, 0.01)).toFixed(2), rpsRatio: +(b.rps / a.rps).toFixed(2), apiRssMbMax: Math.round(Math.max(0, ...rss)) };
                    results.push(row);
                    log(`[bench] ${scale} ${q.name} ×${concurrency}: raw ${a.rps.toFixed(0)} req/s p50 ${a.p50.toFixed(1)} p99 ${a.p99.toFixed(1)} ms | GraphQL ${b.rps.toFixed(0)} req/s p50 ${b.p50} p99 ${b.p99} ms | p50×${row.p50Ratio} rps×${row.rpsRatio} | CPU ms/req raw ${JSON.stringify(a.cpuMsPerRequest)} GraphQL ${JSON.stringify(b.cpuMsPerRequest)} | RSS ${row.apiRssMbMax} MB`);
                }
            }
        } finally {
            api.stop();
        }
        if (scale === "national") writeFileSync(path.join(PROJECT_ROOT, "bench/PROFILES.md"), await profile(driver, questions("national")));
    }
    const out = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }, quick, import: importInfo, results };
    const dir = path.join(PROJECT_ROOT, "bench/results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `bench-${quick ? "quick-" : ""}${out.date.slice(0, 10)}.json`), JSON.stringify(out, null, 2) + "\n");
    if (!quick) writeFileSync(path.join(dir, "latency.svg"), svg(results.filter((r) => r.concurrency === 1)));
    log(`[bench] results in bench/results/`);
} finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
}

/** p50 latency per question, raw vs GraphQL, seed vs national, as grouped bars (log scale). */
function svg(rows: Record<string, any>[]): string {
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
