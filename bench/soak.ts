// `npm run soak`: a bounded soak test on loopback only. Runs the API as its own process (production
// mode, response cache on as in production, editor tokens enabled with a secret made up for the run)
// against NEO4J_URI or a built-in Neo4j of its own (temp data directory, free port, reports loaded);
// sends the question mix open-loop at a fixed rate (bench/load-client.ts: arrivals do not wait for
// answers) for a fixed time; every SOAK_WRITE_EVERY_S an editor creates a note through the GraphQL
// mutation, which bumps the graph version and so empties the response cache. Every 10 s it records
// the interval's requests, errors, p50/p99, cache hit ratio, the API's RSS and CPU; at the end whether
// RSS trends upward after the warm-up (least-squares slope). Writes bench/results/soak-<date>.json.
//   SOAK_SECONDS (default 600) · SOAK_RPS (default 200) · SOAK_WRITE_EVERY_S (default 60) · SOAK_WARMUP_S (default 60)
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { connectNeo4j } from "../src/neo4j/connect.js";
import { createDriver } from "../src/db/driver.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { seedIfStale } from "../src/modules/reports/seed-on-start.js";
import { warmUp } from "../src/http/warm-up.js";
import { token } from "../test/helpers/jwt.js";
import { runLoad, type LoadStats } from "./load-client.js";
import { cpuSeconds, rssMb, startApi } from "./processes.js";

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const rps = Number(process.env.SOAK_RPS ?? 200);
const writeEvery = Number(process.env.SOAK_WRITE_EVERY_S ?? 60);
const warmupS = Number(process.env.SOAK_WARMUP_S ?? 60);
const SAMPLE_S = 10;
const log = (m: string): void => console.error(m);
const QUERIES: { label: string; query: string }[] = [
    { label: "coverageGaps", query: `{ coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { id ndxpTransactions } } }` },
    { label: "assetImpact", query: `{ assetImpact(asset: "asset:001:2") { totalTransactions dependents { id } } }` },
    { label: "agencyDependencies (by name)", query: `{ agencyDependencies(agency: "da nang") { assets { id } } }` },
    { label: "search", query: `{ search(text: "da nang", limit: 5) { id } }` },
    { label: "agencies (generated list)", query: `{ agencies(where: { kind: { eq: PROVINCE } }, sort: [{ sortName: ASC }], limit: 20) { id name } }` },
    { label: "connectionMatrix", query: `{ connectionMatrix(tier: MINISTRY_OR_AGENCY) { rows { id total2022 } } }` },
];

// Neo4j: NEO4J_URI as given, or a built-in one of our own (never the developer's .data/neo4j or port 7687).
const cfg = loadConfig();
let uri: string;
let driver: Driver;
let neo4jPid: number | undefined;
let stopNeo4j: () => Promise<void>;
let home: string | undefined;
if (cfg.neo4jUri) {
    const conn = await connectNeo4j(cfg, log);
    uri = conn.uri;
    driver = conn.driver;
    stopNeo4j = () => conn.close();
} else {
    home = mkdtempSync(path.join(os.tmpdir(), "state-graph-soak-"));
    const local = await startLocalNeo4j({ ...cfg.local, home, port: 0 }, log);
    uri = local.uri;
    neo4jPid = local.pid;
    driver = createDriver({ uri, user: "neo4j", password: "" });
    stopNeo4j = async () => {
        await driver.close();
        await local.stop();
    };
}
await applySchema(driver, cfg.neo4jDatabase);
await seedIfStale(driver, cfg.neo4jDatabase, log);

const secret = randomBytes(32).toString("hex");
const tag = `soak-${Date.now()}`;
const api = await startApi(uri, { RESPONSE_CACHE: "on", JWT_SECRET: secret, ...(cfg.neo4jUri ? { NEO4J_USER: cfg.neo4jUser, NEO4J_PASSWORD: cfg.neo4jPassword } : {}) });
// As `npm start` does before announcing itself (src/index.ts).
const warm = await warmUp(api.url);
log(`[soak] warmed up: ${warm.operations} example operations in ${warm.ms} ms (${warm.failed} failed)`);
log(`[soak] ${rps} req/s open loop for ${seconds} s against ${api.url}; a write every ${writeEvery} s`);

// The editor's writes: each creates a note (a ChangeRecord and a graph-version bump in its transaction).
const auth = { authorization: `Bearer ${await token(`${tag}-editor`, ["editor"], secret, "2h")}` };
const writes: { at_s: number; ms: number; ok: boolean; error?: string }[] = [];
const started = Date.now();
const write = async (): Promise<void> => {
    const t = process.hrtime.bigint();
    try {
        const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify({ query: `mutation($t: String!) { createNotes(input: [{ text: $t }]) { notes { id } } }`, variables: { t: `${tag} note ${writes.length + 1}` } }) });
        const body = (await res.json()) as { errors?: { message: string }[] };
        const ok = res.ok && !body.errors?.length;
        writes.push({ at_s: Math.round((Date.now() - started) / 1000), ms: Math.round(Number(process.hrtime.bigint() - t) / 1e4) / 100, ok, ...(ok ? {} : { error: body.errors?.[0]?.message ?? `http ${res.status}` }) });
    } catch (err) {
        writes.push({ at_s: Math.round((Date.now() - started) / 1000), ms: Math.round(Number(process.hrtime.bigint() - t) / 1e4) / 100, ok: false, error: (err as Error).message });
    }
    log(`[soak] write: ${JSON.stringify(writes.at(-1))}`);
};
const writer = setInterval(() => void write(), writeEvery * 1000);

const samples: Record<string, unknown>[] = [];
let cpu = { api: cpuSeconds(api.pid), neo4j: neo4jPid ? cpuSeconds(neo4jPid) : 0 };
const result = await runLoad({
    url: api.url,
    requests: QUERIES.map((q) => ({ label: q.label, body: JSON.stringify({ query: q.query }) })),
    rate: rps,
    seconds,
    maxInFlight: 2000,
    intervalMs: SAMPLE_S * 1000,
    onInterval: (w: LoadStats, at) => {
        const now = { api: cpuSeconds(api.pid), neo4j: neo4jPid ? cpuSeconds(neo4jPid) : 0 };
        const n = Math.max(1, w.requests);
        const s = { at_s: at, requests: w.requests, rps: w.rps, errors: w.errors, p50_ms: w.p50, p99_ms: w.p99, max_ms: w.max, hit_ratio: w.hitRatio, rss_mb: Math.round(rssMb(api.pid)), api_cpu_ms_per_req: +(((now.api - cpu.api) * 1000) / n).toFixed(3), neo4j_cpu_ms_per_req: neo4jPid ? +(((now.neo4j - cpu.neo4j) * 1000) / n).toFixed(3) : null, load_avg_1m: +os.loadavg()[0]!.toFixed(2) };
        cpu = now;
        samples.push(s);
        log(`[soak] ${JSON.stringify(s)}`);
    },
});
clearInterval(writer);

/** Least-squares line through (t, rss) after the warm-up: slope in MB per minute, and r². */
function fit(points: { t: number; y: number }[]): { slopeMbPerMin: number; r2: number; n: number } {
    const n = points.length;
    if (n < 3) return { slopeMbPerMin: 0, r2: 0, n };
    const mt = points.reduce((a, p) => a + p.t, 0) / n;
    const my = points.reduce((a, p) => a + p.y, 0) / n;
    const sxy = points.reduce((a, p) => a + (p.t - mt) * (p.y - my), 0);
    const sxx = points.reduce((a, p) => a + (p.t - mt) ** 2, 0);
    const syy = points.reduce((a, p) => a + (p.y - my) ** 2, 0);
    const slope = sxx ? sxy / sxx : 0;
    return { slopeMbPerMin: +(slope * 60).toFixed(3), r2: syy && sxx ? +((sxy * sxy) / (sxx * syy)).toFixed(3) : 0, n };
}
const rss = samples.map((s) => ({ t: s.at_s as number, y: s.rss_mb as number }));
const after = rss.filter((p) => p.t > warmupS);
const trend = fit(after);
const meanAfter = after.reduce((a, p) => a + p.y, 0) / Math.max(1, after.length);
// "Upward" when the fitted line grows by more than 5 % of the mean RSS over the measured span, with a fit that explains most of the variation.
const span = after.length ? (after.at(-1)!.t - after[0]!.t) / 60 : 0;
const growthMb = +(trend.slopeMbPerMin * span).toFixed(1);
const upward = growthMb > 0.05 * meanAfter && trend.r2 > 0.5;

const date = new Date().toISOString();
const summary = {
    date,
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    config: { seconds, rps, mode: "open loop", cache: "on", writeEverySeconds: writeEvery, warmupSeconds: warmupS, sampleSeconds: SAMPLE_S, questions: QUERIES.map((q) => q.label), neo4j: cfg.neo4jUri ? "NEO4J_URI" : "built-in, temp data directory" },
    warmUp: warm,
    totals: { requests: result.requests, sent_rps: result.rps, errors: result.errors, errorKinds: result.errorKinds, p50_ms: result.p50, p90_ms: result.p90, p99_ms: result.p99, max_ms: result.max, fromSchedule: result.fromSchedule, cache: result.cache, hitRatio: result.hitRatio },
    byQuestion: result.byLabel,
    writes,
    rss: { min_mb: Math.min(...rss.map((p) => p.y)), max_mb: Math.max(...rss.map((p) => p.y)), meanAfterWarmup_mb: Math.round(meanAfter), slopeAfterWarmup_mbPerMin: trend.slopeMbPerMin, r2: trend.r2, points: trend.n, fittedGrowthOverRun_mb: growthMb, trendsUpward: upward, rule: "upward = fitted growth after warm-up > 5 % of mean RSS and r² > 0.5" },
    loadAvg: { end: os.loadavg().map((x) => +x.toFixed(2)) },
    samples,
};
const dir = path.join(PROJECT_ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `soak-${date.slice(0, 10)}.json`), JSON.stringify(summary, null, 2) + "\n");
log(`[soak] final ${JSON.stringify({ ...summary.totals, writes: writes.length, writeErrors: writes.filter((w) => !w.ok).length, rss: { ...summary.rss } })}`);

// Remove the run's notes (they matter on a shared NEO4J_URI; the built-in database is thrown away).
await fetch(api.url, { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify({ query: `mutation($p: String!) { deleteNotes(where: { text: { startsWith: $p } }) { nodesDeleted } }`, variables: { p: tag } }) }).catch(() => undefined);
api.stop();
await api.exited;
await stopNeo4j();
if (home) rmSync(home, { recursive: true, force: true });
const failures = result.errors + writes.filter((w) => !w.ok).length;
process.exit(failures > 0 ? 1 : 0);
