// What the benchmarks read about processes: the API started as its own process (so its memory is
// measured alone), and a process's RSS and CPU time from /proc.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../src/config.js";

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
 * bench/api-server.ts against `uri`, in production mode (plus `env`, and `nodeArgs` before the script,
 * e.g. --cpu-prof); resolves once it listens. `exited` resolves with the exit code after stop().
 */
export async function startApi(uri: string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<{ url: string; pid: number; stop: () => void; exited: Promise<number | null> }> {
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", "bench/api-server.ts"], { cwd: PROJECT_ROOT, env: { ...process.env, NEO4J_URI: uri, NODE_ENV: "production", ...env }, stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout! }).on("line", (l) => l.startsWith("API_READY ") && resolve(l.slice(10)));
        child.once("exit", (c) => reject(new Error(`API exited ${c}`)));
    });
    const exited = new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (c) => resolve(c))));
    return { url, pid: child.pid!, stop: () => child.kill("SIGTERM"), exited };
}
