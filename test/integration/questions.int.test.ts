// The dependency questions through HTTP against the seeded graph, with expected answers derived
// independently from the report text, plus the error paths.
import { describe, expect, it } from "vitest";
import { postGraphQL, useTestServer } from "../helpers/neo4j.js";
import { provinceRows } from "../helpers/report-rows.js";

const t = useTestServer();
const ask = t.ask;

const GAPS = `query ($asset: String!, $status: RequiredStatus!, $snapshot: Snapshot) {
    coverageGaps(asset: $asset, tier: PROVINCE, status: $status, snapshot: $snapshot) { assetId checked gaps { name has { snapshot status } } }
}`;

describe("coverage gaps: the population database", () => {
    const rows = provinceRows();
    it("the report has 63 province rows", () => expect(rows).toHaveLength(63));

    it("provinces lacking an official link in 2022, each with the weaker link it has", async () => {
        const res = await ask(GAPS, { asset: "CSDLQG về dân cư", status: "OFFICIAL", snapshot: "Y2022" });
        expect(res.errors).toBeUndefined();
        const expected = rows.filter(([, , y2022]) => !y2022.includes("2")).map(([n]) => n);
        expect(res.data?.coverageGaps.checked).toBe(63);
        expect(res.data?.coverageGaps.assetId).toBe("asset:001:2");
        expect(res.data?.coverageGaps.gaps).toHaveLength(expected.length);
        const byName = new Map(res.data?.coverageGaps.gaps.map((g: any) => [g.name.replace(/^Thành phố /, ""), g]));
        for (const [name, june] of rows.filter(([, , y]) => !y.includes("2"))) {
            const gap: any = byName.get(name.replace(/^Thành phố /, ""));
            expect(gap, name).toBeDefined();
            expect(gap.has.map((h: any) => h.snapshot)).toEqual(june.includes("2") ? ["JUNE_2023"] : []);
        }
    });

    it("provinces with no link at all (any status, either snapshot)", async () => {
        const res = await ask(GAPS, { asset: "asset:001:2", status: "ANY" });
        expect(res.errors).toBeUndefined();
        const expected = rows.filter(([, j, y]) => !j.includes("2") && !y.includes("2")).map(([n]) => n);
        expect(res.data?.coverageGaps.gaps.map((g: any) => g.name)).toEqual(expected);
    });

    it("provinces without any link in June 2023", async () => {
        const res = await ask(GAPS, { asset: "Cơ sở dữ liệu quốc gia về dân cư", status: "ANY", snapshot: "JUNE_2023" });
        expect(res.errors).toBeUndefined();
        expect(res.data?.coverageGaps.gaps.length).toBe(rows.filter(([, j]) => !j.includes("2")).length);
    });

    it("refuses to require an official link in the June 2023 column, which mixes official and technical", async () => {
        const res = await ask(GAPS, { asset: "asset:001:2", status: "OFFICIAL", snapshot: "JUNE_2023" });
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.errors?.[0]?.extensions?.argumentName).toBe("status");
    });
});

describe("names in arguments", () => {
    it("an unknown asset gets BAD_USER_INPUT with the closest matches", async () => {
        const res = await ask(GAPS, { asset: "co so du lieu dan cu xyz", status: "ANY" });
        expect(res.status).toBe(200);
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.errors?.[0]?.message).toMatch(/no asset is named/);
        expect(res.errors?.[0]?.extensions?.closestMatches?.length).toBeGreaterThan(0);
    });

    it("a bad enum value is a validation error, not a 500", async () => {
        const res = await ask(`{ coverageGaps(asset: "asset:001:2", tier: PLANET) { checked } }`);
        expect(res.status).toBe(400);
        expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("out-of-range arguments are rejected precisely", async () => {
        const depth = await ask(`{ assetImpact(asset: "asset:001:2", depth: 9) { id } }`);
        expect(depth.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "depth" });
        const limit = await ask(`{ search(text: "da nang", limit: 0) { id } }`);
        expect(limit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
        const blank = await ask(`{ agencyDependencies(agency: "  ") { id } }`);
        expect(blank.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "agency" });
    });
});

describe("search", () => {
    it('"da nang" finds Đà Nẵng first; Đ folds to D; prefixes match', async () => {
        for (const text of ["da nang", "ĐÀ NẴNG", "Đà Nẵ"]) {
            const res = await ask(`query ($t: String!) { search(text: $t, limit: 5) { id type name era } }`, { t: text });
            expect(res.errors, text).toBeUndefined();
            // Đà Nẵng of 2023 and the 2025 city (Đà Nẵng + Quảng Nam) come first, in either order.
            expect(new Set(res.data?.search.slice(0, 2).map((h: any) => h.id)), text).toEqual(new Set(["province:da-nang", "province-2025:48-da-nang"]));
            expect(res.data?.search[0].type).toBe("Agency");
        }
    });

    it("finds assets and datasets too", async () => {
        const res = await ask(`{ search(text: "giay phep lai xe", limit: 10) { id type } }`);
        expect(res.errors).toBeUndefined();
        const ids = res.data?.search.map((h: any) => h.id);
        expect(ids).toContain("asset:001:9");
        expect(res.data?.search.some((h: any) => h.type === "Dataset")).toBe(true);
    });
});

describe("impact, dependencies, diff, missing pieces, targets", () => {
    it("the population database's impact: its services busiest first and the insurance database that consumes it", async () => {
        const res = await ask(`{ assetImpact(asset: "asset:001:2") { services { number transactions } totalTransactions dependents { id depth } connectedAgencies { id } } }`);
        expect(res.errors).toBeUndefined();
        const impact = res.data?.assetImpact;
        expect(impact.services[0]).toEqual({ number: 2, transactions: 51854568 });
        expect(impact.totalTransactions).toBe(impact.services.reduce((n: number, s: any) => n + s.transactions, 0));
        expect(impact.dependents).toContainEqual({ id: "asset:001:3", depth: 1 });
        const rows = provinceRows().filter(([, j, y]) => j.includes("2") || y.includes("2"));
        expect(impact.connectedAgencies.filter((a: any) => a.id.startsWith("province:"))).toHaveLength(rows.length);
    });

    it("Đà Nẵng's dependencies by alias, with both snapshots of the insurance link", async () => {
        const res = await ask(`{ agencyDependencies(agency: "TP Đà Nẵng") { id assets { id facts { snapshot } services { number } } } }`);
        expect(res.errors).toBeUndefined();
        const row = provinceRows().find(([n]) => n === "Thành phố Đà Nẵng")!;
        expect(res.data?.agencyDependencies.id).toBe("province:da-nang");
        expect(res.data?.agencyDependencies.assets).toHaveLength(new Set([...row[1], ...row[2]]).size);
        const insurance = res.data?.agencyDependencies.assets.find((a: any) => a.id === "asset:001:3");
        expect(insurance.facts.map((f: any) => f.snapshot).sort()).toEqual(["JUNE_2023", "Y2022"]);
    });

    it("the 2022 → June 2023 diff counts drops equal to the audit's anomalies", async () => {
        const res = await ask(`{ snapshotDiff(tier: PROVINCE) { counts { change count } changes { agencyName assetId change } } }`);
        expect(res.errors).toBeUndefined();
        const dropped = res.data?.snapshotDiff.changes.filter((c: any) => c.change === "DROPPED").map((c: any) => `${c.agencyName}:${c.assetId}`);
        expect(dropped).toEqual(["Bạc Liêu:asset:001:6", "Long An:asset:001:14", "Ninh Thuận:asset:001:14"]);
    });

    it("missing pieces: national databases without a standard are the enterprise-registration and legal-documents databases", async () => {
        const res = await ask(`{ missingPieces(tiers: [PROVINCE]) { withoutCatalogue { id } withoutOpenDataPlan { id } databasesWithoutStandard { id } } }`);
        expect(res.errors).toBeUndefined();
        expect(res.data?.missingPieces.databasesWithoutStandard.map((d: any) => d.id)).toEqual(["asset:001:1", "asset:001:6"]);
        // 000 Appendix 1 lists 37 provinces with a catalogue → 26 without.
        expect(res.data?.missingPieces.withoutCatalogue).toHaveLength(63 - 37);
        expect(res.data?.missingPieces.withoutOpenDataPlan.map((a: any) => a.id)).not.toContain("province:dien-bien");
    });

    it("target progress shows where the stated count and the listed agencies disagree", async () => {
        const res = await ask(`{ targetProgress { number listedAgencies evidence { statedCount listedCount disagrees } } }`);
        expect(res.errors).toBeUndefined();
        const t = res.data?.targetProgress;
        expect(t).toHaveLength(8);
        expect(t[3].evidence).toEqual([{ statedCount: 10, listedCount: 11, disagrees: true }]);
        expect(t[0].listedAgencies).toBe(45);
    });
});

describe("connection matrix and duplicates", () => {
    it("column totals for the population database equal the report's province rows", async () => {
        const res = await ask(`{ connectionMatrix(tier: PROVINCE) { assets { id total2022 totalJune2023 } rows { name cells { assetId state } } } }`);
        expect(res.errors).toBeUndefined();
        const m = res.data?.connectionMatrix;
        const rows = provinceRows();
        const col = m.assets.find((a: any) => a.id === "asset:001:2");
        expect(col.total2022).toBe(rows.filter(([, , y]) => y.includes("2")).length);
        expect(col.totalJune2023).toBe(rows.filter(([, j]) => j.includes("2")).length);
        expect(m.assets).toHaveLength(24);
        expect(m.rows).toHaveLength(63);
        const bacLieu = m.rows.find((r: any) => r.name === "Bạc Liêu");
        expect(bacLieu.cells.find((c: any) => c.assetId === "asset:001:6").state).toBe("OFFICIAL_2022_ONLY");
    });

    it("duplicate candidates include Điện Biên's driving-licence data and exclude its postal licences", async () => {
        const res = await ask(`{ duplicateCandidates { rule candidates { datasetName databaseId score reason } } }`);
        expect(res.errors).toBeUndefined();
        const c = res.data?.duplicateCandidates.candidates;
        expect(c.find((x: any) => x.datasetName === "Dữ liệu về cấp mới giấy phép lái xe trên địa bàn")?.databaseId).toBe("asset:001:9");
        expect(c.some((x: any) => /bưu chính/.test(x.datasetName))).toBe(false);
        expect(c.every((x: any) => x.score >= 0.6 && x.reason.length > 20)).toBe(true);
    });
});

describe("no N+1", () => {
    it("the number of Neo4j queries per request stays constant as the result grows", async () => {
        const q = `query ($tier: Tier!) { coverageGaps(asset: "asset:001:2", tier: $tier, status: ANY, snapshot: Y2022) { gaps { id ndxpTransactions } } }`;
        const small = await postGraphQL(t.server.url, q, { tier: "MINISTRY_OR_AGENCY" });
        const large = await postGraphQL(t.server.url, q, { tier: "PROVINCE" });
        expect(small.errors).toBeUndefined();
        expect(large.errors).toBeUndefined();
        const [n1, n2] = [small.data?.coverageGaps.gaps.length, large.data?.coverageGaps.gaps.length];
        expect(n2).toBeGreaterThan(n1 + 10);
        const count = (r: any) => r.extensions?.neo4jQueries;
        expect(count(small)).toBeGreaterThan(0);
        expect(count(large)).toBe(count(small));
        expect(large.data?.coverageGaps.gaps.some((g: any) => g.ndxpTransactions > 0)).toBe(true);
    });
});
