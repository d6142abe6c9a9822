// Runs Neo4j's own admin tool (`neo4j-admin`, org.neo4j.cli.AdminTool) from the launcher's jars in a
// JVM of its own, on a home laid out as the embedded launcher lays it (NEO4J_HOME = the data
// directory, an empty neo4j.conf so every default holds). Used by the offline backup and restore
// (src/neo4j/backup.ts); the first load (admin-import.ts) runs the importer the same way.
import { spawn } from "node:child_process";
import { createReadStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TARGET_DIR, buildLauncher, requireTool } from "./build.js";
import { LocalNeo4jError } from "./errors.js";

/** Where the embedded launcher keeps the default database of `home` and its transaction logs. */
export const databaseDir = (home: string): string => path.join(home, "data", "databases", "neo4j");
export const transactionsDir = (home: string): string => path.join(home, "data", "transactions", "neo4j");

export interface AdminToolRun {
    code: number | null;
    /** The output's tail (stdout and stderr). */
    text: string;
}

/** The reason neo4j-admin gives last (its stack frames and the --verbose hint left out). */
export function reasonOf(text: string): string {
    const lines = text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("at ") && !/^Run with '--verbose'/.test(l) && !/^\.\.\. \d+ more/.test(l));
    return lines.pop() ?? "no output";
}

/** Runs `neo4j-admin <args>` with NEO4J_HOME = `home`; `stdinFile` is streamed to its standard input. */
export async function adminTool(home: string, args: string[], o: { stdinFile?: string; heap?: string } = {}): Promise<AdminToolRun> {
    requireTool("java", "Java 17+");
    buildLauncher();
    mkdirSync(home, { recursive: true });
    const conf = mkdtempSync(path.join(os.tmpdir(), "state-graph-admin-conf-"));
    try {
        writeFileSync(path.join(conf, "neo4j.conf"), "");
        const jvm = [`-Xms${o.heap ?? "512m"}`, `-Xmx${o.heap ?? "512m"}`, "-cp", [path.join(TARGET_DIR, "local-neo4j-1.0.0.jar"), path.join(TARGET_DIR, "lib", "*")].join(path.delimiter), "org.neo4j.cli.AdminTool"];
        return await new Promise<AdminToolRun>((resolve, reject) => {
            const child = spawn("java", [...jvm, ...args], { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, stdio: [o.stdinFile ? "pipe" : "ignore", "pipe", "pipe"] });
            let text = "";
            const take = (d: Buffer): void => {
                text = (text + d.toString()).slice(-20_000);
            };
            child.stdout?.on("data", take);
            child.stderr?.on("data", take);
            child.once("error", (e) => reject(new LocalNeo4jError(`could not start java: ${e.message}`)));
            child.once("close", (code) => resolve({ code, text }));
            if (o.stdinFile && child.stdin) {
                const input = createReadStream(o.stdinFile);
                input.once("error", (e) => {
                    take(Buffer.from(`\n${e.message}\n`));
                    child.stdin!.destroy();
                });
                // The tool may stop reading (a bad archive): a broken pipe is its answer, not ours.
                child.stdin.on("error", () => undefined);
                input.pipe(child.stdin);
            }
        });
    } finally {
        rmSync(conf, { recursive: true, force: true });
    }
}
