// Builds the Java launcher (neo4j/) with Maven when its inputs changed since the last build.
// The hash of pom.xml + Java sources is stored beside the output so warm starts skip Maven.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "../config.js";
import { LocalNeo4jError } from "./errors.js";

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, "neo4j");
export const TARGET_DIR = path.join(LAUNCHER_DIR, "target");
const HASH_FILE = path.join(TARGET_DIR, ".build-hash");

function inputsHash(): string {
    const h = createHash("sha256");
    const files = [path.join(LAUNCHER_DIR, "pom.xml")];
    const walk = (dir: string): void => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            const p = path.join(dir, e.name);
            if (e.isDirectory()) walk(p);
            else files.push(p);
        }
    };
    walk(path.join(LAUNCHER_DIR, "src"));
    for (const f of files.sort()) h.update(f.slice(LAUNCHER_DIR.length)).update(readFileSync(f));
    return h.digest("hex");
}

export function launcherIsBuilt(): boolean {
    return existsSync(HASH_FILE) && readFileSync(HASH_FILE, "utf8") === inputsHash();
}

/** Checks that a command exists, so a missing Java is one clear sentence, not a spawn stack trace. */
export function requireTool(cmd: string, what: string): void {
    const r = spawnSync(cmd, ["-version"], { stdio: "ignore" });
    if (r.error) {
        throw new LocalNeo4jError(
            `${cmd} not found: install ${what} (e.g. apt-get install openjdk-17-jdk-headless maven) or set NEO4J_URI to use an existing Neo4j 5 server`,
        );
    }
}

export function buildLauncher(log: (msg: string) => void = console.error): void {
    if (launcherIsBuilt()) return;
    requireTool("java", "Java 17+");
    requireTool("mvn", "Maven 3");
    log("[neo4j] building the local Neo4j launcher with Maven (first run downloads ~120 MB of jars)…");
    const started = Date.now();
    const r = spawnSync("mvn", ["-B", "-q", "-f", path.join(LAUNCHER_DIR, "pom.xml"), "package"], {
        stdio: ["ignore", "inherit", "inherit"],
    });
    if (r.status !== 0) throw new LocalNeo4jError(`Maven build of neo4j/ failed (exit ${r.status}); see the output above`);
    writeFileSync(HASH_FILE, inputsHash());
    log(`[neo4j] launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
