// The offline first load (src/neo4j/admin-import.ts): the report rows written as importer CSV, imported
// into a fresh home by neo4j-admin, must arrive exactly as the transactional loader writes them (labels,
// every property with its type, each relationship with its seedKey), then serve the API once the schema
// is applied. Bad rows are refused before the importer runs, and an existing database is not replaced
// unless asked. Runs a Neo4j of its own on a temporary home.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { applySchema } from "../../src/db/apply-schema.js";
import { createDriver } from "../../src/db/driver.js";
import { adminImport, type AdminImportResult } from "../../src/modules/reports/first-load.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../src/neo4j/local-server.js";
import { AdminCsvError, labelsOf } from "../../seed/admin-csv.js";
import { prepareSeed } from "../../src/modules/reports/load.js";
import type { NodeRow, RelRow } from "../../seed/rows.js";
import { postGraphQL } from "../helpers/neo4j.js";
import { createServer } from "../../src/server.js";
import { discardNeo4j } from "../helpers/discard-neo4j.js";

const homes: string[] = [];
const tempHome = (): string => {
    const h = mkdtempSync(path.join(os.tmpdir(), "state-graph-admin-import-"));
    homes.push(h);
    return h;
};

/** The report rows plus rows that exercise what the reports lack: quotes, a line break, a comma, floats, booleans, nulls. */
function rows(): { nodes: NodeRow[]; rels: RelRow[] } {
    const { rows: seed } = prepareSeed();
    const cite = { documentId: "001", section: "Phụ lục 2", locator: "row 99", text: 'He said "yes",\nthen "no"; a|b' };
    return {
        nodes: [...seed.nodes, { id: "admintest:service", label: "Service", props: { number: 9999, name: "Dịch vụ, thử \"nghiệm\"", transactions: 12.5, errorRatePercent: 0, period: null, searchText: "dich vu thu nghiem" } }],
        rels: [...seed.rels, { from: "admintest:service", to: seed.nodes.find((n) => n.label === "Asset")!.id, type: "PROVIDED_BY", key: "admintest|prov", props: { ...cite, rule: "test", score: 0.75, exact: true } }],
    };
}

/** A property as the transactional loader stores it: nulls are absent, numbers compare by value. */
const plainProps = (p: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined));
const fromDb = (v: unknown): unknown => (neo4j.isInt(v) ? v.toNumber() : Array.isArray(v) ? v.map(fromDb) : v);

describe("offline first load (neo4j-admin import)", () => {
    const input = rows();
    let home: string;
    let result: AdminImportResult;
    let server: LocalNeo4j;
    let driver: Driver;

    beforeAll(async () => {
        home = tempHome();
        result = await adminImport(home, input, { heap: "512m" });
        server = await startLocalNeo4j({ ...loadConfig().local, home, port: 0, heap: "512m", pageCache: "64m" });
        driver = createDriver({ uri: server.uri, user: "neo4j", password: "" });
        await applySchema(driver);
    }, 180_000);

    afterAll(async () => {
        await driver?.close();
        await discardNeo4j(server);
        for (const h of homes) rmSync(h, { recursive: true, force: true });
    });

    it("reports what it imported and how fast", () => {
        expect(result).toMatchObject({ nodes: input.nodes.length, relationships: input.rels.length });
        expect(result.importerSeconds).toBeGreaterThan(0);
        expect(result.relationshipsPerSecond).toBeGreaterThan(0);
    });

    it("every node arrives with the loader's labels and exactly its properties", async () => {
        const { records } = await driver.executeQuery("MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props");
        const byId = new Map(records.map((r) => [r.get("id") as string, r]));
        expect(byId.size).toBe(input.nodes.length);
        for (const n of input.nodes) {
            const r = byId.get(n.id);
            expect(r, n.id).toBeDefined();
            expect([...(r!.get("labels") as string[])].sort(), n.id).toEqual([...labelsOf(n)].sort());
            const props = Object.fromEntries(Object.entries(r!.get("props") as Record<string, unknown>).map(([k, v]) => [k, fromDb(v)]));
            expect(props, n.id).toEqual({ ...plainProps(n.props), id: n.id });
        }
    });

    it("every relationship arrives between the right nodes with its type, seedKey and properties", async () => {
        const { records } = await driver.executeQuery("MATCH (a)-[r]->(b) RETURN a.id AS from, b.id AS to, type(r) AS type, properties(r) AS props");
        const byKey = new Map(records.map((r) => [(r.get("props") as { seedKey: string }).seedKey, r]));
        expect(records).toHaveLength(input.rels.length);
        for (const rel of input.rels) {
            const r = byKey.get(rel.key);
            expect(r, rel.key).toBeDefined();
            expect({ from: r!.get("from"), to: r!.get("to"), type: r!.get("type") }).toEqual({ from: rel.from, to: rel.to, type: rel.type });
            const props = Object.fromEntries(Object.entries(r!.get("props") as Record<string, unknown>).map(([k, v]) => [k, fromDb(v)]));
            expect(props, rel.key).toEqual({ ...plainProps(rel.props), seedKey: rel.key });
        }
    });

    it("answers the dependency questions once the schema is applied", async () => {
        const api = await createServer({ driver }).then((s) => s.listen(0));
        try {
            const res = await postGraphQL(api.url, `{ coverageGaps(asset: "CSDLQG về dân cư", status: OFFICIAL, snapshot: Y2022, limit: 5) { checked total gaps { name } } search(text: "da nang", limit: 1) { id } }`);
            expect(res.errors).toBeUndefined();
            expect(res.data?.coverageGaps.checked).toBe(63);
            expect(res.data?.coverageGaps.gaps.length).toBe(Math.min(5, res.data?.coverageGaps.total));
            expect(res.data?.search[0]?.id).toBe("province:da-nang");
        } finally {
            await api.stop();
        }
    });

    it("does not replace an existing database unless asked", async () => {
        await expect(adminImport(home, input)).rejects.toThrow(/already exists.*--overwrite/);
    });

    it("refuses rows the importer cannot write, naming the row, before anything is written", async () => {
        const fresh = tempHome();
        const dangling = { nodes: input.nodes, rels: [...input.rels, { from: "admintest:service", to: "nowhere", type: "CONSUMED_BY", key: "admintest|dangling", props: {} }] };
        await expect(adminImport(fresh, dangling)).rejects.toThrow(/admintest\|dangling.*"nowhere" is not among the rows/);
        const emptyList = { nodes: [...input.nodes, { id: "admintest:empty", label: "Standard", props: { tags: [] } }], rels: [] };
        await expect(adminImport(fresh, emptyList)).rejects.toThrow(AdminCsvError);
        await expect(adminImport(fresh, emptyList)).rejects.toThrow(/admintest:empty, tags: .*empty list/);
        const mixed = { nodes: [...input.nodes, { id: "admintest:a", label: "Figure", props: { value: 1 } }, { id: "admintest:b", label: "Figure", props: { value: "one" } }], rels: [] };
        await expect(adminImport(fresh, mixed)).rejects.toThrow(/admintest:b, value: the values are \w+ in one row and string in another/);
        expect(existsSync(path.join(fresh, "data"))).toBe(false);
    });
});
