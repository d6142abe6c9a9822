// Starts the project's own Neo4j (neo4j/ launcher) as a child JVM and waits for its "ready" line.
// The child's stdin stays an open pipe: when this process dies, even by SIGKILL, the pipe closes and
// the launcher shuts Neo4j down, so no orphan JVM is left behind.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import type { LocalNeo4jConfig } from "../config.js";
import { TARGET_DIR, buildLauncher, requireTool } from "./build.js";
import { LocalNeo4jError } from "./errors.js";
import { removeMarker, writeMarker } from "./running.js";

/** JVM flags the Neo4j 5 distribution itself passes on Java 17+ (see neo4j.conf `server.jvm.additional`). */
const JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
];

export interface LocalNeo4j {
    uri: string;
    /** The JVM's process id (the benchmark reads its CPU time). */
    pid: number;
    versions: string;
    logsDir: string;
    stop(): Promise<void>;
}

export async function startLocalNeo4j(
    cfg: LocalNeo4jConfig & { auth?: boolean; role?: "server" | "command" },
    log: (msg: string) => void = console.error,
): Promise<LocalNeo4j> {
    requireTool("java", "Java 17+");
    buildLauncher(log);
    mkdirSync(cfg.home, { recursive: true });
    const logsDir = path.join(cfg.home, "logs");
    const args = [
        `-Xms${cfg.heap}`,
        `-Xmx${cfg.heap}`,
        ...JVM_FLAGS,
        // Extra JVM flags (NEO4J_JVM_OPTS), e.g. the tests' short-lived servers compile with C1 only.
        ...(process.env.NEO4J_JVM_OPTS?.split(/\s+/).filter(Boolean) ?? []),
        "-cp",
        [path.join(TARGET_DIR, "local-neo4j-1.0.0.jar"), path.join(TARGET_DIR, "lib", "*")].join(path.delimiter),
        "vn.stategraph.LocalNeo4j",
        `--home=${cfg.home}`,
        `--port=${cfg.port}`,
        `--pagecache=${cfg.pageCache}`,
        `--plugins=${path.join(TARGET_DIR, "plugins")}`,
        `--auth=${cfg.auth === true}`,
    ];
    const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
    const ready = await waitForReady(child, cfg.startTimeoutMs, logsDir);
    const [, uri = "", versions = ""] = /^NEO4J_READY (\S+) ?(.*)$/.exec(ready) ?? [];
    // Other commands on this data directory use this server instead of starting their own.
    writeMarker(cfg.home, { uri, ownerPid: process.pid, role: cfg.role ?? "command", jvmPid: child.pid ?? 0, startedAt: new Date().toISOString() });
    const killOnExit = (): void => {
        removeMarker(cfg.home, process.pid);
        child.kill("SIGTERM");
    };
    process.once("exit", killOnExit);
    return {
        uri,
        pid: child.pid ?? 0,
        versions,
        logsDir,
        stop: () => {
            removeMarker(cfg.home, process.pid);
            return stopChild(child, killOnExit);
        },
    };
}

function waitForReady(child: ChildProcess, timeoutMs: number, logsDir: string): Promise<string> {
    return new Promise((resolve, reject) => {
        let stderr = "";
        const fail = (msg: string): void => {
            clearTimeout(timer);
            child.kill("SIGKILL");
            reject(new LocalNeo4jError(msg));
        };
        const timer = setTimeout(
            () => fail(`Neo4j was not ready within ${timeoutMs / 1000} s (raise NEO4J_START_TIMEOUT_MS; logs in ${logsDir})`),
            timeoutMs,
        );
        child.stderr?.on("data", (d: Buffer) => {
            stderr = (stderr + d.toString()).slice(-4000);
        });
        child.once("error", (e) => fail(`could not start java: ${e.message}`));
        child.once("exit", (code) => {
            clearTimeout(timer);
            reject(new LocalNeo4jError(`Neo4j exited during start-up (code ${code}). ${stderr.trim().split("\n").pop() ?? ""} Logs: ${logsDir}`));
        });
        const lines = createInterface({ input: child.stdout! });
        lines.on("line", (line) => {
            if (line.startsWith("NEO4J_READY ")) {
                clearTimeout(timer);
                child.removeAllListeners("exit");
                resolve(line);
            } else if (line.startsWith("NEO4J_ERROR ")) {
                clearTimeout(timer);
                child.removeAllListeners("exit");
                reject(new LocalNeo4jError(`local Neo4j failed to start: ${line.slice("NEO4J_ERROR ".length)}`));
            }
        });
    });
}

function stopChild(child: ChildProcess, hook: () => void): Promise<void> {
    process.off("exit", hook);
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
        const force = setTimeout(() => child.kill("SIGKILL"), 30_000);
        child.once("exit", () => {
            clearTimeout(force);
            resolve();
        });
        child.kill("SIGTERM");
    });
}
