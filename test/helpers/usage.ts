// Usage test fixtures: the sample files of the seeded graph (written once per test run and shared
// read-only), imports into a caller's transaction, the import command, and the removal of an import a
// test committed.
import { isAlive } from "../../lib/process.js";
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { once } from "node:events";
import os from "node:os";
import path from "node:path";
import { createGzip } from "node:zlib";
import { neo4jEnv } from "./neo4j.js";
import type { Driver, Transaction } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { loadQueries } from "../../src/db/queries.js";
import { createDb } from "../../src/db/run.js";
import { prepareUsage, writeUsage, type UsageImportResult } from "../../src/modules/usage/ingest/import.js";
import { fileLines } from "../../src/modules/usage/ingest/lines.js";
import { buildSeedGraph } from "../../seed/pipeline.js";
import { fitUsage, type UsageSample } from "../../seed/usage-sample/fit.js";
import { opmonLog, sampleCsv, sampleMapping } from "../../seed/usage-sample/generate.js";
import { reportedUsage } from "../../seed/usage-sample/reports.js";

export interface SampleFiles {
    dir: string;
    sample: UsageSample;
    csv: string;
    mapping: string;
    /** Every exchange of the services whose Phụ lục 3 total is ≤ 100,000 (22–41). */
    opmon: string;
    opmonServices: number[];
}

/**
 * The same files, written once per test run and shared by every file of the run that asks (the
 * operational-monitoring log alone is 433,000 records, 160 MB before gzip: ~10 CPU-seconds to write,
 * which each usage test file used to spend again). Read-only: a test that writes files of its own
 * writes them elsewhere. A run is the vitest process the test workers are forked from (their parent
 * pid), with the sample's hash in the name; the first file to ask writes them under a lock, the
 * others wait for the directory to appear, and directories of earlier runs are removed.
 */
export async function sharedSampleFiles(): Promise<SampleFiles> {
    const sample = fitUsage(reportedUsage(buildSeedGraph()));
    const hash = createHash("sha256").update(JSON.stringify(sample)).digest("hex").slice(0, 12);
    const prefix = `usage-sample-run-${process.ppid}-`;
    const dir = path.join(os.tmpdir(), `${prefix}${hash}`);
    const lock = `${dir}.lock`;
    while (!existsSync(dir)) {
        if (takeLock(lock)) {
            try {
                if (existsSync(dir)) break;
                removeEarlierRuns(prefix);
                const tmp = mkdtempSync(`${dir}.tmp-`);
                await writeSampleFilesTo(tmp, sample);
                renameSync(tmp, dir);
            } finally {
                rmSync(lock, { recursive: true, force: true });
            }
        } else {
            // Another file of the run is writing them (seconds); it removes the lock when done or, if it died, isAlive() lets us take over.
            await sleep(100);
        }
    }
    return sampleFilesIn(dir, sample);
}

/** The lock is a directory holding its owner's pid; a lock whose owner is gone is taken over. */
function takeLock(lock: string): boolean {
    try {
        mkdirSync(lock);
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
        const owner = Number(readFileSafe(path.join(lock, "pid")));
        if (!owner || isAlive(owner)) return false;
        rmSync(lock, { recursive: true, force: true });
        return takeLock(lock);
    }
    writeFileSync(path.join(lock, "pid"), String(process.pid));
    return true;
}

function readFileSafe(file: string): string {
    try {
        return readFileSync(file, "utf8");
    } catch {
        return "";
    }
}


/** Shared sample directories (and the locks and half-written copies) of runs whose vitest process has ended. */
function removeEarlierRuns(ours: string): void {
    for (const name of readdirSync(os.tmpdir())) {
        const m = /^usage-sample-run-(\d+)-[0-9a-f]+(\.lock|\.tmp-\w+)?$/.exec(name);
        if (m && !name.startsWith(ours) && !isAlive(Number(m[1]))) rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
}

const OPMON_FILE = "opmon-2023-small-services.jsonl.gz";
const smallServices = (sample: UsageSample): number[] => sample.reported.services.filter((s) => s.transactions <= 100_000).map((s) => s.number);

function sampleFilesIn(dir: string, sample: UsageSample): SampleFiles {
    return { dir, sample, csv: path.join(dir, "usage-2023.csv"), mapping: path.join(dir, "usage-2023.mapping.json"), opmon: path.join(dir, OPMON_FILE), opmonServices: smallServices(sample) };
}

async function writeSampleFilesTo(dir: string, sample: UsageSample): Promise<SampleFiles> {
    const csv = path.join(dir, "usage-2023.csv");
    writeFileSync(csv, [...sampleCsv(sample)].join("\n") + "\n");
    const mapping = path.join(dir, "usage-2023.mapping.json");
    writeFileSync(mapping, JSON.stringify(sampleMapping(sample), null, 1));
    const opmonServices = smallServices(sample);
    const opmon = path.join(dir, OPMON_FILE);
    const gz = createGzip({ level: 1 });
    const out = createWriteStream(opmon);
    gz.pipe(out);
    for (const line of opmonLog(sample, { services: new Set(opmonServices) })) if (!gz.write(`${line}\n`)) await once(gz, "drain");
    gz.end();
    await once(out, "close");
    return { dir, sample, csv, mapping, opmon, opmonServices };
}

/** Imports a file inside a caller's transaction (rolled back by the test). */
export async function importInto(tx: Transaction, file: string, o: { mapping?: string; replace?: string[]; actor?: string } = {}): Promise<UsageImportResult> {
    const db = createDb(tx, loadQueries());
    const prepared = await prepareUsage(db, { file: path.basename(file), lines: fileLines(file), mapping: o.mapping ? { file: path.basename(o.mapping), text: readFileSync(o.mapping, "utf8") } : undefined });
    return writeUsage(db, prepared, { actor: o.actor ?? "test", replace: o.replace });
}

const cliEnv = () => ({ ...process.env, ...neo4jEnv() });
const CLI = ["--import", "tsx", "src/cli/import-usage.ts"];

/** `npm run import:usage -- …args`, to its end. */
export function runImportCli(args: string[]) {
    return spawnSync(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, env: cliEnv(), encoding: "utf8", timeout: 180_000 });
}

/** `npm run import:usage -- …args`, to its end, without blocking the test's event loop (so several can run at once). */
export async function runImportCliAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, env: cliEnv(), stdio: ["ignore", "pipe", "pipe"], timeout: 180_000 });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    const [status] = (await once(child, "close")) as [number | null];
    return { status, stdout, stderr };
}

/** Starts the import command and kills it (SIGKILL) as soon as a line of its output matches `when`. */
export async function killImportCliWhen(args: string[], when: RegExp): Promise<{ killedAt: string | null; stderr: string }> {
    const child = spawn(process.execPath, [...CLI, ...args], { cwd: PROJECT_ROOT, env: cliEnv(), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let killedAt: string | null = null;
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
        const line = stderr.split("\n").find((l) => when.test(l));
        if (line && killedAt === null) {
            killedAt = line;
            child.kill("SIGKILL");
        }
    });
    await once(child, "exit");
    return { killedAt, stderr };
}

/** Removes a committed import: its rows and aggregates, its document, its ChangeRecords, and unattributed nodes nothing uses. */
export async function removeImport(driver: Driver, documentId: string): Promise<void> {
    await driver.executeQuery("MATCH ()-[u:OBSERVED_USE|OBSERVED_ASSET {documentId: $id}]->() DELETE u", { id: documentId });
    await driver.executeQuery("MATCH (d:UsageImport {id: $id}) DETACH DELETE d", { id: documentId });
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE $id IN c.changedIds DELETE c", { id: documentId });
    await driver.executeQuery("MATCH (x:UsageResidual) WHERE NOT (x)-[:OBSERVED_USE]-() DETACH DELETE x");
}

/**
 * The graph's fingerprint without its version counter: after a test commits an import and removes it
 * again, the content is back but the version (bumped by every committed write, never turned back:
 * caches rely on it) is not.
 */
export async function contentFingerprint(driver: Driver): Promise<{ nodes: number; hash: string }> {
    const { records } = await driver.executeQuery(`
        CALL { MATCH (n) WHERE NOT n:GraphVersion WITH apoc.convert.toJson([labels(n), properties(n)]) AS s ORDER BY s RETURN count(*) AS nodes, apoc.util.md5(collect(s)) AS nodeHash }
        CALL { MATCH (a)-[r]->(b) WITH apoc.convert.toJson([a.id, type(r), b.id, properties(r)]) AS s ORDER BY s RETURN apoc.util.md5(collect(s)) AS relHash }
        RETURN nodes, nodeHash + relHash AS hash`);
    return { nodes: records[0]!.get("nodes").toNumber(), hash: records[0]!.get("hash") };
}
