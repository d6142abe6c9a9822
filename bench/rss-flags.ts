// `[RSS_FLAGS="--max-old-space-size=160"] [RSS_BASE="…"] [RSS_SCALE=national] npx tsx bench/rss-flags.ts`: the API's RSS with and without V8 heap caps. Starts its own Neo4j (temp
// data directory), loads the reports, and for each set of node flags starts the API (production mode,
// response cache off), reads its RSS once listening, then loads it for 10 s at 10 clients over three
// seed questions (RSS sampled every 250 ms, throughput, API CPU per request).
// Writes bench/results/rss-flags-<date>.json.
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { runLoad } from "./load-client.js";
import { cpuSeconds, rssMb, seededBenchNeo4j, startApi } from "./processes.js";
import { questions } from "./questions.js";
import { nationalRows } from "./national.js";
import { bulkWriteRows } from "../src/modules/reports/load.js";

// A first run without flags warms Neo4j (plans, JIT; it made the first API run ~2.5 × slower), then the
// two settings alternate three times each, so neither is favoured by the order.
const CAP = (process.env.RSS_FLAGS ?? "--max-semi-space-size=8 --max-old-space-size=160").split(" ").filter(Boolean);
/** What CAP is compared with: no flags, or RSS_BASE (e.g. npm start's flags, to try a change to them). */
const BASE = (process.env.RSS_BASE ?? "").split(" ").filter(Boolean);
const FLAGS: string[][] = [BASE, BASE, CAP, BASE, CAP, BASE, CAP];
/** RSS_SCALE=national loads the synthetic national graph and asks its biggest answers (whole matrix, all gaps). */
const SCALE: "seed" | "national" = process.env.RSS_SCALE === "national" ? "national" : "seed";
const NAMES = SCALE === "seed" ? ["assetImpact", "connectionMatrix", "generatedList"] : ["assetImpact", "connectionMatrix", "coverageGaps"];
const log = (m: string): void => console.error(m);
const { neo4j, driver, close } = await seededBenchNeo4j(log, "rss");
const out: Record<string, unknown>[] = [];
try {
    if (SCALE === "national") await bulkWriteRows(driver, nationalRows(), { batchSize: 10_000, parallel: 2, log });
    const requests = questions(SCALE).filter((q) => NAMES.includes(q.name)).map((q) => ({ label: q.name, body: JSON.stringify({ query: q.graphql }) }));
    for (const flags of FLAGS) {
        const api = await startApi(neo4j.uri, { RESPONSE_CACHE: "off" }, flags);
        try {
            await new Promise((r) => setTimeout(r, 1000));
            const idle = Math.round(rssMb(api.pid));
            await runLoad({ url: api.url, requests, concurrency: 10, seconds: 3 });
            const rss: number[] = [];
            const sample = setInterval(() => rss.push(rssMb(api.pid)), 250);
            const cpu0 = cpuSeconds(api.pid);
            const r = await runLoad({ url: api.url, requests, concurrency: 10, seconds: 10 });
            clearInterval(sample);
            const row = { warmUp: out.length === 0, flags: flags.join(" ") || "(none)", idleRssMb: idle, loadRssMbMax: Math.round(Math.max(...rss)), loadRssMbMean: Math.round(rss.reduce((a, b) => a + b, 0) / rss.length), rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, apiCpuMsPerRequest: +(((cpuSeconds(api.pid) - cpu0) * 1000) / r.requests).toFixed(3), loadAvg1m: +os.loadavg()[0]!.toFixed(2) };
            out.push(row);
            log(`[rss] ${JSON.stringify(row)}`);
        } finally {
            api.stop();
            await api.exited;
        }
    }
} finally {
    await close();
}
const date = new Date().toISOString();
mkdirSync(path.join(PROJECT_ROOT, "bench/results"), { recursive: true });
const measured = out.filter((r) => !r.warmUp);
const summary = Object.fromEntries([BASE.join(" ") || "(none)", CAP.join(" ")].map((f) => {
    const rs = measured.filter((r) => r.flags === f);
    const mean = (k: string) => +(rs.reduce((a, r) => a + (r[k] as number), 0) / rs.length).toFixed(2);
    return [f, { runs: rs.length, idleRssMb: mean("idleRssMb"), loadRssMbMax: Math.max(...rs.map((r) => r.loadRssMbMax as number)), rps: mean("rps"), apiCpuMsPerRequest: mean("apiCpuMsPerRequest"), p99: mean("p99") }];
}));
log(`[rss] summary ${JSON.stringify(summary)}`);
writeFileSync(path.join(PROJECT_ROOT, "bench/results", `rss-flags-${SCALE === "national" ? "national-" : ""}${BASE.length ? "vs-base-" : ""}${CAP.map((f) => f.replace(/^--max-|-size|-space/g, "")).join("-")}-${date.slice(0, 10)}.json`), JSON.stringify({ date, scale: SCALE, questions: NAMES, clients: 10, seconds: 10, summary, results: out }, null, 2) + "\n");
