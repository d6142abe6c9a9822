// `npm run bench:profile [-- --seconds S --clients N --question <name>[,<name>…] --cached --scale national]`: where
// the API's CPU time goes. Starts its own Neo4j (temp data directory), loads the reports (seed graph; with
// `--scale national` also the synthetic national-scale graph, as `npm run bench` does), and for each
// headline question (bench/questions.ts) runs the API as its own process under
// `node --cpu-prof`, response cache off (RESPONSE_CACHE=off; --cached profiles the cache-on path with the
// same question repeated instead), warms it up, loads it with bench/load-client.ts on that one question,
// then stops it so V8 writes the .cpuprofile. Only the samples taken during the measured load window
// count (the profile's clock is CLOCK_MONOTONIC, as process.hrtime is). Self time is put into buckets by
// the URL of each sampled frame (frames without a URL — V8 builtins such as JSON.stringify or RegExp — are
// charged to the nearest caller that has one, and their share is given apart).
// Writes bench/results/profile-<date>.json; the raw profiles stay in bench/results/profiles/ (git-ignored).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../src/config.js";
import { bulkWriteRows } from "../src/modules/reports/load.js";
import { runLoad } from "./load-client.js";
import { nationalRows } from "./national.js";
import { cpuSeconds, rssMb, seededBenchNeo4j, START_NODE_FLAGS, startApi } from "./processes.js";
import { questions } from "./questions.js";

const arg = (n: string, d: string): string => {
    const i = process.argv.indexOf(`--${n}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : d;
};
const SECONDS = Number(arg("seconds", "10"));
const CLIENTS = Number(arg("clients", "10"));
// Names separated by commas; a name that itself holds commas ("connectionMatrix (first 20 rows, states)") matches whole.
const ONLY_LIST = arg("question", "");
const asked = (name: string): boolean => !ONLY_LIST || `,${ONLY_LIST},`.includes(`,${name},`);
const CACHED = process.argv.includes("--cached");
const SCALE = arg("scale", "seed") === "national" ? "national" : "seed";
const INTERVAL_US = 250;
const log = (m: string): void => console.error(m);

interface CpuProfileNode {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
}
interface CpuProfile {
    nodes: CpuProfileNode[];
    startTime: number;
    endTime: number;
    samples: number[];
    timeDeltas: number[];
}

/** Which part of the stack a script URL belongs to. */
export function bucketOf(url: string, fn: string): string | undefined {
    if (!url) {
        if (fn === "(garbage collector)") return "GC";
        if (fn === "(idle)") return "idle";
        if (fn === "(program)" || fn === "(root)") return "program (V8, native, not JS)";
        return undefined; // a builtin: charged to its caller
    }
    const u = url.replace(/\\/g, "/");
    const nm = u.lastIndexOf("/node_modules/");
    if (nm >= 0) {
        const rest = u.slice(nm + 14);
        const pkg = rest.startsWith("@") ? rest.split("/").slice(0, 2).join("/") : rest.split("/")[0]!;
        if (pkg === "@neo4j/graphql" || pkg.startsWith("@neo4j/cypher-builder")) return "@neo4j/graphql (+ cypher-builder)";
        if (pkg === "graphql") return "graphql (graphql-js)";
        if (pkg.startsWith("neo4j-driver")) return "neo4j-driver";
        if (pkg.startsWith("@apollo/") || pkg.startsWith("@as-integrations/") || pkg.startsWith("@graphql-tools/")) return "@apollo (+ integration, graphql-tools)";
        if (pkg.startsWith("@escape.tech/")) return "graphql-armor";
        if (["express", "body-parser", "router", "raw-body", "iconv-lite", "content-type", "type-is", "qs", "finalhandler", "on-finished", "cors", "negotiator", "accepts", "mime-types", "mime-db", "media-typer", "send", "serve-static", "depd", "debug", "ms", "http-errors", "statuses", "vary", "parseurl", "encodeurl", "etag", "fresh", "cookie", "proxy-addr", "forwarded", "ipaddr.js", "path-to-regexp", "content-disposition", "merge-descriptors", "safe-buffer", "bytes", "unpipe", "ee-first", "destroy", "utils-merge", "setprototypeof", "toidentifier", "inherits", "range-parser", "is-promise", "once", "wrappy", "side-channel", "object-inspect", "get-intrinsic", "call-bound"].includes(pkg)) return "express / body-parser (+ deps)";
        if (pkg === "tsx" || pkg === "esbuild" || pkg === "get-tsconfig") return "tsx loader";
        return `other node_modules (${pkg})`;
    }
    if (u.startsWith("node:")) return "node internals";
    if (u.includes(`${PROJECT_ROOT}/src/`)) return "our src/";
    if (u.includes(`${PROJECT_ROOT}/lib/`)) return "our lib/ (collation, text)";
    if (u.includes(PROJECT_ROOT)) return "our other code (bench/, seed/)";
    return "other";
}

export interface ProfileSummary {
    samples: number;
    sampledMs: number;
    windowed: boolean;
    buckets: { bucket: string; ms: number; pct: number; msPerRequest: number }[];
    builtinsChargedToCallers: { ms: number; pct: number };
    topFunctions: { fn: string; where: string; bucket: string; ms: number; pct: number }[];
}

/** Self time by bucket over the samples taken in [fromUs, toUs] (CLOCK_MONOTONIC µs), or all of them. */
export function summarise(p: CpuProfile, requests: number, fromUs?: number, toUs?: number): ProfileSummary {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const bucketCache = new Map<number, { bucket: string; inherited: boolean }>();
    const resolve = (id: number): { bucket: string; inherited: boolean } => {
        const hit = bucketCache.get(id);
        if (hit) return hit;
        const n = byId.get(id)!;
        let b = bucketOf(n.callFrame.url, n.callFrame.functionName);
        let inherited = false;
        let cur: number | undefined = id;
        while (!b && (cur = parent.get(cur)) !== undefined) {
            const pn = byId.get(cur)!;
            if (pn.callFrame.url) b = bucketOf(pn.callFrame.url, pn.callFrame.functionName);
            inherited = true;
        }
        const r = { bucket: b ?? "builtins (no caller with a URL)", inherited };
        bucketCache.set(id, r);
        return r;
    };
    // Time of each sample: the interval to the next sample (the last one gets the mean).
    const times: number[] = [];
    let t = p.startTime;
    for (const d of p.timeDeltas) times.push((t += d));
    let windowed = fromUs !== undefined && toUs !== undefined && times.some((x) => x >= fromUs && x <= toUs);
    const inWindow = (i: number) => !windowed || (times[i]! >= fromUs! && times[i]! <= toUs!);
    const buckets = new Map<string, number>();
    const fns = new Map<number, number>();
    let inheritedUs = 0;
    let totalUs = 0;
    let count = 0;
    for (let i = 0; i < p.samples.length; i++) {
        if (!inWindow(i)) continue;
        const dt = i + 1 < times.length ? times[i + 1]! - times[i]! : INTERVAL_US;
        const id = p.samples[i]!;
        const { bucket, inherited } = resolve(id);
        buckets.set(bucket, (buckets.get(bucket) ?? 0) + dt);
        fns.set(id, (fns.get(id) ?? 0) + dt);
        if (inherited) inheritedUs += dt;
        totalUs += dt;
        count++;
    }
    if (!count) windowed = false;
    const pct = (us: number) => +((100 * us) / Math.max(1, totalUs)).toFixed(1);
    const byFn = new Map<string, { fn: string; where: string; bucket: string; us: number }>();
    for (const [id, us] of fns) {
        const n = byId.get(id)!;
        const where = n.callFrame.url ? `${n.callFrame.url.replace(/^.*\/node_modules\//, "").replace(`file://${PROJECT_ROOT}/`, "")}:${n.callFrame.lineNumber + 1}` : "(builtin)";
        const key = `${n.callFrame.functionName}@${where}`;
        const e = byFn.get(key) ?? { fn: n.callFrame.functionName || "(anonymous)", where, bucket: resolve(id).bucket, us: 0 };
        e.us += us;
        byFn.set(key, e);
    }
    return {
        samples: count,
        sampledMs: +(totalUs / 1000).toFixed(1),
        windowed,
        buckets: [...buckets].sort((a, b) => b[1] - a[1]).map(([bucket, us]) => ({ bucket, ms: +(us / 1000).toFixed(1), pct: pct(us), msPerRequest: +(us / 1000 / Math.max(1, requests)).toFixed(3) })),
        builtinsChargedToCallers: { ms: +(inheritedUs / 1000).toFixed(1), pct: pct(inheritedUs) },
        topFunctions: [...byFn.values()].sort((a, b) => b.us - a.us).slice(0, 15).map((f) => ({ fn: f.fn, where: f.where, bucket: f.bucket, ms: +(f.us / 1000).toFixed(1), pct: pct(f.us) })),
    };
}

const date = new Date().toISOString();
const profDir = path.join(PROJECT_ROOT, "bench/results/profiles", date.slice(0, 19).replace(/:/g, ""));
mkdirSync(profDir, { recursive: true });
const loadAtStart = os.loadavg().map((x) => +x.toFixed(2));
const { neo4j, driver, close } = await seededBenchNeo4j(log, "profile");
const out: Record<string, unknown>[] = [];
try {
    if (SCALE === "national") {
        const r = await bulkWriteRows(driver, nationalRows(), { batchSize: 10_000, parallel: 2, log });
        log(`[profile] national graph: ${r.nodes} nodes, ${r.relationships} relationships in ${r.seconds.toFixed(1)} s`);
    }
    for (const q of questions(SCALE).filter((x) => asked(x.name))) {
        const slug = q.name.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "");
        const dir = path.join(profDir, slug);
        mkdirSync(dir, { recursive: true });
        const api = await startApi(neo4j.uri, { RESPONSE_CACHE: CACHED ? "on" : "off" }, [...START_NODE_FLAGS, "--cpu-prof", `--cpu-prof-dir=${dir}`, `--cpu-prof-interval=${INTERVAL_US}`]);
        const body = { body: JSON.stringify({ query: q.graphql }) };
        try {
            await runLoad({ url: api.url, requests: [body], concurrency: CLIENTS, seconds: 3 }); // warm-up: JIT, plans
            const cpu0 = { api: cpuSeconds(api.pid), neo4j: cpuSeconds(neo4j.pid) };
            const fromUs = Number(process.hrtime.bigint() / 1000n);
            const r = await runLoad({ url: api.url, requests: [body], concurrency: CLIENTS, seconds: SECONDS });
            const toUs = Number(process.hrtime.bigint() / 1000n);
            const cpuMsPerRequest = { api: +(((cpuSeconds(api.pid) - cpu0.api) * 1000) / r.requests).toFixed(3), neo4j: +(((cpuSeconds(neo4j.pid) - cpu0.neo4j) * 1000) / r.requests).toFixed(3) };
            const rss = Math.round(rssMb(api.pid));
            api.stop();
            await api.exited;
            const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
            if (!file) throw new Error(`no .cpuprofile written in ${dir}`);
            const prof = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as CpuProfile;
            const s = summarise(prof, r.requests, fromUs, toUs);
            out.push({ question: q.name, graphql: q.graphql, clients: CLIENTS, seconds: SECONDS, cache: CACHED ? "on" : "off", requests: r.requests, rps: r.rps, p50: r.p50, p99: r.p99, errors: r.errors, hitRatio: r.hitRatio, cpuMsPerRequest, apiRssMb: rss, profile: path.relative(PROJECT_ROOT, path.join(dir, file)), windowUs: [fromUs, toUs], ...s });
            log(`\n[profile] ${q.name}: ${r.requests} requests, ${r.rps} req/s, p50 ${r.p50} ms, errors ${r.errors}; CPU ms/req API ${cpuMsPerRequest.api} · Neo4j ${cpuMsPerRequest.neo4j}; ${s.samples} samples (${s.sampledMs} ms${s.windowed ? ", load window only" : ", WHOLE PROCESS: no sample matched the window"})`);
            for (const b of s.buckets) log(`  ${b.bucket.padEnd(44)} ${String(b.pct).padStart(5)} %  ${b.msPerRequest.toFixed(3)} ms/req`);
            log(`  (builtins charged to their callers: ${s.builtinsChargedToCallers.pct} %)`);
            for (const f of s.topFunctions.slice(0, 8)) log(`    ${String(f.pct).padStart(5)} %  ${f.fn}  ${f.where}  [${f.bucket}]`);
        } finally {
            api.stop();
        }
    }
} finally {
    await close();
}
// All questions' buckets side by side (% of the API's sampled time in the load window).
const names = [...new Set(out.flatMap((o) => (o.buckets as ProfileSummary["buckets"]).map((b) => b.bucket)))];
const table = names.map((b) => ({ bucket: b, pct: Object.fromEntries(out.map((o) => [o.question as string, (o.buckets as ProfileSummary["buckets"]).find((x) => x.bucket === b)?.pct ?? 0])) }));
table.sort((a, b) => Object.values(b.pct).reduce((x, y) => x + y, 0) - Object.values(a.pct).reduce((x, y) => x + y, 0));
const result = { date, scale: SCALE, machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, loadAvg: { start: loadAtStart, end: os.loadavg().map((x) => +x.toFixed(2)) }, samplingIntervalUs: INTERVAL_US, cache: CACHED ? "on" : "off", table, questions: out };
const file = path.join(PROJECT_ROOT, "bench/results", `profile-${SCALE === "national" ? "national-" : ""}${CACHED ? "cached-" : ""}${date.slice(0, 10)}.json`);
writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
const md = [
    `| bucket (% of API CPU samples in the load window) | ${out.map((o) => o.question).join(" | ")} |`,
    `|---|${out.map(() => "---").join("|")}|`,
    ...table.map((t) => `| ${t.bucket} | ${out.map((o) => t.pct[o.question as string]).join(" | ")} |`),
    `| API CPU ms/request (/proc) | ${out.map((o) => (o.cpuMsPerRequest as { api: number }).api).join(" | ")} |`,
    `| Neo4j CPU ms/request (/proc) | ${out.map((o) => (o.cpuMsPerRequest as { neo4j: number }).neo4j).join(" | ")} |`,
    `| req/s (${CLIENTS} clients) | ${out.map((o) => o.rps).join(" | ")} |`,
].join("\n");
writeFileSync(file.replace(/\.json$/, ".md"), md + "\n");
console.log(md);
log(`[profile] ${path.relative(PROJECT_ROOT, file)} (raw profiles in ${path.relative(PROJECT_ROOT, profDir)}, git-ignored)`);
