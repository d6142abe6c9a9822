// Killing the API process outright (SIGKILL) leaves no orphan JVM; a restart (through `npm start`)
// reuses the data directory; SIGTERM to the npm process, which npm does not forward, still stops the
// API and Neo4j.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { createDriver } from "../../src/db/driver.js";

const home = mkdtempSync(path.join(os.tmpdir(), "state-graph-lifecycle-"));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function start(command: string[] = [process.execPath, "--import", "tsx", "src/index.ts"], extraEnv: Record<string, string> = {}): Promise<{ child: ChildProcess; bolt: string; api: string }> {
    const child = spawn(command[0]!, command.slice(1), {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEO4J_URI: "", NEO4J_HOME: home, NEO4J_PORT: "0", PORT: "0", SEED_ON_START: "false", NEO4J_HEAP: "512m", NEO4J_PAGECACHE: "64m", ...extraEnv },
        // Production logs JSON lines to stdout, development text to stderr: both are read.
        stdio: ["ignore", "pipe", "pipe"],
    });
    return new Promise((resolve, reject) => {
        let bolt = "";
        const tail: string[] = [];
        const onLine = (l: string) => {
            tail.push(l);
            if (tail.length > 8) tail.shift();
            const m = /\[neo4j\] ready at (bolt:\/\/\S+)/.exec(l);
            if (m) bolt = m[1]!;
            const api = /GraphQL and GraphiQL at (http:\/\/\S+)/.exec(l);
            if (api) resolve({ child, bolt, api: api[1]! });
        };
        createInterface({ input: child.stdout! }).on("line", onLine);
        createInterface({ input: child.stderr! }).on("line", onLine);
        child.once("exit", (code) => reject(new Error(`${command.join(" ")} exited with ${code}:\n${tail.join("\n")}`)));
    });
}

/** JVMs whose command line names our data directory. */
function jvmsFor(dir: string): number[] {
    return readdirSync("/proc")
        .filter((p) => /^\d+$/.test(p))
        .filter((p) => {
            try {
                return readFileSync(`/proc/${p}/cmdline`, "utf8").includes(`--home=${dir}`);
            } catch {
                return false;
            }
        })
        .map(Number);
}

describe("process lifecycle", () => {
    it("SIGKILL of the API leaves no JVM behind; `npm start` finds the data again; SIGTERM to npm stops the API and Neo4j", async () => {
        const first = await start();
        const driver = createDriver({ uri: first.bolt, user: "neo4j", password: "" });
        await driver.executeQuery("CREATE (:LifecycleProbe {id: 'kept'})");
        await driver.close();
        expect(jvmsFor(home)).toHaveLength(1);
        first.child.kill("SIGKILL");
        await noJvmWithin(60_000);

        // The second start is `npm start` itself, as a user (or a process manager) runs it.
        const second = await start(["npm", "start", "--silent"]);
        const again = createDriver({ uri: second.bolt, user: "neo4j", password: "" });
        const { records } = await again.executeQuery("MATCH (n:LifecycleProbe {id: 'kept'}) RETURN count(n) AS c");
        expect(records[0]!.get("c").toNumber()).toBe(1);
        await again.close();
        expect((await fetch(second.api.replace(/graphql$/, "health"))).status).toBe(200);
        // npm does not forward SIGTERM to the API; the API notices its parent going and shuts down.
        second.child.kill("SIGTERM");
        await noJvmWithin(60_000);
        expect(existsSync(path.join(home, "data"))).toBe(true);
        await expect(fetch(second.api.replace(/graphql$/, "health"))).rejects.toThrow();
    }, 420_000);
});

describe("stopping as users do", () => {
    it("SIGTERM (Ctrl-C's TERM, a process manager's stop) to the API outside tests ends it and its Neo4j within seconds", async () => {
        // vitest sets NODE_ENV=test, under which Apollo installs no signal handler of its own; users run
        // without it, where Apollo's handler and the API's own shutdown once both stopped Apollo and the
        // second stop never returned: the process hung with Neo4j up.
        const api = await start(undefined, { NODE_ENV: "production" });
        const exited = new Promise<number | null>((r) => api.child.once("exit", (code) => r(code)));
        const t0 = Date.now();
        api.child.kill("SIGTERM");
        const code = await Promise.race([exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 30_000))]);
        expect(code).toBe(0);
        await noJvmWithin(30_000);
        console.log(`[lifecycle] SIGTERM to exit, Neo4j included: ${Date.now() - t0} ms`);
    }, 180_000);
});

async function noJvmWithin(ms: number): Promise<void> {
    const deadline = Date.now() + ms;
    while (jvmsFor(home).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(jvmsFor(home)).toEqual([]);
}
