// `npm run bench:usage [-- --records N]`: observed usage at national scale, measured in one run.
//  1. a fresh Neo4j with the reports and the synthetic national graph (national.ts) plus a synthetic
//     NDXP that every synthetic service transits;
//  2. a national operational-monitoring log (usage-log.ts; default 6,000,000 records over the 12
//     months of 2024, gzip) and one a tenth of its size;
//  3. ingest: the floor of reading the file (gunzip and split lines) and of parsing it (+ JSON.parse on
//     one thread), measured in this process, then `npm run import:usage` end to end as its own process
//     (parse on worker threads, validate, aggregate, write with the questions' aggregates, commit), with
//     its peak RSS — for both files, so RSS can be compared across file sizes — and the large file once
//     more with `--workers 0` (parsed on the main thread, as before issue 29);
//  4. each new question through the GraphQL API (its own process, NODE_ENV=production, response cache
//     off) at one client, beside the floor ({ __typename }) and an existing question from the same run;
//     the usage questions as distinct questions (50–78 variants per row, sent round-robin).
// Results: bench/results/usage-<date>.json and bench/results/usage.svg.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { fileLines } from "../src/modules/usage/ingest/lines.js";
import { bulkWriteRows } from "../src/modules/reports/load.js";
import { loadSeed } from "../src/modules/reports/load.js";
import { nationalRows } from "./national.js";
import { runLoad } from "./load-client.js";
import { rssMb, startApi } from "./processes.js";
import { logMapping, MONTHS_2024, planLog, platformRows, writeLog } from "./usage-log.js";

const arg = (name: string, dflt: number): number => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RECORDS = arg("--records", 6_000_000);
const SECONDS = arg("--seconds", 10);
const log = (m: string): void => console.error(m);
const TARGETS = { ingestRecordsPerSecond: 200_000, ingestFloor: 100_000, rssMb: 300, p99Ms: 100 };

/** Reads the file as the import does, without parsing: the I/O + gunzip + line-split floor. */
async function readFloor(file: string, parse: boolean): Promise<{ lines: number; seconds: number; perSecond: number }> {
    const started = performance.now();
    let lines = 0;
    for await (const b of fileLines(file).batches()) {
        if (parse) for (const l of b.lines) if (l) JSON.parse(l);
        lines += b.lines.length;
    }
    const seconds = (performance.now() - started) / 1000;
    return { lines, seconds: +seconds.toFixed(2), perSecond: Math.round(lines / seconds) };
}

/** `npm run import:usage` as its own process: wall time, its own end-to-end figure, peak RSS. */
async function importCli(uri: string, mapping: string, file: string, workers?: number) {
    const started = performance.now();
    // As `npm run import:usage` runs it (package.json: the same node flags).
    const flags = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts["import:usage"]!.split(" ").filter((a) => a.startsWith("--max-"));
    const child = spawn(process.execPath, [...flags, "--import", "tsx", "src/cli/import-usage.ts", "--mapping", mapping, ...(workers === undefined ? [] : ["--workers", String(workers)]), file], { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_URI: uri }, stdio: ["ignore", "ignore", "pipe"] });
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, rssMb(child.pid!))), 100);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
        stderr += c;
        process.stderr.write(c);
    });
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    clearInterval(sample);
    const wall = (performance.now() - started) / 1000;
    if (code !== 0) throw new Error(`import failed (${code}):\n${stderr}`);
    // The command's own figures: "N records/s end to end (T s: read, validate and aggregate R s, write and commit W s; CPU C s)".
    const e2e = /([\d,]+) records\/s end to end \(([\d.]+) s: read, validate and aggregate ([\d.]+) s, write and commit ([\d.]+) s; CPU ([\d.]+) s\)/.exec(stderr);
    if (!e2e) throw new Error(`no end-to-end line in the import's output:\n${stderr.slice(-2000)}`);
    const records = Number(/committed \S+: ([\d,]+) records/.exec(stderr)![1]!.replaceAll(",", ""));
    const documentId = /committed (usage:[0-9a-f]+)/.exec(stderr)![1]!;
    const cpuSeconds = Number(e2e[5]);
    return {
        records, documentId, fileMb: +(statSync(file).size / 2 ** 20).toFixed(1), seconds: Number(e2e[2]), readSeconds: Number(e2e[3]), writeSeconds: Number(e2e[4]),
        recordsPerSecond: Number(e2e[1]!.replaceAll(",", "")), readRecordsPerSecond: Math.round(records / Number(e2e[3])),
        cpuSeconds, recordsPerCpuSecond: Math.round(records / cpuSeconds),
        wallSeconds: +wall.toFixed(2), wallRecordsPerSecond: Math.round(records / wall), peakRssMb: Math.round(peak),
    };
}

/**
 * One row: the question's variants (distinct questions: other pages, thresholds, days or windows; one
 * for the rest) sent round-robin by one client, so no row is a repeat of one answer. Each variant is
 * asked once first (it must answer without errors), then 3 s of warm-up, then the measured seconds.
 */
async function measure(url: string, pid: number, queries: string[], seconds: number) {
    for (const query of queries) {
        const check = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
        const json = (await check.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors).slice(0, 400)}\n${query}`);
    }
    const requests = queries.map((query) => ({ body: JSON.stringify({ query }) }));
    await runLoad({ url, requests, concurrency: 1, seconds: Math.min(3, seconds) }); // warm-up
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 200);
    const r = await runLoad({ url, requests, concurrency: 1, seconds });
    clearInterval(sample);
    return { variants: queries.length, requests: r.requests, rps: r.rps, p50: r.p50, p90: r.p90, p99: r.p99, max: r.max, errors: r.errors, apiRssMbMax: Math.round(peak) };
}

const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-usage-bench-"));
const work = mkdtempSync(path.join(os.tmpdir(), "usage-bench-files-"));
const load0 = os.loadavg();
const neo4j = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g" }, log);
const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
try {
    await applySchema(driver);
    await loadSeed(driver);
    const rows = nationalRows();
    const platform = platformRows();
    log(`[bench] national graph: ${rows.nodes.length} nodes, ${rows.rels.length} relationships (+ a synthetic NDXP and ${platform.rels.length - 1} TRANSITS); loading…`);
    const loaded = await bulkWriteRows(driver, rows, { batchSize: 10_000, parallel: 2, log });
    await bulkWriteRows(driver, platform, { batchSize: 10_000, parallel: 2 });
    log(`[bench] loaded in ${loaded.seconds.toFixed(1)} s`);

    const plan = planLog(rows);
    const mapping = path.join(work, "national.mapping.json");
    writeFileSync(mapping, JSON.stringify(logMapping(plan)));
    const files: Record<"small" | "large", string> = { small: path.join(work, "national-2024-small.jsonl.gz"), large: path.join(work, "national-2024.jsonl.gz") };
    const gen = performance.now();
    await writeLog(plan, Math.round(RECORDS / 10), files.small);
    await writeLog(plan, RECORDS, files.large);
    log(`[bench] logs written in ${((performance.now() - gen) / 1000).toFixed(1)} s: ${plan.consumers.length} consumers, ${plan.pairs.length} consumer–service pairs; ${(statSync(files.large).size / 2 ** 20).toFixed(0)} MiB gzip`);

    const floors = { read: await readFloor(files.large, false), parse: await readFloor(files.large, true) };
    log(`[bench] floors: read ${floors.read.perSecond.toLocaleString("en-US")} lines/s, read + JSON.parse ${floors.parse.perSecond.toLocaleString("en-US")} lines/s`);
    // Each file overlaps the next one's period on the same pairs: take it out (rows, aggregates, document) before the next import.
    const remove = async (id: string): Promise<void> => {
        await driver.executeQuery("MATCH ()-[u:OBSERVED_USE|OBSERVED_ASSET {documentId: $id}]->() DELETE u", { id });
        await driver.executeQuery("MATCH (d:UsageImport {id: $id}) DETACH DELETE d", { id });
    };
    const small = await importCli(neo4j.uri, mapping, files.small);
    await remove(small.documentId);
    const largeOneThread = await importCli(neo4j.uri, mapping, files.large, 0);
    await remove(largeOneThread.documentId);
    const large = await importCli(neo4j.uri, mapping, files.large);
    const ingest = { small, large, largeOneThread, floors, relativeToParseFloor: +(large.recordsPerSecond / floors.parse.perSecond).toFixed(2), parallelSpeedup: +(large.recordsPerSecond / largeOneThread.recordsPerSecond).toFixed(2) };
    log(`[bench] import ${large.records.toLocaleString("en-US")} records: ${large.recordsPerSecond.toLocaleString("en-US")} records/s end to end (${large.wallRecordsPerSecond.toLocaleString("en-US")} with process start), peak RSS ${large.peakRssMb} MB (small file: ${small.peakRssMb} MB); on one thread ${largeOneThread.recordsPerSecond.toLocaleString("en-US")} records/s, ${largeOneThread.peakRssMb} MB`);

    const busiest = [...plan.pairs.reduce((m, p) => m.set(p.service, (m.get(p.service) ?? 0) + p.weight), new Map<number, number>())].sort((a, b) => b[1] - a[1])[0]![0];
    // Distinct questions per row (the response cache is off, and nothing keeps an answer): provinces and
    // departments over 50 thresholds, the deep page at 50 offsets from 10,000, asOf over 50 days of
    // June–July 2024, criticality over the 78 windows of 2024. What the usage questions keep per graph
    // version is their working sets (the tier's pairs, the assets' aggregates), which every variant reads.
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    const DVO_FIELDS = "basis total counts { class count } pairs { agencyId assetId class reason observed { total } regularMonths }";
    const dvo = (args: string) => `{ declaredVsObserved(${args}) { ${DVO_FIELDS} } }`;
    const threshold = (i: number) => `regular: { minMonthlyExchanges: ${100 + 10 * i}, minMonthShare: 0.75 }`;
    const knownAt = new Date().toISOString();
    const day = (i: number) => new Date(Date.UTC(2024, 5, 1 + i)).toISOString().slice(0, 10);
    const windows = MONTHS_2024.flatMap((from, i) => MONTHS_2024.slice(i).map((to) => [from, to] as const));
    const questions: [string, string[]][] = [
        ["floor ({ __typename })", ["{ __typename }"]],
        ["agencyDependencies (existing)", [`{ agencyDependencies(agency: "syn:province:5") { assets { id facts { snapshot } services { id } } } }`]],
        ["serviceConsumers", [`{ serviceConsumers(service: "syn:service:${busiest}", limit: 50) { basis totalConsumers observed { total errorRatePercent durations { p50Ms p99Ms } } months { month total errorRatePercent } consumers { id name observed { total errorRatePercent } months { month total } } } }`]],
        ["consumedServices", [`{ consumedServices(agency: "syn:province:5", limit: 50) { basis totalServices observed { total } months { month total errorRatePercent } services { id name observed { total errorRatePercent durations { p99Ms } } months { month total } } } }`]],
        ["declaredVsObserved (provinces)", range(50).map((i) => dvo(`tier: PROVINCE, ${threshold(i)}, limit: 100`))],
        ["declaredVsObserved (departments)", range(50).map((i) => dvo(`tier: DEPARTMENT, ${threshold(i)}, limit: 100`))],
        ["declaredVsObserved (departments, offset 10,000)", range(50).map((i) => dvo(`tier: DEPARTMENT, limit: 100, offset: ${10_000 + 100 * i}`))],
        ["declaredVsObserved (provinces, asOf, knownAt)", range(50).map((i) => dvo(`tier: PROVINCE, asOf: "${day(i)}", knownAt: "${knownAt}", limit: 100`))],
        ["criticality", windows.map(([from, to]) => `{ criticality(from: "${from}", to: "${to}", limit: 20) { basis total assets { rank id score monthlyExchangesLost agenciesCutOff services singlePointOfFailure parts { name points } dependentAssets { id } } } }`)],
        ["usageImports", [`{ usageImports { total imports { id file records pairs } } }`]],
    ];
    // The response cache off: every request runs the question (a cached repeat costs well under 1 ms).
    const api = await startApi(neo4j.uri, { RESPONSE_CACHE: "off" });
    const results: Record<string, unknown>[] = [];
    try {
        for (const [name, query] of questions) {
            const m = await measure(api.url, api.pid, query, SECONDS);
            results.push({ question: name, ...m });
            log(`[bench] ${name}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, API RSS ${m.apiRssMbMax} MB`);
        }
    } finally {
        api.stop();
    }
    const out = {
        date: new Date().toISOString(),
        machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageBefore: load0.map((x) => +x.toFixed(2)), loadAverageAfter: os.loadavg().map((x) => +x.toFixed(2)) },
        targets: TARGETS,
        graph: { nodes: rows.nodes.length + platform.nodes.length, relationships: rows.rels.length + platform.rels.length, consumers: plan.consumers.length, pairs: plan.pairs.length, months: 12 },
        ingest,
        questions: results,
    };
    const dir = path.join(PROJECT_ROOT, "bench/results");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `usage-${out.date.slice(0, 10)}.json`), JSON.stringify(out, null, 2) + "\n");
    writeFileSync(path.join(dir, "usage.svg"), svg(out));
    log("[bench] results in bench/results/usage-*.json and usage.svg");
} finally {
    await driver.close();
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
}

/** Two panels: ingest rates against the targets; each question's p50/p99 against 100 ms. */
function svg(out: { ingest: any; questions: any[] }): string {
    const W = 900, H = 380, top = 40, bottom = 110;
    const panel = (x0: number, width: number, title: string, bars: { label: string; values: { v: number; color: string; name: string }[] }[], lines: { v: number; label: string }[], unit: string) => {
        const max = Math.max(...bars.flatMap((b) => b.values.map((v) => v.v)), ...lines.map((l) => l.v)) * 1.15;
        const y = (v: number) => top + (H - top - bottom) * (1 - v / max);
        const bw = width / bars.length;
        let s = `<text x="${x0}" y="22" font-size="13" font-weight="bold">${title}</text>`;
        bars.forEach((b, i) => {
            const n = b.values.length;
            b.values.forEach((v, j) => {
                const x = x0 + i * bw + 6 + (j * (bw - 12)) / n;
                s += `<rect x="${x.toFixed(1)}" y="${y(v.v).toFixed(1)}" width="${((bw - 12) / n - 2).toFixed(1)}" height="${(H - bottom - y(v.v)).toFixed(1)}" fill="${v.color}"><title>${b.label} ${v.name}: ${Math.round(v.v).toLocaleString("en-US")} ${unit}</title></rect>`;
                s += `<text x="${(x + (bw - 12) / n / 2).toFixed(1)}" y="${(y(v.v) - 3).toFixed(1)}" font-size="9" text-anchor="middle">${v.v >= 1000 ? `${Math.round(v.v / 1000)}k` : Math.round(v.v)}</text>`;
            });
            s += `<text transform="translate(${(x0 + i * bw + bw / 2).toFixed(1)},${H - bottom + 12}) rotate(30)" font-size="10">${b.label}</text>`;
        });
        for (const l of lines) s += `<line x1="${x0}" x2="${x0 + width}" y1="${y(l.v)}" y2="${y(l.v)}" stroke="#c00" stroke-dasharray="4 3"/><text x="${x0 + width}" y="${y(l.v) - 3}" font-size="10" text-anchor="end" fill="#c00">${l.label}</text>`;
        s += `<line x1="${x0}" x2="${x0 + width}" y1="${H - bottom}" y2="${H - bottom}" stroke="#999"/>`;
        return s;
    };
    const g = out.ingest;
    const left = panel(50, 330, "Ingest, records/s (one line each)", [
        { label: "read floor", values: [{ v: g.floors.read.perSecond, color: "#bbb", name: "gunzip + split" }] },
        { label: "parse floor", values: [{ v: g.floors.parse.perSecond, color: "#999", name: "+ JSON.parse, one thread" }] },
        { label: `${(g.largeOneThread.records / 1e6).toFixed(1)} M, 1 thread`, values: [{ v: g.largeOneThread.recordsPerSecond, color: "#6baed6", name: "end to end, --workers 0" }] },
        { label: `import ${(g.small.records / 1e6).toFixed(1)} M`, values: [{ v: g.small.recordsPerSecond, color: "#3182bd", name: "end to end" }, { v: g.small.wallRecordsPerSecond, color: "#9ecae1", name: "with process start" }] },
        { label: `import ${(g.large.records / 1e6).toFixed(1)} M`, values: [{ v: g.large.recordsPerSecond, color: "#3182bd", name: "end to end" }, { v: g.large.wallRecordsPerSecond, color: "#9ecae1", name: "with process start" }] },
    ], [{ v: TARGETS.ingestRecordsPerSecond, label: "target 200k" }, { v: TARGETS.ingestFloor, label: "floor 100k" }], "records/s");
    const right = panel(450, 420, "Questions at national scale, one client (ms)", out.questions.map((q) => ({ label: q.question.replace(" (existing)", "*"), values: [{ v: q.p50, color: "#fdae6b", name: "p50" }, { v: q.p99, color: "#e6550d", name: "p99" }] })), [{ v: TARGETS.p99Ms, label: "p99 target 100 ms" }], "ms");
    const rss = `<text x="50" y="${H - 12}" font-size="11">Peak RSS of the import: ${g.small.peakRssMb} MB (${(g.small.records / 1e6).toFixed(1)} M records) and ${g.large.peakRssMb} MB (${(g.large.records / 1e6).toFixed(1)} M); API ≤ ${Math.max(...out.questions.map((q) => q.apiRssMbMax))} MB. * = existing question, for reference.</text>`;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif">${left}${right}${rss}</svg>\n`;
}
