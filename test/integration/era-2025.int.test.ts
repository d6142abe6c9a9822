// The 2025 map: every 2023 province has exactly one 2025 successor (34 in all), rolled-up coverage
// gaps agree with the 2023 answers part by part, ministries resolve to their successors, and a name
// used in both eras resolves to the right node when the era is given.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config.js";
import { readCsv } from "../../lib/csv.js";
import { useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();
const ask = t.ask;
const reference = (file: string) => readCsv(readFileSync(path.join(PROJECT_ROOT, "seed/reference", file), "utf8")).slice(1);

describe("the 63 → 34 province map", () => {
    it("gives every 2023 province exactly one successor, 34 distinct, each with its legal source", async () => {
        const res = await ask(`{ agencies(where: { kind: { eq: PROVINCE }, era: { eq: 2023 } }) { id successorsConnection { edges { properties { effective change legalSource documentId } node { id era } } } } }`);
        expect(res.errors).toBeUndefined();
        const provinces = res.data?.agencies;
        expect(provinces).toHaveLength(63);
        for (const p of provinces) expect(p.successorsConnection.edges, p.id).toHaveLength(1);
        const successors = new Set(provinces.map((p: any) => p.successorsConnection.edges[0].node.id));
        expect(successors.size).toBe(34);
        const edge = provinces.find((p: any) => p.id === "province:quang-nam").successorsConnection.edges[0];
        expect(edge).toMatchObject({ properties: { effective: "2025-07-01", change: "merged", documentId: "ref-provinces" }, node: { id: "province-2025:48-da-nang", era: 2025 } });
        expect(edge.properties.legalSource).toContain("202/2025/QH15");
        expect(reference("provinces_2023_to_2025.csv")).toHaveLength(63);
    });

    it("keeps a 2023 and a 2025 unit of the same name apart, and resolves each by era", async () => {
        const both = await ask(`{ agencies(where: { name: { eq: "Thành phố Hà Nội" } }) { id era } agencies2025(where: { name: { eq: "Thành phố Hà Nội" } }) { id era } }`);
        expect(both.data?.agencies).toEqual([{ id: "province:ha-noi", era: 2023 }]);
        expect(both.data?.agencies2025).toEqual([{ id: "province-2025:01-ha-noi", era: 2025 }]);
        const q = `query ($era: Era!) { agencyDependencies(agency: "Thành phố Hà Nội", era: $era) { id assets { id facts { agency } } } }`;
        const e2023 = await ask(q, { era: "E2023" });
        const e2025 = await ask(q, { era: "E2025" });
        expect(e2023.data?.agencyDependencies.id).toBe("province:ha-noi");
        expect(e2025.data?.agencyDependencies.id).toBe("province-2025:01-ha-noi");
        // Hà Nội was not merged, so its 2025 unit depends on exactly what the 2023 one did.
        expect(e2025.data?.agencyDependencies.assets.map((a: any) => a.id).sort()).toEqual(e2023.data?.agencyDependencies.assets.map((a: any) => a.id).sort());
    });
});

describe("coverage gaps rolled up to 2025", () => {
    it("each 2025 province's parts match the 2023 answers; FULL only when every part is covered", async () => {
        const q2023 = await ask(`{ coverageGaps(asset: "asset:001:1", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { id } } }`);
        const q2025 = await ask(`{ coverageGaps(asset: "asset:001:1", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022, era: E2025) {
            checked coverageCounts { coverage count } rolledUp { id coverage parts { id ok } } } }`);
        expect(q2025.errors).toBeUndefined();
        const lacking = new Set(q2023.data?.coverageGaps.gaps.map((g: any) => g.id));
        const r = q2025.data?.coverageGaps;
        expect(r.checked).toBe(34);
        for (const unit of r.rolledUp) {
            for (const part of unit.parts) expect(part.ok, `${unit.id} ← ${part.id}`).toBe(!lacking.has(part.id));
            const ok = unit.parts.filter((p: any) => p.ok).length;
            expect(unit.coverage).toBe(ok === 0 ? "NONE" : "PARTIAL");
        }
        const partsInGaps = r.rolledUp.flatMap((u: any) => u.parts.filter((p: any) => !p.ok).map((p: any) => p.id));
        expect(new Set(partsInGaps)).toEqual(lacking);
        const counts = Object.fromEntries(r.coverageCounts.map((c: any) => [c.coverage, c.count]));
        expect(counts.FULL + counts.PARTIAL + counts.NONE).toBe(34);
    });
});

describe("ministries and ownership", () => {
    it("the information ministry's systems belong to Science and Technology in 2025; transport's to Construction", async () => {
        const res = await ask(`{ assets(where: { number: { in: [13, 8] } }, sort: [{ number: ASC }]) { number owners { name era } owners2025 { id name era } } }`);
        expect(res.errors).toBeUndefined();
        const [a8, a13] = res.data?.assets;
        expect(a8.owners[0].name).toBe("Bộ Giao thông vận tải");
        expect(a8.owners2025).toEqual([{ id: "agency-2025:bo-xay-dung", name: "Bộ Xây dựng", era: 2025 }]);
        expect(a13.owners2025[0].id).toBe("agency-2025:bo-khoa-hoc-va-cong-nghe");
        expect(reference("ministries_2023_to_2025.csv")).toHaveLength(31);
        const min = await ask(`{ agencies(where: { era: { eq: 2023 }, kind: { in: [MINISTRY, GOVERNMENT_AGENCY] } }) { id successors { id } } }`);
        expect(min.data?.agencies).toHaveLength(31);
        expect(min.data?.agencies.every((a: any) => a.successors.length === 1)).toBe(true);
    });

    it("what did the ministry that now owns the old transport ministry's systems depend on?", async () => {
        const res = await ask(`{ agencyDependencies(agency: "Bộ Xây dựng", era: E2025) { id assets { number facts { agency snapshot } } } }`);
        expect(res.errors).toBeUndefined();
        const facts = res.data?.agencyDependencies.assets.flatMap((a: any) => a.facts.map((f: any) => f.agency));
        expect(new Set(facts)).toEqual(new Set(["Bộ Xây dựng", "Bộ Giao thông vận tải"]));
    });
});

describe("search across eras", () => {
    it("finds a unit by either era's name and says what it became or came from", async () => {
        const res = await ask(`{ search(text: "quang nam", limit: 3) { id era becameNames } }`);
        expect(res.data?.search[0]).toEqual({ id: "province:quang-nam", era: 2023, becameNames: ["Thành phố Đà Nẵng"] });
        const hue = await ask(`{ search(text: "hue", limit: 5) { id era cameFromNames } }`);
        expect(hue.data?.search).toContainEqual({ id: "province-2025:46-hue", era: 2025, cameFromNames: ["Thừa Thiên Huế"] });
    });
});

describe("other questions as of 2025", () => {
    it("usage totals of a merged province add up its parts' Phụ lục 4 figures", async () => {
        const e23 = await ask(`{ usageTotals(tier: PROVINCE) { id transactions } }`);
        const e25 = await ask(`{ usageTotals(tier: PROVINCE, era: E2025) { id name transactions parts { id transactions } } }`);
        expect(e25.errors).toBeUndefined();
        const by23 = new Map(e23.data?.usageTotals.map((u: any) => [u.id, u.transactions]));
        const units = e25.data?.usageTotals;
        expect(units).toHaveLength(34);
        for (const u of units) {
            const sum = u.parts.reduce((n: number, p: any) => n + (p.transactions ?? 0), 0);
            expect(u.transactions, u.id).toBe(sum);
            for (const p of u.parts) expect(p.transactions, p.id).toBe(by23.get(p.id));
        }
        expect(units.reduce((n: number, u: any) => n + u.transactions, 0)).toBe(e23.data?.usageTotals.reduce((n: number, u: any) => n + (u.transactions ?? 0), 0));
    });

    it("the matrix as of 2025 has 34 rows, and a unit's cell is FULL only when every part is connected", async () => {
        const res = await ask(`{ connectionMatrix(tier: PROVINCE, era: E2025, assets: ["asset:001:2"]) { rows { id parts cells { y2022Coverage june2023Coverage state } } } }`);
        expect(res.errors).toBeUndefined();
        const rows = res.data?.connectionMatrix.rows;
        expect(rows).toHaveLength(34);
        const daNang = rows.find((r: any) => r.id === "province-2025:48-da-nang");
        expect(daNang.parts).toEqual(["Thành phố Đà Nẵng", "Quảng Nam"]);
        // Both parts list the population database in June 2023; neither was official in 2022.
        expect(daNang.cells[0]).toEqual({ y2022Coverage: "NONE", june2023Coverage: "FULL", state: "JUNE_2023_ONLY" });
        const quangNgai = rows.find((r: any) => r.id === "province-2025:51-quang-ngai");
        expect(quangNgai.cells[0].june2023Coverage).toBe("PARTIAL"); // Quảng Ngãi has no link, Kon Tum has one
    });

    it("catalogues rolled up: a 2025 unit is complete only when every part published one", async () => {
        const res = await ask(`{ missingPieces(tiers: [PROVINCE], era: E2025) { withoutCatalogue { id coverage missingParts } } }`);
        expect(res.errors).toBeUndefined();
        const hcm = res.data?.missingPieces.withoutCatalogue.find((u: any) => u.id === "province-2025:79-ho-chi-minh");
        expect(hcm.coverage).toBe("NONE");
        expect(new Set(hcm.missingParts)).toEqual(new Set(["Thành phố Hồ Chí Minh", "Bình Dương", "Bà Rịa Vũng Tàu"]));
    });

    it("target progress counts 2025 units by how many parts are listed", async () => {
        const res = await ask(`{ targetProgress(era: E2025) { number unitsByCoverage { coverage count } } }`);
        expect(res.errors).toBeUndefined();
        const t1 = res.data?.targetProgress[0].unitsByCoverage;
        expect(t1.reduce((n: number, c: any) => n + c.count, 0)).toBe(34 + 23);
    });
});

describe("snapshot diff as of 2025", () => {
    it("a 2025 unit's link is dropped only when no part keeps it", async () => {
        const e23 = await ask(`{ snapshotDiff(tier: PROVINCE) { changes { agencyId assetId change } } }`);
        const e25 = await ask(`{ snapshotDiff(tier: PROVINCE, era: E2025) { counts { change count } changes { agencyId assetId change fromParts toParts } } }`);
        expect(e25.errors).toBeUndefined();
        const dropped23 = e23.data?.snapshotDiff.changes.filter((c: any) => c.change === "DROPPED");
        const dropped25 = e25.data?.snapshotDiff.changes.filter((c: any) => c.change === "DROPPED");
        // Bạc Liêu dropped asset 6, but Cà Mau (same 2025 province) lists it in June 2023? Each 2025 drop must come from 2023 drops.
        for (const d of dropped25) {
            expect(d.toParts).toEqual([]);
            expect(d.fromParts.length).toBeGreaterThan(0);
        }
        expect(dropped25.length).toBeLessThanOrEqual(dropped23.length);
    });
});
