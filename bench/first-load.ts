// `npm run bench:first-load`: loading the national-scale graph (bench/national.ts, ~1 M relationships)
// into an empty database, two ways in one run, each on a freshly started JVM:
//   baseline  the transactional bulk loader through Bolt (seed/bulk.ts: batched UNWIND, 2 in flight)
//             into a running server whose schema is applied (indexes maintained while loading);
//   offline   the rows as CSV (seed/admin-csv.ts) and Neo4j's own importer in a new JVM
//             (src/neo4j/admin-import.ts), then the server started and the schema applied (indexes
//             populated after the load).
// Both report the load alone and "until queryable" (server start + schema + load). Results:
// bench/results/first-load-<date>.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { adminImport } from "../src/modules/reports/first-load.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { bulkWriteRows } from "../src/modules/reports/load.js";
import { nationalRows } from "./national.js";
import { cpuSeconds } from "./processes.js";

const log = (m: string): void => console.error(m);
const rows = nationalRows();
const rels = rows.rels.length;
log(`[first-load] national graph: ${rows.nodes.length} nodes, ${rels} relationships`);
const seconds = (t: number): number => +((Date.now() - t) / 1000).toFixed(2);
const neo4jConfig = (home: string) => ({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g" });

async function transactional(): Promise<Record<string, number>> {
    const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-first-load-tx-"));
    try {
        const t0 = Date.now();
        const neo4j = await startLocalNeo4j(neo4jConfig(home), () => undefined);
        const start = seconds(t0);
        const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
        try {
            let t = Date.now();
            await applySchema(driver);
            const schema = seconds(t);
            t = Date.now();
            const cpu0 = cpuSeconds(neo4j.pid);
            const r = await bulkWriteRows(driver, rows, { batchSize: 10_000, parallel: 2, log });
            const load = seconds(t);
            return { startSeconds: start, schemaSeconds: schema, loadSeconds: load, untilQueryableSeconds: seconds(t0), relationshipsPerSecond: r.relationshipsPerSecond, neo4jCpuSeconds: +(cpuSeconds(neo4j.pid) - cpu0).toFixed(1) };
        } finally {
            await driver.close();
            await neo4j.stop();
        }
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}

async function offline(): Promise<Record<string, number>> {
    const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-first-load-admin-"));
    try {
        const t0 = Date.now();
        const r = await adminImport(home, rows, { log });
        let t = Date.now();
        const neo4j = await startLocalNeo4j(neo4jConfig(home), () => undefined);
        const start = seconds(t);
        const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
        try {
            t = Date.now();
            await applySchema(driver); // populates every index over the imported graph
            const schema = seconds(t);
            return {
                csvSeconds: +r.csvSeconds.toFixed(2), importerSeconds: +r.importerSeconds.toFixed(2), startSeconds: start, schemaSeconds: schema,
                loadSeconds: +(r.csvSeconds + r.importerSeconds).toFixed(2), untilQueryableSeconds: seconds(t0),
                importerRelationshipsPerSecond: r.importerRelationshipsPerSecond, relationshipsPerSecond: r.relationshipsPerSecond,
                relationshipsPerSecondWithIndexes: Math.round(rels / (r.csvSeconds + r.importerSeconds + schema)),
            };
        } finally {
            await driver.close();
            await neo4j.stop();
        }
    } finally {
        rmSync(home, { recursive: true, force: true });
    }
}

const baseline = await transactional();
log(`[first-load] transactional: ${JSON.stringify(baseline)}`);
const admin = await offline();
log(`[first-load] offline: ${JSON.stringify(admin)}`);
const out = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadAvg: os.loadavg().map((x) => +x.toFixed(2)) },
    nodes: rows.nodes.length,
    relationships: rels,
    transactional: baseline,
    offline: admin,
    offlineVsTransactional: {
        load: +(baseline.loadSeconds! / admin.loadSeconds!).toFixed(2),
        untilQueryable: +(baseline.untilQueryableSeconds! / admin.untilQueryableSeconds!).toFixed(2),
    },
};
const dir = path.join(PROJECT_ROOT, "bench/results");
mkdirSync(dir, { recursive: true });
const file = path.join(dir, `first-load-${out.date.slice(0, 10)}.json`);
writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
console.log(JSON.stringify(out, null, 2));
log(`[first-load] results in ${path.relative(PROJECT_ROOT, file)}`);
