// `npm run soak`: a bounded soak test on loopback only. Starts the API in this process (against
// NEO4J_URI or the built-in Neo4j), sends a fixed mix of questions at a fixed rate for a fixed time,
// and reports errors, latency and memory every 30 s and at the end (bench/results/soak-*.json).
//   SOAK_SECONDS (default 600) · SOAK_RPS (default 20)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { connectNeo4j } from "../src/neo4j/connect.js";
import { seedIfStale } from "../src/seed-on-start.js";
import { createServer } from "../src/server.js";
import { warmUp } from "../src/http/warm-up.js";

const seconds = Number(process.env.SOAK_SECONDS ?? 600);
const rps = Number(process.env.SOAK_RPS ?? 20);
const QUERIES = [
    `{ coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { id ndxpTransactions } } }`,
    `{ assetImpact(asset: "asset:001:2") { totalTransactions dependents { id } } }`,
    `{ agencyDependencies(agency: "da nang") { assets { id } } }`,
    `{ search(text: "da nang", limit: 5) { id } }`,
    `{ agencies(where: { kind: { eq: PROVINCE } }, sort: [{ sortName: ASC }], limit: 20) { id name } }`,
    `{ connectionMatrix(tier: MINISTRY_OR_AGENCY) { rows { id total2022 } } }`,
];

const cfg = loadConfig();
const conn = await connectNeo4j(cfg, (m) => console.error(m));
await applySchema(conn.driver, cfg.neo4jDatabase);
await seedIfStale(conn.driver, cfg.neo4jDatabase, (m) => console.error(m));
const running = await (await createServer({ driver: conn.driver, database: cfg.neo4jDatabase })).listen(0, "127.0.0.1");
// As `npm start` does before announcing itself (src/index.ts).
const warm = await warmUp(running.url);
console.error(`[soak] warmed up: ${warm.operations} example operations in ${warm.ms} ms`);
console.error(`[soak] ${rps} req/s for ${seconds} s against ${running.url}`);

const latencies: number[] = [];
const byStatus = new Map<string, number>();
const rssMb: number[] = [];
let sent = 0;
const started = Date.now();
const pct = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : 0;
};
const report = (final = false) => {
    const rss = process.memoryUsage().rss / 2 ** 20;
    rssMb.push(rss);
    const line = { at_s: Math.round((Date.now() - started) / 1000), sent, statuses: Object.fromEntries(byStatus), p50_ms: pct(latencies, 50), p99_ms: pct(latencies, 99), rss_mb: Math.round(rss) };
    console.error(`[soak]${final ? " final" : ""} ${JSON.stringify(line)}`);
    return line;
};
const timer = setInterval(report, 30_000);
const inflight = new Set<Promise<void>>();
while (Date.now() - started < seconds * 1000) {
    const query = QUERIES[sent % QUERIES.length]!;
    sent += 1;
    const t0 = performance.now();
    const p = fetch(running.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) })
        .then(async (res) => {
            const body = (await res.json()) as { errors?: unknown[] };
            const key = body.errors ? `${res.status}+errors` : String(res.status);
            byStatus.set(key, (byStatus.get(key) ?? 0) + 1);
        })
        .catch(() => {
            byStatus.set("network", (byStatus.get("network") ?? 0) + 1);
        })
        .finally(() => {
            latencies.push(performance.now() - t0);
            inflight.delete(p);
        });
    inflight.add(p);
    const next = started + (sent * 1000) / rps;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
}
await Promise.all(inflight);
clearInterval(timer);
const summary = { ...report(true), seconds, rps, rss_mb_min: Math.round(Math.min(...rssMb)), rss_mb_max: Math.round(Math.max(...rssMb)), date: new Date().toISOString() };
const dir = path.join(PROJECT_ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `soak-${summary.date.slice(0, 10)}.json`), JSON.stringify(summary, null, 2) + "\n");
await running.stop();
await conn.close();
const errors = [...byStatus.entries()].filter(([k]) => k !== "200").reduce((n, [, v]) => n + v, 0);
process.exit(errors > 0 ? 1 : 0);
