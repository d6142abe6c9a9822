// The dependency questions through HTTP against the seeded graph, with expected answers derived
// independently from the report text, plus the error paths.
import { describe, expect, it } from "vitest";
import { DOCUMENTS } from "../../seed/documents.js";
import { readReport } from "../../seed/pipeline.js";
import { postGraphQL, useTestServer } from "../helpers/neo4j.js";
import { TIER_KINDS } from "../../src/modules/questions.js";
import { agencySortKey } from "../../lib/collation.js";

const t = useTestServer();
const ask = t.ask;

/** Province rows of 001 Phụ lục 2, read straight from the text: [name, June 2023 cell, 2022 cell]. */
function provinceRows(): [string, string[], string[]][] {
    const text = readReport(DOCUMENTS.find((d) => d.id === "001")!);
    const part = text.split("<b>II</b>\t<b>ĐỊA PHƯƠNG</b>")[1]!.split("#### Ghi chú")[0]!;
    const nums = (c = ""): string[] => c.split(",").map((x) => x.trim()).filter(Boolean);
    return part.split("\n").map((l) => l.split("\t")).filter((c) => /^\d+$/.test(c[0] ?? "")).map((c) => [c[1]!.trim(), nums(c[2]), nums(c[3])]);
}

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

describe("paging big answers", () => {
    it("limit/offset return a slice of the full answer, with the total", async () => {
        const q = `query ($limit: Int, $offset: Int!) { coverageGaps(asset: "asset:001:2", status: OFFICIAL, snapshot: Y2022, limit: $limit, offset: $offset) { total gaps { id } } }`;
        const all = await ask(q, { limit: null, offset: 0 });
        const page = await ask(q, { limit: 10, offset: 5 });
        expect(page.errors).toBeUndefined();
        expect(page.data?.coverageGaps.total).toBe(all.data?.coverageGaps.gaps.length);
        expect(page.data?.coverageGaps.gaps).toEqual(all.data?.coverageGaps.gaps.slice(5, 15));
        const bad = await ask(q, { limit: 0, offset: 0 });
        expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
    });

    it("gap pages, for every tier and requirement, walk the full list in Vietnamese name order", async () => {
        // One-kind tiers are paged in index order and stop early; several kinds are sorted whole
        // (cypher/questions/coverage-gaps.cypher): both must give the same slices as the full list.
        const q = `query ($asset: String!, $tier: Tier!, $status: RequiredStatus!, $snapshot: Snapshot, $limit: Int, $offset: Int!) {
            coverageGaps(asset: $asset, tier: $tier, status: $status, snapshot: $snapshot, limit: $limit, offset: $offset) { checked total gaps { id name has { snapshot status } } } }`;
        const requirements = [["OFFICIAL", "Y2022"], ["ANY", null], ["ANY", "JUNE_2023"]] as const;
        let pagesChecked = 0;
        for (const asset of ["asset:001:2", "asset:001:1", "paygov"]) {
            for (const tier of Object.keys(TIER_KINDS)) {
                for (const [status, snapshot] of requirements) {
                    const vars = { asset, tier, status, snapshot };
                    const all = await ask(q, { ...vars, limit: null, offset: 0 });
                    expect(all.errors, JSON.stringify(vars)).toBeUndefined();
                    const full = all.data!.coverageGaps;
                    expect(full.gaps).toHaveLength(full.total);
                    const keys = full.gaps.map((g: { name: string }) => agencySortKey(g.name));
                    expect(keys, JSON.stringify(vars)).toEqual([...keys].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
                    const pages: unknown[] = [];
                    for (let offset = 0; offset <= full.total; offset += 7) {
                        const page = await ask(q, { ...vars, limit: 7, offset });
                        expect(page.errors, JSON.stringify(vars)).toBeUndefined();
                        expect(page.data!.coverageGaps).toMatchObject({ checked: full.checked, total: full.total });
                        pages.push(...page.data!.coverageGaps.gaps);
                        pagesChecked += 1;
                    }
                    expect(pages, JSON.stringify(vars)).toEqual(full.gaps);
                }
            }
        }
        expect(pagesChecked).toBeGreaterThan(60);
    }, 120_000);

    it("an asset's connected agencies page the same way, with their count", async () => {
        const q = `query ($asset: String!, $limit: Int, $offset: Int!) { assetImpact(asset: $asset) { connectedAgencyCount connectedAgencies(limit: $limit, offset: $offset) { id name snapshots } } }`;
        for (const asset of ["asset:001:2", "asset:001:1", "paygov"]) {
            const all = await ask(q, { asset, limit: null, offset: 0 });
            expect(all.errors).toBeUndefined();
            const { connectedAgencyCount: n, connectedAgencies: agencies } = all.data!.assetImpact;
            expect(agencies).toHaveLength(n);
            expect(n).toBeGreaterThan(asset === "paygov" ? 0 : 10);
            expect(agencies.map((a: { name: string }) => agencySortKey(a.name))).toEqual(agencies.map((a: { name: string }) => agencySortKey(a.name)).sort());
            if (asset === "asset:001:2") {
                // Against the report: every province 001 Phụ lục 2 lists with asset 2, with those snapshots among its own.
                const byName = new Map(agencies.map((a: { name: string; snapshots: string[] }) => [a.name.replace(/^Thành phố /, ""), a.snapshots]));
                const listed = provinceRows().filter(([, june, y2022]) => june.includes("2") || y2022.includes("2"));
                expect(listed.length).toBeGreaterThan(40);
                for (const [name, june, y2022] of listed) {
                    const snapshots = byName.get(name.replace(/^Thành phố /, "")) as string[] | undefined;
                    expect(snapshots, name).toBeDefined();
                    if (june.includes("2")) expect(snapshots, name).toContain("JUNE_2023");
                    if (y2022.includes("2")) expect(snapshots, name).toContain("Y2022");
                }
            }
            for (const [limit, offset] of [[1, 0], [7, 3], [5000, 0], [10, Math.max(0, n - 4)], [3, n]]) {
                const page = await ask(q, { asset, limit, offset });
                expect(page.errors).toBeUndefined();
                expect(page.data!.assetImpact.connectedAgencyCount).toBe(n);
                expect(page.data!.assetImpact.connectedAgencies).toEqual(agencies.slice(offset, offset + limit));
            }
            // The page is read from the document before the agencies are fetched: several pages in one
            // query (aliases, fragments) each get their own slice, and the count needs no page at all.
            const several = await ask(
                `query ($asset: String!) { assetImpact(asset: $asset) { a: connectedAgencies(limit: 2) { id name snapshots } b: connectedAgencies(offset: 2) { id name snapshots } ... on AssetImpact { c: connectedAgencies(limit: 3, offset: 1) { id name snapshots } } } }`,
                { asset },
            );
            expect(several.errors).toBeUndefined();
            expect(several.data!.assetImpact).toEqual({ a: agencies.slice(0, 2), b: agencies.slice(2), c: agencies.slice(1, 4) });
            const viaFragment = await ask(`query ($asset: String!) { assetImpact(asset: $asset) { ...Page } } fragment Page on AssetImpact { connectedAgencies(limit: 4, offset: 1) { id name snapshots } }`, { asset });
            expect(viaFragment.data!.assetImpact.connectedAgencies).toEqual(agencies.slice(1, 5));
            const countOnly = await ask(`query ($asset: String!) { assetImpact(asset: $asset) { connectedAgencyCount } }`, { asset });
            expect(countOnly.data!.assetImpact.connectedAgencyCount).toBe(n);
        }
        for (const [limit, offset, arg] of [[0, 0, "limit"], [5001, 0, "limit"], [5, -1, "offset"]] as const) {
            const bad = await ask(q, { asset: "asset:001:2", limit, offset });
            expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: arg });
        }
    });

    it("matrix rows give their cells' states compactly, in column order, in both eras and every tier", async () => {
        const q = `query ($tier: Tier!, $era: Era!) { connectionMatrix(tier: $tier, era: $era, limit: 40) { assets { id } rows { states cells { assetId state y2022 june2023 y2022Coverage june2023Coverage } } } }`;
        let rows = 0;
        for (const tier of Object.keys(TIER_KINDS)) {
            for (const era of ["E2023", "E2025"]) {
                const res = await ask(q, { tier, era });
                if (era === "E2025" && !["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"].includes(tier)) {
                    // As coverageGaps: the 2025 map has no such tier.
                    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "tier" });
                    continue;
                }
                expect(res.errors, `${tier} ${era}`).toBeUndefined();
                const m = res.data!.connectionMatrix;
                for (const r of m.rows) {
                    expect(r.cells.map((c: { assetId: string }) => c.assetId)).toEqual(m.assets.map((a: { id: string }) => a.id));
                    expect(r.states).toEqual(r.cells.map((c: { state: string }) => c.state));
                    if (era === "E2025") {
                        // A unit's snapshot status exists exactly when some part had it (no part among the rows: NONE, never FULL).
                        for (const c of r.cells) {
                            expect(c.y2022Coverage === "NONE", JSON.stringify(c)).toBe(c.y2022 === null);
                            expect(c.june2023Coverage === "NONE", JSON.stringify(c)).toBe(c.june2023 === null);
                        }
                    }
                    rows += 1;
                }
            }
        }
        expect(rows).toBeGreaterThan(100);
    });

    it("matrix rows page the same way while the column totals still count every row", async () => {
        const q = `query ($limit: Int, $offset: Int!) { connectionMatrix(tier: PROVINCE, limit: $limit, offset: $offset) { totalRows assets { id total2022 totalJune2023 } rows { id cells { state } } } }`;
        const all = await ask(q, { limit: null, offset: 0 });
        const page = await ask(q, { limit: 7, offset: 60 });
        expect(page.errors).toBeUndefined();
        expect(page.data?.connectionMatrix.totalRows).toBe(63);
        expect(page.data?.connectionMatrix.rows).toEqual(all.data?.connectionMatrix.rows.slice(60));
        expect(page.data?.connectionMatrix.rows).toHaveLength(3);
        expect(page.data?.connectionMatrix.assets).toEqual(all.data?.connectionMatrix.assets);
        const bad = await ask(q, { limit: 5001, offset: 0 });
        expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "limit" });
        const negative = await ask(q, { limit: 5, offset: -1 });
        expect(negative.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "offset" });
    });
});
