// Keeping the users' data: on a graph seeded from the reports with what users brought through the API
// (a snapshot, an inventory, two usage CSVs the second replacing the first, an operational-monitoring
// log with its mapping, a note created and edited, and their change records):
//   - `npm run export -- DIR` writes every imported file, the notes and the change records;
//   - `npm run backup` refuses while the data directory's Neo4j runs, then dumps it; `npm run restore`
//     into an empty data directory gives the same graph, fingerprint for fingerprint;
//   - a truncated or corrupt dump is refused with a clear message and changes nothing;
//   - the export imported into a fresh graph seeded from the reports gives the same graph (every node,
//     relationship and property but the bookkeeping of loading, test/helpers/operate.ts userDataRows).
// Runs Neo4j on temporary data directories of its own (the commands need to stop it).
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config.js";
import { applySchema } from "../../src/db/apply-schema.js";
import { loadSeed } from "../../src/modules/reports/load.js";
import type { ExportManifest } from "../../src/kernel/exchange.js";
import { discardNeo4j } from "../helpers/discard-neo4j.js";
import { graphFingerprint, type GraphFingerprint } from "../helpers/fingerprint.js";
import { addUserData, differences, runCli, runCliAsync, startOwn, userDataRows, type GraphRows, type OwnNeo4j } from "../helpers/operate.js";

const temp = mkdtempSync(path.join(os.tmpdir(), "state-graph-operate-"));
const homeA = path.join(temp, "a");
const homeB = path.join(temp, "b");
const exportDir = path.join(temp, "export");
const dump = path.join(temp, "backups", "graph.dump");
let running: OwnNeo4j | undefined;
let documents: string[] = [];
let before: GraphFingerprint;
let rowsBefore: GraphRows;
let changeRecords = 0;

const stop = async () => {
    await running?.stop();
    running = undefined;
};
/** Every file of a data directory's databases and transaction logs, by relative path, with its SHA-256. */
const storeFiles = (home: string): Record<string, string> => {
    const data = path.join(home, "data");
    return Object.fromEntries(
        readdirSync(data, { recursive: true, encoding: "utf8" })
            .filter((f) => statSync(path.join(data, f)).isFile())
            .sort()
            .map((f) => [f, createHash("sha256").update(readFileSync(path.join(data, f))).digest("hex")]),
    );
};
const count = async (cypher: string) => (await running!.driver.executeQuery(cypher)).records[0]!.get(0).toNumber() as number;

beforeAll(async () => {
    running = await startOwn(homeA);
    await applySchema(running.driver);
    await loadSeed(running.driver);
    ({ documents } = await addUserData(running.driver));
    before = await graphFingerprint(running.driver);
    rowsBefore = await userDataRows(running.driver);
    changeRecords = await count("MATCH (c:ChangeRecord) RETURN count(c)");
}, 600_000);

afterAll(async () => {
    // Its data directory is deleted next: no clean shutdown (test/helpers/discard-neo4j.ts).
    await running?.driver.close();
    await discardNeo4j(running?.server);
    running = undefined;
    rmSync(temp, { recursive: true, force: true });
});

describe("keeping the users' data", () => {
    it("export: every imported file, the notes and the change records, files as they came in", () => {
        const r = runCli("export", [exportDir], homeA);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toContain("using the Neo4j already running");
        const m = JSON.parse(readFileSync(path.join(exportDir, "export.json"), "utf8")) as ExportManifest;
        expect(m.imports.map((e) => e.documentId).sort()).toEqual([...documents].sort());
        expect(m.imports.map((e) => [e.kind, e.form])).toEqual([["connections", "original"], ["inventory", "original"], ["usage", "original"], ["usage", "original"], ["usage", "observed"]]);
        // The files as they came in: byte for byte (the same SHA-256 as the examples imported).
        const sha = (f: string) => createHash("sha256").update(readFileSync(f)).digest("hex");
        expect(sha(path.join(exportDir, m.imports[0]!.file))).toBe(sha(path.join(PROJECT_ROOT, "examples/imports/connections-2024-sample.csv")));
        expect(sha(path.join(exportDir, m.imports[1]!.file))).toBe(sha(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.csv")));
        // The replacement is declared again; the log comes with its mapping; the change records are all there.
        expect(m.imports[3]!.replaces).toEqual([m.imports[2]!.documentId]);
        expect(JSON.parse(readFileSync(path.join(exportDir, m.imports[4]!.mapping!), "utf8")).xRoadInstance).toBe("VN");
        expect(m.counts).toEqual({ imports: 5, notes: 1, changeRecords });
        expect(readFileSync(path.join(exportDir, m.changeRecords), "utf8").trim().split("\n")).toHaveLength(changeRecords);
        // Into a directory that is not empty, it refuses.
        const again = runCli("export", [exportDir], homeA);
        expect(again.status).toBe(1);
        expect(again.stderr).toMatch(/is not empty/);
    }, 300_000);

    it("backup refuses while npm start runs the data directory's Neo4j, naming the process", () => {
        const r = runCli("backup", [dump], homeA);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain(`npm start (process ${process.pid}) runs the Neo4j of ${homeA}`);
        expect(r.stderr).toMatch(/stop it/);
        expect(existsSync(dump)).toBe(false);
    });

    it("backup → restore into an empty data directory gives the same graph", async () => {
        await stop();
        const b = runCli("backup", [dump], homeA);
        expect(b.status, b.stderr).toBe(0);
        expect(b.stderr).toMatch(/wrote .*graph\.dump: [\d.]+ MB in [\d.]+ s, sha256 [0-9a-f]{64}/);
        // The second backup (refused: the file exists) only reads, so it runs beside the restore.
        const [again, r] = await Promise.all([runCliAsync("backup", [dump], homeA), runCliAsync("restore", [dump], homeB)]);
        expect(again.status).toBe(1);
        expect(again.stderr).toMatch(/exists; choose another name or pass --force/);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/restored the database of .* in [\d.]+ s \(load [\d.]+ s, check [\d.]+ s\)/);
        // A data directory that holds a database is replaced only when asked (asked before homeB's
        // Neo4j starts: a restore refuses a running one first).
        const refused = runCli("restore", [dump], homeB);
        expect(refused.status).toBe(1);
        expect(refused.stderr).toMatch(/already holds a database; restoring replaces it, so it is done only with --force/);
        // homeB's Neo4j started once, for this and for the last test.
        running = await startOwn(homeB);
        expect(await graphFingerprint(running.driver)).toEqual(before);
    }, 600_000);

    it("a truncated or corrupt dump is refused with a clear message, and the data directory is unchanged", async () => {
        const truncated = path.join(temp, "truncated.dump");
        copyFileSync(dump, truncated);
        truncateSync(truncated, Math.floor(statSync(dump).size / 2));
        const garbage = path.join(temp, "garbage.dump");
        writeFileSync(garbage, "this is not a Neo4j dump\n".repeat(100));
        // Forced into homeA, stopped and holding the database the dump came from (homeB serves the last
        // test): unchanged means every file of its databases and transaction logs byte for byte.
        const filesBefore = storeFiles(homeA);
        expect(Object.keys(filesBefore).length).toBeGreaterThan(0);
        // Each restore loads into a temporary home of its own beside homeA (src/neo4j/backup.ts) and
        // touches homeA only after its checks pass, so the two refusals run side by side.
        const results = await Promise.all([truncated, garbage].map((bad) => runCliAsync("restore", [bad, "--force"], homeA)));
        for (const [i, bad] of [truncated, garbage].entries()) {
            const r = results[i]!;
            expect(r.status, bad).toBe(1);
            expect(r.stderr).toContain(`${bad} cannot be restored (truncated, corrupt or not a Neo4j dump)`);
            expect(r.stderr).toContain(`${homeA} was not changed`);
        }
        expect(storeFiles(homeA)).toEqual(filesBefore);
    }, 600_000);

    it("the export imported into a fresh graph seeded from the reports gives the same graph", async () => {
        // homeB emptied and seeded from the reports alone: a fresh graph.
        await running!.driver.executeQuery("MATCH (n) DETACH DELETE n");
        await applySchema(running!.driver);
        await loadSeed(running!.driver);
        expect(await count("MATCH (d:SourceDocument:Imported) RETURN count(d)")).toBe(0);
        const r = runCli("import", [exportDir], homeB);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stderr).toMatch(/5 imported files, 1 notes, \d+ change records, in one transaction/);
        const after = await userDataRows(running!.driver);
        expect(differences(rowsBefore, after)).toEqual({ onlyBefore: { nodes: [], relationships: [] }, onlyAfter: { nodes: [], relationships: [] } });
        // The import of the export left its own record (excluded from the comparison above), and only one.
        expect(await count("MATCH (c:ChangeRecord) RETURN count(c)")).toBe(changeRecords + 1);
        // Importing it again changes nothing and records nothing.
        const twice = runCli("import", [exportDir], homeB);
        expect(twice.status, twice.stderr).toBe(0);
        expect(await count("MATCH (c:ChangeRecord) RETURN count(c)")).toBe(changeRecords + 1);
    }, 600_000);
});
