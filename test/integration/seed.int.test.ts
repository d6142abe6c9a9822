// The loader against the real Neo4j (seeded once by the global setup): counts per kind, a second
// load changes nothing, a broken input or a failure mid-load leaves the graph untouched, no contact
// data anywhere, and the audit reachable through GraphQL.
import { describe, expect, it } from "vitest";
import { DOCUMENTS } from "../../seed/documents.js";
import { readReport } from "../../seed/pipeline.js";
import { fingerprint, loadSeed } from "../../src/modules/reports/load.js";
import { hasContactData } from "../../lib/text.js";
import { postGraphQL, useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();

const count = async (label: string): Promise<number> => {
    const { records } = await t.driver.executeQuery(`MATCH (n:Seeded:${label}) RETURN count(n) AS c`);
    return records[0]!.get("c").toNumber();
};

describe("the seeded graph", () => {
    it("holds the reports' entities in the numbers the reports give", async () => {
        expect(await count("SourceDocument")).toBe(7); // the five reports and the two 2025 reference tables
        expect(await count("Service")).toBe(41);
        expect(await count("Dataset")).toBe(132);
        expect(await count("Target")).toBe(8);
        expect(await count("Standard")).toBe(8);
        const res = await postGraphQL(t.server.url, `{
            provinces: agenciesConnection(where: { kind: { eq: PROVINCE }, era: { eq: 2023 } }) { totalCount }
            numbered: assetsConnection(where: { number: { gte: 1, lte: 23 } }) { totalCount }
            departments: agencies(where: { kind: { eq: DEPARTMENT } }) { parent { id } }
            provinces2025: agencies2025Connection(where: { kind: { eq: PROVINCE } }) { totalCount }
            allProvinces: agenciesConnection(where: { kind: { eq: PROVINCE } }) { totalCount }
        }`);
        expect(res.errors).toBeUndefined();
        expect(res.data?.provinces.totalCount).toBe(63);
        expect(res.data?.provinces2025.totalCount).toBe(34);
        // The generated list of agencies never mixes in the 2025 units.
        expect(res.data?.allProvinces.totalCount).toBe(63);
        expect(res.data?.numbered.totalCount).toBe(23);
        expect(res.data?.departments.every((d: any) => d.parent[0]?.id === "province:dien-bien")).toBe(true);
    });

    it("gives every agency the keys coverage gaps walk in order (kind, era, sortName)", async () => {
        const { records } = await t.driver.executeQuery(`MATCH (a:Agency) RETURN count(a) AS agencies, count(CASE WHEN a.kind IS NULL OR a.era IS NULL OR a.sortName IS NULL THEN a END) AS missing`);
        expect(records[0]!.get("agencies").toNumber()).toBeGreaterThan(100);
        expect(records[0]!.get("missing").toNumber()).toBe(0);
    });

    it("gives every node and relationship its provenance", async () => {
        const { records } = await t.driver.executeQuery(`
            MATCH (n:Seeded) WHERE NOT n:SourceDocument AND NOT n:AuditFinding AND NOT (n)-[:FROM_SOURCE]->(:SourceDocument)
            RETURN count(n) AS orphans`);
        expect(records[0]!.get("orphans").toNumber()).toBe(0);
        const rels = await t.driver.executeQuery(`
            MATCH (:Seeded)-[r]->(:Seeded) WHERE r.documentId IS NULL OR r.section IS NULL OR r.locator IS NULL
            RETURN count(r) AS missing`);
        expect(rels.records[0]!.get("missing").toNumber()).toBe(0);
    });

    it("exposes a connection's source through GraphQL", async () => {
        const res = await postGraphQL(t.server.url, `{
            agencies(where: { id: { eq: "province:da-nang" } }) {
                connectedAssetsConnection(where: { node: { number: { eq: 2 } } }) { edges { properties { snapshot status section locator text } } }
            }
        }`);
        expect(res.errors).toBeUndefined();
        const edges = res.data?.agencies[0].connectedAssetsConnection.edges.map((e: any) => e.properties);
        expect(edges).toHaveLength(1);
        expect(edges[0]).toMatchObject({ snapshot: "JUNE_2023", status: "OFFICIAL_OR_TECHNICAL", section: "Phụ lục 2 II. Địa phương" });
        expect(edges[0].locator).toMatch(/^row 17, column/);
    });

    it("stores no phone number or e-mail address anywhere", async () => {
        const { records } = await t.driver.executeQuery(`
            CALL { MATCH (n) RETURN properties(n) AS p UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p }
            UNWIND keys(p) AS k
            WITH p[k] AS v
            UNWIND CASE WHEN valueType(v) STARTS WITH 'LIST' THEN v ELSE [v] END AS x
            WITH x WHERE valueType(x) STARTS WITH 'STRING'
            RETURN collect(x) AS strings`);
        const strings = records[0]!.get("strings") as string[];
        expect(strings.length).toBeGreaterThan(5000);
        expect(strings.filter(hasContactData)).toEqual([]);
    });
});

describe("reloading", () => {
    it("a second load leaves identical counts and properties", async () => {
        const before = await fingerprint(t.driver);
        const r = await loadSeed(t.driver);
        expect(r.pruned).toEqual({ nodes: 0, relationships: 0 });
        expect(await fingerprint(t.driver)).toEqual(before);
    });

    it("a broken report is rejected with its row and leaves the previous graph untouched", async () => {
        const before = await fingerprint(t.driver);
        const original = readReport(DOCUMENTS.find((d) => d.id === "001")!);
        const broken = original.replace("6\tBộ Tư pháp\t2.165.889", "6\tBộ Tư pháp Trung ương\t2.165.889");
        expect(broken).not.toBe(original);
        await expect(loadSeed(t.driver, { texts: { "001": broken }, verifyHashes: false })).rejects.toThrow(
            /unknown agency "Bộ Tư pháp Trung ương" at 001 Phụ lục 4 I row 6/,
        );
        expect(await fingerprint(t.driver)).toEqual(before);
    });

    it("a failure after some batches were written rolls the whole load back", async () => {
        const before = await fingerprint(t.driver);
        await t.driver.executeQuery("MATCH (a:Agency {id: 'province:da-nang'}) SET a.name = 'Đà Nẵng (edited)'");
        const edited = await fingerprint(t.driver);
        await expect(
            loadSeed(t.driver, { batchSize: 200, afterBatch: (step) => { if (step === "relationships:1000") throw new Error("simulated crash"); } }),
        ).rejects.toThrow("simulated crash");
        expect(await fingerprint(t.driver)).toEqual(edited);
        await loadSeed(t.driver);
        expect(await fingerprint(t.driver)).toEqual(before);
    });
});

describe("the audit through GraphQL", () => {
    it("lists the stated-vs-listed differences of 000 §5 with both citations", async () => {
        const res = await postGraphQL(t.server.url, `{
            auditFindings(where: { kind: { eq: STATED_VS_LISTED } }, sort: [{ id: ASC }]) {
                reported computed citesConnection(sort: [{ edge: { position: ASC } }]) { edges { properties { documentId section locator } } }
            }
        }`);
        expect(res.errors).toBeUndefined();
        const rows = res.data?.auditFindings.map((f: any) => [f.reported, f.computed]);
        expect(rows).toEqual([[10, 11], [24, 27], [13, 15]]);
        for (const f of res.data?.auditFindings) {
            const cites = f.citesConnection.edges.map((e: any) => e.properties);
            expect(cites).toHaveLength(2);
            expect(cites.every((c: any) => c.documentId === "000" && c.section === "§5")).toBe(true);
        }
    });

    it("lists the connections official in 2022 but absent in June 2023", async () => {
        const res = await postGraphQL(t.server.url, `{ auditFindings(where: { kind: { eq: OFFICIAL_2022_ABSENT_2023 } }, sort: [{ id: ASC }]) { message } }`);
        expect(res.errors).toBeUndefined();
        expect(res.data?.auditFindings.map((f: any) => f.message)).toEqual([
            "Bạc Liêu → asset 6: official in 2022 but absent from the June 2023 column",
            "Long An → asset 14: official in 2022 but absent from the June 2023 column",
            "Ninh Thuận → asset 14: official in 2022 but absent from the June 2023 column",
        ]);
    });

    it("reports the Bảng 3 vs Phụ lục 4 difference for Vietnam Social Security without changing either", async () => {
        const res = await postGraphQL(t.server.url, `{
            agencies(where: { id: { eq: "agency:bao-hiem-xa-hoi-viet-nam" } }) { figures(where: { metric: { eq: "ndxp-transactions" } }, sort: [{ value: ASC }]) { value } }
            auditFindings(where: { kind: { eq: FIGURE_DIFFERS } }) { reported computed }
        }`);
        expect(res.errors).toBeUndefined();
        expect(res.data?.agencies[0].figures.map((f: any) => f.value)).toEqual([25817055, 29553971]);
        expect(res.data?.auditFindings).toEqual([{ reported: 29553971, computed: 25817055 }]);
    });
});
