// Names and order as users meet them: every way of naming an asset, the era rule, suggestions by
// edit distance, search by type, Vietnamese sorting, filters typed without diacritics, eras kept apart
// in generated lists, one clear connection count, and protocol details (persisted-query hashes).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type RunningServer } from "../../src/server.js";
import { fold } from "../../lib/text.js";
import { postGraphQL, useTestServer } from "../helpers/neo4j.js";

const t = useTestServer();
const deps = (agency: string, era?: string) =>
    t.ask(`query($agency: String!, $era: Era!) { agencyDependencies(agency: $agency, era: $era) { id name } }`, { agency, era: era ?? "E2023" });

describe("naming an asset or an agency", () => {
    it("an asset resolves by Phụ lục 1 number, id, code, name and abbreviation alike", async () => {
        const ids = await Promise.all(["2", "asset:001:2", "CSDLQG về dân cư", "cơ sở dữ liệu quốc gia về dân cư"].map(async (asset) => (await t.ask(`query($a: String!) { assetImpact(asset: $a) { id } }`, { a: asset })).data?.assetImpact.id));
        expect(new Set(ids)).toEqual(new Set(["asset:001:2"]));
        expect((await t.ask(`{ assetImpact(asset: "paygov") { id } }`)).data?.assetImpact.id).toBe("asset:paygov");
        const matrix = await t.ask(`{ connectionMatrix(tier: PROVINCE, assets: ["1", "2", "23"]) { assets { number } } }`);
        expect(matrix.data?.connectionMatrix.assets.map((a: { number: number }) => a.number)).toEqual([1, 2, 23]);
    });

    it("a one-letter typo gets the intended name as the first suggestion", async () => {
        for (const [typo, id] of [["da nangg", "province:da-nang"], ["Quang Ngaii", "province:quang-ngai"], ["Ha Noii", "province:ha-noi"]] as const) {
            const res = await deps(typo);
            expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
            expect(res.errors?.[0]?.extensions?.closestMatches?.[0]?.id, typo).toBe(id);
        }
        const asset = await t.ask(`{ assetImpact(asset: "CSDLQG về dân cưư") { id } }`);
        expect(asset.errors?.[0]?.extensions?.closestMatches?.[0]?.id).toBe("asset:001:2");
    });

    it("ids of either era resolve without an era; a name follows the era asked for (2023 by default)", async () => {
        const units = (await t.ask(`{ agencies2025 { id } }`)).data?.agencies2025 as { id: string }[];
        expect(units.length).toBeGreaterThan(50);
        for (const { id } of units) expect((await deps(id)).data?.agencyDependencies.id).toBe(id);
        expect((await deps("Thành phố Hà Nội")).data?.agencyDependencies.id).toBe("province:ha-noi");
        expect((await deps("Thành phố Hà Nội", "E2025")).data?.agencyDependencies.id).toBe("province-2025:01-ha-noi");
        // A name only one era has resolves there, whichever era was asked for.
        expect((await deps("Quảng Nam", "E2025")).data?.agencyDependencies.id).toBe("province:quang-nam");
        expect((await deps("Bộ Xây dựng", "E2025")).data?.agencyDependencies.id).toBe("agency-2025:bo-xay-dung");
    });
});

describe("search", () => {
    it("can be limited to kinds of node and to an era", async () => {
        const agencies = await t.ask(`{ search(text: "da nang", types: [AGENCY], limit: 20) { type era } }`);
        expect(agencies.data?.search.length).toBeGreaterThan(0);
        expect(new Set(agencies.data?.search.map((h: { type: string }) => h.type))).toEqual(new Set(["Agency"]));
        const e2025 = await t.ask(`{ search(text: "da nang", types: [AGENCY], era: E2025) { id era } }`);
        expect(e2025.data?.search[0]).toEqual({ id: "province-2025:48-da-nang", era: 2025 });
        const targets = await t.ask(`{ search(text: "du lieu", types: [TARGET, STANDARD], limit: 50) { type } }`);
        expect(new Set(targets.data?.search.map((h: { type: string }) => h.type))).toEqual(new Set(["Target", "Standard"]));
    });

    it("ranks a place whose name matches above long texts that merely contain the words", async () => {
        for (const text of ["da nang", "ha noi", "dien bien", "y te"]) {
            const hits = (await t.ask(`query($t: String!) { search(text: $t, limit: 10) { type name } }`, { t: text })).data?.search as { type: string; name: string }[];
            const firstLong = hits.findIndex((h) => h.type === "Target" || h.type === "Standard");
            const lastNamed = hits.map((h) => fold(h.name).includes(text)).lastIndexOf(true);
            if (firstLong >= 0) expect(firstLong, `${text}: ${JSON.stringify(hits)}`).toBeGreaterThan(hits.findIndex((h) => h.type === "Agency"));
            expect(lastNamed).toBeGreaterThanOrEqual(0);
        }
    });
});

describe("order and filters", () => {
    it("sorts by sortName in Vietnamese order (ă/â/đ/ê/ô/ơ/ư after their base letters, tones last)", async () => {
        const res = await t.ask(`{ agencies(where: { kind: { eq: PROVINCE } }, sort: [{ sortName: ASC }]) { name } }`);
        const names = (res.data?.agencies as { name: string }[]).map((a) => a.name.replace(/^(Thành phố|Tỉnh) /, ""));
        const before = (a: string, b: string) => expect(names.indexOf(a), `${a} before ${b}`).toBeLessThan(names.indexOf(b));
        before("Bạc Liêu", "Bắc Giang");
        before("Bình Dương", "Bình Định");
        before("Cần Thơ", "Đà Nẵng");
        before("Hòa Bình", "Hồ Chí Minh");
        before("Lạng Sơn", "Lâm Đồng");
        before("Sóc Trăng", "Sơn La");
        before("Đồng Tháp", "Gia Lai");
        expect(names[0]).toBe("An Giang");
        expect(names.at(-1)).toBe("Yên Bái");
    });

    it("question answers use the same order (gaps, missing pieces, 2025 units)", async () => {
        const gaps = (await t.ask(`{ coverageGaps(asset: "2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { name } } }`)).data?.coverageGaps.gaps.map((g: { name: string }) => g.name);
        const sorted = (await t.ask(`{ agencies(where: { kind: { eq: PROVINCE }, id: { in: ${JSON.stringify((await t.ask(`{ coverageGaps(asset: "2", tier: PROVINCE, status: OFFICIAL, snapshot: Y2022) { gaps { id } } }`)).data?.coverageGaps.gaps.map((g: { id: string }) => g.id))} } }, sort: [{ sortName: ASC }]) { name } }`)).data?.agencies.map((a: { name: string }) => a.name);
        expect(gaps).toEqual(sorted);
        const units = (await t.ask(`{ connectionMatrix(tier: PROVINCE, era: E2025) { rows { name } } }`)).data?.connectionMatrix.rows.map((r: { name: string }) => r.name);
        const sortedUnits = (await t.ask(`{ agencies2025(where: { kind: { eq: PROVINCE } }, sort: [{ sortName: ASC }]) { name } }`)).data?.agencies2025.map((a: { name: string }) => a.name);
        expect(units).toEqual(sortedUnits);
    });

    it("filters by a name typed without diacritics through foldedName", async () => {
        const all = (await t.ask(`{ agencies { name } }`)).data?.agencies as { name: string }[];
        const res = await t.ask(`{ agencies(where: { foldedName: { contains: "binh" } }) { name } }`);
        const got = (res.data?.agencies as { name: string }[]).map((a) => a.name).sort();
        expect(got).toEqual(all.filter((a) => fold(a.name).includes("binh")).map((a) => a.name).sort());
        expect(got).toContain("Bình Định");
        expect((await t.ask(`{ assets(where: { foldedName: { contains: "dan cu" } }) { id } }`)).data?.assets.map((a: { id: string }) => a.id)).toContain("asset:001:2");
    });

    it("generated lists keep the eras apart: 63 provinces of 2023, 34 of 2025", async () => {
        const res = await t.ask(`{ agenciesConnection(where: { kind: { eq: PROVINCE } }) { totalCount } agencies2025Connection(where: { kind: { eq: PROVINCE } }) { totalCount } }`);
        expect(res.data?.agenciesConnection.totalCount).toBe(63);
        expect(res.data?.agencies2025Connection.totalCount).toBe(34);
    });

    it("Agency.connectionCounts is the matrix's row total, snapshot by snapshot, for every province", async () => {
        const m = (await t.ask(`{ connectionMatrix(tier: PROVINCE) { rows { id total2022 totalJune2023 } } }`)).data?.connectionMatrix.rows as { id: string; total2022: number; totalJune2023: number }[];
        const a = (await t.ask(`{ agencies(where: { kind: { eq: PROVINCE } }) { id connectionCounts { snapshot assets official } } }`)).data?.agencies as { id: string; connectionCounts: { snapshot: string; assets: number; official: number }[] }[];
        const by = new Map(a.map((x) => [x.id, x.connectionCounts]));
        for (const row of m) {
            const counts = by.get(row.id)!;
            expect(counts.find((c) => c.snapshot === "Y2022")?.assets ?? 0).toBe(row.total2022);
            expect(counts.find((c) => c.snapshot === "JUNE_2023")?.assets ?? 0).toBe(row.totalJune2023);
            // The 2022 column asserts official links only; June 2023 never does.
            expect(counts.find((c) => c.snapshot === "Y2022")?.official ?? 0).toBe(row.total2022);
            expect(counts.find((c) => c.snapshot === "JUNE_2023")?.official ?? 0).toBe(0);
        }
    });
});

describe("protocol details", () => {
    let prod: RunningServer;
    beforeAll(async () => {
        prod = await (await createServer({ driver: t.driver, production: true })).listen(0);
    });
    afterAll(() => prod?.stop());

    it("a persisted query whose hash does not match its text is a client error, in production too", async () => {
        for (const url of [t.server.url, prod.url]) {
            const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }) });
            const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
            expect(res.status).toBe(400);
            expect(body.errors[0]!.extensions.code).toBe("PERSISTED_QUERY_HASH_MISMATCH");
        }
        const query = "{ __typename }";
        const ok = await postGraphQL(t.server.url, query, undefined);
        expect(ok.status).toBe(200);
        const hash = createHash("sha256").update(query).digest("hex");
        const registered = await fetch(t.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }) });
        expect(registered.status).toBe(200);
        const version = await fetch(t.server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 9, sha256Hash: hash } } }) });
        expect(version.status).toBe(400);
        expect(((await version.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe("BAD_REQUEST");
    });
});
