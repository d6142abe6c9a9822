// The import command: a bad file exits 1 with every bad row listed and writes nothing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { testDriver } from "../helpers/neo4j.js";

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
        const r = spawnSync(process.execPath, ["--import", "tsx", "src/import/cli.ts", file], {
            cwd: PROJECT_ROOT,
            env: { ...process.env, NEO4J_URI: inject("neo4jUri"), NEO4J_USER: inject("neo4jUser"), NEO4J_PASSWORD: inject("neo4jPassword") },
            encoding: "utf8",
            timeout: 60_000,
        });
        expect(r.status).toBe(1);
        expect(r.stderr).toContain("bad.csv: 2 bad rows, nothing imported");
        expect(r.stderr).toMatch(/row 3: unknown agency "Nowhere"/);
        expect(r.stderr).toMatch(/row 4: status "SOMETIMES"/);
        expect(await count()).toBe(before);
    });
});
