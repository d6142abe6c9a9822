// The everyday workflow: `npm start` in one terminal, `npm run import` / `npm run import:usage` in
// another. The commands find the project's own Neo4j already running for the data directory and use
// it (no second JVM, a line saying so), and the running API answers with the import at once, though
// its response cache had the answer from before.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { START_NODE_FLAGS } from "../../bench/processes.js";

const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-two-terminals-"));
const env = { ...process.env, NEO4J_URI: "", NEO4J_HOME: home, NEO4J_PORT: "0", PORT: "0", NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "64m", RESPONSE_CACHE: "on" };
let api: ChildProcess | undefined;
afterAll(async () => {
    // Its data directory is deleted next: the API and its Neo4j are killed rather than shut down cleanly
    // (SIGTERM took ~11 s, Neo4j's Bolt server waiting out its grace periods; process-lifecycle tests that).
    const jvms = jvmPids(home);
    if (api && api.exitCode === null && api.signalCode === null) {
        const gone = new Promise((r) => api!.once("exit", r));
        api.kill("SIGKILL");
        await gone;
    }
    for (const pid of jvms) {
        try {
            process.kill(pid, "SIGKILL");
        } catch {
            // already gone
        }
    }
    for (const until = Date.now() + 5000; jvmPids(home).length > 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 50));
    rmSync(home, { recursive: true, force: true });
});

/** `npm start` as package.json runs it (its V8 flags), in a fresh data directory; resolves once it serves. */
function startApi(): Promise<string> {
    api = spawn(process.execPath, [...START_NODE_FLAGS, "--import", "tsx", "src/index.ts"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "pipe"] });
    return new Promise((resolve, reject) => {
        const tail: string[] = [];
        createInterface({ input: api!.stderr! }).on("line", (l) => {
            tail.push(l);
            const m = /GraphQL and GraphiQL at (http:\/\/\S+)/.exec(l);
            if (m) resolve(m[1]!);
        });
        api!.once("exit", (c) => reject(new Error(`npm start exited ${c}:\n${tail.slice(-8).join("\n")}`)));
    });
}

/** JVMs whose command line names the data directory. */
const jvmPids = (dir: string): number[] =>
    readdirSync("/proc")
        .filter((p) => {
            if (!/^\d+$/.test(p)) return false;
            try {
                return readFileSync(`/proc/${p}/cmdline`, "utf8").includes(`--home=${dir}`);
            } catch {
                return false;
            }
        })
        .map(Number);
const jvmsFor = (dir: string): number => jvmPids(dir).length;

/**
 * The second terminal's command. Asynchronous on purpose: a spawnSync blocked this process's event loop
 * for the import's seconds, so fetch's idle keep-alive socket outlived the API's 5 s keep-alive timeout
 * unnoticed and the next question went out on a socket the API had closed ("other side closed").
 */
function command(script: string, ...args: string[]): Promise<{ status: number | null; stderr: string }> {
    const child = spawn("npm", ["run", "--silent", script, "--", ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "pipe"], timeout: 120_000 });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    return new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (status) => resolve({ status, stderr }));
    });
}

async function ask(url: string, query: string) {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    return (await res.json()) as { data?: Record<string, any>; errors?: unknown[]; extensions?: { cache?: string } };
}

describe("two terminals: npm start, then an import", () => {
    it("imports through the running server's Neo4j, and the API answers with the import at once", async () => {
        const url = await startApi();
        expect(jvmsFor(home)).toBe(1);
        const DEPS = `{ agencyDependencies(agency: "Thành phố Đà Nẵng") { assets { number facts { snapshot status } } } }`;
        const y2024 = (r: Awaited<ReturnType<typeof ask>>) => r.data!.agencyDependencies.assets.some((a: { number: number; facts: { snapshot: string }[] }) => a.number === 2 && a.facts.some((f) => f.snapshot === "Y2024"));
        expect(y2024(await ask(url, DEPS))).toBe(false);
        const cached = await ask(url, DEPS);
        expect(cached.extensions?.cache).toBe("hit");

        const imported = await command("import", path.join(PROJECT_ROOT, "examples/imports/connections-2024-sample.csv"));
        expect(imported.status, imported.stderr).toBe(0);
        expect(imported.stderr).toMatch(/using the Neo4j already running for .* \(started by process \d+\)/);
        expect(imported.stderr).toMatch(/\[import\] writing to .*the project's own, already running/);
        expect(jvmsFor(home)).toBe(1);
        const after = await ask(url, DEPS);
        expect(after.extensions?.cache).toBe("miss");
        expect(y2024(after)).toBe(true);

        // Monthly counts for service 2 through the other import command, seen at once too.
        const csv = path.join(home, "usage-2023-03.csv");
        writeFileSync(csv, "month,consumer,service,successful,failed\n2023-03,Thành phố Đà Nẵng,2,1200,30\n");
        const USAGE = `{ serviceConsumers(service: "2") { basis observed { total } } }`;
        expect((await ask(url, USAGE)).data!.serviceConsumers.basis).toBe("REPORTED");
        const usage = await command("import:usage", csv);
        expect(usage.status, usage.stderr).toBe(0);
        expect(usage.stderr).toMatch(/using the Neo4j already running/);
        const observed = await ask(url, USAGE);
        expect(observed.data!.serviceConsumers.basis).toBe("OBSERVED");
        expect(observed.data!.serviceConsumers.observed.total).toBe(1230);
        expect(jvmsFor(home)).toBe(1);
    }, 300_000);
});
