// The audit guarantees, against servers that really commit (no rollback scope):
//  1. no anonymous or unauthorised request changes the database in any way (graph fingerprint,
//     ChangeRecords included), whatever the mutation's shape or transport;
//  2. every committed change and its ChangeRecord commit in one transaction: when the record cannot
//     be written the change is rolled back; parallel writes get exactly one record each;
//  3. the record says who, when, what operation and fields, and what changed, with no token in it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { postGraphQL, removeConnectionImports, testDriver, uniqueId } from "../helpers/neo4j.js";
import { graphFingerprint } from "../helpers/fingerprint.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";

const tag = uniqueId("audit");
let driver: Driver;
let editor: RunningServer;
let readOnly: RunningServer;
let faulty: RunningServer;

beforeAll(async () => {
    driver = testDriver();
    editor = await (await createServer({ driver, auth: { secret: TEST_SECRET } })).listen(0);
    readOnly = await (await createServer({ driver, auth: {} })).listen(0);
    faulty = await (
        await createServer({
            driver,
            auth: { secret: TEST_SECRET },
            recordChange: async () => {
                throw new Error("the audit store is full");
            },
        })
    ).listen(0);
});
afterAll(async () => {
    await driver.executeQuery("MATCH (n:Note) WHERE n.text STARTS WITH $tag DETACH DELETE n", { tag });
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.actor STARTS WITH $tag DELETE c", { tag });
    await removeConnectionImports(driver, { prefix: tag });
    await Promise.all([editor?.stop(), readOnly?.stop(), faulty?.stop()]);
    await driver?.close();
});

const bearer = async (sub: string, roles: unknown = ["editor"], secret = TEST_SECRET, expiresIn = "5m") => ({
    authorization: `Bearer ${await token(`${tag}-${sub}`, roles as string[], secret, expiresIn)}`,
});
const records = async (sub: string) =>
    (await driver.executeQuery("MATCH (c:ChangeRecord {actor: $actor}) RETURN c ORDER BY c.at", { actor: `${tag}-${sub}` })).records.map((r) => r.get("c").properties as Record<string, any>);
const CREATE = `mutation AddNote($text: String!) { createNotes(input: [{ text: $text, agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] } }]) { notes { id lastChange } } }`;

/** A small seeded PRNG, so a failing fuzz run can be replayed. */
function prng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

describe("no write without an authorised change", () => {
    it("a fuzz of anonymous and wrong-role mutations (every shape and transport) changes nothing at all", async () => {
        // One committed note, so update/delete shapes have something to hit.
        const seeded = await postGraphQL(editor.url, CREATE, { text: `${tag} keep me` }, await bearer("seed"));
        expect(seeded.errors).toBeUndefined();
        const before = await graphFingerprint(driver);

        const csv = "agency,asset,snapshot,status\nThành phố Đà Nẵng,2,Y2024,OFFICIAL";
        const inventoryCsv = readFileSync(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.csv"), "utf8");
        const shapes: { query: string; variables?: Record<string, unknown>; operationName?: string }[] = [
            { query: "mutation { __typename }" },
            { query: "mutation Empty { __typename }" },
            { query: CREATE, variables: { text: `${tag} anon` } },
            { query: `mutation { createNotes(input: [{ text: "${tag} x" }]) { info { nodesCreated } } }` },
            { query: `mutation { updateNotes(where: {}, update: { text: { set: "${tag} pwned" } }) { notes { id } } }` },
            { query: `mutation { deleteNotes(where: {}) { nodesDeleted } }` },
            { query: `mutation { deleteNotes(where: { text: { eq: "nothing matches this" } }) { nodesDeleted } }` },
            { query: `mutation I($csv: String!) { importConnections(fileName: "${tag}.csv", csv: $csv) { created } }`, variables: { csv } },
            { query: `mutation Inv($c: String!) { importInventory(fileName: "${tag}.csv", content: $c) { __typename } }`, variables: { c: inventoryCsv } },
            { query: `mutation { a: createNotes(input: [{ text: "${tag} a" }]) { info { nodesCreated } } b: __typename c: deleteNotes(where: {}) { nodesDeleted } }` },
            { query: `query Q { __typename } mutation W { deleteNotes(where: {}) { nodesDeleted } }`, operationName: "W" },
            { query: `mutation W { deleteNotes(where: {}) { nodesDeleted } } query Q { __typename }` },
        ];
        const identities: (() => Promise<Record<string, string>>)[] = [
            async () => ({}),
            () => bearer("reader", ["reader"]),
            () => bearer("no-roles", []),
            // Roles may be a space-separated string (src/kernel/roles.ts); these words hold no "editor".
            () => bearer("roles-as-words", "editorial reviewer"),
            () => bearer("forged", ["editor"], "another-secret-of-at-least-32-characters"),
            () => bearer("expired", ["editor"], TEST_SECRET, "-1m"),
            async () => ({ authorization: "Bearer not.a.token" }),
            async () => ({ authorization: "Basic ZWRpdG9yOmVkaXRvcg==" }),
        ];
        const transports = ["post", "get", "batch", "apq", "apq-hash-only", "read-only-server", "read-only-editor"] as const;
        const rnd = prng(18);
        const statuses = new Map<number, number>();
        for (let i = 0; i < 220; i++) {
            const shape = shapes[Math.floor(rnd() * shapes.length)]!;
            const who = await identities[Math.floor(rnd() * identities.length)]!();
            const transport = transports[Math.floor(rnd() * transports.length)]!;
            const url = transport.startsWith("read-only") ? readOnly.url : editor.url;
            const headers = { "content-type": "application/json", "apollo-require-preflight": "1", ...(transport === "read-only-editor" ? await bearer("editor", ["editor"]) : who) };
            const hash = createHash("sha256").update(shape.query).digest("hex");
            let res: Response;
            if (transport === "get") {
                const qs = new URLSearchParams({ query: shape.query, ...(shape.variables ? { variables: JSON.stringify(shape.variables) } : {}) });
                res = await fetch(`${url}?${qs}`, { headers });
            } else {
                const one = { ...shape, ...(transport.startsWith("apq") ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : {}) };
                if (transport === "apq-hash-only") delete (one as { query?: string }).query;
                const body = transport === "batch" ? [one, one] : one;
                res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
            }
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            const text = await res.text();
            expect(res.status, `${transport} ${shape.query} → ${text}`).not.toBe(500);
            expect(text).not.toMatch(/stacktrace|node_modules/);
        }
        console.log(`[audit] fuzz: 220 refused-or-empty mutation requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("without JWT_SECRET/JWKS_URL mutations are refused outright with a clear error", async () => {
        const res = await postGraphQL(readOnly.url, "mutation { __typename }");
        expect(res.status).toBe(403);
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(res.errors?.[0]?.message).toMatch(/read-only.*JWT_SECRET or JWKS_URL/);
        // Reads still work there.
        expect((await postGraphQL(readOnly.url, "{ __typename }")).status).toBe(200);
    });

    it("an editor's mutation that changes nothing leaves nothing (no ChangeRecord)", async () => {
        const before = await graphFingerprint(driver);
        const auth = await bearer("idle");
        expect((await postGraphQL(editor.url, "mutation { __typename }", undefined, auth)).errors).toBeUndefined();
        const none = await postGraphQL(editor.url, `mutation { updateNotes(where: { text: { eq: "no such note ${tag}" } }, update: { text: { set: "x" } }) { notes { id } } }`, undefined, auth);
        expect(none.errors).toBeUndefined();
        expect(none.data?.updateNotes.notes).toEqual([]);
        expect(await graphFingerprint(driver)).toEqual(before);
        expect(await records("idle")).toEqual([]);
    });
});

describe("no change without its record", () => {
    it("when the ChangeRecord cannot be written, the change is rolled back and the answer says so", async () => {
        const before = await graphFingerprint(driver);
        const res = await postGraphQL(faulty.url, CREATE, { text: `${tag} must vanish` }, await bearer("faulty"));
        expect(res.status).toBe(500);
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0]?.extensions?.code).toBe("CHANGE_NOT_COMMITTED");
        expect(res.errors?.[0]?.message).toMatch(/nothing was written/);
        expect(res.extensions?.rolledBack).toBe(true);
        expect(await graphFingerprint(driver)).toEqual(before);
        const imp = await postGraphQL(faulty.url, `mutation I($csv: String!) { importConnections(fileName: "${tag}-f.csv", csv: $csv) { created } }`, { csv: "agency,asset,snapshot,status\nThành phố Đà Nẵng,3,Y2025,OFFICIAL" }, await bearer("faulty"));
        expect(imp.errors?.[0]?.extensions?.code).toBe("CHANGE_NOT_COMMITTED");
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("a mutation that fails half-way writes nothing, not even its first root field", async () => {
        const before = await graphFingerprint(driver);
        const res = await postGraphQL(
            editor.url,
            `mutation { a: createNotes(input: [{ text: "${tag} first" }]) { notes { id } } b: importConnections(fileName: "${tag}-bad.csv", csv: "agency,asset,snapshot,status\\nNowhere,2,Y2024,OFFICIAL") { created } }`,
            undefined,
            await bearer("half"),
        );
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.data ?? null).toBeNull();
        expect(res.extensions?.rolledBack).toBe(true);
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("parallel editor writes each commit with exactly one record that names what it wrote", async () => {
        const n = 12;
        const results = await Promise.all(Array.from({ length: n }, async (_, i) => postGraphQL(editor.url, CREATE, { text: `${tag} parallel ${i}` }, await bearer(`par-${i}`))));
        for (const [i, res] of results.entries()) {
            expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
            const note = res.data?.createNotes.notes[0];
            const recs = await records(`par-${i}`);
            expect(recs).toHaveLength(1);
            expect(recs[0]!.id).toBe(note.lastChange);
            expect(res.extensions?.changeRecord).toBe(note.lastChange);
            expect(recs[0]!.changedIds).toEqual([note.id]);
            expect(JSON.parse(recs[0]!.details).changes.created).toEqual([expect.objectContaining({ type: "Note", id: note.id, after: expect.objectContaining({ text: `${tag} parallel ${i}` }) })]);
        }
    });
});

describe("what a record says", () => {
    it("who (subject and issuer), when, operation, fields, and before/after of an update, with no token in it", async () => {
        const auth = { authorization: `Bearer ${await token(`${tag}-rec`, ["editor"], TEST_SECRET, "5m", "https://idp.example")}` };
        const created = await postGraphQL(editor.url, CREATE, { text: `${tag} v1` }, auth);
        const id = created.data?.createNotes.notes[0].id;
        const upd = await postGraphQL(editor.url, `mutation Fix($id: ID!, $authToken: String) { updateNotes(where: { OR: [{ id: { eq: $id } }, { text: { eq: $authToken } }] }, update: { text: { set: "${tag} v2" } }) { notes { id } } }`, { id, authToken: auth.authorization }, auth);
        expect(upd.errors).toBeUndefined();
        const del = await postGraphQL(editor.url, `mutation Drop($id: ID!) { deleteNotes(where: { id: { eq: $id } }) { nodesDeleted } }`, { id }, auth);
        expect(del.data?.deleteNotes.nodesDeleted).toBe(1);
        const [c, u, d] = await records("rec");
        expect(c).toMatchObject({ operation: "AddNote", fields: ["createNotes"], issuer: "https://idp.example", changedIds: [id], truncated: false });
        expect(Date.parse(c!.at)).toBeGreaterThan(Date.now() - 60_000);
        expect(u).toMatchObject({ operation: "Fix", fields: ["updateNotes"], changedIds: [id] });
        const updated = JSON.parse(u!.details).changes.updated[0];
        expect(updated.before.text).toBe(`${tag} v1`);
        expect(updated.after.text).toBe(`${tag} v2`);
        expect(updated.after.agencies).toEqual([{ id: "province:da-nang" }]);
        expect(JSON.parse(d!.details).changes.deleted).toEqual([expect.objectContaining({ id, before: expect.objectContaining({ text: `${tag} v2` }) })]);
        const all = JSON.stringify([c, u, d]);
        expect(all).not.toContain(auth.authorization.slice(7));
        expect(JSON.parse(u!.details).variables.authToken).toBe("[redacted]");
    });

    it("an import's record holds the file's summary, in the same transaction as the import", async () => {
        const auth = await bearer("importer");
        const res = await postGraphQL(editor.url, `mutation Import($csv: String!) { importConnections(fileName: "${tag}-ok.csv", csv: $csv) { documentId created } }`, { csv: "agency,asset,snapshot,status\nThành phố Đà Nẵng,5,Y2025,TECHNICAL" }, auth);
        expect(res.errors).toBeUndefined();
        const [rec] = await records("importer");
        expect(rec!.changedIds).toEqual([res.data?.importConnections.documentId]);
        expect(JSON.parse(rec!.details).changes.imports).toEqual([expect.objectContaining({ kind: "connections", created: 1, rows: 1 })]);
    });
});
