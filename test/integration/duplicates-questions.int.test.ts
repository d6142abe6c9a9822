// The duplicate questions over every source and agency: filters (agency in any spelling, tier,
// national asset, kind, source, era), paging, clusters, redundant copies, missing links, agencies
// without an inventory, and the error paths. The dev inventory is imported through the editor
// mutation into one transaction that is rolled back at the end; expected answers come from the
// labelled fixture, the reference map and the graph's own connections, never typed in.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Driver } from "neo4j-driver";
import { PROJECT_ROOT } from "../../src/config.js";
import { createServer, type RunningServer } from "../../src/server.js";
import { TEST_SECRET, token } from "../helpers/jwt.js";
import { readLabelled } from "../helpers/labelled-inventory.js";
import { openRollbackScope, postGraphQL, testDriver, type RollbackScope } from "../helpers/neo4j.js";

const DIR = path.join(PROJECT_ROOT, "test/fixtures/duplicates");
const FILE = "inventory-dev.import.csv";
let driver: Driver;
let scope: RollbackScope;
let server: RunningServer;
const ask = (q: string, v?: Record<string, unknown>) => postGraphQL(server.url, q, v);
const cypher = async (q: string, p: Record<string, unknown> = {}) => (await scope.tx.run(q, p)).records.map((r) => r.toObject());

beforeAll(async () => {
    driver = testDriver();
    scope = await openRollbackScope(driver);
    server = await (await createServer({ driver, executor: scope.tx, auth: { secret: TEST_SECRET } })).listen(0);
    const res = await postGraphQL(
        server.url,
        `mutation ($f: String!, $c: String!) { importInventory(fileName: $f, content: $c) { entries } }`,
        { f: FILE, c: readFileSync(path.join(DIR, FILE), "utf8") },
        { authorization: `Bearer ${await token("questions", ["editor"])}` },
    );
    expect(res.errors).toBeUndefined();
});
afterAll(async () => {
    await server?.stop();
    await scope?.rollback();
    await driver?.close();
});

const CANDIDATE = `itemId itemName sourceType kind score matchedTerms reason rule databaseId nationalAssetId clusterId
  agency { id name kind } accountable { id name kind } unit2025 { id name } evidence { phrase found where via } source { documentId file locator }`;
const candidates = async (args: string) => {
    const res = await ask(`{ duplicateCandidates(${args}) { total candidates { ${CANDIDATE} } } }`);
    expect(res.errors).toBeUndefined();
    return res.data!.duplicateCandidates as { total: number; candidates: any[] };
};
const labelRows = readLabelled(readFileSync(path.join(DIR, "inventory-dev.csv"), "utf8"));

describe("duplicateCandidates", () => {
    it("covers every source: Điện Biên's datasets and the imported inventory, each citing where it was read", async () => {
        const all = await candidates("limit: null");
        expect(all.total).toBe(all.candidates.length);
        const sources = new Set(all.candidates.map((c) => c.sourceType));
        expect(sources).toEqual(new Set(["DATASET", "INVENTORY_ENTRY"]));
        for (const c of all.candidates) {
            expect(c.score).toBeGreaterThanOrEqual(0.6);
            expect(c.reason.length).toBeGreaterThan(30);
            expect(c.rule.length).toBeGreaterThan(30);
            expect(c.matchedTerms.length).toBeGreaterThan(0);
            if (c.kind === "COPY") expect(c.evidence.length).toBeGreaterThan(0);
            if (c.sourceType === "INVENTORY_ENTRY") expect(c.source).toMatchObject({ file: FILE, locator: expect.stringMatching(/^row \d+$/) });
            else expect(c.source).toMatchObject({ documentId: "003", locator: expect.stringMatching(/row|item|line|\d/) });
        }
        // Best score first.
        for (let i = 1; i < all.candidates.length; i++) expect(all.candidates[i - 1].score).toBeGreaterThanOrEqual(all.candidates[i].score);
    });

    it("filters by agency in any spelling: TP. Cần Thơ, thành phố Cần Thơ and Can Tho are one province", async () => {
        const spellings = ["TP. Cần Thơ", "thành phố Cần Thơ", "Can Tho", "province:can-tho"];
        const answers = await Promise.all(spellings.map((s) => candidates(`agency: ${JSON.stringify(s)}, limit: null`)));
        expect(answers[0]!.total).toBeGreaterThan(0);
        for (const a of answers) expect(a.candidates.map((c) => c.itemId)).toEqual(answers[0]!.candidates.map((c) => c.itemId));
        expect(answers[0]!.candidates.every((c) => c.accountable.id === "province:can-tho")).toBe(true);
        // The rows the label file gives Cần Thơ (in any spelling) that have a national gold asset are all there.
        const canTho = labelRows.filter((r) => /c[aầ]n th[oơ]/i.test(r.cells.agency!.normalize("NFD").replace(/[\u0300-\u036f]/g, "") + r.cells.agency) && r.cells.gold_assets);
        expect(answers[0]!.candidates.filter((c) => c.kind === "COPY").length).toBeGreaterThanOrEqual(canTho.length);
    });

    it("a department written 'Sở TN&MT Lào Cai' is the one created from 'Sở Tài nguyên và Môi trường tỉnh Lào Cai'", async () => {
        const a = await candidates(`agency: "Sở TN&MT Lào Cai", limit: null`);
        const b = await candidates(`agency: "Sở Tài nguyên và Môi trường tỉnh Lào Cai", limit: null`);
        expect(a.total).toBeGreaterThan(0);
        expect(a.candidates.map((c) => c.itemId)).toEqual(b.candidates.map((c) => c.itemId));
        expect(new Set(a.candidates.map((c) => c.agency.id))).toEqual(new Set(["department:lao-cai:so-tai-nguyen-va-moi-truong"]));
    });

    it("filters by tier: DEPARTMENT keeps departments only; PROVINCE includes their departments; ministries apart", async () => {
        const depts = await candidates("tier: DEPARTMENT, limit: null");
        expect(depts.candidates.every((c) => c.agency.kind === "DEPARTMENT")).toBe(true);
        const provinces = await candidates("tier: PROVINCE, limit: null");
        expect(provinces.candidates.every((c) => c.accountable.kind === "PROVINCE")).toBe(true);
        expect(provinces.candidates.some((c) => c.agency.kind === "DEPARTMENT")).toBe(true);
        const central = await candidates("tier: MINISTRY_OR_AGENCY, limit: null");
        expect(central.total).toBeGreaterThan(0);
        expect(central.candidates.every((c) => ["MINISTRY", "GOVERNMENT_AGENCY"].includes(c.accountable.kind))).toBe(true);
        const all = await candidates("limit: null");
        expect(provinces.total + central.total).toBe(all.total);
    });

    it("filters by national asset (a land component or the land database with its components) and by kind and source", async () => {
        const price = await candidates(`nationalAsset: "CSDLQG về giá", limit: null`);
        expect(price.total).toBeGreaterThan(0);
        expect(price.candidates.every((c) => c.nationalAssetId === "asset:001:7")).toBe(true);
        const land = await candidates(`nationalAsset: "asset:001:4", limit: null`);
        expect(land.candidates.some((c) => c.databaseId.startsWith("asset:000:land:"))).toBe(true);
        expect(land.candidates.every((c) => c.nationalAssetId === "asset:001:4")).toBe(true);
        const own = await candidates("kinds: [OWN_LISTING], limit: null");
        expect(own.candidates.map((c) => [c.agency.id, c.nationalAssetId])).toEqual([["agency:bao-hiem-xa-hoi-viet-nam", "asset:001:3"]]);
        const datasets = await candidates("sourceTypes: [DATASET], limit: null");
        expect(datasets.candidates.every((c) => c.sourceType === "DATASET" && c.accountable.id === "province:dien-bien")).toBe(true);
        const cross = await candidates("kinds: [CROSS_AGENCY], limit: null");
        expect(cross.total).toBeGreaterThan(0);
        expect(cross.candidates.every((c) => c.kind === "CROSS_AGENCY" && c.clusterId === c.databaseId && c.nationalAssetId === null)).toBe(true);
    });

    it("era E2025: Thành phố Đà Nẵng of 2025 takes in Quảng Nam's items (its 2023 parts from the reference map)", async () => {
        const parts = (await cypher("MATCH (p:Agency)-[:SUCCEEDED_BY]->(u:Agency {era: 2025}) WHERE u.name = 'Thành phố Đà Nẵng' RETURN p.id AS id")).map((r) => r.id);
        expect(parts).toEqual(expect.arrayContaining(["province:da-nang", "province:quang-nam"]));
        const u = await candidates(`agency: "Thành phố Đà Nẵng", era: E2025, limit: null`);
        expect(new Set(u.candidates.map((c) => c.accountable.id))).toEqual(new Set(parts.filter((p) => u.candidates.some((c) => c.accountable.id === p))));
        expect(u.candidates.some((c) => c.accountable.id === "province:quang-nam")).toBe(true);
        expect(u.candidates.every((c) => c.unit2025.name === "Thành phố Đà Nẵng")).toBe(true);
        const old = await candidates(`agency: "Thành phố Đà Nẵng", limit: null`);
        expect(old.candidates.every((c) => c.accountable.id === "province:da-nang")).toBe(true);
    });

    it("pages: limit/offset slice the full answer, total counts all", async () => {
        const all = await candidates("limit: null");
        const page = await candidates("limit: 5, offset: 3");
        expect(page.total).toBe(all.total);
        expect(page.candidates.map((c) => c.itemId + c.databaseId)).toEqual(all.candidates.slice(3, 8).map((c) => c.itemId + c.databaseId));
    });

    it.each([
        ["minScore: 2", "minScore"],
        ["limit: 0", "limit"],
        ["offset: -1", "offset"],
        ["kinds: []", "kinds"],
        ["sourceTypes: []", "sourceTypes"],
        [`agency: "Nowhere at all"`, "agency"],
        [`nationalAsset: "CSDL về mây"`, "nationalAsset"],
    ])("refuses %s with BAD_USER_INPUT", async (args, argumentName) => {
        const res = await ask(`{ duplicateCandidates(${args}) { total } }`);
        expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(res.errors?.[0]?.extensions?.argumentName).toBe(argumentName);
    });
});

describe("duplicateClusters", () => {
    const CLUSTERS = `rule total clusters { id basis label nationalAssetId agencyCount itemCount agencies { id name } members { itemId itemName accountable { id } score source { locator } } sharedTerms reason }`;
    const clusters = async (args = "") => {
        const res = await ask(`{ duplicateClusters${args ? `(${args})` : ""} { ${CLUSTERS} } }`);
        expect(res.errors).toBeUndefined();
        return res.data!.duplicateClusters as { total: number; rule: string; clusters: any[] };
    };

    it("the CBCCVC copies of four agencies form one national cluster with the labelled members", async () => {
        const { clusters: cs } = await clusters();
        const cbccvc = cs.find((c) => c.nationalAssetId === "asset:001:5");
        const labelled = labelRows.filter((r) => r.cells.gold_cluster === "can-bo-cong-chuc").map((r) => `row ${r.line}`);
        expect(cbccvc).toBeDefined();
        expect(cbccvc.members.filter((m: any) => m.source.locator.startsWith("row")).map((m: any) => m.source.locator).sort()).toEqual(labelled.sort());
        expect(cbccvc.agencyCount).toBe(new Set(cbccvc.members.map((m: any) => m.accountable.id)).size);
        expect(cbccvc.agencyCount).toBeGreaterThanOrEqual(3);
    });

    it("every cluster spans at least minAgencies answerable agencies; LOCAL ones have no national asset", async () => {
        for (const min of [2, 3, 4]) {
            const { clusters: cs, total } = await clusters(`minAgencies: ${min}`);
            expect(total).toBe(cs.length);
            for (const c of cs) {
                expect(c.agencyCount).toBeGreaterThanOrEqual(min);
                expect(c.agencies).toHaveLength(c.agencyCount);
                expect(c.basis === "LOCAL" ? c.nationalAssetId === null : c.nationalAssetId !== null).toBe(true);
                expect(c.reason.length).toBeGreaterThan(30);
            }
        }
        const local = await clusters("bases: [LOCAL]");
        expect(local.total).toBeGreaterThan(0);
        expect(local.clusters.every((c) => c.basis === "LOCAL" && c.sharedTerms.length > 0)).toBe(true);
    });

    it("E2025 counts 2025 units: a cluster whose agencies merged can fall below minAgencies", async () => {
        const before = await clusters();
        const after = await clusters("era: E2025");
        const units = new Map((await cypher("MATCH (p:Agency)-[:SUCCEEDED_BY]->(u:Agency) RETURN p.id AS p, u.id AS u")).map((r) => [r.p, r.u]));
        const expected = before.clusters.filter((c) => new Set(c.members.map((m: any) => units.get(m.accountable.id) ?? m.accountable.id)).size >= 3).map((c) => c.id);
        expect(after.clusters.map((c) => c.id).sort()).toEqual(expected.sort());
    });

    it("filters by agency and national asset; refuses bad bounds", async () => {
        const laoCai = await clusters(`agency: "Lào Cai"`);
        expect(laoCai.clusters.every((c) => c.members.some((m: any) => m.accountable.id === "province:lao-cai"))).toBe(true);
        const price = await clusters(`nationalAsset: "asset:001:7"`);
        expect(price.clusters.map((c) => c.nationalAssetId)).toEqual(["asset:001:7"]);
        // Every national cluster is found by its own asset, and by the database its component belongs to.
        const parents = new Map((await cypher("MATCH (c:Asset)-[:PART_OF]->(p:Asset) RETURN c.id AS c, p.id AS p")).map((r) => [r.c, r.p]));
        const all = (await clusters("minAgencies: 2, bases: [NATIONAL]")).clusters;
        expect(all.some((c) => parents.has(c.nationalAssetId))).toBe(true);
        for (const id of new Set(all.map((c) => c.nationalAssetId as string))) {
            const own = (await clusters(`minAgencies: 2, bases: [NATIONAL], nationalAsset: "${id}"`)).clusters.map((c) => c.id).sort();
            expect(own).toEqual(all.filter((c) => c.nationalAssetId === id).map((c) => c.id).sort());
            const parent = parents.get(id);
            if (!parent) continue;
            const viaParent = (await clusters(`minAgencies: 2, bases: [NATIONAL], nationalAsset: "${parent}"`)).clusters.map((c) => c.id).sort();
            expect(viaParent).toEqual(all.filter((c) => c.nationalAssetId === parent || parents.get(c.nationalAssetId) === parent).map((c) => c.id).sort());
        }
        for (const bad of ["minAgencies: 1", "bases: []", "limit: 0"]) {
            expect((await ask(`{ duplicateClusters(${bad}) { total } }`)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        }
    });
});

describe("redundantCopies and missingLinks", () => {
    it("a redundant copy is an agency copying a national asset with no OFFICIAL link to it — every such pair, and only those", async () => {
        const res = await ask(`{ redundantCopies { rule total copies { agency { id } nationalAssetId items { itemId assetId } links { snapshot status } reason } } }`);
        expect(res.errors).toBeUndefined();
        const copies = res.data!.redundantCopies.copies as any[];
        const cands = (await candidates("kinds: [COPY], limit: null")).candidates;
        const official = new Set((await cypher("MATCH (a:Agency)-[c:CONNECTED_TO {status: 'OFFICIAL'}]->(s:Asset) RETURN a.id + '|' + s.id AS k")).map((r) => r.k));
        const expected = new Set(cands.map((c) => `${c.accountable.id}|${c.nationalAssetId}`).filter((k) => !official.has(k)));
        expect(new Set(copies.map((c) => `${c.agency.id}|${c.nationalAssetId}`))).toEqual(expected);
        expect(copies.length).toBeGreaterThan(0);
        for (const c of copies) {
            expect(c.links.every((l: any) => l.status !== "OFFICIAL")).toBe(true);
            expect(c.items.length).toBeGreaterThan(0);
            expect(c.reason).toMatch(/should connect instead of copying/);
        }
    });

    it("missing links include every redundant copy, plus needs shown by identifier fields", async () => {
        const red = await ask(`{ redundantCopies { copies { agency { id } nationalAssetId } } }`);
        const miss = await ask(`{ missingLinks { total links { agency { id } nationalAssetId copies { itemId } identifiers { field phrase } reason } } }`);
        expect(miss.errors).toBeUndefined();
        const keys = new Set((miss.data!.missingLinks.links as any[]).map((l) => `${l.agency.id}|${l.nationalAssetId}`));
        for (const c of red.data!.redundantCopies.copies as any[]) expect(keys.has(`${c.agency.id}|${c.nationalAssetId}`)).toBe(true);
        const byIdentifier = (miss.data!.missingLinks.links as any[]).filter((l) => l.copies.length === 0);
        expect(byIdentifier.length).toBeGreaterThan(0);
        expect(byIdentifier.every((l) => l.identifiers.length > 0 && /store its identifiers/.test(l.reason))).toBe(true);
    });

    it("era E2025 groups the 2023 parts under their 2025 unit", async () => {
        const res = await ask(`{ redundantCopies(era: E2025) { copies { agency { id } parts { id } } } }`);
        expect(res.errors).toBeUndefined();
        for (const c of res.data!.redundantCopies.copies as any[]) {
            expect(c.parts.length).toBeGreaterThan(0);
            const succ = await cypher("MATCH (p:Agency)-[:SUCCEEDED_BY]->(u:Agency {id: $u}) RETURN collect(p.id) AS ids", { u: c.agency.id });
            if (c.agency.id.includes("2025")) for (const p of c.parts) expect(succ[0]!.ids).toContain(p.id);
        }
    });
});

describe("agenciesWithoutInventory", () => {
    it("provinces without an inventory: all 63 checked, those whose file rows name them (or their departments) excluded", async () => {
        const res = await ask(`{ agenciesWithoutInventory(tier: PROVINCE) { checked total agencies { id name } } }`);
        expect(res.errors).toBeUndefined();
        const r = res.data!.agenciesWithoutInventory;
        const provinces = await cypher("MATCH (p:Agency {kind: 'PROVINCE', era: 2023}) RETURN count(p) AS n");
        expect(r.checked).toBe(provinces[0]!.n.toNumber());
        const keeping = await cypher(
            "MATCH (g:Agency)-[:KEEPS]->(:InventoryEntry) OPTIONAL MATCH (g)-[:PART_OF]->(p:Agency {kind: 'PROVINCE'}) WITH coalesce(p, g) AS a WHERE a.kind = 'PROVINCE' RETURN collect(DISTINCT a.id) AS ids",
        );
        expect(r.total).toBe(r.checked - keeping[0]!.ids.length);
        expect(r.agencies.some((a: any) => keeping[0]!.ids.includes(a.id))).toBe(false);
        const e2025 = await ask(`{ agenciesWithoutInventory(tier: PROVINCE, era: E2025, limit: 5) { checked total agencies { id } } }`);
        expect(e2025.data!.agenciesWithoutInventory.checked).toBe(34);
        expect(e2025.data!.agenciesWithoutInventory.agencies).toHaveLength(5);
        expect((await ask(`{ agenciesWithoutInventory(tier: COMMUNE, era: E2025) { total } }`)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
});

describe("sweep: every tier × era × question answers, and pages add up", () => {
    const TIERS = ["MINISTRY", "MINISTRY_OR_AGENCY", "PROVINCE", "DEPARTMENT", "DISTRICT", "COMMUNE", "ENTERPRISE"];
    it.each(["E2023", "E2025"])("era %s", async (era) => {
        for (const tier of TIERS) {
            const res = await ask(`{
                c: duplicateCandidates(tier: ${tier}, era: ${era}, kinds: [COPY, OWN_LISTING, CROSS_AGENCY], limit: 3) { total candidates { itemId } }
                k: duplicateClusters(tier: ${tier}, era: ${era}, minAgencies: 2, limit: 3) { total clusters { id agencyCount } }
                r: redundantCopies(tier: ${tier}, era: ${era}, limit: 3) { total copies { nationalAssetId } }
                m: missingLinks(tier: ${tier}, era: ${era}, limit: 3) { total links { nationalAssetId } }
            }`);
            expect(res.errors, `${tier} ${era}`).toBeUndefined();
            for (const [key, list] of [["c", "candidates"], ["k", "clusters"], ["r", "copies"], ["m", "links"]] as const) {
                const r = res.data![key];
                expect(r[list].length).toBe(Math.min(3, r.total));
            }
            const ok = era === "E2023" || ["PROVINCE", "MINISTRY", "MINISTRY_OR_AGENCY"].includes(tier);
            const w = await ask(`{ agenciesWithoutInventory(tier: ${tier}, era: ${era}, limit: 3) { checked total agencies { id } } }`);
            if (ok) expect(w.data!.agenciesWithoutInventory.total).toBeLessThanOrEqual(w.data!.agenciesWithoutInventory.checked);
            else expect(w.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        }
    });
});
