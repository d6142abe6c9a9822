// Writes need a valid JWT with the editor role; every write leaves a ChangeRecord; a snapshot file
// is validated whole before anything is written and re-importing it changes nothing. Each test runs
// in a transaction that is rolled back.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { createServer, type RunningServer } from "../../src/server.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "../helpers/neo4j.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";

let driver: Driver;
beforeAll(() => {
    driver = testDriver();
});
afterAll(() => driver.close());

let scope: RollbackScope;
let server: RunningServer;
beforeEach(async () => {
    scope = await openRollbackScope(driver);
    server = await (await createServer({ driver, executor: scope.tx, auth: { secret: TEST_SECRET } })).listen(0);
});
afterEach(async () => {
    await server.stop();
    await scope.rollback();
});

const as = async (sub: string, roles: string[] = ["editor"]): Promise<Record<string, string>> => ({ authorization: `Bearer ${await token(sub, roles)}` });
const CREATE_NOTE = `mutation AddNote($text: String!) { createNotes(input: [{ text: $text, agencies: { connect: [{ where: { node: { id: { eq: "province:da-nang" } } } }] } }]) { notes { id text createdBy createdAt agencies { id } } } }`;
const IMPORT = `mutation Import($fileName: String!, $csv: String!) { importConnections(fileName: $fileName, csv: $csv) { documentId rows created unchanged } }`;

describe("who may write", () => {
    it("anonymous callers cannot create notes", async () => {
        const res = await postGraphQL(server.url, CREATE_NOTE, { text: "x" });
        expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("a reader token is forbidden", async () => {
        const res = await postGraphQL(server.url, CREATE_NOTE, { text: "x" }, await as("reader-1", ["reader"]));
        expect(res.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("a forged or expired token gets 401", async () => {
        const forged = await token("mallory", ["editor"], "a-different-secret-of-32-characters!!");
        const res = await postGraphQL(server.url, "{ search(text: \"da\") { id } }", undefined, { authorization: `Bearer ${forged}` });
        expect(res.status).toBe(401);
        expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const expired = await token("ed", ["editor"], TEST_SECRET, "-1m");
        expect((await postGraphQL(server.url, "{ search(text: \"da\") { id } }", undefined, { authorization: `Bearer ${expired}` })).status).toBe(401);
    });

    it("an editor creates a note; who and when are recorded, and a ChangeRecord says what", async () => {
        const res = await postGraphQL(server.url, CREATE_NOTE, { text: "checked with the province" }, await as("editor-7"));
        expect(res.errors).toBeUndefined();
        const note = res.data?.createNotes.notes[0];
        expect(note).toMatchObject({ text: "checked with the province", createdBy: "editor-7", agencies: [{ id: "province:da-nang" }] });
        expect(Date.parse(note.createdAt)).toBeGreaterThan(Date.now() - 60_000);
        const trail = await postGraphQL(server.url, `{ changeRecords(where: { actor: { eq: "editor-7" } }) { operation fields details at } }`);
        expect(trail.errors).toBeUndefined();
        expect(trail.data?.changeRecords).toHaveLength(1);
        expect(trail.data?.changeRecords[0]).toMatchObject({ operation: "AddNote", fields: ["createNotes"] });
        expect(trail.data?.changeRecords[0].details).toContain("checked with the province");
    });

    it("the seeded graph itself has no generated mutations", async () => {
        const res = await postGraphQL(server.url, `mutation { deleteAgencies { nodesDeleted } }`, undefined, await as("editor-7"));
        expect(res.status).toBe(400);
        expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });
});

describe("snapshot import", () => {
    const GOOD = ["agency,asset,snapshot,status", "Thành phố Đà Nẵng,2,Y2024,OFFICIAL", "province:quang-ngai,asset:001:2,Y2024,TECHNICAL", "Bộ KHĐT,paygov,Y2024,OFFICIAL"].join("\n");

    it("needs the editor role", async () => {
        const anon = await postGraphQL(server.url, IMPORT, { fileName: "2024.csv", csv: GOOD });
        expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const reader = await postGraphQL(server.url, IMPORT, { fileName: "2024.csv", csv: GOOD }, await as("r", ["reader"]));
        expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("imports a file, answers questions with it, and re-importing it changes nothing", async () => {
        const auth = await as("editor-9");
        const first = await postGraphQL(server.url, IMPORT, { fileName: "2024.csv", csv: GOOD }, auth);
        expect(first.errors).toBeUndefined();
        expect(first.data?.importConnections).toMatchObject({ rows: 3, created: 3, unchanged: 0 });
        const again = await postGraphQL(server.url, IMPORT, { fileName: "2024.csv", csv: GOOD }, auth);
        expect(again.data?.importConnections).toMatchObject({ documentId: first.data?.importConnections.documentId, created: 0, unchanged: 3 });
        const gaps = await postGraphQL(server.url, `{ coverageGaps(asset: "asset:001:2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2024) { gaps { id has { snapshot status section locator } } } }`);
        const ids = gaps.data?.coverageGaps.gaps.map((g: any) => g.id);
        expect(ids).not.toContain("province:da-nang");
        const qn = gaps.data?.coverageGaps.gaps.find((g: any) => g.id === "province:quang-ngai");
        expect(qn.has, JSON.stringify(qn.has)).toContainEqual({ snapshot: "Y2024", status: "TECHNICAL", section: "2024.csv", locator: "row 3" });
        const trail = await postGraphQL(server.url, `{ changeRecords(where: { actor: { eq: "editor-9" } }) { fields } }`);
        expect(trail.data?.changeRecords).toHaveLength(1); // the second import changed nothing, so it left no record
        expect(again.extensions?.changeRecord).toBeUndefined();
    });

    it("rejects a file with every kind of bad row, listing each, and writes nothing", async () => {
        const before = await scope.tx.run("MATCH ()-[r:CONNECTED_TO]->() RETURN count(r) AS c");
        const bad = [
            "agency,asset,snapshot,status",
            "Thành phố Đà Nẵng,2,Y2024,OFFICIAL",
            "Tỉnh Không Có,2,Y2024,OFFICIAL",
            "Bắc Giang,99,Y2024,OFFICIAL",
            "Bắc Giang,3,Y2030,OFFICIAL",
            "Bắc Giang,4,Y2024,MAYBE",
            "Đà Nẵng,2,Y2024,TECHNICAL",
            "Bắc Giang,5",
            ",,,", // a blank row, as Excel writes one: skipped, as Excel shows it
            ",5,Y2024,OFFICIAL",
        ].join("\n");
        const res = await postGraphQL(server.url, IMPORT, { fileName: "bad.csv", csv: bad }, await as("editor-9"));
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        const rows = res.errors?.[0]?.extensions?.rows as { row: number; message: string }[];
        expect(rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7, 8, 10]);
        expect(rows[0]!.message).toMatch(/unknown agency "Tỉnh Không Có"/);
        expect(rows[1]!.message).toMatch(/unknown asset "99"/);
        expect(rows[2]!.message).toMatch(/snapshot "Y2030"/);
        expect(rows[3]!.message).toMatch(/status "MAYBE"/);
        expect(rows[4]!.message).toMatch(/duplicate of row 2/);
        expect(rows[5]!.message).toMatch(/expected 4 columns, found 2/);
        expect(rows[6]!.message).toMatch(/agency is empty/);
        const after = await scope.tx.run("MATCH ()-[r:CONNECTED_TO]->() RETURN count(r) AS c");
        expect(after.records[0]!.get("c").toNumber()).toBe(before.records[0]!.get("c").toNumber());
    });

    it("rejects a wrong header and an empty file", async () => {
        const auth = await as("editor-9");
        const header = await postGraphQL(server.url, IMPORT, { fileName: "h.csv", csv: "province,db\nx,y" }, auth);
        expect(header.errors?.[0]?.extensions?.rows).toEqual([{ row: 1, message: expect.stringMatching(/^the header must be "agency,asset,snapshot,status" \(or in Vietnamese: "Tên cơ quan", "Tên CSDL", "Kỳ", "Trạng thái"\)/) }]);
        const empty = await postGraphQL(server.url, IMPORT, { fileName: "e.csv", csv: "agency,asset,snapshot,status\n" }, auth);
        expect(empty.errors?.[0]?.extensions?.rows?.[0]?.message).toBe("the file has no data rows");
    });
});
