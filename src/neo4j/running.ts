// Which process runs the project's own Neo4j for a data directory, so a second command (an import,
// the seed) uses it instead of starting a second JVM on the same store (which Neo4j refuses: the store
// is locked, and the Bolt port taken). The process that starts the server writes `<home>/run/neo4j.json`
// once it is ready and removes it when it stops; a marker whose process is gone is ignored. Writers in
// other processes announce each committed graph version in `<home>/run/graph-version`, which a running
// API watches, so it sees an import from the command line at once rather than at its next poll.
import { isAlive } from "../../lib/process.js";
import { mkdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import path from "node:path";

export interface RunningNeo4j {
    uri: string;
    /** The process that started the JVM (and will stop it). */
    ownerPid: number;
    /** `server` for `npm start` (long-lived), `command` for an import or the seed (ends when done). */
    role: "server" | "command";
    jvmPid: number;
    startedAt: string;
}

const runDir = (home: string): string => path.join(home, "run");
const markerOf = (home: string): string => path.join(runDir(home), "neo4j.json");
const VERSION_FILE = "graph-version";


export function writeMarker(home: string, info: RunningNeo4j): void {
    mkdirSync(runDir(home), { recursive: true });
    writeFileSync(markerOf(home), JSON.stringify(info) + "\n");
}

/** Removes the marker if it is still ours. */
export function removeMarker(home: string, ownerPid: number): void {
    const found = readMarker(home);
    if (found?.ownerPid === ownerPid) rmSync(markerOf(home), { force: true });
}

function readMarker(home: string): RunningNeo4j | undefined {
    try {
        return JSON.parse(readFileSync(markerOf(home), "utf8")) as RunningNeo4j;
    } catch {
        return undefined;
    }
}

/** The Neo4j another live process runs for `home`, if any. */
export function findRunning(home: string): RunningNeo4j | undefined {
    const found = readMarker(home);
    if (!found || found.ownerPid === process.pid || !isAlive(found.ownerPid) || !isAlive(found.jvmPid)) return undefined;
    return found;
}

/** Tells processes watching `home` that the graph is now at `version`. */
export function announceVersion(home: string, version: number): void {
    try {
        mkdirSync(runDir(home), { recursive: true });
        writeFileSync(path.join(runDir(home), VERSION_FILE), `${version}\n`);
    } catch {
        // Best effort: the watchers' poll still sees the write within its staleness bound.
    }
}

/** Calls `fn` whenever another process announces a version for `home`; returns the stop function. */
export function watchVersions(home: string, fn: () => void): () => void {
    mkdirSync(runDir(home), { recursive: true });
    let watcher: FSWatcher | undefined;
    try {
        watcher = watch(runDir(home), (_event, file) => {
            if (file === VERSION_FILE) fn();
        });
        watcher.unref();
    } catch {
        // A file system without change events: the poll remains.
    }
    return () => watcher?.close();
}
