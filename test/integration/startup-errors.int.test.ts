// Each way start-up can fail ends in one clear sentence and a non-zero exit, never a stack dump.
// The cases are independent (each its own process, port or data directory), so they run at once:
// each `npm start` spawn spends seconds loading TypeScript, and the auth Neo4j starts meanwhile.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, loadConfig } from "../../src/config.js";
import { createDriver } from "../../src/db/driver.js";
import { verifyDriver } from "../../src/neo4j/connect.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";

/** Runs `npm start`'s entry point with the given environment and returns its exit and stderr. */
async function runStart(env: Record<string, string>) {
    const child = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
        cwd: PROJECT_ROOT,
        env: { HOME: os.homedir(), PORT: "0", ...env },
        stdio: ["ignore", "ignore", "pipe"],
        timeout: 60_000,
    });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.once("close", (code) => resolve(code)));
    const lines = stderr.trim().split("\n");
    // Progress lines may come first; the failure is the last line, and nothing looks like a stack.
    return { status, error: lines.at(-1) ?? "", stack: lines.filter((l) => /^\s+at /.test(l)) };
}

const tempHomes: string[] = [];
const tempHome = (): string => {
    const d = mkdtempSync(path.join(os.tmpdir(), "state-graph-startup-"));
    tempHomes.push(d);
    return d;
};
afterAll(() => tempHomes.forEach((d) => rmSync(d, { recursive: true, force: true })));

// The Neo4j with auth on (last describe) starts with the file and comes up while the failures above run.
let authServer: Promise<LocalNeo4j> | undefined;
beforeAll(() => {
    authServer = startLocalNeo4j({ ...loadConfig().local, home: tempHome(), port: 0, auth: true, heap: "512m", pageCache: "64m" });
    // Awaited by its describe; a failure is reported there, not as an unhandled rejection meanwhile.
    authServer.catch(() => undefined);
});

describe.concurrent("start-up failures", () => {
    it("no Java: names what to install or to set NEO4J_URI", async () => {
        const r = await runStart({ PATH: "/nonexistent" });
        expect(r.status).toBe(1);
        expect(r.error).toMatch(/^error: java not found: install Java 17\+.*or set NEO4J_URI/);
        expect(r.stack).toEqual([]);
    });

    it("NEO4J_URI unreachable: one line naming the URI", async () => {
        const r = await runStart({ PATH: process.env.PATH ?? "", NEO4J_URI: "bolt://127.0.0.1:1" });
        expect(r.status).toBe(1);
        expect(r.error).toMatch(/^error: cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:1/);
        expect(r.stack).toEqual([]);
    });

    it("a malformed NEO4J_URI is refused before anything starts", async () => {
        const r = await runStart({ PATH: process.env.PATH ?? "", NEO4J_URI: "http://localhost:7474" });
        expect(r.status).toBe(1);
        expect(r.error).toMatch(/^error: NEO4J_URI must start with neo4j:\/\//);
    });

    it("Bolt port already in use", async () => {
        const blocker = net.createServer();
        await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
        const port = (blocker.address() as net.AddressInfo).port;
        try {
            await expect(startLocalNeo4j({ ...loadConfig().local, home: tempHome(), port })).rejects.toThrow(
                new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`),
            );
        } finally {
            blocker.close();
        }
    });

    it("Neo4j not ready within the timeout", async () => {
        await expect(startLocalNeo4j({ ...loadConfig().local, home: tempHome(), port: 0, startTimeoutMs: 300 })).rejects.toThrow(
            /Neo4j was not ready within 0\.3 s \(raise NEO4J_START_TIMEOUT_MS/,
        );
    });
});

describe("wrong credentials against a Neo4j with auth on", () => {
    let stop: (() => Promise<void>) | undefined;
    let uri = "";
    beforeAll(async () => {
        const server = await authServer!;
        uri = server.uri;
        stop = server.stop;
    }, 180_000);
    afterAll(() => stop?.());

    it("says which settings to check", async () => {
        // A generous connect timeout: on a loaded machine the auth handshake alone can take over 1.5 s.
        const driver = createDriver({ uri, user: "neo4j", password: "definitely-wrong", connectionTimeoutMs: 15_000 });
        try {
            await expect(verifyDriver(driver, uri)).rejects.toThrow(`Neo4j at ${uri} rejected the credentials: check NEO4J_USER and NEO4J_PASSWORD`);
        } finally {
            await driver.close();
        }
    });
});
