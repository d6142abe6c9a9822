// Paging big answers: limit/offset give slices of the whole answer in Vietnamese order, with totals
// that count every row, for every question that pages (split from questions.int.test.ts).
import { describe, expect, it } from "vitest";
import { useTestServer } from "../helpers/neo4j.js";
import { provinceRows } from "../helpers/report-rows.js";
import { TIER_KINDS } from "../../src/kernel/tier.js";
import { agencySortKey } from "../../lib/collation.js";

const t = useTestServer();
const ask = t.ask;

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
        // (cypher/coverage/coverage-gaps.cypher): both must give the same slices as the full list.
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
