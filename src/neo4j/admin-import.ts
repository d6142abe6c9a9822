// A first load of a large graph into an EMPTY local database with Neo4j's offline importer
// (`neo4j-admin database import full`, run from the launcher's own jars in a JVM of its own), instead
// of transactions through Bolt: no locks, no transaction log, relationship chains built in bulk. The
// server must not be running on that home; indexes and constraints are created when it next starts
// (applySchema). A server given by NEO4J_URI cannot be loaded this way: its administrator runs
// neo4j-admin on the CSV files (seed/admin-csv.ts) instead. The rows become CSV files in the caller
// (src/modules/reports/first-load.ts); this runs the importer on them.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TARGET_DIR, buildLauncher, requireTool } from "./build.js";
import { LocalNeo4jError } from "./errors.js";

export interface AdminImportOptions {
    /** Replace a database that already exists in `home` (default: refuse). */
    overwrite?: boolean;
    /** The importer JVM's heap (default 1g; the importer keeps most of its data off-heap). */
    heap?: string;
    log?: (msg: string) => void;
}

/** The importer's CSV files (seed/admin-csv.ts writes them) and how to read them. */
export interface ImporterFiles {
    nodes: string[];
    relationships: string[];
    /** Files whose fields may span lines. */
    multiline: string[];
    /** The separator of array values inside one field. */
    arrayDelimiter: string;
    /** Nodes and relationships the files hold (for the rates). */
    counts: { nodes: number; relationships: number };
}

export interface AdminImportResult {
    nodes: number;
    relationships: number;
    /** Seconds spent writing the CSV files (Node). */
    csvSeconds: number;
    /** Seconds of the importer JVM, from its start (cold) to its exit. */
    importerSeconds: number;
    /** Relationships per second of the importer alone and of CSV + importer. */
    importerRelationshipsPerSecond: number;
    relationshipsPerSecond: number;
}

/** Where the embedded launcher keeps the default database of `home` (DatabaseManagementServiceBuilder's layout). */
const databaseDir = (home: string): string => path.join(home, "data", "databases", "neo4j");

/**
 * Runs the offline importer into an empty `home` on the CSV files `write(dir)` produces there (timed
 * apart, as `csvSeconds`). Refuses an existing database unless `overwrite`.
 */
export async function runAdminImport(home: string, write: (dir: string) => ImporterFiles, opts: AdminImportOptions = {}): Promise<AdminImportResult> {
    const log = opts.log ?? (() => undefined);
    if (existsSync(databaseDir(home)) && !opts.overwrite) {
        throw new LocalNeo4jError(`a database already exists in ${home}; a first load replaces it only when asked (--overwrite)`);
    }
    requireTool("java", "Java 17+");
    buildLauncher(log);
    mkdirSync(home, { recursive: true });
    const work = mkdtempSync(path.join(os.tmpdir(), "state-graph-import-"));
    try {
        let t = Date.now();
        const files = write(path.join(work, "csv"));
        const csvSeconds = (Date.now() - t) / 1000;
        log(`[first-load] CSV written in ${csvSeconds.toFixed(1)} s: ${files.counts.nodes} nodes, ${files.counts.relationships} relationships`);
        // neo4j-admin reads neo4j.conf from NEO4J_CONF; an empty one keeps every default, which is the
        // embedded launcher's layout under NEO4J_HOME.
        const conf = path.join(work, "conf");
        mkdirSync(conf);
        writeFileSync(path.join(conf, "neo4j.conf"), "");
        const args = [
            `-Xms${opts.heap ?? "1g"}`,
            `-Xmx${opts.heap ?? "1g"}`,
            "-XX:+UseParallelGC", // a batch job: throughput over pause times
            ...(process.env.NEO4J_JVM_OPTS?.split(/\s+/).filter(Boolean) ?? []),
            "-cp",
            [path.join(TARGET_DIR, "local-neo4j-1.0.0.jar"), path.join(TARGET_DIR, "lib", "*")].join(path.delimiter),
            "org.neo4j.cli.AdminTool",
            "database", "import", "full", "neo4j", // the database name first: --relationships takes every word after it
            "--overwrite-destination=true",
            "--id-type=string",
            `--array-delimiter=${files.arrayDelimiter}`,
            ...(files.multiline.length ? [`--multiline-fields=${files.multiline.join(",")}`, "--multiline-fields-format=v2"] : []),
            `--report-file=${path.join(work, "import.report")}`,
            ...files.nodes.map((f) => `--nodes=${f}`),
            ...files.relationships.map((f) => `--relationships=${f}`),
        ];
        t = Date.now();
        const output = await run("java", args, { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf }, log);
        const importerSeconds = (Date.now() - t) / 1000;
        if (output.code !== 0) {
            // neo4j-admin ends with its reason, then a hint about --verbose (e.g. "The database is in
            // use. Stop database 'neo4j' and try again." while npm start runs on the same home).
            const lines = output.text.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("at ") && !/^Run with '--verbose'/.test(l));
            throw new LocalNeo4jError(`the offline import into ${home} failed (exit ${output.code}): ${lines.pop() ?? "no output"}`);
        }
        const rel = files.counts.relationships;
        return {
            nodes: files.counts.nodes,
            relationships: rel,
            csvSeconds,
            importerSeconds,
            importerRelationshipsPerSecond: Math.round(rel / importerSeconds),
            relationshipsPerSecond: Math.round(rel / (csvSeconds + importerSeconds)),
        };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

/** Runs a command, passing its progress lines to `log`; resolves with its exit code and output tail. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, log: (msg: string) => void): Promise<{ code: number | null; text: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
        let text = "";
        let partial = "";
        const take = (d: Buffer): void => {
            text = (text + d.toString()).slice(-20_000);
            const lines = (partial + d.toString()).split("\n");
            partial = lines.pop() ?? ""; // a line cut between two chunks waits for its end
            for (const line of lines) if (/^\(\d\/\d\)|COMPLETED|IMPORT DONE|^\d+ (nodes|relationships|properties)$/.test(line.trim())) log(`[first-load] ${line.trim()}`);
        };
        child.stdout.on("data", take);
        child.stderr.on("data", take);
        child.once("error", (e) => reject(new LocalNeo4jError(`could not start java: ${e.message}`)));
        child.once("close", (code) => resolve({ code, text }));
    });
}
