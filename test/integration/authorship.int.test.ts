// Who and when are the server's to say: a note's createdBy/createdAt/updatedBy/updatedAt (and
// lastChange) come from the verified token and the clock on create and on update, and no client input
// can carry them — neither a generated input nor an import mutation has a field for an author or a
// time. Tokens are Keycloak-style RS256 tokens from a local JWKS endpoint; every test is rolled back.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "../helpers/neo4j.js";
import { AUDIENCE, ISSUER, sign, signingKey, startJwksServer, type JwksServer, type SigningKey } from "../helpers/jwks.js";

/** Names a client must never be able to send: the authorship of notes and of imported files. */
const SERVER_SET = ["createdBy", "createdAt", "updatedBy", "updatedAt", "lastChange", "importedBy", "importedAt", "actor", "publisher", "issued"];

let driver: Driver;
let key: SigningKey;
let idp: JwksServer;
beforeAll(async () => {
    driver = testDriver();
    key = await signingKey("kc-1");
    idp = await startJwksServer([key]);
});
afterAll(async () => {
    await idp?.close();
    await driver?.close();
});

let scope: RollbackScope;
let server: RunningServer;
beforeEach(async () => {
    scope = await openRollbackScope(driver);
    await scope.tx.run("RETURN 1"); // begun before the schema build keeps the event loop busy
    server = await (
        await createServer({
            driver,
            executor: scope.tx,
            auth: { jwksUrl: idp.url, issuer: ISSUER, audience: AUDIENCE, roles: { claim: "realm_access.roles", editorRole: "editor" } },
        })
    ).listen(0);
});
afterEach(async () => {
    await server.stop();
    await scope.rollback();
});

const as = async (sub: string) => ({ authorization: `Bearer ${await sign(key, { realm_access: { roles: ["editor"] }, preferred_username: "Bộ trưởng" }, { sub })}` });
const NOTE_FIELDS = "id text createdBy createdAt updatedBy updatedAt lastChange";
const notesWithText = async (text: string): Promise<number> =>
    (await scope.tx.run("MATCH (n:Note {text: $text}) RETURN count(n) AS c", { text })).records[0]!.get("c").toNumber();

describe("a client cannot say who or when", () => {
    it("a create that sets any authorship field is refused by validation, inline or in variables, and writes nothing", async () => {
        const auth = await as("editor-a");
        const forged: Record<string, string> = {
            createdBy: "Bộ trưởng",
            createdAt: "2020-01-01T00:00:00Z",
            updatedBy: "Bộ trưởng",
            updatedAt: "2020-01-01T00:00:00Z",
            lastChange: "change:forged",
        };
        for (const [field, value] of Object.entries(forged)) {
            const text = `forged ${field}`;
            const inline = await postGraphQL(server.url, `mutation { createNotes(input: [{ text: "${text}", ${field}: "${value}" }]) { notes { id } } }`, undefined, auth);
            expect(inline.status, field).toBe(400);
            expect(inline.errors?.[0]?.extensions?.code, field).toBe("GRAPHQL_VALIDATION_FAILED");
            expect(inline.errors?.[0]?.message, field).toContain(field);
            const viaVariables = await postGraphQL(server.url, `mutation C($input: [NoteCreateInput!]!) { createNotes(input: $input) { notes { id } } }`, { input: [{ text, [field]: value }] }, auth);
            expect(viaVariables.status, field).toBe(400);
            expect(viaVariables.errors?.[0]?.extensions?.code, field).toBe("BAD_USER_INPUT");
            expect(viaVariables.errors?.[0]?.message, field).toContain(field);
            expect(await notesWithText(text), field).toBe(0);
        }
    });

    it("an update that sets any authorship field is refused, and the note keeps its author and dates", async () => {
        const auth = await as("editor-a");
        const created = await postGraphQL(server.url, `mutation { createNotes(input: [{ text: "mine" }]) { notes { ${NOTE_FIELDS} } } }`, undefined, auth);
        expect(created.errors).toBeUndefined();
        const note = created.data?.createNotes.notes[0];
        for (const field of ["createdBy", "createdAt", "updatedBy", "updatedAt", "lastChange"]) {
            const value = field.endsWith("At") ? "2020-01-01T00:00:00Z" : "Bộ trưởng";
            const res = await postGraphQL(server.url, `mutation U($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { ${field}: { set: "${value}" } }) { notes { id } } }`, { id: note.id }, auth);
            expect(res.status, field).toBe(400);
            expect(res.errors?.[0]?.extensions?.code, field).toBe("GRAPHQL_VALIDATION_FAILED");
        }
        const now = await postGraphQL(server.url, `query N($id: ID!) { notes(where: { id: { eq: $id } }) { ${NOTE_FIELDS} } }`, { id: note.id });
        expect(now.data?.notes).toEqual([note]);
    });

    it("no mutation argument and no input a mutation can reach has a field for an author or a time the server sets", async () => {
        const ref = "name kind ofType { name kind ofType { name kind ofType { name kind ofType { name } } } }";
        const res = await postGraphQL(server.url, `{ __schema { mutationType { fields { name args { name type { ${ref} } } } } types { name kind inputFields { name type { ${ref} } } } } }`);
        expect(res.errors).toBeUndefined();
        const schema = res.data!.__schema;
        type Ref = { name: string | null; ofType?: Ref | null };
        const named = (t: Ref): string => (t.name ?? named(t.ofType!));
        const inputs = new Map<string, { name: string; type: Ref }[]>(schema.types.filter((t: any) => t.kind === "INPUT_OBJECT").map((t: any) => [t.name, t.inputFields]));
        // Every input type a mutation can be sent, however deeply nested.
        const reached = new Set<string>();
        // Filters and sorts (and all they hold) may name these fields, to find notes by them; inputs that write may not.
        const isFilter = (type: string): boolean => /Where|Sort$|Filters$/.test(type);
        const visit = (type: string): void => {
            if (reached.has(type) || !inputs.has(type) || isFilter(type)) return;
            reached.add(type);
            for (const f of inputs.get(type)!) visit(named(f.type));
        };
        const offending: string[] = [];
        for (const f of schema.mutationType.fields) {
            for (const a of f.args) {
                if (SERVER_SET.includes(a.name)) offending.push(`${f.name}(${a.name})`);
                visit(named(a.type));
            }
        }
        for (const t of reached) offending.push(...inputs.get(t)!.filter((f) => SERVER_SET.includes(f.name)).map((f) => `${t}.${f.name}`));
        expect(offending).toEqual([]);
        // The walk reaches what it should: the note's create and update inputs, and the import arguments.
        expect([...reached]).toEqual(expect.arrayContaining(["NoteCreateInput", "NoteUpdateInput"]));
        expect(schema.mutationType.fields.map((f: any) => f.name)).toEqual(expect.arrayContaining(["importConnections", "importInventory", "importUsage"]));
    });
});

describe("a note is the only node an editor writes", () => {
    it("a note cannot create, change, delete or link onwards the report graph's nodes it points at (only connect and disconnect them)", async () => {
        const auth = await as("editor-a");
        const fingerprint = async () =>
            (await scope.tx.run("MATCH (a:Agency {id: 'province:da-nang'}) RETURN a.name AS name, count { (:Agency) } AS agencies, count { (a)--() } AS links, count { ()-[:CONNECTED_TO]->() } AS connections")).records[0]!.toObject();
        const before = await fingerprint();
        const attempts = [
            `mutation { createNotes(input: [{ text: "nested create", agencies: { create: [{ node: { id: "agency:fake", name: "Bộ Giả", kind: MINISTRY, era: 2023, aliases: [], foldedName: "bo gia", sortName: "bo gia" } }] } }]) { notes { id } } }`,
            `mutation { updateNotes(where: {}, update: { agencies: [{ update: { node: { name: { set: "renamed" } } } }] }) { notes { id } } }`,
            `mutation { updateNotes(where: {}, update: { agencies: [{ delete: [{ where: { node: { id: { eq: "province:da-nang" } } } }] }] }) { notes { id } } }`,
            // Connecting the agency onwards, to an asset, would add a connection to the reports' graph.
            `mutation { createNotes(input: [{ text: "nested connect", agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } }, connect: [{ connectedAssets: [{ where: { node: { id: { eq: "asset:001:2" } } } }] }] }] } }]) { notes { id } } }`,
            `mutation { updateNotes(where: {}, update: { agencies: [{ disconnect: [{ where: { node: { id: { eq: "province:da-nang" } } }, disconnect: { parent: [{ where: {} }] } }] }] }) { notes { id } } }`,
        ];
        for (const q of attempts) {
            const res = await postGraphQL(server.url, q, undefined, auth);
            expect(res.status, q).toBe(400);
            expect(res.errors?.[0]?.extensions?.code, q).toBe("GRAPHQL_VALIDATION_FAILED");
        }
        expect(await fingerprint()).toEqual(before);
        // Connecting and disconnecting are what notes are for.
        const made = await postGraphQL(server.url, `mutation { createNotes(input: [{ text: "about Đà Nẵng", agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] } }]) { notes { id agencies { id } } } }`, undefined, auth);
        expect(made.data?.createNotes.notes[0].agencies).toEqual([{ id: "province:da-nang" }]);
        const cut = await postGraphQL(server.url, `mutation U($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { agencies: [{ disconnect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] }] }) { notes { agencies { id } } } }`, { id: made.data?.createNotes.notes[0].id }, auth);
        expect(cut.data?.updateNotes.notes[0].agencies).toEqual([]);
    });
});

describe("the server says who and when", () => {
    it("create then update by two editors: the token's subject and the clock, each write's ChangeRecord", async () => {
        const started = Date.now();
        const created = await postGraphQL(server.url, `mutation { createNotes(input: [{ text: "first" }]) { notes { ${NOTE_FIELDS} } } }`, undefined, await as("editor-a"));
        expect(created.errors).toBeUndefined();
        const c = created.data?.createNotes.notes[0];
        expect(c).toMatchObject({ createdBy: "editor-a", updatedBy: "editor-a", lastChange: created.extensions?.changeRecord });
        expect(c.updatedAt).toBe(c.createdAt);

        const updated = await postGraphQL(server.url, `mutation U($id: ID!) { updateNotes(where: { id: { eq: $id } }, update: { text: { set: "second" } }) { notes { ${NOTE_FIELDS} } } }`, { id: c.id }, await as("editor-b"));
        expect(updated.errors).toBeUndefined();
        const u = updated.data?.updateNotes.notes[0];
        expect(u).toMatchObject({ id: c.id, text: "second", createdBy: "editor-a", createdAt: c.createdAt, updatedBy: "editor-b", lastChange: updated.extensions?.changeRecord });
        expect(u.lastChange).not.toBe(c.lastChange);
        const finished = Date.now();
        for (const at of [c.createdAt, u.updatedAt]) {
            // The database's clock, on this machine: within the test's own window (a second either side).
            expect(Date.parse(at)).toBeGreaterThanOrEqual(started - 1000);
            expect(Date.parse(at)).toBeLessThanOrEqual(finished + 1000);
        }
        expect(Date.parse(u.updatedAt)).toBeGreaterThanOrEqual(Date.parse(c.createdAt));
        const trail = await postGraphQL(server.url, `query T($ids: [ID!]!) { changeRecords(where: { id: { in: $ids } }) { id actor issuer } }`, { ids: [c.lastChange, u.lastChange] });
        expect(new Map(trail.data?.changeRecords.map((r: any) => [r.id, `${r.actor} ${r.issuer}`]))).toEqual(
            new Map([
                [c.lastChange, `editor-a ${ISSUER}`],
                [u.lastChange, `editor-b ${ISSUER}`],
            ]),
        );
    });

    it("an imported file's importer and time are the token's subject and the clock", async () => {
        const started = new Date().toISOString();
        const res = await postGraphQL(
            server.url,
            `mutation I($csv: String!) { importConnections(fileName: "authorship.csv", csv: $csv) { documentId created } }`,
            { csv: "agency,asset,snapshot,status\nThành phố Đà Nẵng,2,Y2024,OFFICIAL" },
            await as("editor-imports"),
        );
        expect(res.errors).toBeUndefined();
        const doc = await postGraphQL(server.url, `query D($id: ID!) { sourceDocuments(where: { id: { eq: $id } }) { publisher issued file } }`, { id: res.data?.importConnections.documentId });
        expect(doc.errors).toBeUndefined();
        const [d] = doc.data?.sourceDocuments;
        expect(d).toMatchObject({ publisher: "editor-imports", file: "authorship.csv" });
        expect(d.issued >= started && d.issued <= new Date().toISOString()).toBe(true);
        const trail = await postGraphQL(server.url, `query T($id: ID!) { changeRecords(where: { id: { eq: $id } }) { actor } }`, { id: res.extensions?.changeRecord });
        expect(trail.data?.changeRecords).toEqual([{ actor: "editor-imports" }]);
    });
});
