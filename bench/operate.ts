// `npm run bench:operate`: how long the operating commands take on the seed graph and on the national
// graph (bench/national.ts, ~1 M relationships, loaded offline), each with the users' data of the
// README's examples (a snapshot, an inventory, the usage sample's aggregate CSV: 1,739 cells) imported
// through the same ingest as `npm run import`. Per graph, every command as the user runs it (its own
// process, so tsx and JVM starts count):
//   export   `npm run export -- DIR` beside the running Neo4j (graph read in one transaction);
//   backup   `npm run backup -- FILE` after the Neo4j is stopped (neo4j-admin database dump);
//   restore  `npm run restore -- FILE` into an empty data directory (load + consistency check; split);
//   import   `npm run import -- DIR` of the export into a fresh graph seeded from the reports.
// Results: bench/results/operate-<date>.json. Needs ~3 GB of disk in the temp directory for the
// national graph.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { loadQueries } from "../src/db/queries.js";
import { inWriteScope } from "../src/db/write-scope.js";
import { createDb } from "../src/db/run.js";
import { importConnections } from "../src/modules/editorial/ingest/connections.js";
import { importInventory } from "../src/modules/inventory/ingest/inventory.js";
import { prepareUsage, writeUsage } from "../src/modules/usage/ingest/import.js";
import { textLines } from "../src/modules/usage/ingest/lines.js";
import { adminImport } from "../src/modules/reports/first-load.js";
import { loadSeed } from "../src/modules/reports/load.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-server.js";
import { buildSeedGraph } from "../seed/pipeline.js";
import { fitUsage } from "../seed/usage-sample/fit.js";
import { sampleCsv } from "../seed/usage-sample/generate.js";
import { reportedUsage } from "../seed/usage-sample/reports.js";
import { nationalRows } from "./national.js";

const log = (m: string): void => console.error(m);
const seconds = (t: number): number => +((Date.now() - t) / 1000).toFixed(2);
const start = (home: string) => startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g", role: "server" }, () => undefined);
const usageCsv = [...sampleCsv(fitUsage(reportedUsage(buildSeedGraph())))].join("\n") + "\n";

/** Runs `npm run <entry>` on `home` as its own process; its wall time, or the failure. */
function command(entry: string, args: string[], home: string): number {
    const t = Date.now();
    const r = spawnSync(process.execPath, ["--import", "tsx", `src/cli/${entry}.ts`, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_HOME: home, NEO4J_URI: "" }, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`npm run ${entry} failed (${r.status}): ${r.stderr.trim().split("\n").pop()}`);
    log(r.stderr.trim().split("\n").pop() ?? "");
    return seconds(t);
}

/** The README's example files and the usage sample, imported as `npm run import` would. */
async function addUserData(neo4j: LocalNeo4j): Promise<void> {
    const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
    const queries = loadQueries();
    const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, "examples/imports", f), "utf8");
    try {
        await inWriteScope(driver, { queries }, (s) => importConnections(s.db, { file: "connections-2024-sample.csv", text: read("connections-2024-sample.csv"), actor: "cli:bench" }));
        await inWriteScope(driver, { queries }, (s) => importInventory(s.db, { file: "inventory-sample.csv", text: read("inventory-sample.csv"), actor: "cli:bench" }));
        const prepared = await prepareUsage(createDb(driver, queries), { file: "usage-2023.csv", lines: textLines(usageCsv) });
        await inWriteScope(driver, { queries }, (s) => writeUsage(s.db, prepared, { actor: "cli:bench", content: usageCsv }));
    } finally {
        await driver.close();
    }
}

async function measure(name: string, build: (home: string) => Promise<void>): Promise<Record<string, unknown>> {
    const temp = mkdtempSync(path.join(os.tmpdir(), `state-graph-operate-${name}-`));
    const [home, restored, fresh, dir, dump] = ["home", "restored", "fresh", "export", "graph.dump"].map((p) => path.join(temp, p)) as [string, string, string, string, string];
    try {
        await build(home);
        let neo4j = await start(home);
        const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
        await applySchema(driver);
        await loadSeed(driver);
        await driver.close();
        await addUserData(neo4j);
        const exportSeconds = command("export", [dir], home);
        await neo4j.stop();
        const backupSeconds = command("backup", [dump], home);
        const restoreSeconds = command("restore", [dump], restored);
        const restoreUnchecked = command("restore", [dump, "--force", "--no-check"], restored);
        neo4j = await start(fresh);
        const d2 = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
        await applySchema(d2);
        await loadSeed(d2);
        await d2.close();
        const importSeconds = command("import", [dir], fresh);
        await neo4j.stop();
        return { graph: name, dumpBytes: statSync(dump).size, exportSeconds, backupSeconds, restoreSeconds, restoreWithoutCheckSeconds: restoreUnchecked, importExportSeconds: importSeconds };
    } finally {
        rmSync(temp, { recursive: true, force: true });
    }
}

const results = [
    await measure("seed", async () => undefined),
    await measure("national", async (home) => {
        await adminImport(home, nationalRows(), { log });
    }),
];
const out = { date: new Date().toISOString(), machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadAvg: os.loadavg().map((x) => +x.toFixed(2)) }, results };
const resultsDir = path.join(PROJECT_ROOT, "bench/results");
mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, `operate-${out.date.slice(0, 10)}.json`);
writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
console.log(JSON.stringify(out, null, 2));
log(`[operate] results in ${path.relative(PROJECT_ROOT, file)}`);
