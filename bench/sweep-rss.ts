// `npm run bench:sweep`: the distinct-question sweep against the API as `npm start` runs it (its V8
// flags, response cache on, anonymous reads): ≥ 10,000 different valid questions (every explorer
// question over its inputs, test/helpers/distinct-questions.ts), none repeated, a few in flight at a
// time. Every second it records the API's RSS, requests answered, internal errors and 503s; at the end
// whether the API is alive. Writes bench/results/sweep-rss-<label>-<date>.json.
//   SWEEP_QUESTIONS (default 10000) · SWEEP_CLIENTS (default 4) · SWEEP_LABEL (default "now") · NEO4J_URI (else a Neo4j of its own)
//   SWEEP_ENV: extra API environment as NAME=value,NAME=value (e.g. RESPONSE_CACHE=off)
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { connectNeo4j } from "../src/neo4j/connect.js";
import { distinctQuestions } from "../test/helpers/distinct-questions.js";
import { rssMb, seededBenchNeo4j, startApi } from "./processes.js";

const total = Number(process.env.SWEEP_QUESTIONS ?? 10_000);
const clients = Number(process.env.SWEEP_CLIENTS ?? 4);
const label = process.env.SWEEP_LABEL ?? "now";
const extraEnv = Object.fromEntries((process.env.SWEEP_ENV ?? "").split(",").filter(Boolean).map((kv) => kv.split("=") as [string, string]));
const log = (m: string): void => console.error(m);

const cfg = loadConfig();
const own = cfg.neo4jUri ? undefined : await seededBenchNeo4j(log, "sweep");
const conn = cfg.neo4jUri ? await connectNeo4j(cfg, log) : undefined;
const uri = own?.neo4j.uri ?? conn!.uri;
const api = await startApi(uri, { RESPONSE_CACHE: "on", ...extraEnv });
let alive = true;
void api.exited.then(() => (alive = false));

const ask = async (query: string, variables?: Record<string, unknown>) => {
    const res = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, ...((await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }) };
};
const questions = (await distinctQuestions(ask, Math.min(total, 10_000))).slice(0, total);
log(`[sweep] ${questions.length} distinct questions, ${clients} clients, API pid ${api.pid} (${os.loadavg().map((x) => x.toFixed(2)).join(" ")} load)`);

const samples: { s: number; rssMb: number; answered: number; internal: number; refused503: number; heapUsedMb?: number; heapTotalMb?: number; externalMb?: number; cacheMb?: number }[] = [];
const healthUrl = api.url.replace(/graphql$/, "health");
const mb = (b: unknown) => (typeof b === "number" ? Math.round(b / 1048576) : undefined);
let answered = 0;
let internal = 0;
let refused503 = 0;
let died = "";
const started = Date.now();
// Every second the RSS from /proc; every fifth, the API's own view of its memory (/health).
const timer = setInterval(() => {
    const sample: (typeof samples)[number] = { s: Math.round((Date.now() - started) / 1000), rssMb: Math.round(rssMb(api.pid)), answered, internal, refused503 };
    samples.push(sample);
    if (sample.s % 5 === 0)
        void fetch(healthUrl)
            .then((r) => r.json() as Promise<{ memory?: { heldBytes?: number; overload?: Record<string, number> } }>)
            .then((h) => Object.assign(sample, { heapUsedMb: mb(h.memory?.overload?.heapUsedBytes), heapTotalMb: mb(h.memory?.overload?.heapTotalBytes), externalMb: mb(h.memory?.overload?.externalBytes), cacheMb: mb(h.memory?.heldBytes) }))
            .catch(() => undefined);
}, 1000);
let next = 0;
await Promise.all(
    Array.from({ length: clients }, async () => {
        while (next < questions.length && alive) {
            const x = questions[next++]!;
            try {
                const r = await ask(x.query, x.variables);
                answered += 1;
                if (r.status === 503) refused503 += 1;
                else if (r.status >= 500 || (r.errors ?? []).some((e) => e.extensions?.code !== "BAD_USER_INPUT")) internal += 1;
            } catch (e) {
                died ||= `${x.operationName} ${JSON.stringify(x.variables)}: ${(e as Error).message}`;
                alive = false;
            }
        }
    }),
);
clearInterval(timer);
const finalRss = Math.round(rssMb(api.pid));
const result = {
    date: new Date().toISOString(),
    label,
    loadAverage: os.loadavg(),
    questions: questions.length,
    clients,
    env: extraEnv,
    answered,
    internalErrors: internal,
    refused503,
    alive,
    died,
    seconds: (Date.now() - started) / 1000,
    finalRssMb: finalRss,
    peakRssMb: Math.max(...samples.map((s) => s.rssMb)),
    samples,
};
log(`[sweep] ${answered} answered in ${result.seconds.toFixed(0)} s: ${internal} internal errors, ${refused503} × 503, alive ${alive}${died ? ` (died at ${died})` : ""}; RSS final ${finalRss} MB, peak ${result.peakRssMb} MB`);
const dir = path.join(PROJECT_ROOT, "bench", "results");
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, `sweep-rss-${label}-${result.date.slice(0, 10)}.json`), JSON.stringify(result, null, 1) + "\n");
api.stop();
await api.exited;
await own?.close();
await conn?.close();
