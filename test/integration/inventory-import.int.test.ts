// Inventory import: CSV and JSON through the editor mutation and the CLI; agencies resolved as
// everywhere else (incl. "TP. Cần Thơ", "thành phố Cần Thơ", "Can Tho", "Sở KH&ĐT tỉnh X"); a department
// created only when the file says so; every entry cites its file and row; the same file again changes
// nothing; a bad file is refused whole with every bad row and the graph unchanged (fingerprint).
// Imports here commit (the write guard's real transaction), so every file carries this run's tag and
// afterAll deletes only what those files wrote.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { graphFingerprint } from "../helpers/fingerprint.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { runImportCli } from "../helpers/import-cli.js";
import { postGraphQL, testDriver, uniqueId } from "../helpers/neo4j.js";

const tag = uniqueId("inv");
let driver: Driver;
let server: RunningServer;
beforeAll(async () => {
    driver = testDriver();
    server = await (await createServer({ driver, auth: { secret: TEST_SECRET } })).listen(0);
});
afterAll(async () => {
    await server?.stop();
    // Only what this file's imports wrote: entries and departments created by tagged files, the files, their records.
    await driver.executeQuery(
        `MATCH (d:SourceDocument:Imported) WHERE d.file STARTS WITH $tag
         OPTIONAL MATCH (e:InventoryEntry)-[:FROM_SOURCE]->(d)
         OPTIONAL MATCH (a:Agency:Imported {createdBy: d.id})
         DETACH DELETE e, a, d`,
        { tag },
    );
    await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.details CONTAINS $tag DETACH DELETE c", { tag });
    await driver?.close();
});

const editor = async (): Promise<Record<string, string>> => ({ authorization: `Bearer ${await token("editor-inv", ["editor"])}` });
const IMPORT = `mutation Inv($fileName: String!, $content: String!, $format: InventoryFormat) {
  importInventory(fileName: $fileName, content: $content, format: $format) { documentId format entries created updated unchanged departmentsCreated } }`;
const SAMPLE_CSV = readFileSync(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.csv"), "utf8");
const SAMPLE_JSON = readFileSync(path.join(PROJECT_ROOT, "examples/imports/inventory-sample.json"), "utf8");
/** The sample with this run's tag in every name, so its entries are this run's own. */
const tagged = (text: string): string => text.replace(/(CSDL|Danh sách)/g, `$1 ${tag}`);

const entriesOf = async (documentId: string) =>
    (
        await driver.executeQuery(
            `MATCH (g:Agency)-[k:KEEPS]->(e:InventoryEntry)-[s:FROM_SOURCE]->(d:SourceDocument {id: $documentId})
             RETURN e.id AS id, e.name AS name, e.status AS status, e.fields AS fields, g.id AS agencyId, s.locator AS locator, s.text AS text, s.section AS file, k.locator AS keepsLocator
             ORDER BY s.locator`,
            { documentId },
        )
    ).records.map((r) => r.toObject());

describe("importInventory (CSV)", () => {
    let documentId = "";
    it("imports every row, resolving the agencies as everywhere else and creating the departments the file asks for", async () => {
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-sample.csv`, content: tagged(SAMPLE_CSV) }, await editor());
        expect(res.errors).toBeUndefined();
        const r = res.data?.importInventory;
        const rows = SAMPLE_CSV.trim().split("\n").length - 1;
        expect(r).toMatchObject({ format: "CSV", entries: rows, created: rows, updated: 0, unchanged: 0, departmentsCreated: ["department:binh-duong:so-ke-hoach-va-dau-tu"] });
        documentId = r.documentId;
        const entries = await entriesOf(documentId);
        expect(entries).toHaveLength(rows);
        // "TP. Cần Thơ", "thành phố Cần Thơ" and "Can Tho" are one province.
        expect(entries.filter((e) => e.agencyId === "province:can-tho")).toHaveLength(3);
        // "Sở KH&ĐT tỉnh Bình Dương" and "Sở Kế hoạch và Đầu tư Bình Dương" are one department, under its province.
        expect(entries.filter((e) => e.agencyId === "department:binh-duong:so-ke-hoach-va-dau-tu")).toHaveLength(2);
        const [parent] = (await driver.executeQuery("MATCH (:Agency {id: 'department:binh-duong:so-ke-hoach-va-dau-tu'})-[p:PART_OF]->(prov) RETURN prov.id AS id, p.locator AS locator")).records.map((x) => x.toObject());
        expect(parent).toEqual({ id: "province:binh-duong", locator: "row 5" });
        expect(entries.find((e) => e.agencyId === "agency:bo-van-hoa-the-thao-va-du-lich")).toBeDefined();
        // Created departments carry the keys of agency_tier_order (kind, era, sortName): coverage gaps
        // walk that index, so an agency without them would never be listed.
        const [created] = (await driver.executeQuery("MATCH (a:Agency {id: 'department:binh-duong:so-ke-hoach-va-dau-tu'}) RETURN a.kind AS kind, a.era AS era, a.sortName IS NOT NULL AS sorted")).records.map((x) => x.toObject());
        expect(created).toMatchObject({ kind: "DEPARTMENT", sorted: true });
        expect(Number(created!.era)).toBe(2023);
    });

    it("every entry cites the file and its row, with the row's text", async () => {
        const lines = tagged(SAMPLE_CSV).trim().split("\n");
        for (const e of await entriesOf(documentId)) {
            const n = Number(/^row (\d+)$/.exec(e.locator)![1]);
            expect(e.file).toBe(`${tag}-sample.csv`);
            expect(e.keepsLocator).toBe(e.locator);
            expect(e.text).toBe(lines[n - 1]);
        }
    });

    it("the same file again changes nothing and leaves no ChangeRecord; its first import left one", async () => {
        const before = await graphFingerprint(driver);
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-sample.csv`, content: tagged(SAMPLE_CSV) }, await editor());
        expect(res.errors).toBeUndefined();
        expect(res.data?.importInventory).toMatchObject({ created: 0, updated: 0, departmentsCreated: [] });
        expect(await graphFingerprint(driver)).toEqual(before);
        const records = await driver.executeQuery("MATCH (c:ChangeRecord) WHERE c.details CONTAINS $documentId RETURN c.fields AS fields", { documentId });
        expect(records.records.map((x) => x.get("fields"))).toEqual([["importInventory"]]);
    });

    it("an existing department is found by its parts (Sở KH&ĐT tỉnh Điện Biên) without creating anything", async () => {
        const csv = `agency,name,status\nSở KH&ĐT tỉnh Điện Biên,CSDL ${tag} đầu tư công,operating\n`;
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-dien-bien.csv`, content: csv }, await editor());
        expect(res.errors).toBeUndefined();
        expect(res.data?.importInventory).toMatchObject({ created: 1, departmentsCreated: [] });
        expect((await entriesOf(res.data?.importInventory.documentId))[0]?.agencyId).toBe("department:dien-bien:so-ke-hoach-va-dau-tu");
    });
});

describe("provincial bodies other than a namesake of a ministry", () => {
    it("creates the bodies a file names and asks for, each under its province; a unit before a comma belongs to its body", async () => {
        const rows = [
            ["Thanh tra tỉnh Gia Lai", "department:gia-lai:thanh-tra"],
            ["Văn phòng UBND tỉnh Ninh Bình", "department:ninh-binh:van-phong-uy-ban-nhan-dan"],
            ["Sở Ngoại vụ tỉnh Cao Bằng", "department:cao-bang:so-ngoai-vu"],
            ["Sở Nông nghiệp và PTNT tỉnh Sơn La", "department:son-la:so-nong-nghiep-va-phat-trien-nong-thon"],
            ["So Tai nguyen va Moi truong tinh Vinh Phuc", "department:vinh-phuc:so-tai-nguyen-va-moi-truong"],
            ["Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Phú Thọ", "department:phu-tho:so-noi-vu"],
            ["Sở Y tế tỉnh Hậu Giang (Chi cục Dân số)", "department:hau-giang:so-y-te"],
        ];
        const csv = `agency,name,status,create_department\n${rows.map(([a], i) => `"${a}",CSDL ${tag} body ${i},operating,yes`).join("\n")}\n`;
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-bodies.csv`, content: csv }, await editor());
        expect(res.errors).toBeUndefined();
        expect([...res.data?.importInventory.departmentsCreated].sort()).toEqual(rows.map(([, id]) => id).sort());
        const entries = await entriesOf(res.data?.importInventory.documentId);
        expect(entries.map((e) => e.agencyId).sort()).toEqual(rows.map(([, id]) => id).sort());
    });
});

describe("importInventory (JSON)", () => {
    it("reads the same entries from JSON; a later file with a changed description updates only that entry", async () => {
        const json = tagged(SAMPLE_JSON);
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-sample.json`, content: json }, await editor());
        expect(res.errors).toBeUndefined();
        const n = JSON.parse(SAMPLE_JSON).entries.length;
        // The CSV above already brought these entries in: the JSON file adds its citation only.
        expect(res.data?.importInventory).toMatchObject({ format: "JSON", entries: n, created: 0, updated: 0, unchanged: n });
        const entries = await entriesOf(res.data?.importInventory.documentId);
        expect(entries.map((e) => e.locator)).toEqual(Array.from({ length: n }, (_, i) => `entry ${i + 1}`));
        const changed = JSON.parse(json);
        changed.entries[0].description = "Mô tả mới";
        const res2 = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-changed.json`, content: JSON.stringify(changed) }, await editor());
        expect(res2.data?.importInventory).toMatchObject({ created: 0, updated: 1, unchanged: n - 1 });
    });
});

describe("refusals: the whole file, every bad row, nothing written", () => {
    const cases: [string, string, string, RegExp[]][] = [
        ["unknown agency, with the closest names", "x.csv", `agency,name,status\nTP. Cần Thơ,CSDL ${tag} a,operating\nThành phố Cần Thớ Mới,CSDL ${tag} b,operating\n`, [/row 3: unknown agency "Thành phố Cần Thớ Mới" \(closest: Thành phố Cần Thơ \(province:can-tho\)/]],
        ["a department the file does not ask to create", "x.csv", `agency,name,status\nSở Y tế tỉnh Bình Dương,CSDL ${tag} y tế,operating\n`, [/row 2: unknown agency "Sở Y tế tỉnh Bình Dương".*set create_department to yes/]],
        ["bad status, empty name, bad flag", "x.csv", `agency,name,status,create_department\nBộ Y tế,CSDL ${tag} c,sometimes,\nBộ Y tế,,operating,maybe\n`, [/row 2: status "sometimes"/, /row 3: create_department "maybe".*name is empty/]],
        ["duplicate rows", "x.csv", `agency,name,status\nBộ Y tế,CSDL ${tag} d,operating\nBỘ Y TẾ,csdl ${tag} D,planned\n`, [/row 3: duplicate of row 2/]],
        ["personal contact data", "x.csv", `agency,name,description,status\nBộ Y tế,CSDL ${tag} e,Liên hệ 0912 345 678,operating\n`, [/row 2: contains a phone number/]],
        ["an unknown column", "x.csv", `agency,name,status,owner\nBộ Y tế,CSDL ${tag} f,operating,x\n`, [/row 1: unknown column\(s\) "owner"/]],
        ["wrong column count", "x.csv", `agency,name,status\nBộ Y tế,CSDL ${tag} g\n`, [/row 2: expected 3 columns, found 2/]],
        ["no entries", "x.csv", `agency,name,status\n`, [/no entries/]],
        ["JSON that is not JSON", "x.json", `{"entries": [`, [/not valid JSON/]],
        ["JSON with an unknown key and a wrong type", "x.json", JSON.stringify([{ agency: "Bộ Y tế", name: `CSDL ${tag} h`, status: "operating", colour: "red" }, { agency: "Bộ Y tế", name: 5, status: "operating" }]), [/row 1: unknown key "colour"/, /row 2: "name" must be a string/]],
    ];
    it.each(cases)("%s", async (_what, ext, content, messages) => {
        const before = await graphFingerprint(driver);
        const res = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-bad-${ext}`, content }, await editor());
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.data).toBeNull();
        const rows = (res.errors?.[0]?.extensions?.rows ?? []) as { row: number; message: string }[];
        const text = rows.map((r) => `row ${r.row}: ${r.message}`).join("\n");
        for (const m of messages) expect(text).toMatch(m);
        expect(await graphFingerprint(driver)).toEqual(before);
    });

    it("needs the editor role", async () => {
        const before = await graphFingerprint(driver);
        const anon = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-anon.csv`, content: tagged(SAMPLE_CSV) });
        expect(anon.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const reader = await postGraphQL(server.url, IMPORT, { fileName: `${tag}-anon.csv`, content: tagged(SAMPLE_CSV) }, { authorization: `Bearer ${await token("r", ["reader"])}` });
        expect(reader.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
        expect(await graphFingerprint(driver)).toEqual(before);
    });
});

describe("npm run import (inventory)", () => {

    it("imports an inventory file with its ChangeRecord, refuses a bad one with nothing written", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "inventory-cli-"));
        const good = path.join(dir, `${tag}-cli.json`);
        writeFileSync(good, JSON.stringify([{ agency: "UBND tỉnh Lào Cai", name: `CSDL ${tag} dân cư dùng chung`, status: "đang xây dựng" }]));
        const first = runImportCli(good);
        expect(first.status, first.stderr).toBe(0);
        expect(first.stderr).toMatch(/1 entries \(JSON\): 1 created, 0 updated, 0 unchanged/);
        const bad = path.join(dir, `${tag}-cli-bad.csv`);
        writeFileSync(bad, `agency,name,status\nNowhere province,CSDL ${tag} x,operating\n`);
        const before = await graphFingerprint(driver);
        const second = runImportCli(bad);
        expect(second.status).toBe(1);
        expect(second.stderr).toMatch(/row 2: unknown agency "Nowhere province"/);
        expect(await graphFingerprint(driver)).toEqual(before);
    });
});
