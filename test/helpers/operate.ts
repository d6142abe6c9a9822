// Fixtures of the operating tests: a Neo4j of their own on a temporary data directory (backup and
// restore need to stop it), the users' data put in through the API as users do (a snapshot, an
// inventory, usage files — an aggregate CSV, a replacement of it, an operational-monitoring log with its
// mapping — and a note created then edited), the commands run as separate processes, and the
// fingerprint the export promises to keep.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import { expect } from "vitest";
import { loadConfig, PROJECT_ROOT } from "../../src/config.js";
import { createDriver } from "../../src/db/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";
import { createServer } from "../../src/server.js";
import { TEST_SECRET, token } from "./jwt.js";
import { postGraphQL } from "./neo4j.js";

export interface OwnNeo4j {
    server: LocalNeo4j;
    driver: Driver;
    stop(): Promise<void>;
}

/** The project's Neo4j on `home`, started by this process (as `npm start` would: other commands find it). */
export async function startOwn(home: string): Promise<OwnNeo4j> {
    const server = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "512m", pageCache: "64m", role: "server" });
    const driver = createDriver({ uri: server.uri, user: "neo4j", password: "" });
    return {
        server,
        driver,
        async stop() {
            await driver.close();
            await server.stop();
        },
    };
}

/** Runs `npm run <script>` (its entry under src/cli/) on `home`'s built-in Neo4j, as a separate process. */
export function runCli(entry: string, args: string[], home: string) {
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_URI: "" };
    return spawnSync(process.execPath, ["--import", "tsx", `src/cli/${entry}.ts`, ...args], { cwd: PROJECT_ROOT, env, encoding: "utf8", timeout: 600_000 });
}

/** runCli without blocking: for commands that may run side by side (each its own process and temporary home). */
export function runCliAsync(entry: string, args: string[], home: string): Promise<{ status: number | null; stderr: string }> {
    const env = { ...process.env, NEO4J_HOME: home, NEO4J_URI: "" };
    const child = spawn(process.execPath, ["--import", "tsx", `src/cli/${entry}.ts`, ...args], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "ignore", "pipe"], timeout: 600_000 });
    let stderr = "";
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    return new Promise((resolve, reject) => {
        child.once("error", reject);
        child.once("close", (status) => resolve({ status, stderr }));
    });
}

const USAGE_JAN_FEB = "# period: 2023-01-01T00:00:00+07:00/2023-03-01T00:00:00+07:00\nmonth,consumer,service,successful,failed\n2023-01,Bộ Công an,2,1200,30\n2023-02,Bộ Công an,2,1100,20\n2023-01,Thành phố Đà Nẵng,1,500,5\n";
const USAGE_JAN_FEB_REVISED = "# period: 2023-01-01T00:00:00+07:00/2023-03-01T00:00:00+07:00\nmonth,consumer,service,successful,failed\n2023-01,Bộ Công an,2,1250,31\n2023-02,Bộ Công an,2,1150,21\n2023-02,*,*,40,2\n";
const MAPPING = JSON.stringify({
    xRoadInstance: "VN",
    clients: [{ memberClass: "GOV", memberCode: "bca", agency: "Bộ Công an" }],
    services: [{ memberClass: "GOV", memberCode: "gtvt", subsystemCode: "gplx", serviceCode: "dv-5", service: 5 }],
});
function opmonLog(): string {
    const at = (iso: string, ms: number, ok: boolean) => JSON.stringify({
        requestInTs: Date.parse(iso), responseOutTs: Date.parse(iso) + ms, securityServerType: "Client",
        clientXRoadInstance: "VN", clientMemberClass: "GOV", clientMemberCode: "bca", clientSubsystemCode: "qlcb",
        serviceXRoadInstance: "VN", serviceMemberClass: "GOV", serviceMemberCode: "gtvt", serviceSubsystemCode: "gplx", serviceCode: "dv-5", succeeded: ok,
    });
    return ['{"searchCriteria":{"recordsFrom":1680282000,"recordsTo":1685552399}}', at("2023-04-03T09:00:00+07:00", 120, true), at("2023-04-20T10:00:00+07:00", 900, false), at("2023-05-02T08:30:00+07:00", 45, true)].join("\n") + "\n";
}

/** The users' data, put in through the API with an editor's token; returns the document ids. */
export async function addUserData(driver: Driver): Promise<{ documents: string[]; noteId: string }> {
    const server = await (await createServer({ driver, auth: { secret: TEST_SECRET }, responseCache: false })).listen(0);
    try {
        const auth = { authorization: `Bearer ${await token("editor-operate", ["editor"])}` };
        const ask = async (query: string, variables: Record<string, unknown>) => {
            const r = await postGraphQL(server.url, query, variables, auth);
            expect(r.errors, query).toBeUndefined();
            return r.data!;
        };
        const read = (f: string) => readFileSync(path.join(PROJECT_ROOT, "examples/imports", f), "utf8");
        const documents: string[] = [];
        documents.push((await ask("mutation ($f: String!, $c: String!) { importConnections(fileName: $f, csv: $c) { documentId } }", { f: "connections-2024-sample.csv", c: read("connections-2024-sample.csv") })).importConnections.documentId);
        documents.push((await ask("mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { documentId } }", { f: "inventory-sample.csv", c: read("inventory-sample.csv") })).importInventory.documentId);
        const usage = "mutation ($f: String!, $c: String!, $m: String, $r: [ID!]) { importUsage(fileName: $f, content: $c, mapping: $m, replace: $r) { documentId } }";
        const first = (await ask(usage, { f: "usage-2023-q1.csv", c: USAGE_JAN_FEB })).importUsage.documentId as string;
        documents.push(first, (await ask(usage, { f: "usage-2023-q1-revised.csv", c: USAGE_JAN_FEB_REVISED, r: [first] })).importUsage.documentId);
        documents.push((await ask(usage, { f: "opmon-2023-04.jsonl", c: opmonLog(), m: MAPPING })).importUsage.documentId);
        const created = await ask('mutation { createNotes(input: [{ text: "Đà Nẵng: kết nối chính thức 2024 cần xác nhận", agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] } }]) { notes { id } } }', {});
        const noteId = created.createNotes.notes[0].id as string;
        await ask("mutation ($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { text: { set: \"Đà Nẵng: đã xác nhận\" } }) { notes { id } } }", { id: noteId });
        return { documents, noteId };
    } finally {
        await server.stop();
    }
}

export interface GraphRows {
    nodes: string[];
    relationships: string[];
}

/**
 * The graph as the export promises to keep it: every node's labels and properties and every
 * relationship's type, ends and properties, except what records the act of loading rather than the
 * data: the graph-version counter (a count of writes), the time the reports were seeded
 * (SeedMeta.at) and the one ChangeRecord the import of an export writes about itself. Imported
 * documents (ids, times, importers), entries, departments, observed rows, notes (ids, times, authors)
 * and the original change records (ids, times, details) are all compared, labels and keys in sorted
 * order (the order Neo4j keeps a node's properties in depends on how they were written).
 */
export async function userDataRows(driver: Driver): Promise<GraphRows> {
    const skip = "n:GraphVersion OR (n:ChangeRecord AND n.operation = 'npm run import (export)')";
    const { records } = await driver.executeQuery(`
        CALL { MATCH (n) WHERE NOT (${skip})
               WITH apoc.convert.toJson([apoc.coll.sort(labels(n)), [k IN apoc.coll.sort(keys(n)) WHERE NOT (n:SeedMeta AND k = 'at') | [k, n[k]]]]) AS s ORDER BY s
               RETURN collect(s) AS nodes }
        CALL { MATCH (a)-[r]->(b) WITH apoc.convert.toJson([a.id, type(r), b.id, [k IN apoc.coll.sort(keys(r)) | [k, r[k]]]]) AS s ORDER BY s RETURN collect(s) AS relationships }
        RETURN nodes, relationships`);
    return { nodes: records[0]!.get("nodes") as string[], relationships: records[0]!.get("relationships") as string[] };
}

/** What one graph has that the other has not (empty lists when they are the same). */
export function differences(a: GraphRows, b: GraphRows) {
    const minus = (x: string[], y: string[]) => {
        const ys = new Set(y);
        return x.filter((s) => !ys.has(s));
    };
    return { onlyBefore: { nodes: minus(a.nodes, b.nodes), relationships: minus(a.relationships, b.relationships) }, onlyAfter: { nodes: minus(b.nodes, a.nodes), relationships: minus(b.relationships, a.relationships) } };
}
