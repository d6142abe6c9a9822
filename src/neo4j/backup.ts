// Backup and restore of the built-in Neo4j's database with Neo4j's own tool (`neo4j-admin database
// dump` / `load`), which Community Edition runs offline only: the database must not be open in a
// running server. So both refuse while a process of this project runs the data directory's Neo4j
// (`npm start`, an import: src/neo4j/running.ts), naming it; neo4j-admin itself refuses a store that
// another server holds. Nothing is restarted behind the user's back.
//   dump    → into a temporary file beside FILE, renamed to FILE once complete (a failed or killed dump
//             leaves no FILE); SHA-256 and size reported.
//   restore → loaded into a temporary home beside the data directory first, checked there
//             (`neo4j-admin database check`: the store's consistency), and only then swapped in for the
//             database and its transaction logs; a truncated or corrupt file fails with the tool's
//             reason and the data directory is left exactly as it was. A data directory that already
//             holds a database is replaced only when asked (force).
import { createHash } from "node:crypto";
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { adminTool, databaseDir, reasonOf, transactionsDir } from "./admin-tool.js";
import { LocalNeo4jError } from "./errors.js";
import { findRunning } from "./running.js";

export interface BackupResult {
    file: string;
    bytes: number;
    sha256: string;
    seconds: number;
}

export interface RestoreResult {
    file: string;
    bytes: number;
    /** Seconds of the load into the temporary home, of the consistency check, and in all. */
    loadSeconds: number;
    checkSeconds: number;
    seconds: number;
    /** True when a database was replaced (force). */
    replaced: boolean;
}

/** Refuses while a process of this project runs the Neo4j of `home`. */
export function refuseIfRunning(home: string, what: string): void {
    const running = findRunning(home);
    if (!running) return;
    const who = running.role === "server" ? `npm start (process ${running.ownerPid})` : `an import or seed command (process ${running.ownerPid})`;
    throw new LocalNeo4jError(
        `${who} runs the Neo4j of ${home}; Neo4j Community ${what} only a stopped database: stop it (Ctrl-C in its terminal${running.role === "server" ? "" : ", or let it finish"}), run this again, then start it again`,
    );
}

/** The database of `home` has files (a data directory that was never started has none). */
export function hasDatabase(home: string): boolean {
    const dir = databaseDir(home);
    return existsSync(dir) && readdirSync(dir).length > 0;
}

const sha256Of = (file: string): Promise<string> =>
    new Promise((resolve, reject) => {
        const h = createHash("sha256");
        createReadStream(file).on("data", (d) => h.update(d)).once("error", reject).once("end", () => resolve(h.digest("hex")));
    });

export async function backupDatabase(home: string, file: string, o: { overwrite?: boolean } = {}): Promise<BackupResult> {
    const started = Date.now();
    refuseIfRunning(home, "backs up");
    if (!hasDatabase(home)) throw new LocalNeo4jError(`${home} holds no database to back up`);
    const target = path.resolve(file);
    if (existsSync(target) && !o.overwrite) throw new LocalNeo4jError(`${target} exists; choose another name or pass --force to replace it`);
    mkdirSync(path.dirname(target), { recursive: true });
    const work = mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}.`));
    try {
        const r = await adminTool(home, ["database", "dump", "neo4j", `--to-path=${work}`]);
        if (r.code !== 0) throw new LocalNeo4jError(`neo4j-admin database dump of ${home} failed (exit ${r.code}): ${reasonOf(r.text)}`);
        renameSync(path.join(work, "neo4j.dump"), target);
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
    return { file: target, bytes: statSync(target).size, sha256: await sha256Of(target), seconds: (Date.now() - started) / 1000 };
}

export async function restoreDatabase(home: string, file: string, o: { force?: boolean; check?: boolean } = {}): Promise<RestoreResult> {
    const started = Date.now();
    const source = path.resolve(file);
    if (!existsSync(source) || !statSync(source).isFile()) throw new LocalNeo4jError(`${source} is not a file`);
    refuseIfRunning(home, "restores into");
    const replaced = hasDatabase(home);
    if (replaced && !o.force) throw new LocalNeo4jError(`${home} already holds a database; restoring replaces it, so it is done only with --force (back it up first)`);
    // Beside the data directory, so the swap is a rename on one file system.
    const parent = path.dirname(path.resolve(home));
    mkdirSync(parent, { recursive: true });
    const work = mkdtempSync(path.join(parent, `.${path.basename(home)}.restore-`));
    try {
        const staged = path.join(work, "home");
        let t = Date.now();
        const load = await adminTool(staged, ["database", "load", "neo4j", "--from-stdin", "--overwrite-destination=true"], { stdinFile: source });
        const loadSeconds = (Date.now() - t) / 1000;
        if (load.code !== 0 || !hasDatabase(staged)) {
            throw new LocalNeo4jError(`${source} cannot be restored (truncated, corrupt or not a Neo4j dump): ${reasonOf(load.text)}; ${home} was not changed`);
        }
        t = Date.now();
        if (o.check !== false) {
            const check = await adminTool(staged, ["database", "check", "neo4j", `--report-path=${work}`]);
            if (check.code !== 0) throw new LocalNeo4jError(`${source} loads, but the store it holds is not consistent: ${reasonOf(check.text)}; ${home} was not changed`);
        }
        const checkSeconds = (Date.now() - t) / 1000;
        swapIn(staged, home, path.join(work, "previous"));
        return { file: source, bytes: statSync(source).size, loadSeconds, checkSeconds, seconds: (Date.now() - started) / 1000, replaced };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

/** Moves the staged database and its transaction logs into `home`, the previous ones to `aside` (put back if a move fails). */
function swapIn(staged: string, home: string, aside: string): void {
    const parts = [databaseDir, transactionsDir];
    const moved: (() => void)[] = [];
    try {
        for (const dir of parts) {
            const current = dir(home);
            if (!existsSync(current)) continue;
            const keep = dir(aside);
            mkdirSync(path.dirname(keep), { recursive: true });
            renameSync(current, keep);
            moved.push(() => renameSync(keep, current));
        }
        for (const dir of parts) {
            const from = dir(staged);
            if (!existsSync(from)) continue;
            const to = dir(home);
            mkdirSync(path.dirname(to), { recursive: true });
            renameSync(from, to);
            moved.push(() => renameSync(to, from));
        }
    } catch (e) {
        for (const undo of moved.reverse()) undo();
        throw new LocalNeo4jError(`the restored database could not be moved into ${home} (${(e as Error).message}); ${home} was put back as it was`);
    }
}
