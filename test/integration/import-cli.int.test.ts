// The import command: a bad file exits 1 with every bad row listed and writes nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { runImportCli } from "../helpers/import-cli.js";
import { removeConnectionImports, testDriver } from "../helpers/neo4j.js";

let driver: Driver;
beforeAll(() => {
    driver = testDriver();
});
afterAll(() => driver.close());


describe("npm run import", () => {
    it("rejects a malformed file whole, naming each bad row", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
        const file = path.join(dir, "bad.csv");
        writeFileSync(file, "agency,asset,snapshot,status\nThành phố Đà Nẵng,2,Y2024,OFFICIAL\nNowhere,2,Y2024,OFFICIAL\nBắc Giang,2,Y2024,SOMETIMES\n");
        const count = async () => (await driver.executeQuery("MATCH ()-[r:CONNECTED_TO]->() RETURN count(r) AS c")).records[0]!.get("c").toNumber();
        const before = await count();
        const r = runImportCli(file);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("bad.csv: 2 bad rows, nothing imported");
        expect(r.stderr).toMatch(/row 3: unknown agency "Nowhere"/);
        expect(r.stderr).toMatch(/row 4: status "SOMETIMES"/);
        expect(await count()).toBe(before);
    });

    it("writes a good file and its ChangeRecord together; the same file again changes and records nothing", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
        const name = `cli-${Date.now().toString(36)}.csv`;
        const file = path.join(dir, name);
        writeFileSync(file, "agency,asset,snapshot,status\nThành phố Đà Nẵng,7,Y2025,TECHNICAL\n");
        const recordsOf = async () => (await driver.executeQuery("MATCH (c:ChangeRecord {operation: 'npm run import'}) WHERE c.details CONTAINS $name RETURN c", { name })).records.map((r) => r.get("c").properties);
        try {
            const first = runImportCli(file);
            expect(first.status, first.stderr).toBe(0);
            expect(first.stderr).toMatch(/1 rows, 1 connections created/);
            const [rec, ...more] = await recordsOf();
            expect(more).toHaveLength(0);
            expect(rec.actor).toMatch(/^cli:/);
            expect(rec.changedIds).toHaveLength(1);
            expect(rec.changedIds[0]).toMatch(/^import:/);
            const again = runImportCli(file);
            expect(again.status).toBe(0);
            expect(again.stderr).toMatch(/0 connections created, 1 already present/);
            expect(await recordsOf()).toHaveLength(1);
        } finally {
            await removeConnectionImports(driver, { file: name });
            await driver.executeQuery("MATCH (c:ChangeRecord {operation: 'npm run import'}) WHERE c.details CONTAINS $name DELETE c", { name });
        }
    });

    it("tells a reference catalogue by its applies_to column and refuses a bad one whole, naming each bad row", async () => {
        const dir = mkdtempSync(path.join(os.tmpdir(), "import-cli-"));
        const file = path.join(dir, "reference-bad.csv");
        writeFileSync(file, "kind,description,applies_to,responsible,legal_basis\nCSDL hộ tịch,,tỉnh,Sở Tư pháp,\nCSDL giáo dục,,hành tinh,,\n,,tỉnh,,\n");
        const count = async () => (await driver.executeQuery("MATCH (r:ReferenceKind) RETURN count(r) AS c")).records[0]!.get("c").toNumber();
        const before = await count();
        const r = runImportCli(file);
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("reference-bad.csv: 2 bad rows, nothing imported");
        expect(r.stderr).toMatch(/row 3: applies_to "hành tinh"/);
        expect(r.stderr).toMatch(/row 4: kind is empty/);
        expect(await count()).toBe(before);
    });
});
