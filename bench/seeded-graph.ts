// The benchmarks that need a graph of their own (bench:duplicates, bench:missing): a fresh built-in
// Neo4j in a temporary home (2 GB heap, 1 GB page cache), seeded from the reports, and the header every
// results file opens with (date, machine, load average at the start: figures are only comparable on a
// quiet machine). `close` stops it and removes the home.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { createDb, type Db } from "../src/db/run.js";
import { loadQueries } from "../src/db/queries.js";
import { startLocalNeo4j } from "../src/neo4j/local-server.js";
import { loadSeed } from "../src/modules/reports/load.js";

export interface SeededGraph {
    driver: Driver;
    db: Db;
    close(): Promise<void>;
}

export const resultsHeader = (): Record<string, unknown> => ({ date: new Date().toISOString(), machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`, loadAverageAtStart: os.loadavg() });

export async function seededGraph(name: string, log: (m: string) => void): Promise<SeededGraph> {
    const home = mkdtempSync(path.join(os.tmpdir(), `state-graph-bench-${name}-`));
    const neo4j = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g" }, log);
    const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
    const close = async () => {
        await driver.close();
        await neo4j.stop();
        rmSync(home, { recursive: true, force: true });
    };
    try {
        // On a loaded machine the first connection to a fresh server can outlast the pool's acquisition timeout.
        for (let i = 0; ; i++) {
            try {
                await driver.getServerInfo();
                break;
            } catch (e) {
                if (i >= 30) throw e;
                await new Promise((r) => setTimeout(r, 1000));
            }
        }
        await applySchema(driver);
        await loadSeed(driver);
    } catch (e) {
        await close();
        throw e;
    }
    return { driver, db: createDb(driver, loadQueries()), close };
}

/** Writes bench/results/<name>-<day>.json. */
export function writeResults(name: string, results: unknown, log: (m: string) => void): void {
    mkdirSync(path.join(PROJECT_ROOT, "bench/results"), { recursive: true });
    const out = path.join(PROJECT_ROOT, `bench/results/${name}-${new Date().toISOString().slice(0, 10)}.json`);
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    log(`[bench] written ${path.relative(PROJECT_ROOT, out)}`);
}

/** p-th percentile of unsorted times (ms), one decimal. */
export const percentileMs = (xs: number[], p: number): number => {
    const s = [...xs].sort((a, b) => a - b);
    return +s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!.toFixed(1);
};

/**
 * The figures of sequential requests timed in this process: p50, p99, max and the CPU per request since
 * `cpu0` (API and client share the process: the load-independent figure), with the load average.
 */
export function sequentialFigures(times: number[], cpu0: NodeJS.CpuUsage) {
    const cpu = process.cpuUsage(cpu0);
    return {
        requests: times.length, p50: percentileMs(times, 50), p99: percentileMs(times, 99), max: +Math.max(...times).toFixed(1),
        cpuMsPerRequest: +((cpu.user + cpu.system) / 1000 / times.length).toFixed(2), loadAverage: +os.loadavg()[0]!.toFixed(1),
    };
}
