// What the benchmarks read about processes: the API started as its own process (so its memory is
// measured alone), a process's RSS and CPU time from /proc, and a seeded Neo4j of the bench's own.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { Driver } from "neo4j-driver";
import { loadConfig, PROJECT_ROOT } from "../src/config.js";
import { applySchema } from "../src/db/apply-schema.js";
import { createDriver } from "../src/db/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../src/neo4j/local-server.js";
import { loadSeed } from "../src/modules/reports/load.js";

/** Resident memory of a process in MB (0 once it has exited). */
export function rssMb(pid: number): number {
    try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
        return m ? Number(m[1]) / 1024 : 0;
    } catch {
        return 0;
    }
}

/** CPU seconds a process has used so far (user + system), from /proc. */
export function cpuSeconds(pid: number): number {
    const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(f[11]) + Number(f[12])) / 100; // clock ticks (USER_HZ = 100 on Linux)
}

/**
 * The V8 flags `npm start` runs the API with (package.json "start", e.g. its heap cap), so the benches
 * measure the process users run.
 */
export const START_NODE_FLAGS: string[] = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start
    .split(/\s+/)
    .filter((a) => /^--max-[a-z-]+=/.test(a));

/**
 * bench/api-server.ts against `uri`, in production mode (plus `env`, and `nodeArgs` before the script:
 * by default `npm start`'s V8 flags; bench/rss-flags.ts passes its own); resolves once it listens.
 * `exited` resolves with the exit code after stop().
 */
export async function startApi(uri: string, env: Record<string, string> = {}, nodeArgs: string[] = START_NODE_FLAGS): Promise<{ url: string; pid: number; stop: () => void; exited: Promise<number | null> }> {
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "bench/api-server.ts"], { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_URI: uri, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (l) => l.startsWith("API_READY ") && resolve(l.slice(10)));
        child.once("exit", (c) => reject(new Error(`API exited ${c}`)));
    });
    const exited = new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (c) => resolve(c))));
    return { url, pid: child.pid!, stop: () => child.kill("SIGTERM"), exited };
}

/**
 * A Neo4j of the bench's own (temporary data directory, free port, heap 2 GiB, page cache 1 GiB) with
 * the schema applied and the reports loaded; `close()` stops it and removes its data.
 */
export async function seededBenchNeo4j(log: (m: string) => void, tag: string): Promise<{ neo4j: LocalNeo4j; driver: Driver; close(): Promise<void> }> {
    const home = mkdtempSync(path.join(os.tmpdir(), `state-graph-${tag}-`));
    const neo4j = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "2g", pageCache: "1g" }, log);
    const driver = createDriver({ uri: neo4j.uri, user: "neo4j", password: "" });
    const close = async (): Promise<void> => {
        await driver.close();
        await neo4j.stop();
        rmSync(home, { recursive: true, force: true });
    };
    try {
        await applySchema(driver);
        await loadSeed(driver);
    } catch (e) {
        await close();
        throw e;
    }
    return { neo4j, driver, close };
}
